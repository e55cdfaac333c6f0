using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A rejection reason told as a story: bought elsewhere or not buying for a while is not in market, not wrong fit.</summary>
public sealed class NotInMarketParaphraseTests
{
    private static string Read(string text) => RejectionReasons.Label(RejectionReasons.Normalize(text)).Replace(' ', '-');

    [Fact]
    public void Train_EveryRow_ReadsAsTheReasonItTells() => ParaphraseTable.AssertTrain("not-in-market", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("not-in-market", Read);
}
