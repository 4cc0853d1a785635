namespace ETamkeen.Theme.ViewModels;

public sealed class HomeViewModel
{
    public required string SiteName { get; init; }

    /// <summary>The culture in the URL; null on <c>/</c>, where the request's culture applies.</summary>
    public string? Culture { get; init; }
}
