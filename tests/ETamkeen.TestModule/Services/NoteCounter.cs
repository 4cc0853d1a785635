namespace ETamkeen.TestModule.Services;

/// <summary>A service that exists only where the notes feature is enabled.</summary>
public sealed class NoteCounter
{
    private int _created;

    public int Created => _created;

    public void Increment() => Interlocked.Increment(ref _created);
}

/// <summary>Exists only with the Tags feature.</summary>
public sealed class TagService
{
    public IReadOnlyList<string> Tags { get; } = ["formation", "idarathon"];
}
