using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Host.Tests;

public sealed class CliTests : CliTest
{
    // The demo company is dated relative to "today", and so are the scorecard and the digest: a fixed day keeps their
    // verdicts (on track, off track, stale) the same whenever the tests run. Monday 23 November 2026, noon in New York.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DemoThenScorecard_FromAnEmptyDatabase_PrintsABelievableScorecard()
    {
        Assert.Equal(0, await RunAsync("demo"));
        Assert.Contains("Seeded Northwind Analytics (demo)", Out.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync("scorecard"));

        var table = Out.ToString();
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

        Assert.Contains("No measurable goals have been agreed yet", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadFile_ExitsNonZeroAndListsEveryBadLine()
    {
        var file = Path.Combine(Database.Directory, "bad.csv");
        await File.WriteAllTextAsync(file, "date,metric,value\n2026-11-02,mql,42\n2026-11-09,mql,lots\n");

        Assert.Equal(1, await RunAsync("import", file));

        Assert.Contains("Nothing was imported", Err.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 3: 'lots' is not a number", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GoodFile_ReportsWhatWasStored()
    {
        var file = Path.Combine(Database.Directory, "funnel.csv");
        await File.WriteAllTextAsync(file, "week,mql,sql\n2026-11-02,42,17\n2026-11-09,45,19\n");

        Assert.Equal(0, await RunAsync("import", file));

        Assert.Contains("Imported 4 measurements", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsWithUsageError()
    {
        Assert.Equal(2, await RunAsync("import", Path.Combine(Database.Directory, "nope.csv")));
        Assert.Contains("No such file", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadListOption_IsRejectedBeforeTouchingTheDatabase()
    {
        var file = Path.Combine(Database.Directory, "accounts.csv");
        await File.WriteAllTextAsync(file, "Company\nAcme\n");

        Assert.Equal(2, await RunAsync("import", file, "--list", "friends"));
        Assert.Contains("--list must be marketing_reached or sales_target", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ScriptedConversation_DefinesAGoalThroughNumberedButtons()
    {
        Assert.Equal(0, await RunAsync("demo"));
        // The unrealistic target is challenged first ("1": use the realistic figure), then the owner ("1": me), then Confirm ("1").
        var script = string.Join('\n', "2", "is marketing working?", "we need 300 SQLs a month by end of Q2", "1", "1", "1", "/quit");

        Assert.Equal(0, await RunWithInputAsync(script, "chat", "--user", "marco"));

        var transcript = Out.ToString();
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
        Assert.StartsWith("{\"intent\":\"define_goal\",\"score\":", Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"entities\":{\"metric\":\"revenue\",\"percent\":10,\"deadline\":\"2027-12-31\",\"direction\":\"increase\"}}", Out.ToString(), StringComparison.Ordinal);

        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunWithInputAsync("MQLs this week: 42\nwhat's the weather in Chicago\n", "understand", "--today", "2026-11-23"));
        var lines = Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"intent\":\"check_in\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"intent\":\"none\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        Assert.Equal(0, await RunAsync("--help"));

        var help = Out.ToString();
        foreach (var command in new[] { "serve", "demo", "import", "scorecard", "chat", "understand", "digest", "teams-package" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    private Task<int> RunAsync(params string[] args)
        => InvokeAsync(args, time: _clock);

    private Task<int> RunWithInputAsync(string input, params string[] args)
        => InvokeAsync(args, new StringReader(input), _clock);
}
