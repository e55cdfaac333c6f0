using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>Several leads' verdicts in one line, each with its reason, and a reason alone for the lead at hand.</summary>
public sealed class VerdictsInLineParaphraseTests
{
    private static string Read(string text) => VerdictsInLine.Read(text) is { } items ? string.Join(" | ", items.Select(Item)) : "no";

    private static string Item(LeadVerdictInLine v) => v.Lead is null
        ? $"reason {Kebab(v.Reason)}"
        : $"{v.Decision} {v.Lead}" + (v.Reason is { } r ? " " + Kebab(r) : string.Empty);

    private static string Kebab(RejectionReason? reason) => reason switch
    {
        RejectionReason.NoBudget => "no-budget",
        RejectionReason.WrongFit => "wrong-fit",
        RejectionReason.WrongContact => "wrong-contact",
        RejectionReason.Duplicate => "duplicate",
        RejectionReason.NotInMarket => "not-in-market",
        _ => "other",
    };

    [Fact]
    public void Train_EveryRow_ReadsEachVerdict() => ParaphraseTable.AssertTrain("lead-verdicts-line", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("lead-verdicts-line", Read);
}
