using System.Text;
using System.Text.RegularExpressions;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// Our neutral markdown subset (**bold**, _italic_, "• " bullets, line breaks) to Slack mrkdwn (_italic_ and bullets are
/// the same there), and text shown as written. Places that take plain_text (headers, labels, buttons, modal titles) get
/// the card's strings as they are: they are plain text already, and plain_text is not parsed for links or formatting.
/// </summary>
internal static partial class Mrkdwn
{
    // Slack treats &, < and > as control characters in text (escaped once here); everything else passes through.
    public static string FromMarkdown(string text) => Bold().Replace(SlackText.Escape(text), "*$1*");

    /// <summary>Text shown as written (what a person typed): escaped for Slack, none of our markdown applied.</summary>
    public static string Literal(string text) => SlackText.Escape(text);

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

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();
}
