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
    public void LooksLikeRoleAnswer_ALongJobDescription_IsOne(string text)
        => Assert.True(OnboardingDialog.LooksLikeRoleAnswer(text));

    [Theory]
    [InlineData("I want to see the scorecard for marketing please")]
    [InlineData("is marketing working?")]
    public void LooksLikeRoleAnswer_ARequest_IsNot(string text)
        => Assert.False(OnboardingDialog.LooksLikeRoleAnswer(text));

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
    public void VagueAsk_ANeedAboutTheFunnel(string text, bool expected)
        => Assert.Equal(expected, GoalWords.VagueAsk(text));

    [Theory]
    [InlineData("what does £3m of revenue next year mean in MQLs?", true)]
    [InlineData("how many SQLs would €5m of revenue take?", true)]
    [InlineData("we spend $400k on marketing and revenue is $10M, how many MQLs is that?", false)]
    [InlineData("are we spending enough on marketing?", false)]
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
    [InlineData("I want 30 new customers a quarter by the end of 2027, Sam owns it", true)]
    [InlineData("25 new clients a quarter by end of next year", true)]
    [InlineData("12 new logos this quarter", true)]
    [InlineData("keep more customers", false)]
    [InlineData("we need 250 leads a week", false)]
    public void CountsNewCustomers_DealsWonInOtherWords(string text, bool expected)
        => Assert.Equal(expected, GoalWords.CountsNewCustomers(text));

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
}
