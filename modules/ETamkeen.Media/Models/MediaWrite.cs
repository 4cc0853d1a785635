namespace ETamkeen.Media.Models;

/// <summary>A checked file waiting to be stored at a normalised path; <see cref="Open"/> reads it from the start.</summary>
public sealed record MediaWrite(string Path, Func<Stream> Open);
