using System.Globalization;
using AlignmentBot.Conversations.Cards;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

/// <summary>
/// Draws a channel-neutral <see cref="Card"/> as an Adaptive Card 1.5. Markdown reaches the card only from the bot's own
/// paragraphs; the title, facts, table cells and literal paragraphs are escaped (<see cref="AdaptiveMarkdown"/>), so what
/// people typed is shown as they typed it.
/// </summary>
internal static class AdaptiveCardRenderer
{
    /// <summary>Up to this many choices show as radio buttons; more become a drop-down.</summary>
    private const int ExpandedChoiceLimit = 4;

    public static AdaptiveCard Render(Card card, string? fallbackText)
    {
        var body = new List<AdaptiveElement>();
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            body.Add(new AdaptiveTextBlock(AdaptiveMarkdown.Escape(card.Title)) { Size = "Medium", Weight = "Bolder" });
        }

        var separateNext = false;
        foreach (var block in card.Blocks)
        {
            if (block is DividerBlock)
            {
                separateNext = body.Count > 0;
                continue;
            }

            var elements = RenderBlock(block);
            if (separateNext && elements.Count > 0)
            {
                elements[0] = elements[0] with { Separator = true, Spacing = "Medium" };
                separateNext = false;
            }

            body.AddRange(elements);
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = card.ActionList.Count == 0 ? null : [.. card.ActionList.Select(a => RenderAction(a, card.Id))],
            FallbackText = fallbackText,
            MsTeams = card.Blocks.Any(b => b is TableBlock) ? new TeamsCardProperties("Full") : null,
        };
    }

    private static List<AdaptiveElement> RenderBlock(CardBlock block) => block switch
    {
        TextBlock text => [.. RenderText(text)],
        FactsBlock facts => [new AdaptiveFactSet([.. facts.Facts.Select(f => new AdaptiveFact(AdaptiveMarkdown.Escape(f.Label), AdaptiveMarkdown.Escape(f.Value)))])],
        TableBlock table => [RenderTable(table)],
        TextInput { Kind: InputKind.Number } number => [new AdaptiveNumberInput(number.Id, number.Label)
        {
            Value = decimal.TryParse(number.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
            Placeholder = number.Placeholder,
            IsRequired = number.Required ? true : null,
            ErrorMessage = number.Required ? $"Enter {number.Label.ToLowerInvariant()} as a number." : null,
        }],
        TextInput { Kind: InputKind.Secret } secret => [new AdaptiveTextInput(secret.Id, secret.Label)
        {
            Placeholder = secret.Placeholder,
            Style = "password",
            IsRequired = secret.Required ? true : null,
            ErrorMessage = secret.Required ? $"{secret.Label} is required." : null,
        }],
        TextInput text => [new AdaptiveTextInput(text.Id, text.Label)
        {
            Value = text.Value,
            Placeholder = text.Placeholder,
            IsMultiline = text.Multiline ? true : null,
            IsRequired = text.Required ? true : null,
            ErrorMessage = text.Required ? $"{text.Label} is required." : null,
        }],
        DateInput date => [new AdaptiveDateInput(date.Id, date.Label)
        {
            Value = date.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IsRequired = date.Required ? true : null,
            ErrorMessage = date.Required ? $"Pick {date.Label.ToLowerInvariant()}." : null,
        }],
        PersonInput person => [new AdaptiveChoiceSetInput(person.Id, person.Label, [.. person.Known.Select(c => new AdaptiveChoice(c.Title, c.Value))])
        {
            Value = person.Known.Any(c => c.Value == person.Value) ? person.Value : null,
            Style = "filtered",
            ChoicesData = new AdaptiveDataQuery(AdaptiveDataQuery.People),
            IsRequired = person.Required ? true : null,
            ErrorMessage = person.Required ? $"Choose {person.Label.ToLowerInvariant()}." : null,
        }],
        ChoiceInput choice => [new AdaptiveChoiceSetInput(choice.Id, choice.Label, [.. choice.Choices.Select(c => new AdaptiveChoice(c.Title, c.Value))])
        {
            Value = choice.Value,
            Style = choice.Choices.Count <= ExpandedChoiceLimit ? "expanded" : "compact",
            IsRequired = choice.Required ? true : null,
            ErrorMessage = choice.Required ? $"Choose {choice.Label.ToLowerInvariant()}." : null,
        }],
        _ => [new AdaptiveTextBlock(AdaptiveMarkdown.Escape(block.ToString() ?? ""))],
    };

    // One TextBlock per line: Adaptive Card markdown folds single line breaks into spaces.
    private static IEnumerable<AdaptiveTextBlock> RenderText(TextBlock text)
    {
        var lines = text.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = text.Literal ? AdaptiveMarkdown.Escape(lines[i]) : lines[i];
            var block = text.Style switch
            {
                TextStyle.Heading => new AdaptiveTextBlock(line) { Weight = "Bolder" },
                TextStyle.Subtle => new AdaptiveTextBlock(line) { IsSubtle = true },
                TextStyle.Good => new AdaptiveTextBlock(line) { Color = "Good" },
                TextStyle.Warning => new AdaptiveTextBlock(line) { Color = "Warning" },
                TextStyle.Attention => new AdaptiveTextBlock(line) { Color = "Attention" },
                _ => new AdaptiveTextBlock(line),
            };
            yield return i == 0 ? block : block with { Spacing = "None" };
        }
    }

    private static AdaptiveTable RenderTable(TableBlock table)
    {
        var width = Math.Max(table.Columns.Count, table.Rows.Count == 0 ? 1 : table.Rows.Max(r => r.Cells.Count));
        var header = new AdaptiveTableRow([.. Pad(table.Columns, width).Select(c => Cell(c, bold: true))]);
        var rows = table.Rows.Select(r => new AdaptiveTableRow([.. Pad(r.Cells, width).Select(c => Cell(c, bold: false))]) { Style = Style(r.Tone) });
        return new AdaptiveTable([.. Enumerable.Range(0, width).Select(i => new AdaptiveTableColumn(i == 0 ? 3 : 2))], [header, .. rows]);

        static AdaptiveTableCell Cell(string text, bool bold) => new([new AdaptiveTextBlock(AdaptiveMarkdown.Escape(text)) { Weight = bold ? "Bolder" : null }]);

        static IEnumerable<string> Pad(IReadOnlyList<string> cells, int width) => cells.Concat(Enumerable.Repeat("", Math.Max(0, width - cells.Count)));

        static string? Style(Tone tone) => tone switch
        {
            Tone.Good => "good",
            Tone.Warning => "warning",
            Tone.Attention => "attention",
            _ => null,
        };
    }

    private static AdaptiveExecuteAction RenderAction(CardAction action, string? cardId)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in action.Data ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        data[SubmitData.Verb] = action.Verb;
        if (cardId is not null)
        {
            data[SubmitData.CardId] = cardId;
        }

        var style = action.Style switch
        {
            ActionStyle.Primary => "positive",
            ActionStyle.Destructive => "destructive",
            _ => null,
        };
        return new AdaptiveExecuteAction(action.Title, action.Verb)
        {
            Style = style,
            Data = data,
            Fallback = new AdaptiveSubmitAction(action.Title) { Style = style, Data = data },
        };
    }
}
