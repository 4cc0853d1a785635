namespace ETamkeen.Media.Models;

/// <summary>A stored file, by its media path ("trainings/2022/affiche.png").</summary>
public sealed record MediaFile(string Path, long Size, DateTimeOffset LastModifiedUtc)
{
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}
