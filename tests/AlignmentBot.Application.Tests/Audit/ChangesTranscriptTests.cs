using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Audit;

/// <summary>"What changed this week?" in chat: the audit trail as leadership reads it.</summary>
public sealed class ChangesTranscriptTests
{
    [Fact]
    public async Task WhatChangedThisWeek_AfterChangesInChat_ListsThemByDayNewestFirstWithWhoWhereAndBeforeAfter()
    {
        // TestData.Now is Monday 23 Nov 2026, 14:00 UTC.
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "dm-marco")
            .User("MQLs this week: 42")
            .Bot("Recorded 42 MQLs")
            .User("propose an SLA: 200 MQLs a month, follow up within 24 hours")
            .Bot("waiting for sales to sign")
            .Wait(TimeSpan.FromDays(1))
            .User("MQLs this week: 45")
            .Bot("Recorded 45 MQLs");
        await bot.Conversation(user: "U-SAM", name: "Sam", conversation: "C0SALES", isGroup: true)
            .User("show the SLA")
            .Bot("waiting for sales")
            .Press("Confirm for sales")
            .Bot("of the lead agreement is in force");

        string? answer = null;
        await bot.Conversation(user: "U-DANA", name: "Dana", conversation: "dm-dana")
            .User("what changed this week?")
            .Bot(r => (answer = r.Text) is not null, "the changes");

        Assert.Equal(
            """
            9 changes this week, newest first:
            **Tuesday 24 Nov**
            • 14:00 Sam in C0SALES signed the lead agreement for sales (200 leads a month, follow-up within 24 hours); it is now active
            • 14:00 Marco in a direct message corrected MQLs for 23 Nov 2026 – 29 Nov 2026: value 42 → 45
            **Monday 23 Nov**
            • 14:00 Marco in a direct message signed the lead agreement for marketing (200 leads a month, follow-up within 24 hours)
            • 14:00 Marco in a direct message proposed a lead agreement: 200 leads a month, follow-up within 24 hours
            • 14:00 Marco in a direct message recorded MQLs for 23 Nov 2026 – 29 Nov 2026: 42
            • 14:00 AlignmentBot changed Dana's role: none → leadership
            • 14:00 AlignmentBot changed Sam's role: none → sales lead
            • 14:00 AlignmentBot changed Marco's role: none → marketing lead
            • 14:00 AlignmentBot set up this workspace
            """.ReplaceLineEndings("\n"),
            answer);
    }

    [Fact]
    public async Task WhoChangedTheSla_NamesOnlyTheAgreementsChangesOverTheWholeHistory()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);
        await bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "dm-marco")
            .User("propose an SLA: 200 MQLs a month, follow up within 24 hours")
            .Bot("waiting for sales to sign")
            .User("MQLs this week: 42")
            .Bot("Recorded 42 MQLs")
            .Wait(TimeSpan.FromDays(20));

        await bot.Conversation(user: "U-DANA", name: "Dana", conversation: "dm-dana")
            .User("who changed the SLA?")
            .Bot(r => r.Text.StartsWith("2 changes so far (the lead agreement)", StringComparison.Ordinal) && r.Text.Contains("Marco in a direct message signed the lead agreement for marketing", StringComparison.Ordinal) && r.Text.Contains("Marco in a direct message proposed a lead agreement", StringComparison.Ordinal)
                      && !r.Text.Contains("MQLs", StringComparison.Ordinal), "only the SLA's change, three weeks back");
    }

    [Fact]
    public async Task WhatChangedSinceWednesday_LeavesOutWhatCameBefore()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);
        await bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "dm-marco")
            .User("MQLs this week: 42")
            .Bot("Recorded")
            .Wait(TimeSpan.FromDays(3))
            .User("SQLs this week: 9")
            .Bot("Recorded");

        await bot.Conversation(user: "U-DANA", name: "Dana", conversation: "dm-dana")
            .User("what changed since Wednesday?")
            .Bot(r => r.Text.StartsWith("1 change since Wed 25 Nov", StringComparison.Ordinal) && r.Text.Contains("recorded SQLs", StringComparison.Ordinal), "Thursday's SQLs only");
    }

    [Fact]
    public async Task WhatChanged_AskedByMarketing_IsRefusedAndSaysWhoCan()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead, workspace: "T-ACME");

        await bot.Conversation(user: "U-MARCO", name: "Marco", workspace: "T-ACME")
            .User("what changed this week?")
            .Bot(PrivacyGate.ChangesRefusal);
    }

    [Fact]
    public async Task WhatChanged_AskedByAConfiguredAdmin_IsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.MarketingLead, workspace: "T-ACME", admin: true);

        await bot.Conversation(user: "U-PRIYA", name: "Priya", workspace: "T-ACME")
            .User("what changed today?")
            .Bot("2 changes today");
    }
}
