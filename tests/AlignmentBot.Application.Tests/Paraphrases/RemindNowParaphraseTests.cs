using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>Someone asking the bot to chase another person about a goal now, against its paraphrase table (docs/scenarios.md, "Paraphrase tables").</summary>
public sealed class RemindNowParaphraseTests
{
    private static string Read(string text) => RemindNowWords.Describe(text) ?? "none";

    [Fact]
    public void Train_EveryRowReadAsWritten() => ParaphraseTable.AssertTrain("remind-now", Read);

    [Fact]
    public void HeldOut_AtOrAboveItsFloor() => ParaphraseTable.AssertHeldOut("remind-now", Read);
}
