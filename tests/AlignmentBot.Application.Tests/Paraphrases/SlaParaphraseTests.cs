using System.Globalization;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>
/// The lead agreement's readers against their paraphrase tables: signing in plain words (<see cref="SlaSigning"/>), a
/// counter-proposal (<see cref="SlaCounter"/>) and the follow-up time said in words (<see cref="FollowUpTime"/>).
/// </summary>
public sealed class SlaParaphraseTests
{
    private static readonly Lazy<Conversations.Understanding.Recognizers> Recognizers = new(() => new Conversations.Understanding.Recognizers());

    private static Conversations.Understanding.Entities Entities(string text)
        => new Conversations.Understanding.EntityExtractor(Recognizers.Value, new Conversations.Understanding.Lexicon([])).Extract(text, new DateOnly(2026, 11, 23));

    private static string? Sign(string text) => SlaSigning.Read(text) switch
    {
        null => "no",
        { BothSides: true } => "both",
        { Side: Function.Marketing } => "marketing",
        { Side: Function.Sales } => "sales",
        _ => "sign",
    };

    private static string? Counter(string text) => SlaCounter.Read(text, Entities(text)) is { } c
        ? $"{(c.Leads is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}/{(c.Hours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "-")}"
        : "no";

    private static string? Hours(string text) => FollowUpTime.Answer(text) is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "no";

    [Fact]
    public void Signing_Train() => ParaphraseTable.AssertTrain("sla-sign", Sign);

    [Fact]
    public void Signing_HeldOut() => ParaphraseTable.AssertHeldOut("sla-sign", Sign);

    [Fact]
    public void Counter_Train() => ParaphraseTable.AssertTrain("sla-counter", Counter);

    [Fact]
    public void Counter_HeldOut() => ParaphraseTable.AssertHeldOut("sla-counter", Counter);

    [Fact]
    public void Hours_Train() => ParaphraseTable.AssertTrain("sla-hours", Hours);

    [Fact]
    public void Hours_HeldOut() => ParaphraseTable.AssertHeldOut("sla-hours", Hours);
}
