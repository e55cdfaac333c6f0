using AlignmentBot.Application.Bot;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Tests.Bot;

/// <summary>The side-trip decision: how well a message answers the open question, against what it is on its own.</summary>
public sealed class SideTripRuleTests
{
    private static MessageReading Reading(AnswerFit fit, string intent = "none", double score = 0.9, bool question = false, int words = 6, string? own = "define_goal",
        string? cue = null, bool otherRecord = false, bool otherRequest = false, bool answerable = false, bool aboutTheDraft = false, bool errand = false)
        => new(fit, words, own, cue, intent, score, question, otherRecord, otherRequest, answerable, aboutTheDraft, errand);

    [Fact]
    public void AnErrand_WhereANameIsAsked_IsASideTrip()
        => Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "none", question: true, errand: true)));

    [Fact]
    public void AnErrand_ThatTheQuestionCanUse_StaysAnAnswer()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.Weak, "none", question: true, errand: true)));

    [Theory]
    [InlineData("can you also book the big meeting room for thursday?", true)]
    [InlineData("could u order lunch for the team on friday", true)]
    [InlineData("oh and would you please send flowers to the Initech team?", true)]
    [InlineData("can you make it Priya instead?", false)]
    [InlineData("could you show me the SLA", false)]
    [InlineData("can we push it to June?", false)]
    [InlineData("Marco", false)]
    public void Errand_IsAskedAsOfAPerson(string text, bool errand)
        => Assert.Equal(errand, Errand.IsAsked(text));

    [Fact]
    public void AStrongAnswer_ThatReadsAsAQuestion_StaysAnAnswer()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.Strong, "run_numbers", question: true, answerable: true)));

    [Fact]
    public void AQuestion_ThatDoesNotAnswer_IsASideTrip()
        => Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "status", question: true)));

    [Fact]
    public void AQuestionWhoseWordsSayWhatItIsAbout_IsASideTrip_HoweverUnsureTheModel()
        => Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.Weak, "none", score: 0.2, question: true, answerable: true)));

    [Fact]
    public void AQuestionAboutTheDraft_IsACorrection()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.Weak, "define_goal", question: true, answerable: true, aboutTheDraft: true)));

    [Fact]
    public void AShortAnswer_ReachesItsQuestion()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "status", words: 2)));

    [Fact]
    public void ACommandSaidWhole_IsASideTrip_EvenShort()
        => Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "status", words: 1, cue: "status")));

    [Fact]
    public void CancelAndHelp_AreNotSideTrips()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "cancel", cue: "cancel")));

    [Fact]
    public void AVerdictOnAnotherLead_IsASideTrip_EvenWhenItsReasonFitsTheQuestion()
        => Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.Strong, "lead_feedback", own: "lead_feedback", otherRecord: true)));

    [Fact]
    public void ACheckIn_BeatsAWeakAnswer_NotAStrongOne()
    {
        Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.Weak, "check_in", otherRequest: true)));
        Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.Strong, "check_in", otherRequest: true)));
    }

    [Fact]
    public void AskingToLookAtSomething_IsASideTrip_AnyOtherStatementIsTheAnswersBusiness()
    {
        Assert.True(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "sla", score: 0.6)));
        Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "log_request", score: 0.95)));
        Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.Weak, "sla", score: 0.6)));
    }

    [Fact]
    public void AStatementInTheDialogsOwnTerms_IsAnAnswer()
        => Assert.False(SideTripRule.IsSideTrip(Reading(AnswerFit.None, "define_goal", score: 0.95)));

    [Theory]
    [InlineData("hang on, accept 1296 first", "accept 1296 first")]
    [InlineData("oh btw MQLs this week: 44", "MQLs this week: 44")]
    [InlineData("hold on, show me the SLA", "show me the SLA")]
    [InlineData("quick q - how's the scorecard looking?", "how's the scorecard looking?")]
    [InlineData("no budget", "no budget")]
    public void AsideOpeners_AreDroppedBeforeReading(string text, string expected)
        => Assert.Equal(expected, AsideOpeners.Strip(text));
}
