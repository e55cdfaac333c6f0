using System.Globalization;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Conversations.Messages;
using Cards = AlignmentBot.Conversations.Cards;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// Channel-neutral cards to Block Kit, always within Slack's limits: long text is split, wide content summarised,
/// and a form becomes a summary with a button that opens it as a modal (inputs cannot live in a message).
/// Every string is escaped for Slack exactly once; our markdown is applied only to the bot's own paragraphs, so the
/// title, facts, table cells and literal paragraphs (what people typed) are shown as written.
/// </summary>
internal sealed partial class BlockKitRenderer(ISlackFormStore forms)
{
    /// <summary>Above this many rows a table is drawn as one preformatted block instead of a section per row.</summary>
    public const int MaxRowSections = 20;

    private const string TruncatedNotice = "_There is more than Slack can show here. Ask me for the details._";

    public RenderedMessage Message(OutgoingMessage message)
    {
        var text = BlockKitLimits.Fit(Mrkdwn.FromMarkdown(message.Text), BlockKitLimits.MessageText);
        return message.Card is null
            ? new RenderedMessage(text, null)
            : new RenderedMessage(text, CardBlocks(message.Card, BlockKitLimits.MessageBlocks));
    }

    /// <summary>App Home: the cards in order, divided, within the 100-block limit.</summary>
    public SlackView Home(IReadOnlyList<Cards.Card> cards)
    {
        var blocks = new List<Block>();
        foreach (var card in cards)
        {
            if (blocks.Count > 0)
            {
                blocks.Add(new SlackDivider());
            }

            blocks.AddRange(CardBlocks(card, BlockKitLimits.ViewBlocks));
        }

        return new SlackView(SlackView.Home, Budget(blocks, [], BlockKitLimits.ViewBlocks));
    }

    public SlackView Modal(Cards.Card form, string privateMetadata)
    {
        var submit = SubmitAction(form);
        var title = form.Title ?? "AlignmentBot";
        var blocks = new List<Block>();
        if (title.Length > BlockKitLimits.ViewTitle)
        {
            // The modal title is cut to 24 characters; show the whole of it once in the body.
            blocks.Add(new HeaderBlock(Plain(title, BlockKitLimits.HeaderText)));
        }

        foreach (var block in form.Blocks)
        {
            if (block is Cards.CardInput input)
            {
                blocks.Add(Input(input));
            }
            else
            {
                blocks.AddRange(Content(block));
            }
        }

        return new SlackView(SlackView.Modal, Budget(blocks, [], BlockKitLimits.ViewBlocks))
        {
            Title = Plain(title, BlockKitLimits.ViewTitle),
            Submit = Plain(submit?.Title ?? "Submit", BlockKitLimits.ViewButton),
            Close = Plain("Cancel", BlockKitLimits.ViewButton),
            CallbackId = SlackIds.FormCallback,
            PrivateMetadata = privateMetadata,
        };
    }

    /// <summary>The action a modal's submit button stands for: the primary one, else the first that is not destructive.</summary>
    public static Cards.CardAction? SubmitAction(Cards.Card form)
        => form.ActionList.FirstOrDefault(a => a.Style == Cards.ActionStyle.Primary)
           ?? form.ActionList.FirstOrDefault(a => a.Style != Cards.ActionStyle.Destructive)
           ?? (form.ActionList.Count > 0 ? form.ActionList[0] : null);

    private List<Block> CardBlocks(Cards.Card card, int limit)
    {
        var content = new List<Block>();
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            content.Add(new HeaderBlock(Plain(card.Title, BlockKitLimits.HeaderText)));
        }

        var pendingInputs = new List<Cards.CardInput>();
        foreach (var block in card.Blocks)
        {
            if (block is Cards.CardInput input)
            {
                pendingInputs.Add(input);
                continue;
            }

            content.AddRange(InputSummary(pendingInputs));
            pendingInputs.Clear();
            content.AddRange(Content(block));
        }

        content.AddRange(InputSummary(pendingInputs));
        return Budget(content, Actions(card), limit);
    }

    private IEnumerable<Block> Content(Cards.CardBlock block) => block switch
    {
        Cards.TextBlock text => Text(text),
        Cards.FactsBlock facts => Fields(facts.Facts.Select(f => Field(f.Label, f.Value))),
        Cards.TableBlock table => Table(table),
        Cards.DividerBlock => [new SlackDivider()],
        _ => [],
    };

    private static IEnumerable<Block> Text(Cards.TextBlock block)
    {
        var text = block.Literal ? Mrkdwn.Literal(block.Text) : Mrkdwn.FromMarkdown(block.Text);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        if (block.Style == Cards.TextStyle.Subtle)
        {
            foreach (var chunk in Mrkdwn.Split(text, BlockKitLimits.SectionText))
            {
                yield return new ContextBlock([new MrkdwnText(chunk)]);
            }

            yield break;
        }

        text = block.Style switch
        {
            Cards.TextStyle.Heading => string.Join('\n', text.Split('\n').Select(line => line.Trim().Length == 0 ? line : $"*{line.Trim().Trim('*')}*")),
            Cards.TextStyle.Good => ":white_check_mark: " + text,
            Cards.TextStyle.Warning => ":warning: " + text,
            Cards.TextStyle.Attention => ":red_circle: " + text,
            _ => text,
        };
        foreach (var chunk in Mrkdwn.Split(text, BlockKitLimits.SectionText))
        {
            yield return new SectionBlock { Text = new MrkdwnText(chunk) };
        }
    }

    private static IEnumerable<Block> Fields(IEnumerable<string> fields)
        => fields.Chunk(BlockKitLimits.SectionFields).Select(chunk => new SectionBlock { Fields = chunk.Select(f => (TextObject)new MrkdwnText(f)).ToList() });

    private static string Field(string label, string? value)
        => BlockKitLimits.Fit($"*{Mrkdwn.Literal(label)}*\n{(value is null ? "_not set yet_" : Mrkdwn.Literal(value.Length == 0 ? "–" : value))}", BlockKitLimits.FieldText);

    private static IEnumerable<Block> InputSummary(List<Cards.CardInput> inputs)
        => inputs.Count == 0 ? [] : Fields(inputs.Select(i => Field(i.Label, DisplayValue(i))));

    private static string? DisplayValue(Cards.CardInput input) => input switch
    {
        Cards.TextInput { Kind: Cards.InputKind.Secret } => null,
        Cards.TextInput t => string.IsNullOrWhiteSpace(t.Value) ? null : t.Value,
        Cards.ChoiceInput c => c.Choices.FirstOrDefault(x => x.Value == c.Value)?.Title ?? c.Value,
        Cards.DateInput d => d.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Cards.PersonInput p => p.Value is null ? null : SlackUserId().IsMatch(p.Value) ? $"<@{p.Value}>" : p.Known.FirstOrDefault(k => k.Value == p.Value)?.Title ?? p.Value,
        _ => null,
    };

    private static IEnumerable<Block> Table(Cards.TableBlock table)
    {
        if (table.Rows.Count == 0)
        {
            yield break;
        }

        if (table.Rows.Count <= MaxRowSections)
        {
            foreach (var row in table.Rows)
            {
                yield return new SectionBlock { Text = new MrkdwnText(BlockKitLimits.Fit(RowText(table.Columns, row), BlockKitLimits.SectionText)) };
            }

            yield break;
        }

        // Many rows: a monospaced table keeps it readable in a handful of blocks.
        const string fence = "```";
        foreach (var chunk in Mrkdwn.Split(Preformatted(table), BlockKitLimits.SectionText - (2 * fence.Length) - 2))
        {
            yield return new SectionBlock { Text = new MrkdwnText($"{fence}\n{chunk}\n{fence}") };
        }
    }

    private static string RowText(IReadOnlyList<string> columns, Cards.TableRow row)
    {
        var first = row.Cells.Count > 0 ? row.Cells[0] : string.Empty;
        var name = first.TrimStart(' ', '└', '├', '─', '\u00a0');
        var indent = first[..(first.Length - name.Length)];
        var head = $"{Tone(row.Tone)}{Mrkdwn.Literal(indent)}*{Mrkdwn.Literal(name.Trim())}*";
        var details = row.Cells.Skip(1)
            .Select((cell, i) => (Column: i + 1 < columns.Count ? columns[i + 1] : string.Empty, Cell: cell))
            .Where(x => !string.IsNullOrWhiteSpace(x.Cell) && x.Cell != "–")
            .Select(x => x.Column.Length == 0 ? Mrkdwn.Literal(x.Cell) : $"{Mrkdwn.Literal(x.Column)}: {Mrkdwn.Literal(x.Cell)}");
        var line = string.Join(" · ", details);
        return line.Length == 0 ? head : $"{head}\n{line}";
    }

    private static string Tone(Cards.Tone tone) => tone switch
    {
        Cards.Tone.Good => ":large_green_circle: ",
        Cards.Tone.Warning => ":large_yellow_circle: ",
        Cards.Tone.Attention => ":red_circle: ",
        _ => string.Empty,
    };

    private static string Preformatted(Cards.TableBlock table)
    {
        var width = table.Columns.Count;
        var widths = Enumerable.Range(0, width)
            .Select(i => Math.Min(40, table.Rows.Select(r => i < r.Cells.Count ? r.Cells[i].Length : 0).Append(table.Columns[i].Length).Max()))
            .ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", Enumerable.Range(0, width)
            .Select(i => BlockKitLimits.Fit(i < cells.Count ? cells[i] : string.Empty, widths[i]).PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { Line(table.Columns) };
        lines.AddRange(table.Rows.Select(r => Line(r.Cells)));

        // Inside a code block only &, < and > still need escaping.
        return Mrkdwn.Literal(Mrkdwn.Join(lines)).Replace("*", "∗", StringComparison.Ordinal);
    }

    private List<Block> Actions(Cards.Card card)
    {
        var buttons = new List<ButtonElement>();
        var submit = card.IsForm ? SubmitAction(card) : null;
        if (card.IsForm)
        {
            // Parked in the database for the modal; a secret never goes there, even if a card carried one.
            var key = forms.Save(card.WithoutSecrets());
            buttons.Add(new ButtonElement(SlackIds.OpenFormAction, Plain((submit?.Title ?? "Open form") + "…", BlockKitLimits.ButtonText))
            {
                Value = new ButtonValue { FormKey = key }.Serialize(),
                Style = "primary",
            });
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { SlackIds.OpenFormAction };
        foreach (var action in card.ActionList.Where(a => !ReferenceEquals(a, submit)))
        {
            var actionId = BlockKitLimits.Fit(action.Verb, BlockKitLimits.ActionId - 4);
            for (var n = 2; !used.Add(actionId); n++)
            {
                actionId = $"{BlockKitLimits.Fit(action.Verb, BlockKitLimits.ActionId - 4)}~{n}";
            }

            buttons.Add(new ButtonElement(actionId, Plain(action.Title, BlockKitLimits.ButtonText))
            {
                Value = Value(action, card.Id),
                Style = action.Style switch
                {
                    Cards.ActionStyle.Primary => "primary",
                    Cards.ActionStyle.Destructive => "danger",
                    _ => null,
                },
            });
        }

        return buttons.Chunk(BlockKitLimits.ActionsElements).Select(chunk => (Block)new ActionsBlock(chunk)).ToList();
    }

    private string Value(Cards.CardAction action, string? cardId)
    {
        var value = new ButtonValue { Verb = action.Verb, CardId = cardId, Data = action.Data?.ToDictionary(p => p.Key, p => p.Value) };
        var json = value.Serialize();
        return json.Length <= BlockKitLimits.ButtonValue ? json : new ButtonValue { Verb = action.Verb, FormKey = forms.Save(value) }.Serialize();
    }

    private static InputBlock Input(Cards.CardInput input)
    {
        var id = BlockKitLimits.Fit(input.Id, BlockKitLimits.BlockId);
        BlockElement element = input switch
        {
            Cards.TextInput { Kind: Cards.InputKind.Number } t when t.Value is null || decimal.TryParse(t.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                => new NumberInputElement(id)
                {
                    InitialValue = t.Value is null ? null : decimal.Parse(t.Value, NumberStyles.Number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                    Placeholder = t.Placeholder is null ? null : Plain(t.Placeholder, BlockKitLimits.Placeholder),
                },
            Cards.TextInput t => new PlainTextInputElement(id)
            {
                // Slack has no masked input; a secret is at least never pre-filled.
                InitialValue = t.Value is null || t.Kind == Cards.InputKind.Secret ? null : BlockKitLimits.Fit(t.Value, BlockKitLimits.InitialValue),
                Placeholder = t.Placeholder is null ? null : Plain(t.Placeholder, BlockKitLimits.Placeholder),
                Multiline = t.Multiline,
            },
            Cards.ChoiceInput c => Select(id, c),
            Cards.DateInput d => new DatePickerElement(id) { InitialDate = d.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },

            // Slack's own people picker: its value is a user id. A value that is only a name (someone outside Slack) is not pre-selected.
            Cards.PersonInput p => new UsersSelectElement(id)
            {
                InitialUser = p.Value is { } user && SlackUserId().IsMatch(user) ? user : null,
                Placeholder = Plain("Choose a person…", BlockKitLimits.Placeholder),
            },
            _ => new PlainTextInputElement(id),
        };
        return new InputBlock(Plain(input.Label, BlockKitLimits.InputLabel), element) { BlockId = id, Optional = !input.Required };
    }

    private static StaticSelectElement Select(string id, Cards.ChoiceInput choice)
    {
        var options = choice.Choices.Take(BlockKitLimits.SelectOptions)
            .Select(c => new SelectOption(Plain(c.Title, BlockKitLimits.OptionText), BlockKitLimits.Fit(c.Value, BlockKitLimits.OptionValue)))
            .ToList();
        return new StaticSelectElement(id, options)
        {
            InitialOption = options.FirstOrDefault(o => o.Value == choice.Value),
            Placeholder = Plain("Choose…", BlockKitLimits.Placeholder),
        };
    }

    /// <summary>Keeps the actions (they are how the person answers) and cuts content with a notice when over the limit.</summary>
    private static List<Block> Budget(List<Block> content, List<Block> actions, int limit)
    {
        if (content.Count + actions.Count <= limit)
        {
            return [.. content, .. actions];
        }

        var room = Math.Max(0, limit - actions.Count - 1);
        return [.. content.Take(room), new ContextBlock([new MrkdwnText(TruncatedNotice)]), .. actions.Take(limit - room - 1)];
    }

    private static PlainText Plain(string text, int max) => new(BlockKitLimits.Fit(text.Length == 0 ? " " : text, max));

    [System.Text.RegularExpressions.GeneratedRegex("^[UW][A-Z0-9]{2,}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SlackUserId();
}
