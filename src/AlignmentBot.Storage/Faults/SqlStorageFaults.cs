using System.Data.Common;
using AlignmentBot.Conversations.Turns;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlignmentBot.Storage.Faults;

/// <summary>
/// The database errors that say "not now" rather than "never": a lock held past the busy timeout, a full disk, a file
/// that cannot be written or opened, an I/O error, a server that cannot be reached, is shutting down or ran out of
/// room. A turn that hits one waits in the inbox and is tried again. Anything else (a constraint, bad SQL) is a bug, and
/// the turn is answered with an apology as before.
/// </summary>
public sealed class SqlStorageFaults : IStorageFaults
{
    public bool IsStorageFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when IsUnavailable(sqlite):
                case PostgresException postgres when IsUnavailable(postgres):
                case NpgsqlException { IsTransient: true }:
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>SQLite's primary result codes (the low byte of an extended code).</summary>
    public static bool IsUnavailable(SqliteException exception) => (exception.SqliteErrorCode & 0xFF) switch
    {
        5 => true,  // SQLITE_BUSY: another connection or process holds the lock past the busy timeout
        6 => true,  // SQLITE_LOCKED
        8 => true,  // SQLITE_READONLY: the file or its directory cannot be written (for now)
        10 => true, // SQLITE_IOERR
        13 => true, // SQLITE_FULL: the disk (or the file's size limit) is full
        14 => true, // SQLITE_CANTOPEN
        15 => true, // SQLITE_PROTOCOL: a WAL lock race that lost
        _ => false,
    };

    /// <summary>SQLSTATE classes 08 (connection), 53 (insufficient resources, e.g. 53100 disk full), 57P (shutting down), 58 (system or I/O error); 25006 (a read-only standby); 40001 and 40P01 (serialisation, deadlock).</summary>
    public static bool IsUnavailable(PostgresException exception)
        => exception.SqlState is { } state
            && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
                || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal)
                || state is "25006" or "40001" or "40P01");
}
