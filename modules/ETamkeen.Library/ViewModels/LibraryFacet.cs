namespace ETamkeen.Library.ViewModels;

/// <summary>A value of a filter with the number of entries it would show.</summary>
public sealed record LibraryFacet(string Value, string Label, int Count);
