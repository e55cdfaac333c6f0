using System.Data.Common;

namespace AlignmentBot.Storage.Sql;

public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
