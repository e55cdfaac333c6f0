using System.Text;
using AlignmentBot.Application.Exports;
using AlignmentBot.Application.Import;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Exports;

/// <summary>"Export the scorecard / the goals / lead verdicts": a CSV file any member gets, and nothing in it runs as a formula.</summary>
public sealed class ExportTranscriptTests
{
    private const string Workspace = "T-ACME";

    [Fact]
    public async Task ExportTheGoals_ByAMember_GivesACsvWithEveryGoal()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Workspace);
        await bot.PersonAsync("U-NICO", "Nico", Role.Marketer, Workspace);
        var goals = await bot.Services.GetRequiredService<AlignmentBot.Application.Ports.IGoalStore>().ListAsync(new WorkspaceId(Workspace), default);

        OutgoingMessage? reply = null;
        await bot.Conversation(user: "U-NICO", name: "Nico", workspace: Workspace, conversation: "dm-nico")
            .User("export the goals")
            .Bot(r => (reply = r).File is not null, "a file");

        Assert.StartsWith($"Here is the goals as a CSV file ({goals.Count} rows): goals-", reply!.Text, StringComparison.Ordinal);
        var rows = Lines(reply.File!);
        Assert.Equal(string.Join(',', ExportService.GoalsHeader), rows[0]);
        Assert.Equal(goals.Count + 1, rows.Length);
        Assert.All(goals, g => Assert.Contains(rows, r => r.StartsWith(g.Id.ToString(), StringComparison.Ordinal)));
        Assert.Equal("text/csv", reply.File!.ContentType);
        Assert.Equal([0xEF, 0xBB, 0xBF], reply.File.Content[..3]);
    }

    [Fact]
    public async Task ExportLeadVerdicts_WithFormulaLikeCells_NeutralisesThem()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-NICO", "Nico", Role.SalesRep, Workspace);
        const string csv = "Record ID,Company Name,Lifecycle Stage,Create Date,Sales Decision,Rejection Reason\n" +
                           "201,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",marketingqualifiedlead,2026-11-02,rejected,@SUM(1+1)\n" +
                           "202,+Plus Corp,salesqualifiedlead,2026-11-03,accepted,\n";
        var result = await bot.Services.GetRequiredService<ImportService>().ImportAsync(new WorkspaceId(Workspace), "leads.csv", new StringReader(csv), ImportOptions.Default, default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));

        OutgoingMessage? reply = null;
        await bot.Conversation(user: "U-NICO", name: "Nico", workspace: Workspace, conversation: "dm-nico")
            .User("export lead verdicts")
            .Bot(r => (reply = r).File is not null, "a file");

        var text = Encoding.UTF8.GetString(reply!.File!.Content);
        Assert.Contains("201,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,mql,", text, StringComparison.Ordinal);
        Assert.Contains("202,'+Plus Corp,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", text, StringComparison.Ordinal);
        Assert.StartsWith("lead-verdicts-", reply.File.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportTheScorecard_ByAGuest_GetsNoFile()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Workspace);
        await bot.Conversation(user: "U-GWEN", name: "Gwen", workspace: Workspace, conversation: "dm-gwen", standing: UserStanding.Guest)
            .User("export the scorecard")
            .Bot(r => r.File is null && r.Text.Contains("you're a guest", StringComparison.Ordinal), "the membership answer, no file")
            .NoMoreReplies();
    }

    [Fact]
    public async Task ExportTheScorecard_HasOneRowPerScorecardLine()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Workspace);
        await bot.PersonAsync("U-LENA", "Lena", Role.Leadership, Workspace);
        var view = await bot.Services.GetRequiredService<AlignmentBot.Application.Scorecards.ScorecardService>().BuildAsync(new WorkspaceId(Workspace), default);

        OutgoingMessage? reply = null;
        await bot.Conversation(user: "U-LENA", name: "Lena", workspace: Workspace, conversation: "dm-lena")
            .User("can you export the scorecard as csv")
            .Bot(r => (reply = r).File is not null, "a file");

        var rows = Lines(reply!.File!);
        Assert.Equal(string.Join(',', ExportService.ScorecardHeader), rows[0]);
        Assert.Equal(view.Scorecard.Lines.Count + 1, rows.Length);
        Assert.True(view.Scorecard.Lines.Count > 0);
    }

    [Fact]
    public async Task Export_InTheTerminal_NamesTheCommandLine()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);
        await bot.Conversation(channel: "terminal")
            .User("export the goals")
            .Bot(r => r.File is null && r.Text.Contains("export goals --workspace local --out goals.csv", StringComparison.Ordinal), "the command line");
    }

    [Theory]
    [InlineData("export the scorecard", ExportKind.Scorecard)]
    [InlineData("export the goals", ExportKind.Goals)]
    [InlineData("export lead verdicts", ExportKind.Verdicts)]
    [InlineData("csv of the rejected leads", ExportKind.Verdicts)]
    [InlineData("export", null)]
    public void ExportRequest_Parse_NamesTheKind(string text, ExportKind? expected)
        => Assert.Equal(expected, ExportRequest.Parse(text));

    private static string[] Lines(FileAttachment file)
        => Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
