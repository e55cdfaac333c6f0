using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>Each conversation in docs/talking-to-the-bot.md, end to end against the real bot and storage.</summary>
public sealed class ConversationFlowTests
{
    [Fact]
    public async Task Status_NoGoalsYet_SaysSoPlainlyAndOffersToDefineTheFirst()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("is marketing working?")
            .Bot("nobody has agreed what marketing should achieve")
            .Press("Define our first goal")
            .Bot("Prefer a form?")
            .Bot("Which number should this goal move?");
    }

    [Fact]
    public async Task Status_WithDemoGoals_ShowsTheScorecardTable()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("our marketing isn't working")
            .Bot(r => r.Card?.Blocks.OfType<Conversations.Cards.TableBlock>().Single().Rows.Count == 7, "a scorecard with the 7 demo goals")
            .User("status")
            .Bot("Marketing qualified leads");
    }

    [Fact]
    public async Task CompanyGoal_GrowRevenue10Percent_TranslatedIntoMqlsPerQuarterAndBothSaved()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("grow revenue 10% next year")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot(r => r.Text.Contains("MQLs a quarter", StringComparison.Ordinal) && r.Text.Contains("average deal", StringComparison.Ordinal) && r.Card?.Title == "New goal: please confirm",
                "a summary with the reverse-funnel arithmetic in MQLs a quarter")
            .Press("Confirm both")
            .CardReplacedWith("Goal saved");

        var goals = await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default);
        var company = Assert.Single(goals, g => g.CreatedBy == "U-DANA" && g.Metric == MetricKey.Revenue);
        var marketing = Assert.Single(goals, g => g.CreatedBy == "U-DANA" && g.Metric == MetricKey.Mql);
        Assert.Equal((PeriodKind.Year, Audience.Leadership), (company.Per!.Value, company.Audience));
        Assert.Equal(Math.Round(company.Baseline!.Value * 1.1m, 2), company.Target);
        Assert.Equal(new DateOnly(2027, 12, 31), company.Deadline);
        Assert.Equal((company.Id, PeriodKind.Quarter, Audience.Marketing), (marketing.ParentId!.Value, marketing.Per!.Value, marketing.Audience));
        Assert.True(marketing.Target > 0);
    }

    [Fact]
    public async Task Goal_UnrealisticTarget_IsChallengedAndTheRealisticOneCanBeChosen()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        // The demo produces about 60 SQLs a month; 300 is several times the best month. It is challenged at once, before
        // anything else is asked, with the average, the best month and a realistic figure to use or keep.
        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 300 SQLs a month by end of Q2")
            .Bot(r => r.Text.Contains("unrealistic", StringComparison.Ordinal) && r.Text.Contains("average", StringComparison.Ordinal) && r.Text.Contains("best month", StringComparison.Ordinal)
                && r.Card!.ActionList.Any(a => a.Title.StartsWith("Use ", StringComparison.Ordinal)) && r.Card.ActionList.Any(a => a.Title.StartsWith("Keep 300", StringComparison.Ordinal)), "the run-rate check with a realistic alternative")
            .Press("Use ")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot(r => r.Card?.ActionList.Any(a => a.Title == "Confirm") == true, "the summary to confirm")
            .Press("Confirm");

        var goal = Assert.Single(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default), g => g.CreatedBy == "U-MARCO");
        Assert.True(goal.Target < 300);
    }

    [Fact]
    public async Task Goal_InvalidAnswer_IsRepromptedWithTheReasonThenAccepted()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need more MQLs")
            .Bot("Prefer a form?")
            .Bot("target for MQLs")
            .User("lots and lots")
            .Bot("I couldn't find a number in \"lots and lots\"")
            .Bot("target for MQLs")
            .User("120 a month")
            .Bot("today per month")
            .User("ninety")
            .Bot("By when?")
            .User("yesterday")
            .Bot("in the past")
            .User("end of next quarter")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot("New goal: please confirm")
            .Press("Confirm")
            .Bot("Saved");

        var goal = Assert.Single(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default));
        Assert.Equal((120m, 90m, new DateOnly(2027, 3, 31)), (goal.Target, goal.Baseline!.Value, goal.Deadline));
    }

    [Fact]
    public async Task Goal_CancelMidDialog_DropsItAndSavesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need more leads")
            .Bot("Prefer a form?")
            .Bot("Which number should this goal move?")
            .User("never mind")
            .Bot("I've dropped the goal we were defining. Nothing was saved.")
            .User("what can you do")
            .Bot("Here's what I can do");

        Assert.Empty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default));
    }

    [Fact]
    public async Task Goal_HelpMidDialog_ExplainsAndAsksTheSameQuestionAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 200 MQLs a month")
            .Bot("today per month")
            .User("help")
            .Bot("We're in the middle of the goal we were defining")
            .Bot("today per month")
            .User("start over")
            .Bot("Starting the goal we were defining over")
            .BotEventually("Which number should this goal move?");
    }

    [Fact]
    public async Task Goal_IdleForOverHalfAnHour_IsDroppedAndThePersonIsTold()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 200 MQLs a month")
            .Bot("today per month")
            .Wait(TimeSpan.FromMinutes(31))
            .User("150")
            .Bot("It's been a while, so I dropped the goal we were defining; nothing was saved.");

        Assert.Empty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default));
    }

    [Fact]
    public async Task Goal_HostRestartsHalfway_ResumesWhereItStopped()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        var conversation = bot.Conversation(user: "U-MARCO", name: "Marco");

        await conversation
            .User("we need 200 MQLs a month")
            .Bot("today per month")
            .User("150")
            .Bot("By when?");
        await bot.Restart();
        await conversation
            .Press("End of next quarter")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot("New goal: please confirm")
            .Press("Confirm")
            .Bot("Saved");

        var goal = Assert.Single(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default));
        Assert.Equal((200m, 150m), (goal.Target, goal.Baseline!.Value));
    }

    [Fact]
    public async Task RunNumbers_RealisticQuestion_AnsweredWithTheArithmetic()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("is 150 qualified leads a month realistic?")
            .Bot(r => r.Card?.Title == "Running the numbers" && r.Text.Contains("150 MQLs a month", StringComparison.Ordinal) && r.Card.Blocks.OfType<Conversations.Cards.FactsBlock>().Single().Facts.Any(f => f.Label == "Your best"),
                "the feasibility against the MQL run-rate")
            .User("what would it take to reach $5M revenue next year")
            .Bot("average deal")
            .User("run the numbers for me")
            .Bot("Which target should I check?")
            .User("40 opportunities a month")
            .Bot("40 opportunities a month");
    }

    [Fact]
    public async Task LogRequest_FromOneSentence_SavesItAndShowsTheUnalignedShare()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);

        await bot.Conversation(user: "U-PRIYA", name: "Priya")
            .User("Sam asked for a booth at the Chicago trade show, about $30k, due next Friday")
            .Bot("I've logged \"A booth at the Chicago trade show\" as unaligned for now")
            .Bot("Which goal does \"A booth at the Chicago trade show\" serve?")
            .Press("None of these")
            .Bot("unaligned: it serves no agreed goal")
            .Then(() => Task.CompletedTask, "checked below");

        var logged = Assert.Single(await bot.Services.GetRequiredService<IRequestStore>().ListAsync(WorkspaceId.Local, default), r => r.LoggedBy == "Priya");
        Assert.Equal(("A booth at the Chicago trade show", new DateOnly(2026, 12, 4), 30_000m), (logged.Title, logged.DueDate!.Value, logged.Cost!.Value.Amount));
        Assert.Equal(new Domain.Workspaces.PersonRef("demo-sam", "Sam Okafor (VP Sales)"), logged.Requester);
        Assert.False(logged.IsAligned);
    }

    [Fact]
    public async Task LogRequest_AtTheGoalQuestion_IsOnTheListAndCancelTakesItBack()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);
        var store = bot.Services.GetRequiredService<IRequestStore>();
        async Task<MarketingRequest[]> Priyas() => (await store.ListAsync(WorkspaceId.Local, default)).Where(r => r.LoggedBy == "Priya").ToArray();

        var talk = bot.Conversation(user: "U-PRIYA", name: "Priya")
            .User("Dana wants a board one-pager, $300")
            .Bot("as unaligned for now")
            .Bot("Which goal does");
        await talk.Then(() => Task.CompletedTask, "asked");
        var kept = Assert.Single(await Priyas());
        Assert.Equal(("A board one-pager", 300m), (kept.Title, kept.Cost!.Value.Amount));
        Assert.False(kept.IsAligned);

        await talk.User("cancel").Bot("Nothing was saved").Then(() => Task.CompletedTask, "dropped");
        Assert.Empty(await Priyas());
    }

    [Fact]
    public async Task LogRequest_TitleWithMarkdown_IsShownAsTypedOnTheCard()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);

        // What Priya typed goes on the card as written: no live link or bold from her text in any channel.
        await bot.Conversation(user: "U-PRIYA", name: "Priya")
            .User("Sam asked for a **landing page** for [pricing](http://evil.example), due next Friday")
            .Bot("as unaligned for now")
            .Bot("Which goal does")
            .Press("None of these")
            .Bot(
                m => m.Card?.Blocks.OfType<AlignmentBot.Conversations.Cards.TextBlock>().FirstOrDefault(b => b.Text.StartsWith("Logged", StringComparison.Ordinal)) is { Literal: true } headline
                    && headline.Text.Contains("[pricing](http://evil.example)", StringComparison.Ordinal),
                "the headline holding the typed title is a literal paragraph");
    }

    [Fact]
    public async Task LogRequest_TiedToAGoal_IsAlignedAndCanBeDeclinedWhenNot()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);

        await bot.Conversation(user: "U-PRIYA", name: "Priya")
            .User("log a request: landing page for the webinar series")
            .Bot("Who asked for it?")
            .User("Marco")
            .Bot("as unaligned for now")
            .Bot("Which goal does")
            .Press("Marketing qualified leads")
            .Bot("serves Marketing qualified leads")
            .User("the CEO wants a video of the office party")
            .Bot("as unaligned for now")
            .Bot("Which goal does")
            .User("none")
            .Bot("Unaligned work this month")
            .Press("Decline it")
            .CardReplacedWith("Declined");

        var requests = (await bot.Services.GetRequiredService<IRequestStore>().ListAsync(WorkspaceId.Local, default)).Where(r => r.LoggedBy == "Priya").ToArray();
        Assert.True(Assert.Single(requests, r => r.RequestedById == "demo-marco").IsAligned);
        Assert.Equal(RequestStatus.Declined, Assert.Single(requests, r => r.RequestedById == "demo-dana").Status);
    }

    [Fact]
    public async Task LogRequest_FromAMessageShortcut_OffersAPrefilledFormAndValidatesIt()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);
        var conversation = bot.Conversation(user: "U-PRIYA", name: "Priya");

        await conversation
            .Submit(Conversations.Turns.WellKnownVerbs.LogRequestFromMessage, new Dictionary<string, string> { ["text"] = "Can marketing do a one-pager for the partner summit by Dec 10? budget $1,500", ["author"] = "Alex" })
            .Bot(r => r.Card!.Inputs.OfType<Conversations.Cards.PersonInput>().Single(i => i.Id == "requestedBy").Value == "Alex"
                      && r.Card.Inputs.OfType<Conversations.Cards.TextInput>().Single(i => i.Id == "cost").Value == "1500", "a form pre-filled from the message")
            .Press("Log request", new Dictionary<string, string> { ["title"] = "One-pager for the partner summit", ["cost"] = "lots", ["goal"] = "unaligned" })
            .Bot("need another look");
        Assert.Equal("\"lots\" is not an amount; use digits, e.g. 2500.", conversation.LastTurn!.InputErrors!["cost"]);

        await conversation
            .Press("Log request", new Dictionary<string, string> { ["title"] = "One-pager for the partner summit", ["requestedBy"] = "Alex", ["cost"] = "1500", ["goal"] = "unaligned" })
            .CardReplacedWith("Logged")
            .Bot("Logged \"One-pager for the partner summit\" for Alex");
    }

    [Fact]
    public async Task LeadFeedback_RejectWithReasonInWords_IsNormalisedAndCanBeUndone()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);
        var leads = bot.Services.GetRequiredService<ILeadStore>();
        var before = (await leads.FindAsync(WorkspaceId.Local, "DEMO-1003", default))!;

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("reject lead DEMO-1003, they have no money this year")
            .Bot("Rejected lead DEMO-1003")
            .Then(async () => Assert.Equal(RejectionReason.NoBudget, (await leads.FindAsync(WorkspaceId.Local, "DEMO-1003", default))!.RejectionReason), "stored as no budget")
            .Press("Undo")
            .CardReplacedWith("Undone");

        Assert.Equal(before.Decision, (await leads.FindAsync(WorkspaceId.Local, "DEMO-1003", default))!.Decision);
    }

    [Fact]
    public async Task LeadFeedback_NoReasonGiven_AsksForOneFromTheShortList()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("reject lead DEMO-1296")
            .Bot("Why was lead DEMO-1296 rejected?")
            .Press("Wrong contact")
            .Bot("Rejected lead DEMO-1296 (Blue Yonder Systems): wrong contact");
    }

    [Fact]
    public async Task Question_AboutTheDigest_AnswersAndSubscribesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("do we get a weekly digest here?")
            .Bot("No digest goes to this conversation yet");

        Assert.Empty(await bot.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync(WorkspaceId.Local, default));
    }

    [Fact]
    public async Task LeadFeedback_ReasonInOwnWords_IsNormalised()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("reject lead DEMO-1296")
            .Bot("Why was lead DEMO-1296 rejected?")
            .User("we already have this one, it's a dupe")
            .Bot("Rejected lead DEMO-1296 (Blue Yonder Systems): duplicate");
    }

    [Fact]
    public async Task LeadFeedback_UnknownCompany_CreatesNoLeadAndAsksWhich()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("the lead from Initech was bad")
            .Bot("I can't find lead Initech")
            .Bot("Which lead?");
    }

    [Fact]
    public async Task LeadFeedback_PartialId_MatchesTheKnownLead()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("reject 1237, not the decision maker")
            .Bot("I took 1237 to be lead DEMO-1237")
            .Bot("Rejected lead DEMO-1237 (Black Mesa Pharma): wrong contact");
    }

    [Fact]
    public async Task LeadTriage_ReviewLeads_AcceptsAndRejectsFromTheCard()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("let's review the pending leads")
            .Bot("is waiting for a decision")
            .Press("Reject: not in market")
            .CardReplacedWith("not in market")
            .Bot("Rejected lead")
            .Bot("is waiting for a decision")
            .Press("Accept")
            .CardReplacedWith("Accepted");
    }

    [Fact]
    public async Task Sla_ProposedThenConfirmedByBothSides_BecomesActiveAndLeadershipCannotSign()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "dm-marco")
            .User("propose an SLA: 200 MQLs a month, follow up within 24 hours")
            .Bot("waiting for sales to sign");
        await bot.Conversation(user: "U-DANA", name: "Dana", conversation: "dm-dana")
            .User("I agree to the SLA")
            .Bot("Only the marketing lead and the sales lead sign the lead agreement; leadership can propose it: ask Marco or Sam");
        await bot.Conversation(user: "U-SAM", name: "Sam", conversation: "dm-sam")
            .User("show the SLA")
            .Bot("waiting for sales")
            .Press("Confirm for sales")
            .Bot("Version 1 of the lead agreement is in force");

        var sla = await bot.Services.GetRequiredService<ISlaStore>().GetActiveAsync(WorkspaceId.Local, default);
        Assert.Equal((SlaStatus.Active, 200, 24m, "Marco", "Sam"), (sla!.Status, sla.LeadsPerPeriod, sla.FollowUpHours, sla.Marketing!.Name, sla.Sales!.Name));
    }

    [Fact]
    public async Task Sla_ProposalWithoutTheFollowUpTime_AsksForIt()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);

        await bot.Conversation(user: "U-SAM", name: "Sam")
            .User("let's agree on 150 MQLs a month")
            .Bot("Within how many hours should sales follow up")
            .Press("48 hours")
            .Bot("follows up each within 48 hours");
    }

    [Fact]
    public async Task CheckIn_TwoNumbersInOneMessage_RecordsBothAndComparesWithTheGoal()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-PRIYA", "Priya", Role.Marketer);

        await bot.Conversation(user: "U-PRIYA", name: "Priya")
            .User("checking in: 45 MQLs, 18 SQLs this week")
            .Bot(r => r.Text.Contains("Recorded 45 MQLs, 18 SQLs for the week of 23 Nov 2026", StringComparison.Ordinal) && r.Text.Contains("Marketing qualified leads: 240 per month", StringComparison.Ordinal),
                "both numbers recorded and the MQL goal's pace");

        var week = new DateRange(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));
        var stored = await bot.Services.GetRequiredService<IMeasurementStore>().ListAsync(WorkspaceId.Local, week, [MetricKey.Mql, MetricKey.Sql], default);
        Assert.Equal([(MetricKey.Mql, 45m), (MetricKey.Sql, 18m)], stored.Where(m => m.Source == Domain.Measurements.MeasurementSource.CheckIn).Select(m => (m.Metric, m.Value)).OrderBy(x => x.Metric));
    }

    [Fact]
    public async Task Overlap_WithDemoAccountLists_ComparesWithTheTechnologyBenchmark()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("do marketing and sales reach the same accounts?")
            .Bot(r => r.Text.Contains("of sales' 120 target accounts", StringComparison.Ordinal) && r.Text.Contains("technology average of 19%", StringComparison.Ordinal) && r.Text.Contains("Target accounts marketing misses", StringComparison.Ordinal),
                "the overlap against the 19% technology benchmark with missed accounts");
    }

    [Fact]
    public async Task Budget_FromTheSentence_PlacesSpendInThe4To8PercentBand()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("we spend $400k on marketing and revenue is $10M")
            .Bot("Marketing spend is 4% of revenue, within the 4–8% typical for B2B")
            .User("are we spending enough on marketing?")
            .Bot("I need marketing spend and total company revenue");
    }

    [Fact]
    public async Task Budget_TotalRevenueAsked_TheAnswerGivesTheShareAndIsSavedForAnAdmin()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync("T0ACME");
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership, "T0ACME", admin: true);

        // The demo's spend is about $1M a year; the band is a share of all revenue, which only the person knows.
        await bot.Conversation(workspace: "T0ACME")
            .User("are we spending enough on marketing?")
            .Bot("What is total company revenue for the year?")
            .User("total revenue is about $12M a year")
            .Bot(r => r.Text.StartsWith("Marketing spend is ", StringComparison.Ordinal) && r.Text.Contains("% of revenue", StringComparison.Ordinal), "the share of the revenue just said")
            .Bot("saved $12M as the workspace's total annual revenue");

        var workspace = await bot.Services.GetRequiredService<IWorkspaceStore>().GetAsync(new Domain.Workspaces.WorkspaceId("T0ACME"), default);
        Assert.Equal(12_000_000m, workspace!.AnnualRevenue);
        await bot.Conversation(workspace: "T0ACME").User("are we spending enough on marketing?").Bot("total revenue from the workspace settings");
    }

    [Fact]
    public async Task Budget_TotalRevenueFromSomeoneWhoMayNotChangeSettings_IsUsedForThatAnswerOnly()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync("T0ACME");
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead, "T0ACME");

        await bot.Conversation(user: "U-SAM", name: "Sam", workspace: "T0ACME", conversation: "dm-sam")
            .User("is marketing overspending?")
            .Bot("What is total company revenue for the year?")
            .User("$20M")
            .Bot("% of revenue")
            .Bot("for this answer only");

        var workspace = await bot.Services.GetRequiredService<IWorkspaceStore>().GetAsync(new Domain.Workspaces.WorkspaceId("T0ACME"), default);
        Assert.Null(workspace!.AnnualRevenue);
    }

    [Fact]
    public async Task Help_And_OutOfScope_ListWhatTheBotCanDoWithExamples()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation()
            .User("help")
            .Bot(r => Transcript.Render(r).Contains("MQLs this week: 42", StringComparison.Ordinal) && Transcript.Render(r).Contains("reject lead 4512: no budget", StringComparison.Ordinal), "every capability with an example")
            .User("what's the weather in Chicago")
            .Bot("I can't help with that one");
    }

    [Fact]
    public async Task FirstContact_BotAddedToADirectMessage_IntroducesItselfAndAsksTheRoleOnce()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Conversation(user: "U-NEW", name: "Nia Ortega")
            .Added()
            .Bot("Hi Nia, I'm AlignmentBot")
            .Press("Sales rep")
            .Bot("you're a sales rep now")
            .User("hello")
            .Bot("Here's what I can do");
    }

    [Fact]
    public async Task Digest_ManagedInChat_SubscribeMovePreviewAndStop()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        var digests = bot.Services.GetRequiredService<Digests.DigestSubscriptions>();
        var channel = bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "C-MARKETING", isGroup: true);

        await channel
            .User("send the weekly digest here every Monday at 9")
            .Bot("Done: the marketing digest will be posted here every Monday at 09:00");
        var subscription = Assert.Single(await digests.ListAsync(WorkspaceId.Local, default)).Subscription;
        Assert.Equal(("C-MARKETING", DayOfWeek.Monday), (subscription.Address.ConversationId, subscription.Schedule.Day));

        await channel
            .User("move our digest to Friday 4pm")
            .Bot("Friday at 16:00")
            .User("preview this week's digest")
            .Bot("Weekly alignment digest for marketing")
            .User("stop sending the digest here")
            .Bot("no more marketing digests here");
        Assert.Empty(await digests.ListAsync(WorkspaceId.Local, default));
    }
}
