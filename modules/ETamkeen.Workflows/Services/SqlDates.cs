namespace ETamkeen.Workflows.Services;

/// <summary>The date columns hold UTC without a kind: Npgsql refuses a UTC value for them, and reads come back unspecified.</summary>
internal static class SqlDates
{
    public static DateTime ToColumn(DateTime value) =>
        DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Unspecified);

    public static DateTime? ToColumn(DateTime? value) => value is { } v ? ToColumn(v) : null;

    public static DateTime FromColumn(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
