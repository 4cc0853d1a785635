using System.Data.Common;

namespace ETamkeen.Data;

/// <summary>Opens connections to the current tenant's database, and only to it.</summary>
public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    /// <summary>An open connection; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
