using System.Text;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Host.Cli;

/// <summary>Cards as plain text for the terminal: facts aligned, tables in columns, buttons numbered.</summary>
internal static class TerminalCard
{
    public static string Render(OutgoingMessage message)
    {
        if (message.Card is not { } card)
        {
            return Plain(message.Text);
        }

        var text = new StringBuilder();
        if (card.Title is not null)
        {
            text.AppendLine($"── {card.Title} ──");
        }

        foreach (var block in card.Blocks)
        {
            switch (block)
            {
                case TextBlock t:
                    text.AppendLine(Plain(t.Text));
                    break;
                case FactsBlock f:
                    var width = f.Facts.Max(x => x.Label.Length);
                    foreach (var fact in f.Facts)
                    {
                        text.AppendLine($"  {fact.Label.PadRight(width)}  {fact.Value}");
                    }

                    break;
                case TableBlock table:
                    var widths = table.Columns.Select((c, i) => Math.Max(c.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells[i].Length))).ToArray();
                    text.AppendLine("  " + string.Join("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))));
                    foreach (var row in table.Rows)
                    {
                        text.AppendLine("  " + string.Join("  ", row.Cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                    }

                    break;
                case CardInput input:
                    text.AppendLine($"  ▢ {input.Label}{(input.Required ? " *" : string.Empty)}");
                    break;
                case DividerBlock:
                    text.AppendLine("  ─────");
                    break;
            }
        }

        var actions = card.ActionList;
        if (actions.Count > 0)
        {
            text.AppendLine(string.Join("  ", actions.Select((a, i) => $"[{i + 1}] {a.Title}")));
        }

        return text.ToString().TrimEnd();
    }

    private static string Plain(string markdown) => markdown.Replace("**", string.Empty, StringComparison.Ordinal);
}
