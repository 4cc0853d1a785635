using ETamkeen.Media.Models;

namespace ETamkeen.Media.Services;

/// <summary>
/// Writes a batch all or nothing: every file goes to a hidden temporary file beside its target
/// first, and only when all are on disk are they renamed into place. Without overwrite the
/// rename fails if another request took the name meanwhile, and the batch is undone.
/// </summary>
internal sealed class MediaBatch(List<(MediaWrite File, string Target)> files, bool overwrite)
{
    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
    {
        var temporaries = new List<string>();
        var placed = new List<string>();
        try
        {
            foreach (var (file, target) in files)
            {
                var directory = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(directory);

                // Dot-prefixed: the path rules hide it from listing and serving while it is written.
                var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.part");
                temporaries.Add(temporary);
                await using var source = file.Open();
                await using var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await source.CopyToAsync(destination, cancellationToken);
            }

            for (var i = 0; i < files.Count; i++)
            {
                try
                {
                    File.Move(temporaries[i], files[i].Target, overwrite);
                    placed.Add(files[i].Target);
                }
                catch (IOException) when (!overwrite && File.Exists(files[i].Target))
                {
                    // Placed files were new (no overwrite), so removing them restores the library.
                    placed.ForEach(File.Delete);
                    return [files[i].File.Path];
                }
            }

            return [];
        }
        finally
        {
            foreach (var temporary in temporaries.Where(File.Exists))
            {
                File.Delete(temporary);
            }
        }
    }
}
