namespace ETamkeen.Modules;

/// <summary>
/// A startup that runs only when all the named features are enabled too: the way an
/// optional integration between two modules is wired, instead of an <c>if</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeaturesAttribute : Attribute
{
    public RequireFeaturesAttribute(params string[] featureIds) => FeatureIds = featureIds;

    public IReadOnlyList<string> FeatureIds { get; }
}
