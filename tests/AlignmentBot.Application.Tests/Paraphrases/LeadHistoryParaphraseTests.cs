using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Dialogs.Leads;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>A question about what already happened to a lead named by its company or id, read against the demo's company names.</summary>
public sealed class LeadHistoryParaphraseTests
{
    private static readonly string[] Companies = Enumerable.Range(0, DemoNames.Count).Select(DemoNames.Company).ToArray();

    private static string Read(string text) => LeadHistory.Read(text, Companies) ?? "no";

    [Fact]
    public void Train_EveryRow_ReadsTheLeadAskedAfter() => ParaphraseTable.AssertTrain("lead-history", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("lead-history", Read);
}
