namespace ETamkeen.Email;

/// <summary>What became of a message: handed to the server, or why not (in words an administrator can act on).</summary>
public sealed class EmailResult
{
    private EmailResult(bool succeeded, string? error)
    {
        Succeeded = succeeded;
        Error = error;
    }

    public static EmailResult Success { get; } = new(true, null);

    public bool Succeeded { get; }

    /// <summary>Null when <see cref="Succeeded"/>.</summary>
    public string? Error { get; }

    public static EmailResult Failed(string error) => new(false, error);

    public override string ToString() => Succeeded ? "sent" : "failed: " + Error;
}
