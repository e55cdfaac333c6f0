using AlignmentBot.Storage.Sql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlignmentBot.Storage.Faults;

/// <summary>
/// What a storage fault means, in one line a person can act on: "alignmentbot.db is read-only", "the disk holding
/// alignmentbot.db is full". Used at start-up and on /healthz. Never a password; a PostgreSQL line names the host and
/// database only.
/// </summary>
public static class StorageProblem
{
    /// <summary>The line for <paramref name="exception"/>, or null when it is not a storage fault this knows.</summary>
    /// <param name="fileNameOnly">Name a SQLite file without its directory (for /healthz, which anyone may read).</param>
    public static string? Describe(Exception exception, IDbConnectionFactory connections, bool fileNameOnly = false)
    {
        var file = connections is SqliteConnectionFactory sqlite ? (fileNameOnly ? Path.GetFileName(sqlite.DataSource) : sqlite.DataSource) : "the database";
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException s:
                    return (s.SqliteErrorCode & 0xFF) switch
                    {
                        5 or 6 => $"{file} is locked by another connection or process (waited the whole busy timeout, Storage:BusyTimeout)",
                        8 => $"{file} is read-only: the bot must be able to write the file and the directory it is in",
                        10 => $"{file} could not be read or written (I/O error {s.SqliteExtendedErrorCode}): check the disk",
                        13 => $"the disk holding {file} is full",
                        14 => $"{file} cannot be opened: the directory does not exist or cannot be written",
                        11 or 26 => $"{file} is damaged or is not a SQLite database",
                        _ => null,
                    };
                case PostgresException p when p.SqlState == "53100":
                    return "the PostgreSQL server's disk is full";
                case PostgresException p when p.SqlState == "25006":
                    return "the PostgreSQL server is read-only (a standby?)";
                case PostgresException p when p.SqlState is "28P01" or "28000":
                    return "PostgreSQL refused the login: check the user and password in ConnectionStrings:AlignmentBot";
                case PostgresException p when p.SqlState == "3D000":
                    return "the PostgreSQL database named in ConnectionStrings:AlignmentBot does not exist";
                case NpgsqlException n when n.InnerException is System.Net.Sockets.SocketException or TimeoutException:
                    return $"the PostgreSQL server cannot be reached ({n.InnerException.Message})";
            }
        }

        return null;
    }
}
