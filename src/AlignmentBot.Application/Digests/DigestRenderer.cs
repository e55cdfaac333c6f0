using System.Text;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Application.Digests.DigestPhrases;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// A digest as a channel-neutral card (Teams shows an Adaptive Card, Slack Block Kit) with the whole digest
/// as plain text beside it, for notifications, the terminal and screen readers.
/// </summary>
public static class DigestRenderer
{
    public static OutgoingMessage Render(Digest digest, string? cardId = null) => new(Text(digest), Card(digest, cardId));

    public static string Text(Digest digest)
    {
        var facts = digest.Facts;
        var text = new StringBuilder();
        text.AppendLine($"**{Title(digest)}**");
        text.AppendLine(Subtitle(digest));
        foreach (var note in digest.Notes)
        {
            text.AppendLine("⚠ " + Note(note));
        }

        if (digest.Audience == Audience.Leadership)
        {
            text.AppendLine($"Is marketing working? {PaceLabels.Verdict(facts.Scorecard.Verdict)}");
        }

        text.AppendLine($"**{digest.Headline}**");
        text.AppendLine();
        text.AppendLine("**Asks for this week**");
        if (digest.Asks.Count == 0)
        {
            text.AppendLine("Nothing needs a decision this week.");
        }

        for (var i = 0; i < digest.Asks.Count; i++)
        {
            text.AppendLine($"{i + 1}. {digest.Asks[i].Text}");
        }

        foreach (var section in digest.Sections)
        {
            text.AppendLine();
            text.AppendLine($"**{SectionTitle(digest, section)}**");
            foreach (var line in SectionLines(digest, section))
            {
                text.AppendLine("• " + line);
            }
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    public static Card Card(Digest digest, string? cardId)
    {
        var facts = digest.Facts;
        var blocks = new List<CardBlock> { new TextBlock(Subtitle(digest), TextStyle.Subtle) };
        blocks.AddRange(digest.Notes.Select(n => new TextBlock("⚠ " + Note(n), TextStyle.Warning)));
        if (digest.Audience == Audience.Leadership)
        {
            blocks.Add(new TextBlock($"Is marketing working? {PaceLabels.Verdict(facts.Scorecard.Verdict)}"));
        }

        blocks.Add(new TextBlock(digest.Headline, TextStyle.Heading));
        blocks.Add(new TextBlock("Asks for this week", TextStyle.Heading));
        blocks.Add(digest.Asks.Count == 0
            ? new TextBlock("Nothing needs a decision this week.", TextStyle.Good)
            : new TextBlock(string.Join("\n", digest.Asks.Select((a, i) => $"{i + 1}. {a.Text}"))));

        foreach (var section in digest.Sections)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(new TextBlock(SectionTitle(digest, section), TextStyle.Heading));
            blocks.AddRange(SectionBlocks(digest, section));
        }

        return new Card(Title(digest), blocks, Id: cardId);
    }

    private static string SectionTitle(Digest digest, DigestSection section) => section switch
    {
        DigestSection.Goals => "Goals and what changed",
        DigestSection.Funnel => $"Funnel, {digest.Facts.Period.Noun} against {digest.Facts.Period.PreviousNoun}",
        DigestSection.Leads => "Leads: sales' verdicts",
        DigestSection.Requests => "Requests and the task wheel",
        DigestSection.Reach => "Audience overlap and budget",
        DigestSection.Deadlines => "Coming up",
        _ => section.ToString(),
    };

    private static IEnumerable<string> SectionLines(Digest digest, DigestSection section)
    {
        var facts = digest.Facts;
        return section switch
        {
            DigestSection.Goals => GoalLines(digest),
            DigestSection.Funnel => FunnelLines(facts),
            DigestSection.Leads => LeadLines(facts),
            DigestSection.Requests => RequestLines(facts),
            DigestSection.Reach => ReachLines(facts),
            DigestSection.Deadlines => DeadlineLines(facts),
            _ => [],
        };
    }

    private static List<string> GoalLines(Digest digest)
    {
        if (digest.Goals.Count == 0)
        {
            return ["No measurable goals have been agreed yet."];
        }

        var lines = digest.Goals.Take(MaxGoals).Select(g => GoalText(digest, g)).ToList();
        if (digest.Goals.Count > MaxGoals)
        {
            lines.Add($"…and {digest.Goals.Count - MaxGoals} more (ask me for the scorecard).");
        }

        return lines;
    }

    private static List<string> FunnelLines(DigestFacts facts)
    {
        var lines = facts.Funnel.Select(f => FunnelText(f, facts.Period, facts.Currency)).ToList();
        if (lines.Count == 0)
        {
            lines.Add($"No funnel numbers were recorded for {facts.Period.Noun}: import them (`import funnel.csv`) or check them in.");
        }

        if (AgreementText(facts) is { } agreement)
        {
            lines.Add(agreement);
        }

        return lines;
    }

    private static IEnumerable<CardBlock> SectionBlocks(Digest digest, DigestSection section)
    {
        var facts = digest.Facts;
        switch (section)
        {
            case DigestSection.Goals when digest.Goals.Count > 0:
                yield return new TableBlock(
                    ["Goal", "Now", "Target", "Pace", "Since last digest"],
                    digest.Goals.Take(MaxGoals).Select(g => new TableRow(
                        [GoalName(digest, g), GoalNow(g, facts.Currency), GoalTarget(g, facts.Currency), PaceLabels.Text(g.Now.Pace), GoalChange(g)],
                        ToneOf(g.Now.Pace))).ToArray());
                break;
            case DigestSection.Funnel when facts.Funnel.Count > 0:
                yield return new TableBlock(
                    ["Stage", Capitalized(facts.Period.Noun), Capitalized(facts.Period.PreviousNoun), "Change"],
                    facts.Funnel.Select(f => new TableRow(
                    [
                        MetricCatalog.Get(f.Metric).Label,
                        f.Current is { } c ? Value(f.Metric, Math.Round(c, 1), facts.Currency) : "–",
                        f.Previous is { } p ? Value(f.Metric, Math.Round(p, 1), facts.Currency) : "–",
                        f.ChangePercent is { } ch ? Signed(ch) : "–",
                    ])).ToArray());
                if (AgreementText(facts) is { } agreement)
                {
                    yield return new TextBlock(agreement);
                }

                break;
            default:
                yield return new TextBlock(string.Join("\n", SectionLines(digest, section).Select(l => "• " + l)));
                break;
        }
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
