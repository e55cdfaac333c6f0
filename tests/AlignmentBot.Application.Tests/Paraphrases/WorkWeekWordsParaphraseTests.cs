using AlignmentBot.Application.Workspaces;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>The work week said in words, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class WorkWeekWordsParaphraseTests
{
    private static string Read(string text) => WorkWeekWords.Read(text) ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("work-week-words", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("work-week-words", Read);
}
