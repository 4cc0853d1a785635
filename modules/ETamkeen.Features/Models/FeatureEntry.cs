using ETamkeen.Modules;

namespace ETamkeen.Features.Models;

/// <summary>A feature as this tenant sees it: the API's and the admin page's list are the same.</summary>
/// <param name="Dependencies">What it needs, without the kernel every feature needs.</param>
/// <param name="Dependants">The features that need it, directly.</param>
public sealed record FeatureEntry(FeatureInfo Info, bool Enabled, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Dependants);
