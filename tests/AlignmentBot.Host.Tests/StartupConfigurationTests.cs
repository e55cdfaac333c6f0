using AlignmentBot.Host.Cli;
using AlignmentBot.Host.Configuration;

namespace AlignmentBot.Host.Tests;

/// <summary>Bad settings stop every command with one line per problem and exit code 78, never a stack trace.</summary>
public sealed class StartupConfigurationTests : CliTest
{
    [Fact]
    public async Task Serve_PostgresWithoutConnectionString_PrintsOneLineNamingTheKeyAndExits78()
    {
        var exit = await RunAsync(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:AlignmentBot"] = "" }, "serve");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        var lines = ErrorLines();
        var problem = Assert.Single(lines, l => l.StartsWith("Configuration error: ", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings:AlignmentBot is empty", problem, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__AlignmentBot=", problem, StringComparison.Ordinal);
        AssertNoStackTrace();
    }

    [Theory]
    [InlineData("Postgres", "Data Source=/srv/do-not-echo/bot.db", "is not a PostgreSQL connection string")]
    [InlineData("Sqlite", "Host=do-not-echo;Database=alignmentbot;Username=bot", "is not a SQLite connection string")]
    public async Task Serve_ConnectionStringOfTheOtherEngine_SaysWhichShapeIsExpected(string provider, string connectionString, string expected)
    {
        var exit = await RunAsync(new() { ["Storage:Provider"] = provider, ["ConnectionStrings:AlignmentBot"] = connectionString }, "serve");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        Assert.Contains(expected, Assert.Single(ErrorLines(), l => l.StartsWith("Configuration error: ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-echo", Err.ToString(), StringComparison.Ordinal);
        AssertNoStackTrace();
    }

    [Fact]
    public async Task Serve_SeveralBadSettings_ListsEachProblemOnItsOwnLine()
    {
        var exit = await RunAsync(new()
        {
            ["NativeHeap:TrimInterval"] = "00:00:00.5",
            ["MicrosoftAppId"] = "6f1c1bb4-4a0b-4c2a-9f3e-0d9a2b1c3d4e",
            ["MicrosoftAppType"] = "MultiTenant",
            ["Slack:BotToken"] = "not-a-bot-token",
            ["Storage:Provider"] = "Oracle",
        }, "serve");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        var problems = ErrorLines().Where(l => l.StartsWith("Configuration error: ", StringComparison.Ordinal)).ToArray();
        Assert.Contains(problems, p => p.Contains("NativeHeap:TrimInterval must be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MicrosoftAppPassword is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Slack:BotToken must be a bot token", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Storage:Provider 'Oracle' is not supported", StringComparison.Ordinal));
        Assert.Equal(4, problems.Length);
        AssertNoStackTrace();
    }

    [Fact]
    public async Task Serve_ValueTheBinderCannotConvert_NamesKeyAndFormatWithoutEchoingTheValue()
    {
        var exit = await RunAsync(new() { ["NativeHeap:TrimInterval"] = "xoxb-pasted-in-the-wrong-place" }, "serve");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        var problem = Assert.Single(ErrorLines(), l => l.StartsWith("Configuration error: ", StringComparison.Ordinal));
        Assert.Equal("Configuration error: NativeHeap:TrimInterval cannot be read as a time span (hh:mm:ss, e.g. 00:00:05).", problem);
        Assert.DoesNotContain("xoxb-pasted", Err.ToString(), StringComparison.Ordinal);
        AssertNoStackTrace();
    }

    [Fact]
    public async Task Serve_UnknownMicrosoftAppType_SaysWhichValuesAreAllowed()
    {
        var exit = await RunAsync(new() { ["MicrosoftAppType"] = "Personal" }, "serve");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        Assert.Contains("Configuration error: MicrosoftAppType 'Personal' is not MultiTenant, SingleTenant or UserAssignedMSI.", ErrorLines());
        AssertNoStackTrace();
    }

    [Fact]
    public async Task Demo_BadDigestSetting_StopsBeforeTouchingTheDatabase()
    {
        var exit = await RunAsync(new() { ["Digests:SendTimeout"] = "00:20:00", ["Digests:SendingLease"] = "00:10:00" }, "demo");

        Assert.Equal(ConfigurationProblems.ExitCode, exit);
        Assert.Contains(ErrorLines(), l => l.StartsWith("Configuration error: Digests:SendingLease must be longer", StringComparison.Ordinal));
        Assert.False(File.Exists(Database.Path));
        AssertNoStackTrace();
    }

    [Fact]
    public async Task Serve_DatabaseAtTheCurrentSchemaButReadOnly_PrintsOneStorageLineAndExits74()
    {
        // Migrated and then opened read-only (as a file the service account cannot write would be; root ignores file
        // modes, so the connection string's mode stands in for them): nothing is left to migrate, yet nothing could be saved.
        Assert.Equal(0, await RunAsync([], "db", "migrate"));
        Err.GetStringBuilder().Clear();

        var exit = await RunAsync(new() { ["ConnectionStrings:AlignmentBot"] = $"Data Source={Database.Path};Mode=ReadOnly" }, "serve");

        Assert.Equal(AlignmentCli.StorageErrorExitCode, exit);
        var line = Assert.Single(ErrorLines());
        Assert.StartsWith("Storage error: ", line, StringComparison.Ordinal);
        Assert.Contains("read-only", line, StringComparison.Ordinal);
        AssertNoStackTrace();
    }

    private string[] ErrorLines() => Err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Err.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Err.ToString(), StringComparison.Ordinal);
    }

    private async Task<int> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        settings.TryAdd("ConnectionStrings:AlignmentBot", Database.ConnectionString);

        // Only a safety net should the host start after all: the assertions never depend on it.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string[] command = args[0] == "serve" ? [.. args, "--urls", "http://127.0.0.1:0"] : args;
        return await AlignmentCli.InvokeAsync(command, new CliContext(Out, Err, settings), stop.Token);
    }
}
