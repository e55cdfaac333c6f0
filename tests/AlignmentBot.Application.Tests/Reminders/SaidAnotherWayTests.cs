using AlignmentBot.Application.Commands;
using AlignmentBot.Application.Questions;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Application.Workspaces;

namespace AlignmentBot.Application.Tests.Reminders;

/// <summary>
/// Further variants of set 7's kinds, as reader tests (the tuning part holds a few conversations of each): a reminder moved
/// right after it was set, weekday ranges said with "next week" first, remind-now in other verbs, "remind me what …" as a
/// question, settings asked or changed in other words, and an amount said per month against one per year.
/// </summary>
public sealed partial class SaidAnotherWayTests
{
    [Theory]
    [InlineData("actually thursdays at nine in the morning instead", DayOfWeek.Thursday, "09:00")]
    [InlineData("make it wednesday mornings at ten", DayOfWeek.Wednesday, "10:00")]
    [InlineData("hmm, change it to mondays at 2", DayOfWeek.Monday, "14:00")]
    [InlineData("sorry, fridays at half four", DayOfWeek.Friday, "16:30")]
    public void Rescheduled_DayAndTimeWithoutRemindMe_IsTheNewSchedule(string text, DayOfWeek day, string time)
    {
        var request = ReminderRequest.Rescheduled(text);

        Assert.Equal(day, request?.Day);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), request!.Time);
    }

    [Theory]
    [InlineData("actually 44")]
    [InlineData("make it 260 a month")]
    public void Rescheduled_NoDayAndTime_IsNull(string text)
        => Assert.Null(ReminderRequest.Rescheduled(text));

    [Theory]
    [InlineData("OOO next week from wed to fri, family stuff", "2026-12-04")]
    [InlineData("out of office next week tue to thu, offsite", "2026-12-03")]
    [InlineData("I'm off next week, monday till wednesday", "2026-12-02")]
    public void Parse_NextWeekThenWeekdays_IsOutUntilTheLastDay(string text, string until)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.OutOfOffice, request?.Kind);
        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), ReminderRequest.LastWeekdayOf(request!.DateText, request.FromText, new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [InlineData("hey can u poke Priya re: her CPL numbers now", "Priya")]
    [InlineData("could you nudge alex re his SQL numbers right now", "alex")]
    [InlineData("prod Sam regarding the sales cycle asap", "Sam")]
    public void Parse_RemindNowInOtherVerbs_NamesThePerson(string text, string who)
    {
        var request = ReminderRequest.Parse(text);

        Assert.Equal(ReminderRequestKind.RemindNow, request?.Kind);
        Assert.Equal(who, request!.Who);
    }

    [Theory]
    [InlineData("remind me what the company revenue target is?", "what is the company revenue target?")]
    [InlineData("remind me what our revenue target is again?", "what is our revenue target again?")]
    [InlineData("wait, remind me what the revenue target is?", "what is the revenue target?")]
    [InlineData("hang on - can u remind me what our SQL goal is right now", "what is our SQL goal right now?")]
    [InlineData("pls tell me who the owner of the CPL goal is", "who is the owner of the CPL goal?")]
    [InlineData("hold on, remind me how many MQLs we had last week", "how many MQLs we had last week?")]
    [InlineData("can you remind me when the retention goal is due", "when the retention goal is due?")]
    [InlineData("remind me, what's our MQL target again?", "what's our MQL target again?")]
    [InlineData("remind me on Fridays at 4", "remind me on Fridays at 4")]
    [InlineData("remind me about MQLs again", "remind me about MQLs again")]
    public void RemindMeQuestion_AskedFact_IsTheQuestion(string text, string read)
        => Assert.Equal(read, RemindMeQuestion.Unwrapped(text));

    [Theory]
    [InlineData("when does our fiscal year start, btw?", "fiscal-year-start")]
    [InlineData("what month does our financial year begin?", "fiscal-year-start")]
    [InlineData("and what currency do we report in?", "currency")]
    [InlineData("what's our time zone?", "time-zone")]
    public void Parse_QuestionAboutASetting_NamesItWithoutValue(string text, string? key)
    {
        var request = SettingsRequest.Parse(text);

        if (key is null)
        {
            Assert.Null(request?.Key);
            return;
        }

        Assert.Equal(key, request?.Key);
        Assert.Null(request!.Value);
    }

    [Theory]
    [InlineData("from now on we report in euros pls", "currency", "euros")]
    [InlineData("we're switching to pounds for reporting going forward", "currency", "pounds")]
    [InlineData("let's move to GBP", "currency", "GBP")]
    [InlineData("our financial year kicks off in april", "fiscal-year-start", "april")]
    [InlineData("fiscal year starts in july for us", "fiscal-year-start", "july")]
    [InlineData("total revenue this year is about eighteen million dollars", "annual-revenue", "eighteen million dollars")]
    [InlineData("our total company revenue for the year was 22m", "annual-revenue", "22m")]
    public void Parse_ChangeInOtherWords_NamesKeyAndValue(string text, string key, string value)
    {
        var request = SettingsRequest.Parse(text);

        Assert.Equal((key, value), (request?.Key, request?.Value));
    }

    [Theory]
    [InlineData("we're switching to slack")]
    [InlineData("we're moving to Q3 planning")]
    public void Parse_SwitchingToSomethingElse_IsNotACurrency(string text)
        => Assert.NotEqual("currency", SettingsRequest.Parse(text)?.Key);

    [Theory]
    [InlineData("we spend about 40k a month on marketing", 12)]
    [InlineData("we put €30k/month into marketing", 12)]
    [InlineData("marketing is 100k per quarter", 4)]
    [InlineData("10k a week on ads", 52)]
    [InlineData("400k a year on marketing", 1)]
    [InlineData("400k on marketing, and revenue is 9m a month", 1)]
    public void PerYear_PeriodSaidAfterTheAmount_Annualises(string text, int factor)
        => Assert.Equal(factor, BudgetCommand.PerYear(text, FirstAmount().Match(text).Index, text.Length));

    [System.Text.RegularExpressions.GeneratedRegex(@"[€\d]")]
    private static partial System.Text.RegularExpressions.Regex FirstAmount();
}
