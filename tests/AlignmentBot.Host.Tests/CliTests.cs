using AlignmentBot.Host.Cli;
using AlignmentBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Host.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    // The demo company is dated relative to "today", and so are the scorecard and the digest: a fixed day keeps their
    // verdicts (on track, off track, stale) the same whenever the tests run. Monday 23 November 2026, noon in New York.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _database.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task DemoThenScorecard_FromAnEmptyDatabase_PrintsABelievableScorecard()
    {
        Assert.Equal(0, await RunAsync("demo"));
        Assert.Contains("Seeded Northwind Analytics (demo)", _out.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync("scorecard"));

        var table = _out.ToString();
        Assert.Contains("as of 2026-11-23", table, StringComparison.Ordinal);
        Assert.Contains("Is marketing working? Partly", table, StringComparison.Ordinal);
        Assert.Contains("ON TRACK", table, StringComparison.Ordinal);
        Assert.Contains("OFF TRACK", table, StringComparison.Ordinal);
        Assert.Contains("Marketing qualified leads", table, StringComparison.Ordinal);
        Assert.Contains("(stale)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SecondWorkspace_KeepsTheFirstUntouched()
    {
        Assert.Equal(0, await RunAsync("demo", "--workspace", "T-OTHER"));
        Assert.Equal(0, await RunAsync("scorecard"));

        Assert.Contains("No measurable goals have been agreed yet", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadFile_ExitsNonZeroAndListsEveryBadLine()
    {
        var file = Path.Combine(_database.Directory, "bad.csv");
        await File.WriteAllTextAsync(file, "date,metric,value\n2026-11-02,mql,42\n2026-11-09,mql,lots\n");

        Assert.Equal(1, await RunAsync("import", file));

        Assert.Contains("Nothing was imported", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 3: 'lots' is not a number", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GoodFile_ReportsWhatWasStored()
    {
        var file = Path.Combine(_database.Directory, "funnel.csv");
        await File.WriteAllTextAsync(file, "week,mql,sql\n2026-11-02,42,17\n2026-11-09,45,19\n");

        Assert.Equal(0, await RunAsync("import", file));

        Assert.Contains("Imported 4 measurements", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsWithUsageError()
    {
        Assert.Equal(2, await RunAsync("import", Path.Combine(_database.Directory, "nope.csv")));
        Assert.Contains("No such file", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadListOption_IsRejectedBeforeTouchingTheDatabase()
    {
        var file = Path.Combine(_database.Directory, "accounts.csv");
        await File.WriteAllTextAsync(file, "Company\nAcme\n");

        Assert.Equal(2, await RunAsync("import", file, "--list", "friends"));
        Assert.Contains("--list must be marketing_reached or sales_target", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ScriptedConversation_DefinesAGoalThroughNumberedButtons()
    {
        Assert.Equal(0, await RunAsync("demo"));
        var script = string.Join('\n', "2", "is marketing working?", "we need 300 SQLs a month by end of Q2", "2", "1", "/quit");

        Assert.Equal(0, await RunWithInputAsync(script, "chat", "--user", "marco"));

        var transcript = _out.ToString();
        Assert.Contains("what's your role?", transcript, StringComparison.Ordinal);
        // "2" is the marketing lead; everyone in the local workspace is an admin, so their own request is granted at once.
        Assert.Contains("Done: you're a marketing lead now.", transcript, StringComparison.Ordinal);
        Assert.Contains("── Scorecard", transcript, StringComparison.Ordinal);
        Assert.Contains("unrealistic on the current run-rate", transcript, StringComparison.Ordinal);
        Assert.Contains("── Goal saved ──", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Understand_TextAndStandardInput_PrintTheContractJson()
    {
        Assert.Equal(0, await RunAsync("understand", "grow revenue 10% next year", "--today", "2026-11-23"));
        Assert.StartsWith("{\"intent\":\"define_goal\",\"score\":", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"entities\":{\"metric\":\"revenue\",\"percent\":10,\"deadline\":\"2027-12-31\",\"direction\":\"increase\"}}", _out.ToString(), StringComparison.Ordinal);

        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunWithInputAsync("MQLs this week: 42\nwhat's the weather in Chicago\n", "understand", "--today", "2026-11-23"));
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"intent\":\"check_in\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"intent\":\"none\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        Assert.Equal(0, await RunAsync("--help"));

        var help = _out.ToString();
        foreach (var command in new[] { "serve", "demo", "import", "scorecard", "chat", "understand", "digest", "teams-package" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    private Task<int> RunAsync(params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err, new Dictionary<string, string?> { ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString }, Time: _clock));

    private Task<int> RunWithInputAsync(string input, params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err, new Dictionary<string, string?> { ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString }, new StringReader(input), Time: _clock));
}
