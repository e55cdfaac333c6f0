using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>
/// A signature binds to the version on the card, the agreement in force stays until its replacement is signed by two
/// different people, and no button or form lets the client choose which row it writes.
/// </summary>
public sealed class AgreementAndReferenceTests
{
    private const string Acme = "T0ACME";
    private static readonly WorkspaceId Workspace = new(Acme);

    [Fact]
    public async Task Sla_NewProposal_LeavesTheActiveOneInForceUntilBothSidesSignIt()
    {
        await using var bot = await PeopleAsync();
        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO").User("propose an SLA: 200 MQLs a month, follow up within 24 hours").Bot("waiting for sales to sign");
        await bot.Conversation("U0SAM", "Sam", Acme, "D0SAM").User("confirm the SLA").Bot("Version 1 of the lead agreement is in force");

        await bot.Conversation("U0MIA", "Mia", Acme, "D0MIA")
            .User("propose an SLA: 150 MQLs a month, follow up within 12 hours")
            .Bot("until then version 1 stays in force");
        var slas = bot.Services.GetRequiredService<ISlaStore>();
        Assert.Equal((1, 200), ((await slas.GetActiveAsync(Workspace, default))!.Version, (await slas.GetActiveAsync(Workspace, default))!.LeadsPerPeriod));

        await bot.Conversation("U0SAM", "Sam", Acme, "D0SAM")
            .User("show the SLA")
            .Bot("In force (version 1)")
            .Bot("Version 2, proposed by Mia")
            .Press("Confirm for sales")
            .Bot("Version 2 of the lead agreement is in force");

        var active = await slas.GetActiveAsync(Workspace, default);
        Assert.Equal((2, 150, "U0MIA", "U0SAM"), (active!.Version, active.LeadsPerPeriod, active.Marketing!.UserId, active.Sales!.UserId));
    }

    [Fact]
    public async Task Sla_ButtonOfAReplacedVersion_SaysItIsStaleAndSignsNothing()
    {
        await using var bot = await PeopleAsync();
        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO").User("propose an SLA: 200 MQLs a month, follow up within 24 hours").Bot("Version 1");
        var sam = bot.Conversation("U0SAM", "Sam", Acme, "D0SAM");
        await sam.User("show the SLA").Bot("Version 1");
        var versionOneButton = sam.ButtonData("Confirm for sales");

        await bot.Conversation("U0MIA", "Mia", Acme, "D0MIA").User("propose an SLA: 150 MQLs a month, follow up within 12 hours").Bot("Version 2");
        await sam.Submit(Application.Dialogs.Verbs.ConfirmSla, versionOneButton)
            .Bot("That card shows version 1 of the lead agreement, which has been replaced")
            .CardReplacedWith("Version 1 of the lead agreement has been replaced");

        var slas = bot.Services.GetRequiredService<ISlaStore>();
        Assert.Null(await slas.GetActiveAsync(Workspace, default));
        var pending = await slas.GetPendingAsync(Workspace, default);
        Assert.Equal((2, null), (pending!.Version, pending.Sales));
    }

    [Fact]
    public async Task Sla_OnePersonSigningBothSides_IsRefusedEvenAfterTheirRoleChanges()
    {
        await using var bot = await PeopleAsync();
        var dana = bot.Conversation("U0DANA", "Dana", Acme, "D0DANA");

        await dana
            .User("I'm the marketing lead")
            .Bot("Done: you're a marketing lead now")
            .User("propose an SLA: 200 MQLs a month, follow up within 24 hours")
            .Bot("waiting for sales to sign")
            .User("I'm the sales lead")
            .Bot("Done: you're a sales lead now")
            .User("confirm the SLA")
            .Bot("You already signed the other side of this agreement, and one person cannot sign both: another sales lead has to confirm for sales: ask <@U0SAM>.");

        Assert.Null(await bot.Services.GetRequiredService<ISlaStore>().GetActiveAsync(Workspace, default));
    }

    [Fact]
    public async Task Sla_ConfirmByTheWrongRole_NamesWhoCan()
    {
        await using var bot = await PeopleAsync();
        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO").User("propose an SLA: 200 MQLs a month, follow up within 24 hours").Bot("Version 1");

        await bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA")
            .User("show the SLA")
            .Bot("Version 1")
            .Press("Confirm for sales")
            .Bot("Only a sales lead can confirm for sales: ask <@U0SAM>.");
    }

    [Fact]
    public async Task GoalForm_HiddenIdEditedToAnExistingGoal_IsRefusedAndTheGoalIsUntouched()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        var goals = bot.Services.GetRequiredService<IGoalStore>();
        var existing = (await goals.ListAsync(Workspace, default)).First(g => g.Metric == Domain.Metrics.MetricKey.Mql);
        var marco = bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO");
        await marco.Submit(Application.Dialogs.Verbs.OpenGoalForm).Bot("Define the goal in one form");
        var fields = new Dictionary<string, string> { ["metric"] = "mql", ["target"] = "1", ["period"] = "month", ["deadline"] = "2027-06-30" };

        // The pre-permissions form carried the goal's id in the clear; now only the reference decides which goal is written.
        await marco.Submit(Application.Dialogs.Verbs.SubmitGoalForm, new Dictionary<string, string>(fields) { ["id"] = existing.Id.ToString() })
            .Bot("That button doesn't work here");
        var edited = new Dictionary<string, string>(marco.ButtonData("Review goal")) { ["id"] = existing.Id.ToString(), ["ref"] = "forged-token" };
        await marco.Submit(Application.Dialogs.Verbs.SubmitGoalForm, edited.Concat(fields).ToDictionary())
            .Bot("That button doesn't work here");

        Assert.Equal(existing, await goals.GetAsync(Workspace, existing.Id, default));
        await marco.Press("Review goal", fields).Bot("Here's the goal");
        await marco.Press("Confirm").CardReplacedWith("Goal saved");
        var saved = Assert.Single(await goals.ListAsync(Workspace, default), g => g.Target == 1);
        Assert.NotEqual(existing.Id, saved.Id);
        Assert.Equal(existing, await goals.GetAsync(Workspace, existing.Id, default));
    }

    [Fact]
    public async Task References_TokenIssuedInAnotherWorkspace_ResolvesToNothing()
    {
        await using var bot = await PeopleAsync();
        await bot.PersonAsync("U0SAM", "Sam", Role.SalesLead, "T0OTHER", platform: Platform.Slack);
        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO").User("propose an SLA: 200 MQLs a month, follow up within 24 hours").Bot("Version 1");
        var acmeSam = bot.Conversation("U0SAM", "Sam", Acme, "D0SAM");
        await acmeSam.User("show the SLA").Bot("Version 1");

        await bot.Conversation("U0SAM", "Sam", "T0OTHER", "D0SAM-OTHER")
            .Submit(Application.Dialogs.Verbs.ConfirmSla, acmeSam.ButtonData("Confirm for sales"))
            .Bot("That button doesn't work here");

        Assert.Null((await bot.Services.GetRequiredService<ISlaStore>().GetPendingAsync(Workspace, default))!.Sales);
    }

    [Fact]
    public async Task LeadButtons_WithTheLeadIdInTheClear_AreRefused_AndUndoIsForTheDeciderOrAnAdmin()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        var alex = bot.Conversation("U0ALEX", "Alex", Acme, "D0ALEX");

        await alex.Submit(Application.Dialogs.Verbs.RejectLead, new Dictionary<string, string> { ["lead"] = "DEMO-1001", ["reason"] = "NoBudget" })
            .Bot("That button doesn't work here");
        await alex.User("reject lead DEMO-1001, they have no budget").BotEventually("Rejected lead DEMO-1001");
        var undo = alex.ButtonData("Undo");

        await bot.Conversation("U0SAM", "Sam", Acme, "D0SAM")
            .Submit(Application.Dialogs.Verbs.UndoLead, undo)
            .Bot("Only the person who made this decision or an admin can undo it: ask <@U0ALEX>, <@U0DANA> or Dana Whitfield (CEO).");
        var leads = bot.Services.GetRequiredService<ILeadStore>();
        Assert.Equal(LeadDecision.Rejected, (await leads.FindAsync(Workspace, "DEMO-1001", default))!.Decision);

        await alex.Submit(Application.Dialogs.Verbs.UndoLead, undo).Bot("Undone: lead DEMO-1001");
        Assert.NotEqual(LeadDecision.Rejected, (await leads.FindAsync(Workspace, "DEMO-1001", default))!.Decision);

        // The same Undo again: still only for its decider or an admin, and for them it is done already.
        await bot.Conversation("U0SAM", "Sam", Acme, "D0SAM")
            .Submit(Application.Dialogs.Verbs.UndoLead, undo).Bot("Only the person who made this decision or an admin can undo it");
        await alex.Submit(Application.Dialogs.Verbs.UndoLead, undo).Bot("Undone: lead DEMO-1001 is already pending again");
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        await alex.User("reject lead DEMO-1001, wrong contact").BotEventually("Rejected lead DEMO-1001")
            .Submit(Application.Dialogs.Verbs.UndoLead, undo).Bot("Lead DEMO-1001 was decided again since (by Alex), so this Undo no longer applies.");
    }

    [Fact]
    public async Task LeadButton_ForALeadDeletedSinceItsCardWasShown_RecordsNothingAndCreatesNoLead()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        var alex = bot.Conversation("U0ALEX", "Alex", Acme, "D0ALEX");
        await alex.User("review the pending leads").BotEventually("Accept");

        // The leads go (a privacy deletion, say) while the card is still on screen.
        var db = bot.Services.GetRequiredService<AlignmentBot.Storage.Sql.IDbConnectionFactory>();
        await using (var connection = await db.OpenAsync(default))
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM leads";
            await delete.ExecuteNonQueryAsync();
        }

        await alex.Press("Accept").BotEventually("so I haven't recorded anything for it");
        Assert.Empty(await bot.Services.GetRequiredService<ILeadStore>().ListAsync(Workspace, DateTimeOffset.UnixEpoch, default));
    }

    [Fact]
    public async Task GoalOwner_TwoPeopleMatch_AsksWhichWithButtonsAndSavesThePersonPicked()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        await bot.PersonAsync("U0PRIYA2", "Priya Shah", Role.Marketer, Acme);

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("we need 240 MQLs a month by end of next year")
            .BotEventually("Who owns this goal?")
            .User("Nobody Known")
            .Bot("I don't know anyone called Nobody Known here yet")
            .Bot("Who owns this goal?")
            .User("Priya")
            .Bot("Which Priya?")
            .Press("Priya Shah")
            .BotEventually("please confirm")
            .Press("Confirm")
            .CardReplacedWith("Goal saved");

        var goal = Assert.Single(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(Workspace, default), g => g.CreatedBy == "U0DANA");
        Assert.Equal(new PersonRef("U0PRIYA2", "Priya Shah"), goal.Owner);
    }

    [Fact]
    public async Task Goal_MarketerSettingAMarketingGoal_IsRefusedNamingTheMarketingLead()
    {
        await using var bot = await PeopleAsync();

        await bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA")
            .User("we need 240 MQLs a month")
            .Bot("Only the marketing lead, leadership or an admin can set a marketing goal: ask <@U0MARCO>, <@U0MIA> or <@U0DANA>.");

        Assert.Empty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(Workspace, default));
    }

    [Fact]
    public async Task Goal_NewcomerWhoseRoleIsOnlyClaimed_DraftsTheGoalAndIsRefusedAtConfirmNamingWhoCan()
    {
        await using var bot = await PeopleAsync();
        var casey = bot.Conversation("U0CASEY", "Casey", Acme, "D0CASEY");

        await casey.User("we need more leads").Bot("what's your role?");
        await casey.User("marketing").Bot("that is a request for now").Bot("Prefer a form?").Bot("Which number should this goal move?");
        await casey.User("leads").Bot("What should the target for");
        await casey.User("240 a month").Bot("today per month?");
        await casey.User("200").Bot("By when?");
        await casey.User("end of Q2").Bot("Who owns this goal?");
        await casey.User("me").Bot("Here's the goal");
        await casey.Press("Confirm").Bot("Only the marketing lead, leadership or an admin can set a marketing goal: ask <@U0MARCO>, <@U0MIA> or <@U0DANA>.");

        Assert.Empty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(Workspace, default));
    }

    [Fact]
    public async Task GoalEdit_OnlyWhoMaySetTheGoalMayChangeOrUndoIt_AndUndoCarriesOnlyAReference()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        var goals = bot.Services.GetRequiredService<IGoalStore>();
        var mql = (await goals.ListAsync(Workspace, default)).First(g => g.Metric == Domain.Metrics.MetricKey.Mql);
        var priya = bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA");

        await priya.User("change the MQL target to 250").Bot("Only the marketing lead, leadership or an admin can set a marketing goal");
        await priya.User("archive the MQL goal").Bot("Only the marketing lead, leadership or an admin can set a marketing goal");
        Assert.Equal(mql, await goals.GetAsync(Workspace, mql.Id, default));

        var marco = bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO");
        await marco.User("change the MQL target to 250").Bot("Change a goal: please confirm").Press("Confirm").Bot("Saved");
        Assert.Equal(250m, (await goals.GetAsync(Workspace, mql.Id, default))!.Target);
        var undo = marco.ButtonData("Undo");
        Assert.Equal(["ref"], undo.Keys);

        await priya.Submit(Application.Dialogs.Verbs.UndoGoalEdit, undo).Bot("Only the marketing lead, leadership or an admin can set a marketing goal");
        await priya.Submit(Application.Dialogs.Verbs.UndoGoalEdit, new Dictionary<string, string> { ["goal"] = mql.Id.ToString(), ["target"] = "1" })
            .Bot("That button doesn't work here");
        Assert.Equal(250m, (await goals.GetAsync(Workspace, mql.Id, default))!.Target);

        await marco.Submit(Application.Dialogs.Verbs.UndoGoalEdit, undo).Bot("Undone");
        Assert.Equal(mql, await goals.GetAsync(Workspace, mql.Id, default));
    }

    [Fact]
    public async Task GoalEdit_NewOwnerNobodyKnows_IsSaidAndNothingChanges()
    {
        await using var bot = await PeopleAsync();
        await bot.SeedDemoAsync(Acme);
        var goals = bot.Services.GetRequiredService<IGoalStore>();
        var before = await goals.ListAsync(Workspace, default);

        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO")
            .User("Zed Unknown owns the MQL goal now")
            .Bot("I don't know anyone called Zed Unknown here yet");

        Assert.Equal(before, await goals.ListAsync(Workspace, default));
    }

    private static async Task<BotHarness> PeopleAsync()
    {
        var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0MARCO", "Marco", Role.MarketingLead, Acme);
        await bot.PersonAsync("U0MIA", "Mia", Role.MarketingLead, Acme);
        await bot.PersonAsync("U0SAM", "Sam", Role.SalesLead, Acme);
        await bot.PersonAsync("U0ALEX", "Alex", Role.SalesRep, Acme);
        await bot.PersonAsync("U0PRIYA", "Priya Rao", Role.Marketer, Acme);
        return bot;
    }
}
