namespace ETamkeen.Workflows.Activities;

/// <summary>A property a designer edits, with its kind (see <see cref="ActivityPropertyTypes"/>).</summary>
/// <remarks><see cref="Required"/>: the activity can't do its work without a value, so a designer refuses to save without one.</remarks>
public sealed record ActivityProperty(string Name, string Type, string? Description = null, bool Required = false);

/// <summary>The kinds of properties; expressions are stored as Orchard's <c>{"Expression": "..."}</c>.</summary>
public static class ActivityPropertyTypes
{
    public const string Text = "text";
    public const string Boolean = "boolean";
    public const string TextList = "text[]";
    public const string JavaScript = "expression:javascript";
    public const string Liquid = "expression:liquid";
    public const string Cron = "cron";
    public const string Duration = "timespan";
}
