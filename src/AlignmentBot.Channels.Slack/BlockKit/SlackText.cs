using System.Text;
using System.Text.RegularExpressions;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// Slack's text format, decoded once on the way in and escaped once on the way out. Slack sends message and command
/// text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as <c>&amp;amp;</c>, <c>&amp;lt;</c> and <c>&amp;gt;</c>, and
/// with control sequences in angle brackets for links, channels, people and broadcasts; mrkdwn going out must escape
/// the same three characters. Modal inputs (view_submission values) are not encoded and are never decoded.
/// </summary>
/// <remarks>
/// What a person typed is what is stored: "R&amp;amp;D &amp;lt;urgent&amp;gt;" becomes "R&amp;D &lt;urgent&gt;".
/// People (<c>&lt;@U…&gt;</c>) and unnamed channels (<c>&lt;#C…&gt;</c>) stay references: the bot resolves people from
/// them, and Slack shows them as names when they go back out, so <see cref="Escape"/> passes them through. Links become
/// the text that was typed, broadcasts (<c>&lt;!here&gt;</c>) their plain words, so the bot never re-broadcasts one.
/// </remarks>
internal static partial class SlackText
{
    /// <summary>Message, slash command or shortcut text from Slack, as the person typed it.</summary>
    public static string Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.IndexOfAny(['&', '<']) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (Match sequence in ControlSequence().Matches(text))
        {
            result.Append(Entities(text.AsSpan(at, sequence.Index - at)));
            result.Append(Sequence(sequence.Value, sequence.Groups["body"].Value));
            at = sequence.Index + sequence.Length;
        }

        result.Append(Entities(text.AsSpan(at)));
        return result.ToString();
    }

    /// <summary>Text for mrkdwn or a message's top-level text: <c>&amp; &lt; &gt;</c> escaped exactly once; person and channel references kept.</summary>
    public static string Escape(string text)
    {
        if (text.IndexOfAny(['&', '<', '>']) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (Match reference in Reference().Matches(text))
        {
            EscapeInto(result, text.AsSpan(at, reference.Index - at));
            result.Append(reference.Value);
            at = reference.Index + reference.Length;
        }

        EscapeInto(result, text.AsSpan(at));
        return result.ToString();
    }

    private static string Sequence(string raw, string body)
    {
        if (Reference().IsMatch(raw))
        {
            return raw;
        }

        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var target = Entities(bar < 0 ? body : body.AsSpan(0, bar));
        var label = bar < 0 ? null : Entities(body.AsSpan(bar + 1));
        switch (target)
        {
            case ['#', ..]:
                return label is { Length: > 0 } ? "#" + label : target;
            case ['!', ..]:
                // <!here>, <!channel>, <!everyone>; <!subteam^S123|@group>; <!date^…|fallback>.
                return label is { Length: > 0 } ? label : "@" + target[1..].Split('^')[0];
        }

        if (label is null or "")
        {
            return target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target["mailto:".Length..] : target;
        }

        // Slack links what looks like an address ("acme.com", "a@b.com") with the typed words as the label.
        var bare = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target["mailto:".Length..]
            : target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? target["https://".Length..]
            : target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? target["http://".Length..]
            : target;
        return string.Equals(label, target, StringComparison.Ordinal) || string.Equals(label, bare, StringComparison.OrdinalIgnoreCase) || string.Equals(label, bare.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? label
            : $"{label} ({target})";
    }

    // One pass, so "&amp;lt;" (a person typing "&lt;") stays "&lt;".
    private static string Entities(ReadOnlySpan<char> text)
        => text.IndexOf('&') < 0 ? text.ToString() : Entity().Replace(text.ToString(), m => m.Groups[1].Value switch
        {
            "amp" => "&",
            "lt" => "<",
            _ => ">",
        });

    private static void EscapeInto(StringBuilder result, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                _ => result.Append(c),
            };
        }
    }

    [GeneratedRegex("<(?<body>[^<>]*)>")]
    private static partial Regex ControlSequence();

    /// <summary>A person (&lt;@U…&gt;, &lt;@W…&gt;, with or without |name) or a channel without a name (&lt;#C…&gt;).</summary>
    [GeneratedRegex(@"<@[UWB][A-Z0-9]+(?:\|[^<>|]*)?>|<#[CGD][A-Z0-9]+>")]
    private static partial Regex Reference();

    [GeneratedRegex("&(amp|lt|gt);")]
    private static partial Regex Entity();
}
