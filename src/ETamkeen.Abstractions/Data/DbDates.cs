namespace ETamkeen.Data;

/// <summary>
/// Date columns hold UTC without a kind on both databases: Npgsql refuses a UTC-kind value for
/// a plain timestamp column, and both hand values back unspecified.
/// </summary>
public static class DbDates
{
    public static DateTime ToColumn(DateTime value) =>
        DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Unspecified);

    public static DateTime? ToColumn(DateTime? value) => value is { } v ? ToColumn(v) : null;

    public static DateTime FromColumn(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? FromColumn(DateTime? value) => value is { } v ? FromColumn(v) : null;
}
