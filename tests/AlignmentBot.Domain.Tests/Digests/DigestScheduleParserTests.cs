using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Domain.Tests.Digests;

public class DigestScheduleParserTests
{
    private static readonly DigestScheduleDefaults NewYork = new("America/New_York");

    [Theory]
    [InlineData("every Monday at 9", DayOfWeek.Monday, "09:00", 1)]
    [InlineData("Friday 4pm", DayOfWeek.Friday, "16:00", 1)]
    [InlineData("every Thursday at half nine", DayOfWeek.Thursday, "09:30", 1)]
    [InlineData("every Monday at quarter past ten", DayOfWeek.Monday, "10:15", 1)]
    [InlineData("every two weeks on Tuesday at 08:30", DayOfWeek.Tuesday, "08:30", 2)]
    [InlineData("every other Monday", DayOfWeek.Monday, "09:00", 2)]
    [InlineData("send the weekly digest here every Monday at 9", DayOfWeek.Monday, "09:00", 1)]
    [InlineData("move our digest to Friday 4pm", DayOfWeek.Friday, "16:00", 1)]
    [InlineData("Thursday at 4", DayOfWeek.Thursday, "16:00", 1)]
    [InlineData("at 10:30 on Wednesdays", DayOfWeek.Wednesday, "10:30", 1)]
    [InlineData("fortnightly on friday at noon", DayOfWeek.Friday, "12:00", 2)]
    [InlineData("biweekly tue 8.30", DayOfWeek.Tuesday, "08:30", 2)]
    [InlineData("every 2 weeks on thursday at 9:15 am", DayOfWeek.Thursday, "09:15", 2)]
    [InlineData("Mondays at 4:30", DayOfWeek.Monday, "16:30", 1)]
    [InlineData("Mondays at 04:30", DayOfWeek.Monday, "04:30", 1)]
    [InlineData("tuesday at 16", DayOfWeek.Tuesday, "16:00", 1)]
    [InlineData("wednesday at 7 in the evening", DayOfWeek.Wednesday, "19:00", 1)]
    [InlineData("Friday 12pm", DayOfWeek.Friday, "12:00", 1)]
    [InlineData("Friday 12am", DayOfWeek.Friday, "00:00", 1)]
    [InlineData("every monday at 9.", DayOfWeek.Monday, "09:00", 1)]
    [InlineData("Send it every Monday at 8 a.m. please", DayOfWeek.Monday, "08:00", 1)]
    public void Parse_CommonPhrases_ReadsDayTimeAndCadence(string text, DayOfWeek day, string time, int everyWeeks)
    {
        var result = DigestScheduleParser.Parse(text, NewYork);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(day, result.Schedule!.Day);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), result.Schedule.Time);
        Assert.Equal(everyWeeks, result.Schedule.EveryWeeks);
        Assert.Equal("America/New_York", result.Schedule.TimeZone);
    }

    [Fact]
    public void Parse_NothingAboutTheSchedule_MondayAtNineInTheDefaultZone()
    {
        var result = DigestScheduleParser.Parse("send the digest here", NewYork);

        Assert.Equal(DigestSchedule.Default("America/New_York"), result.Schedule);
        Assert.False(result.NamedAnything);
    }

    [Fact]
    public void Parse_SundayWorkWeekWithNoDay_DefaultsToSunday()
    {
        var result = DigestScheduleParser.Parse("weekly at 10", new DigestScheduleDefaults("Asia/Jerusalem", DayOfWeek.Sunday));

        Assert.Equal(DayOfWeek.Sunday, result.Schedule!.Day);
        Assert.Equal(DayOfWeek.Sunday, result.Schedule.WeekStart);
        Assert.Equal(new TimeOnly(10, 0), result.Schedule.Time);
    }

    [Theory]
    [InlineData("every Monday 9am CET", "Europe/Berlin")]
    [InlineData("Friday 4pm London time", "Europe/London")]
    [InlineData("every monday at 9 ET", "America/New_York")]
    [InlineData("every monday at 9 pt", "America/Los_Angeles")]
    [InlineData("Monday 09:00 Asia/Singapore", "Asia/Singapore")]
    [InlineData("Monday 09:00 UTC", "UTC")]
    public void Parse_TimeZoneNamed_UsesIt(string text, string zone)
    {
        var result = DigestScheduleParser.Parse(text, NewYork);

        Assert.True(result.HasTimeZone);
        Assert.Equal(zone, result.Schedule!.TimeZone);
    }

    [Fact]
    public void Parse_ChangingOnlyTheTime_KeepsTheExistingDayCadenceAndZone()
    {
        var existing = new DigestSchedule(DayOfWeek.Tuesday, new TimeOnly(9, 0), "Europe/Berlin", everyWeeks: 2);

        var result = DigestScheduleParser.Parse("move it to 4pm", DigestScheduleDefaults.From(existing));

        Assert.Equal(DayOfWeek.Tuesday, result.Schedule!.Day);
        Assert.Equal(new TimeOnly(16, 0), result.Schedule.Time);
        Assert.Equal(2, result.Schedule.EveryWeeks);
        Assert.Equal("Europe/Berlin", result.Schedule.TimeZone);
        Assert.True(result.HasTime);
        Assert.False(result.HasDay);
    }

    [Theory]
    [InlineData("every day at 9", "once a week")]
    [InlineData("monthly on monday", "once a week")]
    [InlineData("monday and thursday at 9", "one day")]
    [InlineData("monday at 25:00", "not a time of day")]
    [InlineData("monday at 13pm", "not a time of day")]
    [InlineData("monday at 9 Europe/Atlantis", "time zone")]
    public void Parse_SomethingItCannotDo_ExplainsWhy(string text, string problem)
    {
        var result = DigestScheduleParser.Parse(text, NewYork);

        Assert.False(result.Succeeded);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryMondayForAFortnightlyDigest_MakesItWeekly()
    {
        var existing = new DigestSchedule(DayOfWeek.Tuesday, new TimeOnly(9, 0), "Europe/Berlin", everyWeeks: 2);

        var weekly = DigestScheduleParser.Parse("every Monday at 9", DigestScheduleDefaults.From(existing));
        var stillFortnightly = DigestScheduleParser.Parse("move it to Monday", DigestScheduleDefaults.From(existing));

        Assert.Equal((1, true), (weekly.Schedule!.EveryWeeks, weekly.HasCadence));
        Assert.Equal((2, false), (stillFortnightly.Schedule!.EveryWeeks, stillFortnightly.HasCadence));
    }

    [Fact]
    public void Parse_NumbersThatAreNotTimes_AreNotReadAsTimes()
    {
        var result = DigestScheduleParser.Parse("every 2 weeks on monday", NewYork);

        Assert.False(result.HasTime);
        Assert.Equal(new TimeOnly(9, 0), result.Schedule!.Time);
        Assert.Equal(2, result.Schedule.EveryWeeks);
    }

    [Fact]
    public void Describe_EveryOtherFriday_ReadsNaturally()
    {
        var schedule = new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), "America/New_York", everyWeeks: 2);

        Assert.Equal("every other Friday at 16:00 (America/New_York)", schedule.Describe());
    }
}
