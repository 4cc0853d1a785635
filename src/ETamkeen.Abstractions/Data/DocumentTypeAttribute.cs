namespace ETamkeen.Data;

/// <summary>Names the stored type of a document, so that renaming the class keeps old rows readable.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DocumentTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
