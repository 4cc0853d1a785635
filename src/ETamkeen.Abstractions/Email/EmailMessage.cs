namespace ETamkeen.Email;

/// <summary>
/// One e-mail. Addresses are <c>user@example.ma</c> or <c>Name &lt;user@example.ma&gt;</c>; the
/// sender is the tenant's default sender. Give <see cref="TextBody"/>, <see cref="HtmlBody"/> or
/// both (clients without HTML show the text).
/// </summary>
public sealed class EmailMessage
{
    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];
    public IReadOnlyList<string> Bcc { get; init; } = [];
    public string? ReplyTo { get; init; }
    public string Subject { get; init; } = "";
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>The language the message is written in (<c>fr</c>, <c>ar</c>...), told to mail clients.</summary>
    public string? Culture { get; init; }
}
