using AlignmentBot.Application.Corrections;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>Taking back what was just entered, in any words, as the corrections read it right after a check-in or a verdict.</summary>
public sealed class UndoLastParaphraseTests
{
    private static string Read(string text) => RecentCorrections.IsUndo(text) ? "yes" : "no";

    [Fact]
    public void Train_EveryRow_ReadsAsUndoOrNot() => ParaphraseTable.AssertTrain("undo-last", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("undo-last", Read);
}
