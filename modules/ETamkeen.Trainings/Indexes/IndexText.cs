namespace ETamkeen.Trainings.Indexes;

internal static class IndexText
{
    /// <summary>Cut to the column's length: an index row must never fail the item's save.</summary>
    public static string Clip(string? value, int length) => value is null ? "" : value.Length <= length ? value : value[..length];
}
