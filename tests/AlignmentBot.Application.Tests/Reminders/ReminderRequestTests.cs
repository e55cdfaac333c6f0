using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Reminders;

public class ReminderRequestTests
{
    [Theory]
    [InlineData("remind me on Fridays at 4", DayOfWeek.Friday, "16:00")]
    [InlineData("Remind me every Monday at 9am.", DayOfWeek.Monday, "09:00")]
    [InlineData("remind me at 14:30 on Thursdays", DayOfWeek.Thursday, "14:30")]
    [InlineData("remind me on Wednesday at 12 pm", DayOfWeek.Wednesday, "12:00")]
    [InlineData("remind me on fri at 10", DayOfWeek.Friday, "10:00")]
    [InlineData("nudge me on thursdays at 9:30 for my numbers", DayOfWeek.Thursday, "09:30")]
    [InlineData("remind me on wednesdays at half nine for my numbers", DayOfWeek.Wednesday, "09:30")]
    [InlineData("remind me at quarter past ten on mondays to check in", DayOfWeek.Monday, "10:15")]
    [InlineData("nudge me fridays half past 4pm for my numbers pls", DayOfWeek.Friday, "16:30")]
    [InlineData("remind me on tuesdays at quarter to ten", DayOfWeek.Tuesday, "09:45")]
    [InlineData("nudge me every tuesday morning at ten", DayOfWeek.Tuesday, "10:00")]
    [InlineData("remind me every friday afternoon at four", DayOfWeek.Friday, "16:00")]
    [InlineData("ping me mondays in the morning at half nine", DayOfWeek.Monday, "09:30")]
    [InlineData("nudge me each wednesday morning at 11", DayOfWeek.Wednesday, "11:00")]
    [InlineData("remind me thursdays at 7 in the morning", DayOfWeek.Thursday, "07:00")]
    [InlineData("remind me at 5 in the evening on fridays", DayOfWeek.Friday, "17:00")]
    [InlineData("remind me tuesdays at nine thirty", DayOfWeek.Tuesday, "09:30")]
    [InlineData("ping me mondays at ten fifteen", DayOfWeek.Monday, "10:15")]
    // Asked in everyday words: a question, slips in the verb and the day, "same for me but …".
    [InlineData("can you remind me mondays at 11?", DayOfWeek.Monday, "11:00")]
    [InlineData("would it be possible to get my reminder on monday at 11 rather than the default?", DayOfWeek.Monday, "11:00")]
    [InlineData("remnd me evry wednsday at 10:30", DayOfWeek.Wednesday, "10:30")]
    [InlineData("pls remidn me mondys 9 a.m.", DayOfWeek.Monday, "09:00")]
    [InlineData("same for me but fridays at 4pm pls", DayOfWeek.Friday, "16:00")]
    public void Parse_DayAndTime_IsTheSchedule(string text, DayOfWeek day, string time)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.Schedule, request?.Kind);
        Assert.Equal(day, request!.Day);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), request.Time);
    }

    [Theory]
    [InlineData("stop reminding me about retention", ReminderRequestKind.Mute, "retention")]
    [InlineData("don't remind me about the CPL goal", ReminderRequestKind.Mute, "the CPL goal")]
    [InlineData("start reminding me about retention again", ReminderRequestKind.Unmute, "retention")]
    [InlineData("remind me about MQLs again", ReminderRequestKind.Unmute, "MQLs")]
    public void Parse_GoalOnOrOff_NamesTheGoal(string text, ReminderRequestKind kind, string goal)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(kind, request?.Kind);
        Assert.Equal(goal, request!.Goal);
    }

    [Theory]
    [InlineData("remind Priya about the CPL goal now", "Priya", "CPL goal")]
    [InlineData("nudge @Sam about the follow-up goal", "@Sam", "follow-up goal")]
    [InlineData("remind <@U123ABC> about MQLs", "<@U123ABC>", "MQLs")]
    [InlineData("remind Priya Natarajan about cost per lead right now", "Priya Natarajan", "cost per lead")]
    [InlineData("give Sam a nudge on the sales cycle number right now", "Sam", "sales cycle number")]
    [InlineData("send Priya a quick reminder about CPL asap", "Priya", "CPL")]
    [InlineData("give @Marco a ping re MQLs", "@Marco", "MQLs")]
    public void Parse_RemindSomeone_NamesPersonAndGoal(string text, string who, string goal)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.RemindNow, request?.Kind);
        Assert.Equal(who, request!.Who);
        Assert.Equal(goal, request.Goal);
    }

    [Theory]
    [InlineData("who hasn't checked in?")]
    [InlineData("Who has not checked in yet")]
    [InlineData("show overdue check-ins")]
    [InlineData("who's behind on their check-ins?")]
    [InlineData("is anyone behind on their numbers this week?")]
    [InlineData("which owners are late with their check-ins")]
    [InlineData("who still owes us numbers?")]
    public void Parse_WhoHasNotCheckedIn_IsOverdue(string text)
        => Assert.Equal(ReminderRequestKind.Overdue, ReminderRequest.Parse(text)?.Kind);

    [Theory]
    [InlineData("I'm back")]
    [InlineData("nvm, I'm back now")]
    [InlineData("ok I'm back early")]
    [InlineData("actually I'm back already")]
    [InlineData("back in the office now")]
    [InlineData("cancel my out of office")]
    [InlineData("back in the office now 🙌")]
    [InlineData("returned early, I'm back in")]
    [InlineData("actually I'm back already, trip got cut short")]
    public void Parse_BackEarly_IsBack(string text)
        => Assert.Equal(ReminderRequestKind.Back, ReminderRequest.Parse(text)?.Kind);

    [Theory]
    [InlineData("back on Monday")]
    [InlineData("back")]
    [InlineData("I'm back in two weeks")]
    public void Parse_BackWithoutSayingNow_IsNotBack(string text)
        => Assert.NotEqual(ReminderRequestKind.Back, ReminderRequest.Parse(text)?.Kind);

    [Theory]
    [InlineData("heads up I'm OOO next mon through wed", "2026-12-02")]
    [InlineData("OOO mon through wed next week", "2026-12-02")]
    [InlineData("I'm off from thursday to friday", "2026-11-27")]
    [InlineData("out next monday till tuesday", "2026-12-01")]
    [InlineData("I'll be away this wednesday thru friday", "2026-11-27")]
    [InlineData("on pto next tues until thurs", "2026-12-03")]
    public void LastWeekdayOf_ARangeOfWeekdays_IsItsLastDay(string text, string expected)
    {
        // Monday 23 Nov 2026.
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.OutOfOffice, request?.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReminderRequest.LastWeekdayOf(request!.DateText, request.FromText, new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [InlineData("I'm out until 12 Dec", "2026-12-12")]
    [InlineData("I am out of office until December 12th", "2026-12-12")]
    [InlineData("I'll be on vacation until 3 Jan", "2027-01-03")]
    public void DateOf_OutOfOffice_NextSuchDay(string text, string expected)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.OutOfOffice, request?.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReminderRequest.DateOf(request!.DateText, new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [InlineData("fyi I'm off from tomorrow till the 2nd of Jan", "the 2nd of Jan", false)]
    [InlineData("OOO from the 21st till Jan 4", "Jan 4", false)]
    [InlineData("heads up, I'll be away from Monday until the 9th of December", "the 9th of December", false)]
    [InlineData("off till Jan 2nd, happy holidays", "Jan 2nd", false)]
    [InlineData("I'm on PTO next week, back on 7 Dec", "7 Dec", true)]
    [InlineData("fyi I'm out thursday and friday", "friday", false)]
    [InlineData("off wed - fri", "fri", false)]
    [InlineData("I'm off tomorrow and back on Monday", "Monday", true)]
    public void Parse_OutOfOffice_WithAFirstDayOrBackOn_ReadsTheLastDay(string text, string dateText, bool returning)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.OutOfOffice, request?.Kind);
        Assert.Equal(dateText, request!.DateText);
        Assert.Equal(returning, request.Returning);
    }

    [Theory]
    [InlineData("stop nagging me about the acceptance rate goal", "the acceptance rate goal")]
    [InlineData("quit bugging me about follow-up time", "follow-up time")]
    [InlineData("no more nagging about retention pls", "retention")]
    [InlineData("can you stop chasing me about the sales cycle goal", "the sales cycle goal")]
    [InlineData("stop nagging me", "")]
    public void Parse_RemindersOffInOtherWords_IsMute(string text, string goal)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.Mute, request?.Kind);
        Assert.Equal(goal, request!.Goal);
    }

    // Round 32: a day alone keeps the time, a time alone keeps the day (the product decision of issue 16).
    [Theory]
    [InlineData("remind me on Fridays", DayOfWeek.Friday, null)]
    [InlineData("nudge me every thursday", DayOfWeek.Thursday, null)]
    [InlineData("remind me at 10 instead", null, "10:00")]
    public void Parse_OnlyTheDayOrTheTime_KeepsTheOther(string text, DayOfWeek? day, string? time)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.Schedule, request?.Kind);
        Assert.Equal(day, request!.Day);
        Assert.Equal(time, request.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(day is not null, request.KeepTime);
        Assert.Equal(time is not null, request.KeepDay);
    }

    [Theory]
    [InlineData("remind me to call Acme")]
    [InlineData("MQLs this week: 42")]
    [InlineData("settings")]
    [InlineData("remind me on Friday to send the deck")]
    [InlineData("who owns the CPL goal?")]
    public void Parse_OtherSentences_AreNotReminderRequests(string text)
        => Assert.Null(ReminderRequest.Parse(text));

    [Theory]
    [InlineData("when do my reminders go out again?")]
    [InlineData("how do I turn the reminders off?")]
    [InlineData("what day do my nudges come")]
    [InlineData("is there a way to stop these reminders?")]
    public void Parse_QuestionAboutMyReminders_IsAskedNotACommand(string text)
        => Assert.Equal(ReminderRequestKind.Asked, ReminderRequest.Parse(text)?.Kind);
}
