using Npgsql;

namespace AlignmentBot.Testing;

/// <summary>
/// The PostgreSQL server the tests use, named by ALIGNMENTBOT_TEST_POSTGRES (a superuser connection string).
/// tests/postgres.sh starts a throwaway one and sets it; .ci/run does that for every CI run. There is no silent
/// skip: without the variable, a test that needs the server fails and says how to get one.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ALIGNMENTBOT_TEST_POSTGRES";

    public static string AdminConnectionString
        => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"These tests need PostgreSQL and {Variable} is not set. Run them with a throwaway server: " +
                "`tests/postgres.sh run ./test.sh` (needs Debian's postgresql package, or PG_BINDIR), or `bash .ci/run`, which installs it.");

    /// <summary>The connection string for <paramref name="database"/> on the same server.</summary>
    public static string ConnectionString(string database)
        => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
