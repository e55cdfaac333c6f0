using System.Text.Json;
using AlignmentBot.Channels.Teams.AdaptiveCards;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// Turns an <see cref="OutgoingMessage"/> into message activities. Teams refuses messages over about 100 KB
/// (413 MessageSizeTooBig), so a card that would exceed <see cref="MaxActivityBytes"/> is split across several
/// messages along its largest table, and over-long paragraphs are shortened.
/// </summary>
internal static class OutgoingActivityFactory
{
    /// <summary>Teams' limit is about 100 KB; its guidance is to stay at or under 80 KB.</summary>
    public const int MaxActivityBytes = 80_000;

    private const int MaxTextLength = 20_000;

    public static IReadOnlyList<Activity> Create(OutgoingMessage message, string? locale = null, int maxBytes = MaxActivityBytes)
    {
        if (message.File is { } file)
        {
            // Outside Teams (the web chat, the Emulator) a file travels inline as a data URL; Teams gets a consent card (TeamsFileOffers).
            return [Text(Truncate(message.Text, MaxTextLength), locale) with
            {
                Attachments = [new Attachment { ContentType = file.ContentType, Name = file.Name, ContentUrl = $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content)}" }],
            }];
        }

        if (message.Card is null)
        {
            return [Text(Truncate(message.Text, MaxTextLength), locale)];
        }

        var whole = CardActivity(message.Card, message.Text, locale);
        if (Size(whole) <= maxBytes)
        {
            return [whole];
        }

        var card = message.Card with { Blocks = [.. message.Card.Blocks.Select(ShortenText)] };
        var table = card.Blocks.OfType<TableBlock>().OrderByDescending(t => t.Rows.Count).FirstOrDefault();
        if (table is null || table.Rows.Count < 2)
        {
            return [CardActivity(card, message.Text, locale)];
        }

        // Start from the least number of parts that could fit, rather than re-measuring from two.
        var estimate = (int)Math.Ceiling(Size(CardActivity(card, message.Text, locale)) / (double)maxBytes);
        for (var parts = Math.Clamp(estimate, 2, table.Rows.Count); parts <= table.Rows.Count; parts++)
        {
            var activities = Split(card, table, parts).Select((c, i) => CardActivity(c, i == 0 ? message.Text : $"{message.Text} (part {i + 1} of {parts})", locale)).ToList();
            if (activities.All(a => Size(a) <= maxBytes))
            {
                return activities;
            }
        }

        return [.. Split(card, table, table.Rows.Count).Select(c => CardActivity(c, message.Text, locale))];
    }

    public static Activity CardActivity(Card card, string text, string? locale) => new()
    {
        Type = ActivityTypes.Message,
        // The text is the notification preview and what screen readers and card-less clients show.
        Summary = Truncate(text, 500),
        Locale = locale,
        Attachments = [new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = JsonSerializer.SerializeToElement(AdaptiveCardRenderer.Render(card, text), TeamsJsonContext.Default.AdaptiveCard),
        }],
    };

    private static Activity Text(string text, string? locale) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        Locale = locale,
    };

    /// <summary>The card in <paramref name="parts"/> pieces: blocks before the table and the title go first, blocks after it and the buttons last.</summary>
    private static IEnumerable<Card> Split(Card card, TableBlock table, int parts)
    {
        var index = card.Blocks.ToList().IndexOf(table);
        var before = card.Blocks.Take(index).ToList();
        var after = card.Blocks.Skip(index + 1).ToList();
        var size = (int)Math.Ceiling(table.Rows.Count / (double)parts);
        var chunks = table.Rows.Chunk(size).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var first = i == 0;
            var last = i == chunks.Count - 1;
            List<CardBlock> blocks = [.. first ? before : [], new TableBlock(table.Columns, chunks[i]), .. last ? after : []];
            yield return card with
            {
                Title = first ? card.Title : $"{card.Title} (continued)".Trim(),
                Blocks = blocks,
                Actions = last ? card.Actions : null,
            };
        }
    }

    private static CardBlock ShortenText(CardBlock block) => block is TextBlock text && text.Text.Length > MaxTextLength ? text with { Text = Truncate(text.Text, MaxTextLength) } : block;

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    public static int Size(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJsonContext.Default.Activity).Length;
}
