using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Tests.Understanding;

/// <summary>
/// The DateTime model runs only when <see cref="DateCues"/> finds a cue. Dates in unusual forms must still reach it;
/// sentences it skips must be ones where the model finds nothing.
/// </summary>
public sealed class DateCuesTests
{
    [Theory]
    [InlineData("due 12/10")]
    [InlineData("2027-06-30")]
    [InlineData("at 9")]
    [InlineData("around 10 MQLs")]
    [InlineData("on the 5")]
    [InlineData("for the 5")]
    [InlineData("10 past 9")]
    [InlineData("9 sharp")]
    [InlineData("9 sharpened")]
    [InlineData("9am standup")]
    [InlineData("move it to 4pm")]
    [InlineData("by June 15th")]
    [InlineData("1500")]
    [InlineData("grow revenue in 2027")]
    [InlineData("by Q3")]
    [InlineData("every Monday at 9")]
    [InlineData("move the digest to Wednesdays")]
    [InlineData("thurs works")]
    [InlineData("tmrw")]
    [InlineData("eod")]
    [InlineData("thanks giving")]
    [InlineData("christmas eve")]
    [InlineData("the eighties")]
    [InlineData("weightiest")]
    [InlineData("at midday")]
    [InlineData("tonight")]
    [InlineData("in a month")]
    [InlineData("a month ago")]
    [InlineData("we need 150 MQLs each month")]
    [InlineData("we need 150 MQLs coming a month")]
    [InlineData("we need 150 blast a month")]
    [InlineData("check every 8m")]
    [InlineData("the week of Nov 16")]
    [InlineData("this week 47 MQLs")]
    [InlineData("recently")]
    public void MayHoldDate_DatesInUnusualForms_ReachTheModel(string text)
    {
        Assert.True(DateCues.MayHoldDate(text), text);
        Assert.NotEqual(Dates(text, runModel: false), Dates(text, runModel: true));
    }

    [Theory]
    [InlineData("make the digest bimonthly")]
    [InlineData("everyday")]
    [InlineData("good morning")]
    [InlineData("by FY27")]
    [InlineData("8.30 works")]
    [InlineData("the 4-8% benchmark")]
    [InlineData("we spend $400k on marketing")]
    [InlineData("thanks")]
    public void MayHoldDate_WordsAndNumbersTheModelKnows_AreCuesEvenWhenNothingIsRead(string text)
        => Assert.True(DateCues.MayHoldDate(text), text);

    [Theory]
    [InlineData("we need 150 MQLs a month")]
    [InlineData("12 SQLs per week")]
    [InlineData("117")]
    [InlineData("our goal should be to increase win rate to 30%")]
    [InlineData("is 10% of revenue on marketing too much")]
    [InlineData("we need $2M revenue")]
    [InlineData("our marketing budget is $400k")]
    [InlineData("reject lead 4512, no budget")]
    [InlineData("cut our cost per lead from $120 to $90")]
    [InlineData("grow MQLs from 180 to 240")]
    [InlineData("we sell B2B")]
    public void MayHoldDate_SentencesWithoutADate_SkipTheModel(string text)
    {
        Assert.Null(DateCues.FirstCue(text));
        Assert.Equal(Dates(text, runModel: false), Dates(text, runModel: true));
    }

    [Theory]
    [InlineData("by end of Q3")]
    [InlineData("within 90 days")]
    [InlineData("asap")]
    [InlineData("we need 150 MQLs a month by June")]
    [InlineData("twenty-five percent")]
    public void Dates_WithTheCues_AreWhatTheyWereWithoutThem(string text)
    {
        var before = SharedExtractor.Recognizers.Dates(text, SharedExtractor.Today, DatePhrases.MayHoldDate(text));

        Assert.Equal(before, SharedExtractor.Recognizers.Dates(text, SharedExtractor.Today));
    }

    [Fact]
    public void Vocabulary_ReadFromTheDefinitions_HasTheMonthsAndTheConnectives()
        => Assert.Superset(new HashSet<string>(["june", "sept", "fri", "asap", "eighties", "tonight", "by", "next", "the", "at"]), DateCues.Vocabulary.ToHashSet());

    private static DateMention[] Dates(string text, bool runModel) => [.. SharedExtractor.Recognizers.Dates(text, SharedExtractor.Today, runModel)];
}
