using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Onboarding;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.People;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>The shared readers the open questions use: each is read on its own words, whatever question is open.</summary>
public sealed class PromptReadersTests
{
    [Theory]
    [InlineData("I basically run the CRM and the forecast for the sales team, I report to Sam")]
    [InlineData("mostly I run our paid campaigns and the newsletter for the marketing team")]
    [InlineData("I just look after the pipeline reviews and forecasting with the sales folks, reporting to Sam")]
    [InlineData("well it's a bit complicated, I joined last week from an agency, officially I'm the content marketing manager but I also help out with events")]
    [InlineData("long story, I was in customer success until October, now I'm an SDR on the sales team")]
    [InlineData("hmm hard to say, technically I'm the head of demand gen, but honestly I do a bit of everything in marketing")]
    // The role said as a hedged clause of its own, and "help them" describing the job (set 7, conv15).
    [InlineData("honestly a mix, I came over from finance ops and these days I mostly sit with the SDRs and help them build sequences and call lists, so sales I guess, but I also do a bit of reporting")]
    [InlineData("long story, I started in customer success, now I mostly run webinars and write the nurture emails, so marketing really, plus the odd sales deck")]
    [InlineData("it's complicated, I came from an agency and I help the team with webinars, marketing mostly")]
    public void LooksLikeRoleAnswer_ALongJobDescription_IsOne(string text)
        => Assert.True(OnboardingDialog.LooksLikeRoleAnswer(text));

    [Theory]
    [InlineData("I want to see the scorecard for marketing please")]
    [InlineData("is marketing working?")]
    public void LooksLikeRoleAnswer_ARequest_IsNot(string text)
        => Assert.False(OnboardingDialog.LooksLikeRoleAnswer(text));

    // The role said with a request (first-contact-f09): the role is taken, and the request is kept to do right after it,
    // rather than asking a role the person already gave.
    [Theory]
    [InlineData("I'm the CEO and I want to see the scorecard for marketing")]
    [InlineData("well I'm in sales, but can you show me the leads from last week")]
    public void LooksLikeRoleAnswer_ARoleAndARequest_TakesTheRoleKeepsTheRequest(string text)
    {
        Assert.True(OnboardingDialog.LooksLikeRoleAnswer(text));
        Assert.NotNull(OwnRole.Asking(text));
    }

    [Theory]
    [InlineData("we gotta fill the funnel, seriously", true)]
    [InlineData("we seriously need to boost demand gen", true)]
    [InlineData("time to grow revenue", true)]
    [InlineData("order new business cards", false)]
    [InlineData("our funnel's looking kinda thin tbh", true)]
    [InlineData("the pipeline is drying up", true)]
    [InlineData("honestly not enough leads lately", true)]
    [InlineData("pipe looks really weak this quarter", true)]
    [InlineData("the funnel is healthy", false)]
    // How it has seemed, before thin or dry (conv23).
    [InlineData("honestly the top of the funnel has felt pretty dry lately", true)]
    [InlineData("feels like inbound has really dried up", true)]
    [InlineData("demand's been kinda dead since October", true)]
    [InlineData("the leads have been so thin this month", true)]
    [InlineData("inbound has been great", false)]
    public void VagueAsk_ANeedAboutTheFunnel(string text, bool expected)
        => Assert.Equal(expected, GoalWords.VagueAsk(text));

    [Theory]
    [InlineData("is the mktg stuff actually paying off or not 🤔", true)]
    [InlineData("are our campaigns even worth it?", true)]
    [InlineData("is marketing moving the needle at all?", true)]
    [InlineData("did the webinar campaign pay off?", true)]
    [InlineData("marketing is paying off", false)]
    [InlineData("what's our cost per lead?", false)]
    public void AsksIfMarketingPays_WhetherMarketingWorks(string text, bool expected)
        => Assert.Equal(expected, AlignmentBot.Application.Questions.ScorecardQuestion.AsksIfMarketingPays(text));

    [Theory]
    [InlineData("what does £3m of revenue next year mean in MQLs?", true)]
    [InlineData("how many SQLs would €5m of revenue take?", true)]
    [InlineData("we spend $400k on marketing and revenue is $10M, how many MQLs is that?", false)]
    [InlineData("are we spending enough on marketing?", false)]
    [InlineData("what would $2M of new revenue ask of marketing?", true)]
    [InlineData("roughly what does €800k more revenue next year mean for marketing", true)]
    [InlineData("we need $3M in revenue, can marketing help with the launch?", false)]
    public void AsksRevenueInFunnelTerms_RevenueAmountInLeads(string text, bool expected)
        => Assert.Equal(expected, GoalWords.AsksRevenueInFunnelTerms(text));

    [Theory]
    [InlineData("hmm no, it was Alex who asked", "Alex")]
    [InlineData("erm, actually it was Marco who asked for it", "Marco")]
    [InlineData("oh wait, Sam requested it, not Dana", "Sam")]
    [InlineData("um, it was Sam that asked, not Marco", "Sam")]
    public void CorrectedRequester_AfterAFiller(string text, string who)
        => Assert.Equal(who, RequestParsing.CorrectedRequester(text));

    [Theory]
    [InlineData("just the revenue goal please, Marco will set his own", true)]
    [InlineData("only the company goal for now", true)]
    [InlineData("revenue goal only", true)]
    [InlineData("save it without the MQL goal", true)]
    [InlineData("skip the marketing part, we'll do that next week", true)]
    [InlineData("no MQL goal yet", true)]
    [InlineData("confirm both", false)]
    [InlineData("just the revenue and the MQLs, both", false)]
    [InlineData("make it 300", false)]
    [InlineData("owner is Marco", false)]
    public void KeepsOnlyTheParent_TheGoalAskedForWithoutItsTranslation(string text, bool expected)
        => Assert.Equal(expected, GoalWords.KeepsOnlyTheParent(text));

    [Theory]
    [InlineData("I want 30 new customers a quarter by the end of 2027, Sam owns it", true)]
    [InlineData("25 new clients a quarter by end of next year", true)]
    [InlineData("12 new logos this quarter", true)]
    [InlineData("we should be landing thirty new logos every quarter", true)]
    [InlineData("twenty-five more new clients a month", true)]
    [InlineData("sign one hundred and twenty new customers next year", true)]
    [InlineData("we need a new accounts strategy", false)]
    [InlineData("keep more customers", false)]
    [InlineData("we need 250 leads a week", false)]
    public void CountsNewCustomers_DealsWonInOtherWords(string text, bool expected)
        => Assert.Equal(expected, DealsWonWords.Counts(text));

    [Theory]
    [InlineData("Sam asked for €800 of G2 review credits to get more reviews, by the 18th")]
    [InlineData("Alex wants $2.5k of Apollo credits for outbound by the 20th")]
    public void CorrectedRequester_ANewAsk_IsNoCorrection(string text)
        => Assert.Null(RequestParsing.CorrectedRequester(text));

    [Theory]
    [InlineData("Sam, he needs it by Dec 12, about $800", "Sam")]
    [InlineData("Alex, no wait, me", "me")]
    [InlineData("Priya", "Priya")]
    public void NameSaid_TheFirstClauseAfterAChangeOfMind(string answer, string name)
        => Assert.Equal(name, PersonResolver.NameSaid(answer));

    [Theory]
    [InlineData("reduce churn to 5% by end of next year", true)]
    [InlineData("reduce churn from 10% to 8% by end of Q3 2027, my goal", true)]
    [InlineData("the churn slide can wait. retention has to get to 94% by the end of next year", false)]
    [InlineData("finance sent the churn numbers. so: retention needs to hit 95% by end of next year", false)]
    [InlineData("retention is fine, but churn must drop to 6%", true)]
    [InlineData("retention up to 93%", false)]
    public void MentionsChurn_TheWordNearerTheNumber(string text, bool expected)
        => Assert.Equal(expected, GoalWords.MentionsChurn(text));

    [Theory]
    [InlineData("can we get the sales digest in this channel mondays at half eight?", false)]
    [InlineData("could I have the weekly digest here on fridays?", false)]
    [InlineData("can we set up the marketing digest here every monday at 9?", false)]
    [InlineData("can we get to 300 MQLs by March?", true)]
    [InlineData("can we afford more events?", true)]
    public void IsQuestion_AskingForSomething_IsARequest(string text, bool expected)
        => Assert.Equal(expected, Questions.QuestionAnswers.IsQuestion(text));

    [Theory]
    [InlineData("r we gonna hit the 240 mql target or nah", true)]
    [InlineData("r we on track for the $80 cpl", true)]
    [InlineData("will we make 240 MQLs this month", true)]
    [InlineData("CPL is gonna be fine, or not", true)]
    [InlineData("rejecting 1237 whether they reply", false)]
    public void IsQuestion_ChatShorthandAndATagAtTheEnd(string text, bool expected)
        => Assert.Equal(expected, Questions.QuestionAnswers.IsQuestion(text));

    [Theory]
    [InlineData("what a morning. anyway, Sam needs a one-pager on the new pricing, $800, by Dec 11", false)]
    [InlineData("what a week lol. so Dana needs a webinar banner, $300, by Dec 9", false)]
    [InlineData("what a day! is marketing working?", true)]
    [InlineData("what a lead is worth on average?", true)]
    [InlineData("what a typical MQL costs us, roughly?", true)]
    public void IsQuestion_AnExclamationFirst_IsChatter(string text, bool expected)
        => Assert.Equal(expected, Questions.QuestionAnswers.IsQuestion(text));

    [Theory]
    [InlineData("ok so I've been in board prep all morning, when is the acceptance rate goal actually due again? I need it for the deck", "when is the acceptance rate goal actually due again?")]
    [InlineData("sorry, meetings all day - who owns the CPL goal? need it for the QBR", "who owns the CPL goal?")]
    [InlineData("Sam wants a one-pager by Friday, is that ok? thx", "is that ok?")]
    [InlineData("when is the acceptance rate goal due?", null)]
    [InlineData("MQLs this week: 42", null)]
    public void QuestionInside_TheClauseThatAsks(string text, string? expected)
        => Assert.Equal(expected, Questions.QuestionAnswers.QuestionInside(text));

    [Theory]
    [InlineData("whose baby is the lead acceptance thing?", true)]
    [InlineData("who looks after retention these days?", true)]
    [InlineData("who takes care of the CPL goal?", true)]
    [InlineData("whose call is the follow-up time goal?", true)]
    [InlineData("how is retention doing?", false)]
    public void AsksOwner_InOtherWords(string text, bool expected)
        => Assert.Equal(expected, Questions.QuestionAnswers.AsksOwner(text));

    [Theory]
    [InlineData("CPL down to $75 by end of Q1, Priya's", "Priya")]
    [InlineData("MQLs to 300 a month by June - Alex's goal", "Alex")]
    [InlineData("win rate to 30% by end of Q3, sam's", "sam")]
    [InlineData("retention to 95% by EOY, it's", null)]
    [InlineData("pipeline to $2m by end of Q2, that's what's needed", null)]
    [InlineData("SQLs 22 a month by end of Q2, me", GoalWords.Me)]
    [InlineData("retention to 95% by end of 2027 - me", GoalWords.Me)]
    [InlineData("SQLs 95 a month by end of June — myself", GoalWords.Me)]
    [InlineData("can you remind me", null)]
    [InlineData("sqls -> 95/mo by EOQ2 🚀 alex on point", "alex")]
    [InlineData("CPL to $70 by June, priya is in charge", "priya")]
    [InlineData("MQLs 260 a month, we're on point", null)]
    [InlineData("100 SQLs a month by june, Bob from the agency owns it", "Bob")]
    [InlineData("pipeline 2m a quarter, Kim at Initech will own it", "Kim")]
    public void Owner_APossessiveSaidLast_IsTheOwner(string text, string? owner)
        => Assert.Equal(owner, GoalWords.Owner(text));

    [Theory]
    [InlineData("reduce churn from 10% to 8% by end of Q3 2027, my goal")]
    [InlineData("retention from 90% to 94% by end of next year - my goal")]
    [InlineData("win rate up to 30% by end of Q3; my target")]
    public void GoalEdits_MyGoalSaidLast_IsTheOwnerOfANewGoal(string text)
    {
        Assert.Null(GoalEdits.Parse(text, new Conversations.Understanding.Entities(Metric: "retention", Percent: 8)));
        Assert.Equal(GoalWords.Me, GoalWords.Owner(text));
    }

    [Theory]
    [InlineData("let's take the MQL goal to 255 a month", 255)]
    [InlineData("bring the CPL target down to 70", 70)]
    [InlineData("can we up the SQL goal to 100 a month", 100)]
    public void GoalEdits_OtherVerbsOfChange_ChangeTheTarget(string text, int target)
        => Assert.Equal((decimal)target, GoalEdits.Parse(text, new Conversations.Understanding.Entities(Metric: "mql", Target: target))?.Target);

    [Fact]
    public void GoalEdits_MyGoalNamedFirst_IsStillAnEdit()
        => Assert.NotNull(GoalEdits.Parse("move my retention goal to end of Q3", new Conversations.Understanding.Entities(Metric: "retention", Deadline: new DateOnly(2027, 9, 30))));

    [Theory]
    [InlineData("honestly a mix, I came over from finance ops and these days I mostly sit with the SDRs and help them build sequences and call lists, so sales I guess, but I also do a bit of reporting", "SalesRep")]
    [InlineData("long story, I started in customer success, now I mostly run webinars and write the nurture emails, so marketing really, plus the odd sales deck", "Marketer")]
    [InlineData("sales - account exec", "SalesRep")]
    [InlineData("marketing / content writer", "Marketer")]
    [InlineData("leadership, I guess - COO", "Leadership")]
    [InlineData("I do a bit of marketing and a bit of sales", null)]
    public void ClauseNaming_TheRoleSaidInAClauseOfItsOwn(string text, string? expected)
        => Assert.Equal(expected, Conversations.Dialogs.Prompts.ChoicePrompt.ClauseNaming(text, OnboardingDialog.RoleChoices));
}
