using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>What people put in the same sentence as a command: the reason for closing a goal, the side they sign for.</summary>
public sealed class SaidInOneSentenceTests
{
    [Theory]
    [InlineData("close the follow-up time goal as missed, we never hired the second SDR", "We never hired the second SDR")]
    [InlineData("close the MQL goal as missed because the budget was cut in Q3", "The budget was cut in Q3")]
    [InlineData("let's drop the retention goal - the board changed priorities", "The board changed priorities")]
    [InlineData("mark the follow-up goal as achieved", null)]
    [InlineData("drop the sales cycle goal, please", null)]
    public void ReasonSaid_AfterACommaDashOrBecause(string text, string? expected)
        => Assert.Equal(expected, GoalEdits.ReasonSaid(text));

    [Theory]
    [InlineData("confirm the SLA for sales", Function.Sales)]
    [InlineData("sign the SLA on behalf of sales", Function.Sales)]
    [InlineData("I'll sign for the marketing side", Function.Marketing)]
    [InlineData("confirm the SLA", null)]
    public void SideNamed_IsTheSideSaid(string text, Function? expected)
        => Assert.Equal(expected, SlaParsing.SideNamed(text));

    [Theory]
    [InlineData("sign the SLA on behalf of sales", true)]
    [InlineData("confirm the SLA", true)]
    [InlineData("who signed the SLA?", false)]
    [InlineData("has sales confirmed the SLA?", false)]
    public void IsConfirmation_NeverAQuestion(string text, bool expected)
        => Assert.Equal(expected, SlaParsing.IsConfirmation(text));

    [Theory]
    [InlineData("260 is more than my team can work - we can do 230 with the same 24h follow-up", true)]
    [InlineData("we could manage 240 if we get 36 hours to follow up", true)]
    [InlineData("my team can handle 210 leads a month with a 2 day follow up", true)]
    [InlineData("sales could do about 180 MQLs with a 30 hour follow-up", true)]
    [InlineData("we can do that, I'll confirm for sales", false)]
    [InlineData("confirm the SLA for sales", false)]
    public void IsProposal_WhatOneSideCanDoWithNumbersIsACounter(string text, bool expected)
        => Assert.Equal(expected, SlaParsing.IsProposal(text));

    [Theory]
    [InlineData("sign it for marketing too", true)]
    [InlineData("ok sign it", true)]
    [InlineData("I'll countersign it for marketing", true)]
    [InlineData("sign it for sales as well pls", true)]
    [InlineData("let me sign off on the SLA", true)]
    [InlineData("sign up 40 new accounts for marketing", false)]
    [InlineData("who signed it?", false)]
    [InlineData("✍️ signing it for marketing", true)]
    [InlineData("I'm signing it for sales", true)]
    [InlineData("🖊️ sign for marketing", true)]
    // An approval before it, an emoji or a reason after it (set 7, conv15): still only a signing.
    [InlineData("looks fine, signing for sales ✅", true)]
    [InlineData("signing for sales ✍️", true)]
    [InlineData("looks good to me, signing for sales 👍", true)]
    [InlineData("lgtm, sign it for marketing", true)]
    [InlineData("I'll just sign it for both sides to save time", true)]
    [InlineData("just sign it off for both marketing and sales", true)]
    [InlineData("I'll confirm for sales too, Sam's out this week", true)]
    [InlineData("confirm it", false)]
    // Other words for signing, with the side named (conv21): "lock it in", "sign us up", after "fine by me", "works for us".
    [InlineData("fine by me, lock it in for sales", true)]
    [InlineData("works for me, sign us up for sales", true)]
    [InlineData("sounds good - lock it in for marketing", true)]
    [InlineData("ok with us, locking it in for the sales side", true)]
    [InlineData("lock it in", false)]
    [InlineData("Marco's travelling, I'll sign it for marketing", true)]
    [InlineData("Sam is out today - signing for sales", true)]
    [InlineData("I'll just sign both sides so we can move on", true)]
    [InlineData("lock in the MQL target for sales", false)]
    [InlineData("looks fine, sign up 40 accounts for marketing", false)]
    // Someone's absence said first, with more after it up to the comma; "both of them" (set 8, conv20).
    [InlineData("Priya's on leave till monday, signing for marketing", true)]
    [InlineData("sam is on the road to Berlin this week; I'll sign for sales", true)]
    [InlineData("I'll sign both of them so we can move on", true)]
    [InlineData("Marco's travelling, can you log a request for a deck", false)]
    public void SignsInWords_OnlyASigning(string text, bool expected)
        => Assert.Equal(expected, SlaParsing.SignsInWords(text));

    [Theory]
    [InlineData("propose an SLA of 240 MQLs per month and 12-hour follow-up", 12)]
    [InlineData("220 MQLs a month with a 6-hour follow-up", 6)]
    [InlineData("230 MQLs per month, 8 hr follow up", 8)]
    [InlineData("follow-up within twelve hours", 12)]
    [InlineData("within one business day", 24)]
    [InlineData("follow-up in eighteen hours", 18)]
    [InlineData("calls back within thirty-six hours", 36)]
    [InlineData("sales follows up inside twenty four hours", 24)]
    [InlineData("no way we can do 20h. counter: 260 MQLs and 28 hours", 20)]
    public void Hours_FollowUpSaidAnyWay(string text, int expected)
        => Assert.Equal(expected, SlaParsing.Hours(text));

    private static readonly Lazy<Conversations.Understanding.Recognizers> Recognizers = new(() => new Conversations.Understanding.Recognizers());

    [Theory]
    [InlineData("I'll just sign it for both sides to save time", true)]
    [InlineData("sign it off for both marketing and sales", true)]
    [InlineData("can I sign for sales and marketing?", true)]
    [InlineData("sign it for sales", false)]
    [InlineData("both leads need to sign", false)]
    public void NamesBothSides_OnePersonForBoth(string text, bool expected)
        => Assert.Equal(expected, SlaParsing.NamesBothSides(text));

    [Theory]
    [InlineData("no way we can do 20h. counter: 260 MQLs and 28 hours", 260, 28)]
    [InlineData("we can't hit 230. counter: 210 MQLs a month and 24 hours", 210, 24)]
    [InlineData("counter-proposal: 250 MQLs monthly but 36 hours to follow up", 250, 36)]
    [InlineData("new SLA pls: two hundred and twenty MQLs a month, follow-up in eighteen hours", 220, 18)]
    [InlineData("SLA v2 proposal: 220 MQLs a month, sales calls back within 12h", 220, 12)]
    public void Parse_TermsAfterTheProposalWord(string text, int leads, int hours)
    {
        var draft = SlaParsing.Parse(text, new Conversations.Understanding.EntityExtractor(Recognizers.Value, new Conversations.Understanding.Lexicon([])).Extract(text, new DateOnly(2026, 11, 23)));
        Assert.Equal((leads, (decimal)hours), (draft.Leads, draft.FollowUpHours));
    }

    // A correction names the old value beside the new one (conv21): the number turned down is no term.
    [Theory]
    [InlineData("sorry, follow-up should be 12 hours not 24", null, 12)]
    [InlineData("make the follow-up 18h instead of 24", null, 18)]
    [InlineData("240 MQLs rather than 230, same 24h", 240, 24)]
    public void Parse_ANumberTurnedDown_IsNoTerm(string text, int? leads, int hours)
    {
        var draft = SlaParsing.Parse(text, new Conversations.Understanding.EntityExtractor(Recognizers.Value, new Conversations.Understanding.Lexicon([])).Extract(text, new DateOnly(2026, 11, 23)));
        Assert.Equal((leads, (decimal?)hours), (draft.Leads, draft.FollowUpHours));
    }

    [Theory]
    [InlineData("sixteen hours", "sixteen", 16, 16)]
    [InlineData("thirty six hrs", "thirty six", 36, 36)]
    [InlineData("two working days", "two", 2, 48)]
    [InlineData("eighteen", "eighteen", 18, null)]
    public void Hours_AnyNumberInWordsWithAnHourWordAfterIt(string text, string said, int number, int? expected)
    {
        var numbers = new[] { new Conversations.Understanding.NumberMention(number, new Conversations.Understanding.TextSpan(0, said.Length), said) };
        Assert.Equal(expected, SlaParsing.Hours(text, numbers));
    }
}
