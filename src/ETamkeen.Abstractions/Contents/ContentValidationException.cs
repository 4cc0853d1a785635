namespace ETamkeen.Contents;

/// <summary>An item that can't be stored as given; the errors are by part/field path.</summary>
public sealed class ContentValidationException(IDictionary<string, string[]> errors)
    : Exception("The content item is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}
