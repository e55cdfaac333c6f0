using AlignmentBot.Application.Dialogs.Goals;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A goal's handover said as news, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class HandoverNewsParaphraseTests
{
    private static string Read(string text) => HandoverNews.NewOwner(text)?.TrimStart('@').ToLowerInvariant() ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("handover-news", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("handover-news", Read);
}
