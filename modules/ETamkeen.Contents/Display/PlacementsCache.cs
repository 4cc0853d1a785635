namespace ETamkeen.Contents.Display;

/// <summary>A shell singleton: the tenant's placements document as last read or saved.</summary>
public sealed class PlacementsCache : ICachedDocument<PlacementsDocument>
{
    public PlacementsDocument? Current { get; set; }
}
