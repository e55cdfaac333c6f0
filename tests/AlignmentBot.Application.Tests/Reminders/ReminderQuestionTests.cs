using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Reminders;

public class ReminderQuestionTests
{
    [Theory]
    // A question about one's own reminders: answered, nothing changed.
    [InlineData("when do my reminders go out again?", true)]
    [InlineData("how do I turn the reminders off?", true)]
    [InlineData("what day do my nudges come?", true)]
    // Someone else chased now is the remind-now command (with its permission check), not a question about mine.
    [InlineData("can you nudge Marco about his MQL numbers now?", false)]
    [InlineData("could you ping priya about the cpl numbers?", false)]
    [InlineData("can you remind Sam about the follow-up goal?", false)]
    // An ask for a day and time is the ask; a digest is another thing.
    [InlineData("can you remind me mondays at 11?", false)]
    [InlineData("when does the digest go out?", false)]
    public void Asks_OwnRemindersOnly(string text, bool expected)
    {
        Assert.Equal(expected, ReminderQuestion.Asks(text));
    }
}
