using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>Who asked for a request, read from the sentence that logs it.</summary>
public sealed class RequestParsingTests
{
    [Theory]
    [InlineData("so Dana pinged me this morning after her call and she wants us to put together a short deck by Friday", "Dana")]
    [InlineData("ok Sam wants a case study for the acceptance rate push", "Sam")]
    [InlineData("log a request: clean up the lead sources in the CRM, due Dec 11, I asked for it myself", "me")]
    [InlineData("I was asked for a new brochure", null)]
    [InlineData("can u log this: Sam wants battle cards vs Globex", "Sam")]
    [InlineData("could u pls log this - Priya needs a new landing page by Dec 15", "Priya")]
    [InlineData("pls log: Alex needs updated call scripts asap", "Alex")]
    [InlineData("Sam from Sales asked for swag for the Q1 kickoff, about €2,500, due Dec 15", "Sam")]
    [InlineData("Alex (from the SDR team) needs new battlecards", "Alex")]
    [InlineData("Dana (CEO) needs a board deck and a one-page summary for investors", "Dana")]
    [InlineData("ugh, long day. before I forget - Dana wants us to refresh the investor deck, 2.5k usd, by the 18th", "Dana")]
    [InlineData("busy week; Marco asked for a webinar recap post by Friday", "Marco")]
    [InlineData("new pricing is live. it needs a launch email by Friday", null)]
    public void Requester_StoryOrSelf_IsTheOneWhoAsked(string text, string? expected)
        => Assert.Equal(expected, RequestParsing.Requester(text));

    [Fact]
    public void Title_SelfRequestedAndAPlaceNotADate_KeepsWhatWasAskedFor()
        => Assert.Equal("Clean up the lead sources in the CRM", RequestParsing.Title("log a request: clean up the lead sources in the CRM, due Dec 11, I asked for it myself"));

    [Fact]
    public void Due_CueInsideTheMatchedDate_WinsOverAnEarlierPeriod()
    {
        var byFriday = new DateMention("by Friday", new TextSpan(48, 9), new DateOnly(2026, 11, 27), null, null, false);
        var q4 = new DateMention("Q4", new TextSpan(37, 2), new DateOnly(2026, 12, 31), null, null, false);
        var entities = new Entities(Deadline: q4.Deadline, Dates: [q4, byFriday]);

        Assert.Equal(new DateOnly(2026, 11, 27), RequestParsing.Due("Dana wants a LinkedIn post about the Q4 results by Friday", entities));
    }

    [Theory]
    [InlineData("Dana wants a LinkedIn post about the office party by Monday", "A LinkedIn post about the office party")]
    [InlineData("Sam from Sales asked for swag for the Q1 kickoff, about €2,500, due Dec 15", "Swag for the Q1 kickoff")]
    [InlineData("Sam asked for a booth at the Chicago trade show, about $30k", "A booth at the Chicago trade show")]
    public void Title_AboutIsACostOnlyBeforeAnAmount(string text, string expected)
        => Assert.Equal(expected, RequestParsing.Title(text));

    [Theory]
    [InlineData("can u log this: Sam wants battle cards vs Globex", true)]
    [InlineData("pls log: Alex needs updated call scripts", true)]
    [InlineData("log this pls", true)]
    [InlineData("can you log a request?", true)]
    [InlineData("log 42 MQLs for this week", false)]
    [InlineData("Sam wants battle cards", false)]
    public void AsksToLog_TheAskInSoManyWords(string text, bool expected)
        => Assert.Equal(expected, RequestParsing.AsksToLog(text));

    [Theory]
    [InlineData("log: webinar landing page for Dana, $1,200, due Dec 4", "Dana")]
    [InlineData("pls log: customer case study for Priya, €1,500, due Dec 15", "Priya")]
    [InlineData("log: a one-pager for Sam.", "Sam")]
    [InlineData("log: case study for the Vandelay deal, $2k", null)]
    [InlineData("log: booth for Dec 4, $2k", null)]
    [InlineData("webinar landing page for Dana, $1,200", null)]
    public void ForSomeone_ANameAfterForInALogRequest(string text, string? expected)
        => Assert.Equal(expected, RequestParsing.ForSomeone(text));

    [Fact]
    public void Title_ThePointInTheMiddleOfANote_IsThatSentence()
        => Assert.Equal("Refresh the investor deck slides for the board",
            RequestParsing.Title("ugh, long day. before I forget - Dana wants us to refresh the investor deck slides for the board, 2.5k usd, by the 18th. anyway the agency is late on the banners again"));

    [Theory]
    [InlineData("Marco wants a LinkedIn ads push, five grand in euros, it's for the MQL goal, due end of month", true)]
    [InlineData("Dana needs a new webinar series, 3k, for the retention goal", true)]
    [InlineData("Sam asked for a booth at the expo, about 4 grand", true)]
    [InlineData("Dana wants $1M of revenue a quarter", false)]
    [InlineData("Marco wants a goal of 250 MQLs a month", false)]
    public void SomeoneWantsSpend_AThingWithItsCost(string text, bool expected)
        => Assert.Equal(expected, RequestParsing.SomeoneWantsSpend(text));

    [Theory]
    [InlineData("Marco wants a LinkedIn ads push, five grand in euros, it's for the MQL goal, due end of month", "A LinkedIn ads push")]
    [InlineData("Dana wants a churn-save email series, three grand in pounds, for the retention goal", "A churn-save email series")]
    public void Title_TheGoalItServesIsNoPartOfIt(string text, string expected)
        => Assert.Equal(expected, RequestParsing.Title(text));

    [Theory]
    [InlineData("need a battle card vs Vandelay for my calls, no cost, by Wednesday", true)]
    [InlineData("could use a case study on Contoso for my demos, no budget needed, by Friday", true)]
    [InlineData("really need a refreshed pitch deck before the QBR", true)]
    [InlineData("need a break", false)]
    [InlineData("we need more MQLs", false)]
    public void OwnAsk_APieceOfWorkWithItsDetails(string text, bool expected)
        => Assert.Equal(expected, RequestParsing.OwnAsk(text));
}
