namespace ETamkeen.Data;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
public interface ISqlDialect
{
    string Name { get; }

    /// <summary>Quotes an identifier; both providers accept double quotes and keep the case.</summary>
    string Quote(string identifier);

    /// <summary>Appends paging: <c>LIMIT @take OFFSET @skip</c> on both providers.</summary>
    string Page(int skip, int take);

    /// <summary>
    /// <c>column</c> is one of the list parameter's values: Dapper expands a list into
    /// <c>IN (@p1, @p2...)</c> for SQLite but hands PostgreSQL an array, which wants <c>= ANY(@p)</c>.
    /// </summary>
    string In(string column, string parameter);
}
