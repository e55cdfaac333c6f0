using AlignmentBot.Application.Workspaces;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>Changing the workspace currency in words (<see cref="CurrencyChange"/>) against its paraphrase table.</summary>
public sealed class CurrencyChangeParaphraseTests
{
    private static string? Read(string text) => CurrencyChange.Read(text) ?? "no";

    [Fact]
    public void Train() => ParaphraseTable.AssertTrain("currency-set", Read);

    [Fact]
    public void HeldOut() => ParaphraseTable.AssertHeldOut("currency-set", Read);
}
