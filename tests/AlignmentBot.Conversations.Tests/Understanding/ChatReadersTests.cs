namespace AlignmentBot.Conversations.Tests.Understanding;

/// <summary>Numbers, hours and months as people type them in chat, read by the shared readers (as of Monday 23 Nov 2026).</summary>
public sealed class ChatReadersTests
{
    [Theory]
    [InlineData("marketing spend is three hundred k", 300_000)]
    [InlineData("revenue is five mil", 5_000_000)]
    [InlineData("spend 1.2 mil", 1_200_000)]
    [InlineData("budget is four hundred grand", 400_000)]
    [InlineData("revenue twenty mil", 20_000_000)]
    public void Numbers_ScaleWordAfterTheNumber_MultipliesIt(string text, decimal expected)
        => Assert.Contains(SharedExtractor.Read(text).NumberList, n => n.Value == expected);

    [Theory]
    [InlineData("follow up avg 31h this week", 31)]
    [InlineData("follow-up time this week was 30hrs", 30)]
    public void Numbers_HoursWrittenOntoTheNumber_AreTheNumber(string text, decimal expected)
        => Assert.Contains(SharedExtractor.Read(text).NumberList, n => n.Value == expected);

    [Theory]
    [InlineData("by end of feburary", "2027-02-28")]
    [InlineData("by end of janaury", "2027-01-31")]
    [InlineData("by end of septmber", "2027-09-30")]
    [InlineData("due 3 decmber", "2026-12-03")]
    public void Deadline_MisspeltMonth_IsThatMonth(string text, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SharedExtractor.Read(text).Deadline);

    [Theory]
    [InlineData("we need a better match rate")]
    [InlineData("the octopus deck")]
    public void Deadline_WordsNearAMonthThatAreNotOne_AreNoDate(string text)
        => Assert.Null(SharedExtractor.Read(text).Deadline);
}
