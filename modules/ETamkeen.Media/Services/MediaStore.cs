using ETamkeen.Media.Models;
using ETamkeen.Shells;
using Microsoft.Extensions.Options;

namespace ETamkeen.Media.Services;

/// <summary>
/// The tenant's files under <c>App_Data/Sites/{tenant}/Media</c>. Takes normalised media paths
/// only, and checks again that each lands inside the root before touching the disk.
/// </summary>
public sealed class MediaStore(ShellSettings shell, AppDataPaths paths, IOptions<MediaOptions> options)
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
    };

    public string Root { get; } = Path.Combine(paths.Site(shell.Name), "Media");

    public string? Normalize(string? path, bool allowRoot, out string? error) =>
        MediaPath.Normalize(path, allowRoot, options.Value.MaxPathLength, out error);

    public string PhysicalPath(string path)
    {
        var root = Path.GetFullPath(Root);
        var full = Path.GetFullPath(Path.Combine(root, path));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"'{path}' is outside the media library.", nameof(path));
    }

    public MediaFile? GetFile(string path)
    {
        var info = new FileInfo(PhysicalPath(path));
        return path.Length > 0 && info.Exists ? new MediaFile(path, info.Length, info.LastWriteTimeUtc) : null;
    }

    /// <summary>The folder's direct content, or null when there is no such folder (the root always exists).</summary>
    public MediaFolder? List(string folder)
    {
        var directory = new DirectoryInfo(PhysicalPath(folder));
        if (!directory.Exists)
        {
            return folder.Length == 0 ? new MediaFolder("", [], []) : null;
        }

        var folders = directory.EnumerateDirectories("*", OneLevel)
            .Where(d => MediaPath.SegmentError(d.Name) is null)
            .Select(d => MediaPath.Combine(folder, d.Name))
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = directory.EnumerateFiles("*", OneLevel)
            .Where(f => MediaPath.SegmentError(f.Name) is null)
            .Select(f => new MediaFile(MediaPath.Combine(folder, f.Name), f.Length, f.LastWriteTimeUtc))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new MediaFolder(folder, folders, files);
    }

    /// <summary>Every file of the library, at any depth: what an export carries.</summary>
    public IEnumerable<MediaFile> AllFiles()
    {
        var root = new DirectoryInfo(Root);
        if (!root.Exists)
        {
            return [];
        }

        var recursive = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = OneLevel.AttributesToSkip };
        return root.EnumerateFiles("*", recursive)
            .Select(f => (File: f, Path: Path.GetRelativePath(root.FullName, f.FullName).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => Normalize(f.Path, allowRoot: false, out _) == f.Path)
            .Select(f => new MediaFile(f.Path, f.File.Length, f.File.LastWriteTimeUtc))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Stores every file or none. Returns the paths that are taken (by a file when
    /// <paramref name="overwrite"/> is false, or by a folder) and then stores nothing.
    /// </summary>
    public Task<IReadOnlyList<string>> SaveAsync(IReadOnlyList<MediaWrite> files, bool overwrite, CancellationToken cancellationToken)
    {
        var taken = files.Where(f => IsTaken(f.Path, overwrite)).Select(f => f.Path).ToList();
        return taken.Count > 0
            ? Task.FromResult<IReadOnlyList<string>>(taken)
            : new MediaBatch(files.Select(f => (f, PhysicalPath(f.Path))).ToList(), overwrite).CommitAsync(cancellationToken);
    }

    public MediaDeleteResult Delete(string path)
    {
        var full = PhysicalPath(path);
        if (File.Exists(full))
        {
            File.Delete(full);
            return MediaDeleteResult.Deleted;
        }

        if (path.Length == 0 || !Directory.Exists(full))
        {
            return MediaDeleteResult.NotFound;
        }

        if (Directory.EnumerateFileSystemEntries(full).Any())
        {
            return MediaDeleteResult.FolderNotEmpty;
        }

        Directory.Delete(full);
        return MediaDeleteResult.Deleted;
    }

    private bool IsTaken(string path, bool overwrite)
    {
        var full = PhysicalPath(path);
        if (Directory.Exists(full) || (!overwrite && File.Exists(full)))
        {
            return true;
        }

        // "trainings/affiche.png" can't be written when "trainings" is a file.
        var segments = path.Split('/');
        return Enumerable.Range(1, segments.Length - 1).Any(n => File.Exists(PhysicalPath(string.Join('/', segments.Take(n)))));
    }
}
