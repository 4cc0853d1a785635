namespace ETamkeen.Media.Models;

/// <summary>What a folder holds, one level deep; <see cref="Path"/> is empty for the root.</summary>
public sealed record MediaFolder(string Path, IReadOnlyList<string> Folders, IReadOnlyList<MediaFile> Files);
