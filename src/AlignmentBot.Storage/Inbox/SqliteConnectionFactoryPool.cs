using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Inbox;

internal static class SqliteConnectionFactoryPool
{
    /// <summary>Drops pooled SQLite connections whose settings could not be restored.</summary>
    public static void Clear(IDbConnectionFactory connections)
    {
        if (connections is SqliteConnectionFactory sqlite)
        {
            sqlite.ClearPool();
        }
    }
}
