using AlignmentBot.Application.Digests;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A digest's day and time said in words, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class DigestWhenWordsParaphraseTests
{
    private static string Read(string text) => DigestWhenWords.Describe(text) ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("digest-when-words", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("digest-when-words", Read);
}
