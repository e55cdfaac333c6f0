using System.Text;
using System.Text.RegularExpressions;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// Our neutral markdown subset (**bold**, _italic_, "• " bullets, line breaks) to Slack mrkdwn, and to plain text
/// for places that take no formatting (headers, labels, modal titles).
/// </summary>
internal static partial class Mrkdwn
{
    public static string FromMarkdown(string text)
    {
        // Slack treats &, < and > as control characters in text; everything else passes through. A user mention
        // ("<@U123>", as a refusal names who can) stays one, so Slack shows the person's name.
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        return Bold().Replace(EscapedMention().Replace(escaped, "<@$1>"), "*$1*");
    }

    public static string ToPlain(string text) => Italic().Replace(Bold().Replace(text, "$1"), "$1");

    /// <summary>Splits text into chunks of at most <paramref name="max"/> characters, preferring paragraph, line, then word boundaries.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var window = rest.AsSpan(0, max);
            var cut = LastBreak(window, "\n\n", max / 2) ?? LastBreak(window, "\n", max / 2) ?? LastBreak(window, " ", max / 2) ?? max;
            if (char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static int? LastBreak(ReadOnlySpan<char> window, string separator, int minimum)
    {
        var index = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
        return index >= minimum ? index + separator.Length : null;
    }

    [GeneratedRegex(@"&lt;@([UW][A-Z0-9]{2,})&gt;")]
    private static partial Regex EscapedMention();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();

    // Only underscores at word edges, so "follow_up_time" stays intact.
    [GeneratedRegex(@"(?<![\w])_(\S(?:.*?\S)?)_(?![\w])")]
    private static partial Regex Italic();
}
