using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Import;

/// <summary>A CSV shared in a direct message: checked like <c>import</c>, previewed, and loaded whole only on Confirm.</summary>
public sealed class FileImportTranscriptTests
{
    private const string Workspace = "T-ACME";

    private const string Leads =
        "Record ID,Company Name,Lifecycle Stage,Create Date\n" +
        "101,Globex Logistics,marketingqualifiedlead,2026-11-02 09:14\n" +
        "102,Initech Systems,salesqualifiedlead,2026-11-02 11:02\n" +
        "103,Umbrella Corp,marketingqualifiedlead,2026-11-03 10:00\n";

    private readonly FakeFileSource _files = new();

    [Fact]
    public async Task SharedCsv_Confirmed_LoadsEveryLead()
    {
        await using var bot = await StartAsync();
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(_files.Add("leads.csv", Leads))
            .Bot(r => Transcript.Render(r).Contains("leads.csv: 3 leads, every row good.", StringComparison.Ordinal)
                      && r.Card?.Actions?.Any(a => a.Title == "Confirm") == true && r.Card.Actions.Any(a => a.Title == "Cancel"), "the preview with Confirm and Cancel")
            .Then(async () => Assert.Empty(await Leads_(bot)), "nothing stored before Confirm")
            .Press("Confirm")
            .Bot("leads.csv: Imported 3 leads.");

        Assert.Equal(["101", "102", "103"], (await Leads_(bot)).Select(l => l.ExternalId).Order());
    }

    [Fact]
    public async Task SharedCsv_Cancelled_LoadsNothing()
    {
        await using var bot = await StartAsync();
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(_files.Add("leads.csv", Leads))
            .Bot("every row good")
            .Press("Cancel")
            .Bot("OK, nothing from leads.csv was loaded.");

        Assert.Empty(await Leads_(bot));
    }

    [Fact]
    public async Task SharedCsv_WithBadRows_ListsEachWithItsLineAndLoadsNothing()
    {
        await using var bot = await StartAsync();
        var csv = Leads + "104,Hooli,marketingqualifiedlead,next week\n105,Vandelay,not-a-stage,2026-11-04\n";
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(_files.Add("leads.csv", csv))
            .Bot(r => r.Text.StartsWith("leads.csv: 3 leads good, 2 bad rows, so nothing was loaded.", StringComparison.Ordinal)
                      && r.Text.Contains("• line 5: 'next week' in 'Create Date' is not a date.", StringComparison.Ordinal)
                      && r.Text.Contains("• line 6: Unknown stage 'not-a-stage'", StringComparison.Ordinal)
                      && r.Card is null, "both problems with their lines, no Confirm")
            .NoMoreReplies();

        Assert.Empty(await Leads_(bot));
    }

    [Fact]
    public async Task SharedFile_LargerThanTheLimit_IsRefusedWithTheLimitNamed()
    {
        await using var bot = await StartAsync();
        var big = _files.Add("leads.csv", Leads) with { Size = 3 * 1024 * 1024 };
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(big)
            .Bot("leads.csv is larger than 2 MB, the most I load from chat.");

        Assert.Empty(_files.Limits);
    }

    [Fact]
    public async Task SharedFile_GrowingPastTheLimitWhileDownloading_IsRefused()
    {
        await using var bot = await StartAsync();
        var file = _files.Add("leads.csv", Leads + new string('x', 3 * 1024 * 1024)) with { Size = null };
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(file)
            .Bot("leads.csv is larger than 2 MB");

        Assert.Equal([2L * 1024 * 1024], _files.Limits);
    }

    [Fact]
    public async Task SharedFile_ByAMarketer_IsRefusedNamingWhoCan()
    {
        await using var bot = await StartAsync();
        await bot.PersonAsync("U-MILO", "Milo", Role.Marketer, Workspace);
        await bot.Conversation(user: "U-MILO", name: "Milo", workspace: Workspace, conversation: "dm-milo")
            .Shares(_files.Add("leads.csv", Leads))
            .Bot("Only the marketing lead, the sales lead, leadership or an admin can load a file of numbers, leads or accounts: ask Mara.");

        Assert.Empty(_files.Limits);
    }

    [Fact]
    public async Task SharedFile_ByAGuest_GetsTheMembershipAnswerAndIsNotDownloaded()
    {
        await using var bot = await StartAsync();
        await bot.Conversation(user: "U-GWEN", name: "Gwen", workspace: Workspace, conversation: "dm-gwen", standing: UserStanding.Guest)
            .Shares(_files.Add("leads.csv", Leads))
            .Bot("you're a guest");

        Assert.Empty(_files.Limits);
        Assert.Empty(await Leads_(bot));
    }

    [Fact]
    public async Task SharedFile_InAChannel_AsksForADirectMessage()
    {
        await using var bot = await StartAsync();
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "C-MARKETING", isGroup: true)
            .Shares(_files.Add("leads.csv", Leads))
            .Bot("I only read files sent to me in a direct message");

        Assert.Empty(_files.Limits);
    }

    [Fact]
    public async Task SharedFile_NotACsv_AsksForCsvUtf8()
    {
        await using var bot = await StartAsync();
        await bot.Conversation(user: "U-MARA", name: "Mara", workspace: Workspace, conversation: "dm-mara")
            .Shares(_files.Add("funnel.xlsx", "PK") with { FileType = "xlsx" })
            .Bot("I can only load CSV files, and funnel.xlsx is not one.");
    }

    private async Task<BotHarness> StartAsync()
    {
        var bot = await BotHarness.StartAsync(s => s.AddSingleton<ISharedFileSource>(_files));
        await bot.PersonAsync("U-MARA", "Mara", Role.MarketingLead, Workspace);
        return bot;
    }

    private static Task<IReadOnlyList<Domain.Leads.Lead>> Leads_(BotHarness bot)
        => bot.Services.GetRequiredService<ILeadStore>().ListAsync(new WorkspaceId(Workspace), DateTimeOffset.UnixEpoch, default);
}
