using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Dialogs.Leads;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A verdict on a lead named by its company or id, said in passing, read against the demo's company names.</summary>
public sealed class LeadVerdictParaphraseTests
{
    private static readonly string[] Companies = Enumerable.Range(0, DemoNames.Count).Select(DemoNames.Company).ToArray();

    private static string Read(string text) => LeadVerdicts.Read(text, Companies) is { } v ? $"{v.Decision} {v.Lead}" : "no";

    [Fact]
    public void Train_EveryRow_ReadsTheVerdictAndTheLead() => ParaphraseTable.AssertTrain("lead-verdict", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("lead-verdict", Read);
}
