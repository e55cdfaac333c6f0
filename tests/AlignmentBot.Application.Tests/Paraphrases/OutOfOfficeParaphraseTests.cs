using System.Globalization;
using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>An absence announced in any words: the last day away, on Monday 23 November 2026 as in the scenarios.</summary>
public sealed class OutOfOfficeParaphraseTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Read(string text)
        => AbsenceWords.LastDayOut(text, Today) is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none";

    [Fact]
    public void Train_EveryRow_ReadsTheLastDayAway() => ParaphraseTable.AssertTrain("out-of-office", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("out-of-office", Read);
}
