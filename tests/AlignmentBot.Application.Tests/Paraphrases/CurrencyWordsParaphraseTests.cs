using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>The currency said in words, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class CurrencyWordsParaphraseTests
{
    private static string Read(string text) => CurrencyWords.Named(text) ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("currency-words", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("currency-words", Read);
}
