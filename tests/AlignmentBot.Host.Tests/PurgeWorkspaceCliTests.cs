namespace AlignmentBot.Host.Tests;

/// <summary><c>db purge-workspace</c>: one workspace deleted at once, after a confirmation, with what went per table.</summary>
public sealed class PurgeWorkspaceCliTests : CliTest
{
    [Fact]
    public async Task PurgeWorkspace_WithYes_DeletesItPrintsCountsPerTableAndLeavesTheOtherWorkspace()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-STAYS"));
        Out.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync(null, "db", "purge-workspace", "T-GONE", "--yes"));

        var output = Out.ToString();
        Assert.Matches(@"(?m)^goals\s+7$", output);
        Assert.Matches(@"(?m)^workspaces\s+1$", output);
        Assert.Matches(@"(?m)^audit_log\s+[1-9]\d*$", output);
        Assert.Matches(@"Deleted workspace 'T-GONE': [\d,]+ rows in \d+ tables\.", output);
        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-GONE"));
        Assert.Contains("No measurable goals have been agreed yet", Out.ToString(), StringComparison.Ordinal);
        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-STAYS"));
        Assert.Contains("Marketing qualified leads", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_ConfirmedByTypingItsId_Deletes()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));

        Assert.Equal(0, await RunAsync("T-GONE\n", "db", "purge-workspace", "T-GONE"));

        Assert.Contains("Type the workspace id (T-GONE) to confirm", Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Deleted workspace 'T-GONE'", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_AnswerIsNotTheId_DeletesNothing()
    {
        Assert.Equal(0, await RunAsync(null, "demo", "--workspace", "T-GONE"));

        Assert.Equal(1, await RunAsync("yes\n", "db", "purge-workspace", "T-GONE"));

        Assert.Contains("Nothing was deleted", Err.ToString(), StringComparison.Ordinal);
        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(null, "scorecard", "--workspace", "T-GONE"));
        Assert.Contains("Marketing qualified leads", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeWorkspace_UnknownWorkspace_SaysThereIsNothing()
    {
        Assert.Equal(1, await RunAsync(null, "db", "purge-workspace", "T-NOBODY", "--yes"));

        Assert.Contains("holds nothing of workspace 'T-NOBODY'", Err.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(string? input, params string[] args)
        => InvokeAsync(args, input is null ? null : new StringReader(input));
}
