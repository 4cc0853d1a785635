namespace ETamkeen.Theme.ViewModels;

public sealed class HomeViewModel
{
    public required string SiteName { get; init; }
    public required string Culture { get; init; }
}
