namespace ETamkeen.Localization;

/// <summary>A PO file that can't be read, with where: translators fix files by line number.</summary>
public sealed class PoParseException(string file, int line, string reason)
    : Exception($"{file}({line}): {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
