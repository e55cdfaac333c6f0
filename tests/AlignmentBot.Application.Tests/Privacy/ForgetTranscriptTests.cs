using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Privacy;

/// <summary>"Forget me" and "forget @person" in chat: asked once, then done, with exactly what went and what stayed.</summary>
public sealed class ForgetTranscriptTests
{
    [Fact]
    public async Task ForgetMe_Confirmed_RemovesThePersonKeepsTheNumbersAndStartsAfreshNextTime()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "dm-marco")
            .User("MQLs this week: 42")
            .Bot("Recorded 42 MQLs")
            .User("propose an SLA: 200 MQLs a month, follow up within 24 hours")
            .Bot("waiting for sales to sign")
            .User("forget me")
            .Bot("Forget you? I'd delete your person record")
            .Press("Yes, forget me")
            .Bot(r => r.Text.StartsWith("Done: I've forgotten you.\nRemoved: your person record (name, role and time zone), 1 direct-message address and 1 saved conversation.\n", StringComparison.Ordinal)
                      && r.Text.Contains("Anonymised: your name on 1 agreement signature and 1 measurement now reads “Former member ", StringComparison.Ordinal)
                      && r.Text.Contains("Kept: every number", StringComparison.Ordinal), "exactly what was removed and kept")
            .NoMoreReplies()
            .User("hello")
            .Bot("what's your role?");

        var services = bot.Services;
        var person = await services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(WorkspaceId.Local, "U-MARCO", default);
        Assert.Null(person!.Role);
        var sla = (await services.GetRequiredService<ISlaStore>().GetPendingAsync(WorkspaceId.Local, default))!;
        Assert.StartsWith("Former member ", sla.ProposedBy, StringComparison.Ordinal);
        Assert.Equal(200, sla.LeadsPerPeriod);
        var week = Periods.Containing(TestData.Today, PeriodKind.Week);
        var measurement = Assert.Single(await services.GetRequiredService<IMeasurementStore>().ListAsync(WorkspaceId.Local, week, null, default));
        Assert.Equal(42m, measurement.Value);
        Assert.StartsWith("Former member ", measurement.RecordedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_AnsweredNo_KeepsEverything()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("please delete my personal data")
            .Bot("Forget you?")
            .Press("No, keep everything")
            .Bot("OK, I've kept everything as it was.");

        Assert.Equal(Role.MarketingLead, (await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(WorkspaceId.Local, "U-MARCO", default))!.Role);
    }

    [Fact]
    public async Task ForgetSomeoneElse_AskedByMarketing_IsRefusedAndSaysWhoCan()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead, workspace: "T-ACME");
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead, workspace: "T-ACME");

        await bot.Conversation(user: "U-MARCO", name: "Marco", workspace: "T-ACME")
            .User("forget @Sam")
            .Bot(PrivacyGate.ForgetRefusal);

        Assert.NotNull(await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId("T-ACME"), "U-SAM", default));
    }

    [Fact]
    public async Task ForgetSomeoneElse_AskedByLeadership_ForgetsThemAndTheHistorySaysSoWithoutTheirName()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        // The lead comes from the CRM; a verdict on an id nobody imported is asked about, never recorded as a new lead.
        await bot.Services.GetRequiredService<ILeadStore>().UpsertAsync(WorkspaceId.Local,
            [new Domain.Leads.Lead(Guid.NewGuid(), WorkspaceId.Local, "HS-9", null, null, Domain.Leads.LeadStage.Mql, Domain.Measurements.Breakdown.None,
                bot.Time.GetUtcNow(), null, Domain.Leads.LeadDecision.Pending)], default);
        await bot.Conversation(user: "U-SAM", name: "Sam", conversation: "dm-sam")
            .User("reject lead HS-9, no budget")
            .Bot("Rejected lead HS-9");

        await bot.Conversation(user: "U-DANA", name: "Dana", conversation: "dm-dana")
            .User("forget <@U-SAM>")
            .Bot("I don't know anyone called")
            .User("forget @Sam")
            .Bot("Forget Sam? I'd delete their person record")
            .Press("Yes, forget Sam")
            .Bot(r => r.Text.StartsWith("Done: I've forgotten Sam.\nRemoved: their person record (name, role and time zone), 1 direct-message address and 1 saved conversation.", StringComparison.Ordinal)
                      && r.Text.Contains("their name on 1 lead verdict now reads", StringComparison.Ordinal), "what went and what stayed")
            .User("what changed today?")
            .Bot(r => r.Text.Contains("Dana in a direct message had Former member ", StringComparison.Ordinal)
                      && r.Text.Contains("in a direct message rejected lead HS-9: no budget", StringComparison.Ordinal)
                      && !r.Text.Contains("Sam", StringComparison.Ordinal), "the history without Sam's name");

        var lead = (await bot.Services.GetRequiredService<ILeadStore>().FindAsync(WorkspaceId.Local, "HS-9", default))!;
        Assert.Equal((Domain.Leads.LeadDecision.Rejected, Domain.Leads.RejectionReason.NoBudget), (lead.Decision, lead.RejectionReason));
        Assert.StartsWith("Former member ", lead.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetSomeone_NobodyByThatName_SaysSo()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation(user: "U-DANA", name: "Dana")
            .User("forget @Zed")
            .Bot("I don't know anyone called Zed");
    }
}
