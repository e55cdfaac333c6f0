using AlignmentBot.Application.Dialogs.Goals;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A goal's owner named in passing, as the goal dialog reads it (a set phrase, else in passing), against its paraphrase table.</summary>
public sealed class GoalOwnerWordsParaphraseTests
{
    private static string Read(string text) => (GoalWords.Owner(text) ?? OwnerInPassing.Read(text))?.Split(' ')[0].TrimStart('@').ToLowerInvariant() ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("goal-owner-words", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("goal-owner-words", Read);
}
