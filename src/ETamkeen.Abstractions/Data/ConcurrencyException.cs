namespace ETamkeen.Data;

/// <summary>The document was changed by someone else since it was read.</summary>
public sealed class ConcurrencyException(string message) : Exception(message);
