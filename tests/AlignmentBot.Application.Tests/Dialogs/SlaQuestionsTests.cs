using AlignmentBot.Application.Dialogs.Sla;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>Questions about the lead agreement that must be read as such, not as a look-up of a number or as nothing.</summary>
public sealed class SlaQuestionsTests
{
    [Theory]
    [InlineData("ok who do I chase for marketing's signature then?", "Marketing")]
    [InlineData("who should I ping to get sales to sign?", "Sales")]
    [InlineData("who do we need to nudge to sign off the SLA?", "")]
    public void AsksWhoSigns_ReadsTheSideAsked(string text, string side)
    {
        Assert.True(SlaSigning.AsksWhoSigns(text, out var asked));
        Assert.Equal(side, asked?.ToString() ?? string.Empty);
    }

    [Theory]
    [InlineData("who should I ask to sign off the brochure?")]
    [InlineData("who do I chase for the MQL numbers?")]
    [InlineData("who should I ping to get marketing and sales to sign?")]
    [InlineData("sign it for marketing")]
    public void AsksWhoSigns_NotAnotherThingOrBothSides(string text)
        => Assert.False(SlaSigning.AsksWhoSigns(text, out _));

    [Theory]
    [InlineData("and how many mqls a month was it", true)]
    [InlineData("how many a month are they on the hook for?", true)]
    [InlineData("so how fast were we supposed to call them back", true)]
    [InlineData("and how many did we get so far this month?", false)]
    [InlineData("how many mqls came in last week", false)]
    public void AsksTermAfter_AQuestionWithOrWithoutItsMark(string text, bool expected)
        => Assert.Equal(expected, SlaLookup.AsksTermAfter(text));
}
