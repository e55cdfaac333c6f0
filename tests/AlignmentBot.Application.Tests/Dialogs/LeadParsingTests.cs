using AlignmentBot.Application.Dialogs.Leads;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>A lead named in any words: by its number, its company or a word of it, in a verdict or a question.</summary>
public sealed class LeadParsingTests
{
    [Theory]
    [InlineData("reject the black mesa one, no budget til 2028", null)]
    [InlineData("budget's frozen until 2027", null)]
    [InlineData("reject 1237, no budget till 2028", "1237")]
    [InlineData("reject 2028", "2028")]
    [InlineData("nothing before end of 2027", null)]
    public void BareId_AYearAfterAWordOfTime_IsNoLead(string text, string? expected)
        => Assert.Equal(expected, LeadParsing.BareId(text));

    [Theory]
    [InlineData("let's take the Initech one ✅", "accept")]
    [InlineData("go ahead with Hooli Robotics 👍", "accept")]
    [InlineData("Black Mesa gets a ✅ from me", "accept")]
    [InlineData("thumbs up on the Stark one", "accept")]
    [InlineData("bin the Globex one", "reject")]
    [InlineData("what's our cost per lead?", null)]
    // Passing on a lead (conv15).
    [InlineData("Vandelay are just browsing, zero budget, pass", "reject")]
    [InlineData("hard pass on the Stark one", "reject")]
    [InlineData("we'll pass on this one", "reject")]
    [InlineData("pass it to Sam please", null)]
    // Turned down with "on" before the lead (conv23).
    [InlineData("hard pass on 1237", "reject")]
    [InlineData("nope on 1155", "reject")]
    [InlineData("thumbs down on DEMO-1087", "reject")]
    [InlineData("no go on 1252, they're students", "reject")]
    public void Decision_InOtherWordsAndEmoji(string text, string? expected)
        => Assert.Equal(expected, LeadParsing.Decision(text));

    [Theory]
    [InlineData("is 1286 still pending or did someone deal with it?", null, true)]
    [InlineData("has anyone looked at 1252 yet?", null, true)]
    [InlineData("has anyone made a call on 1167 yet?", null, true)]
    [InlineData("did sales rule on 1252?", null, true)]
    [InlineData("why did we bin the Globex Logistics lead?", null, true)]
    [InlineData("is the Black Mesa one still open?", null, true)]
    [InlineData("what happened with DEMO-1343?", "DEMO-1343", true)]
    [InlineData("is 240 still realistic?", null, false)]
    // A company's full name alone, and a number "still open" (conv23).
    [InlineData("and what happened with Stark Robotics?", null, true)]
    [InlineData("where are we on Black Mesa Pharma", null, true)]
    [InlineData("any news on Aperture Robotics?", null, true)]
    [InlineData("btw is 1167 still open?", null, true)]
    [InlineData("what happened with Priya?", null, false)]
    [InlineData("what happened with MQLs last month?", null, false)]
    [InlineData("is the revenue one still on track?", null, false)]
    [InlineData("how many MQLs did we get this month?", null, false)]
    public void AsksAboutALead_ByIdOrCompany(string text, string? reference, bool expected)
        => Assert.Equal(expected, LeadParsing.AsksAboutALead(text, reference));

    [Theory]
    [InlineData("can we run through the leads waiting on us?", true)]
    [InlineData("shall we go over the pending leads?", true)]
    [InlineData("could you walk through the open leads with me?", true)]
    [InlineData("let's go through whatever's waiting on us", true)]
    [InlineData("let's run through everything still pending for sales", true)]
    [InlineData("can we go thru the queue real quick", true)]
    [InlineData("let's burn through the backlog", true)]
    [InlineData("let's go for 200 leads a month", false)]
    [InlineData("can we hit 200 leads a month?", false)]
    [InlineData("are there leads waiting?", false)]
    public void InvitesReview_AQuestionThatAsksToReviewTogether(string text, bool expected)
        => Assert.Equal(expected, LeadParsing.InvitesReview(text));

    // The lead's number first, a word on it, the verdict last (conv21).
    [Theory]
    [InlineData("1087 looks legit, accept it", true)]
    [InlineData("and 1087 looks good, accept", true)]
    [InlineData("ok 1167 looks solid - accepting", true)]
    [InlineData("1155 is a telecom, not our market. reject", true)]
    [InlineData("1087 looks good, should we accept?", false)]
    [InlineData("240 MQLs a month, accept the SLA", false)]
    [InlineData("hard pass on 1237", true)]
    [InlineData("nope on 1237", true)]
    [InlineData("ok thumbs down on 1155", true)]
    public void IsVerdictOnBareId_NumberFirstVerdictLast(string text, bool expected)
        => Assert.Equal(expected, LeadParsing.IsVerdictOnBareId(text));

    [Theory]
    [InlineData("what happened with Stark Robotics?", "Stark Robotics")]
    [InlineData("where do we stand with Black Mesa Pharma?", "Black Mesa Pharma")]
    [InlineData("status of Aperture Robotics pls", "Aperture Robotics")]
    [InlineData("what happened with Priya?", null)]
    public void CompanyAskedAlone_AFullNameAfterAStandingPhrase(string text, string? expected)
        => Assert.Equal(expected, LeadParsing.CompanyAskedAlone(text));
}
