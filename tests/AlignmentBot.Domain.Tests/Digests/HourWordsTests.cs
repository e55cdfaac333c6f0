using System.Text.RegularExpressions;
using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Domain.Tests.Digests;

/// <summary>The one table of hours in words that every reader of times of day uses.</summary>
public sealed class HourWordsTests
{
    [Theory]
    [InlineData("one", 1)]
    [InlineData("nine", 9)]
    [InlineData("Eleven", 11)]
    [InlineData(" ten ", 10)]
    [InlineData("twelve", 0)]
    public void Value_HourInWords_IsItsPlaceOnTheClockWithTwelveAsZero(string word, int expected)
        => Assert.Equal(expected, HourWords.Value(word));

    [Theory]
    [InlineData("9")]
    [InlineData("thirteen")]
    [InlineData("noon")]
    [InlineData("half")]
    [InlineData("")]
    [InlineData(null)]
    public void Value_NotAnHourWord_IsNull(string? word)
        => Assert.Null(HourWords.Value(word));

    [Theory]
    [InlineData("twelve", 12)]
    [InlineData("seven", 7)]
    [InlineData("9", 9)]
    [InlineData("14", 14)]
    [InlineData("0", 0)]
    public void OnTheClock_WordOrDigits_IsTheHourAsSaid(string word, int expected)
        => Assert.Equal(expected, HourWords.OnTheClock(word));

    [Theory]
    [InlineData("quarter")]
    [InlineData("9:30")]
    [InlineData("-3")]
    public void OnTheClock_NotAnHour_IsNull(string word)
        => Assert.Null(HourWords.OnTheClock(word));

    [Fact]
    public void Pattern_MatchesEveryHourWordAndNothingElse()
    {
        var whole = new Regex($"^(?:{HourWords.Pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var word in new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" })
        {
            Assert.Matches(whole, word);
            Assert.NotNull(HourWords.Value(word));
        }

        Assert.DoesNotMatch(whole, "thirteen");
        Assert.DoesNotMatch(whole, "noon");
    }
}
