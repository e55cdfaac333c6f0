using AlignmentBot.Host.Cli;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary><c>db purge-workspace</c>: one workspace deleted at once, after a confirmation, with what went per table.</summary>
public sealed class PurgeWorkspaceCliTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        _database.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task PurgeWorkspace_WithYes_DeletesItPrintsCountsPerTableAndLeavesTheOtherWorkspace()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-STAYS"));
        _out.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync(null, "db", "purge-workspace", "T-GONE", "--yes"));

        var output = _out.ToString();
        Assert.Matches(@"(?m)^goals\s+7$", output);
        Assert.Matches(@"(?m)^workspaces\s+1$", output);
        Assert.Matches(@"(?m)^audit_log\s+[1-9]\d*$", output);
        Assert.Matches(@"Deleted workspace 'T-GONE': [\d,]+ rows in \d+ tables\.", output);
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-GONE"));
        Assert.Contains("No measurable goals have been agreed yet", _out.ToString(), StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-STAYS"));
        Assert.Contains("Marketing qualified leads", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_ConfirmedByTypingItsId_Deletes()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));

        Assert.Equal(0, await RunAsync("T-GONE\n", "db", "purge-workspace", "T-GONE"));

        Assert.Contains("Type the workspace id (T-GONE) to confirm", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Deleted workspace 'T-GONE'", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_AnswerIsNotTheId_DeletesNothing()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));

        Assert.Equal(1, await RunAsync("yes\n", "db", "purge-workspace", "T-GONE"));

        Assert.Contains("Nothing was deleted", _err.ToString(), StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-GONE"));
        Assert.Contains("Marketing qualified leads", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_UnknownWorkspace_SaysThereIsNothing()
    {
        Assert.Equal(1, await RunAsync(null, "db", "purge-workspace", "T-NOBODY", "--yes"));

        Assert.Contains("holds nothing of workspace 'T-NOBODY'", _err.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(string? input, params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err, new Dictionary<string, string?> { ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString },
            input is null ? null : new StringReader(input)));
}
