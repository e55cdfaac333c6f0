using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Tests.Dialogs;

/// <summary>The one reader of a weekday word that reminders, absences and digest times share.</summary>
public sealed class WeekdayWordsTests
{
    [Theory]
    [InlineData("mon", DayOfWeek.Monday)]
    [InlineData("Tues", DayOfWeek.Tuesday)]
    [InlineData("weds", DayOfWeek.Wednesday)]
    [InlineData("thurs", DayOfWeek.Thursday)]
    [InlineData("FRIDAYS", DayOfWeek.Friday)]
    [InlineData("sun", DayOfWeek.Sunday)]
    [InlineData("wedensday", DayOfWeek.Wednesday)]
    public void Named_ReadsShortAndLongForms(string word, DayOfWeek expected) => Assert.Equal(expected, WeekdayWords.Named(word));

    [Theory]
    [InlineData("th")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("month")]
    [InlineData("weekend")]
    [InlineData("monthly")]
    [InlineData("sunny")]
    [InlineData("friendly")]
    [InlineData("wedding")]
    public void Named_IsNullForWhatIsNotADay(string? word) => Assert.Null(WeekdayWords.Named(word));
}
