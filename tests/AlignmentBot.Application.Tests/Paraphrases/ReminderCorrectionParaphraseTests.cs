using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A reminder set to Monday 09:00, then its day or time corrected in a few words, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class ReminderCorrectionParaphraseTests
{
    private static string Read(string text) => ReminderCorrection.Describe(text, DayOfWeek.Monday, new TimeOnly(9, 0)) ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("reminder-correction", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("reminder-correction", Read);
}
