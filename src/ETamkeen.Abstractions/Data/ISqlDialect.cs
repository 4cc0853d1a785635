namespace ETamkeen.Data;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
public interface ISqlDialect
{
    string Name { get; }

    /// <summary>Quotes an identifier; both providers accept double quotes and keep the case.</summary>
    string Quote(string identifier);

    /// <summary>Appends paging: <c>LIMIT @take OFFSET @skip</c> on both providers.</summary>
    string Page(int skip, int take);
}
