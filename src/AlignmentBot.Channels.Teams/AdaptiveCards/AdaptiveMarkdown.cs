using System.Buffers;
using System.Text;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

/// <summary>
/// Text shown as written in an Adaptive Card. TextBlock reads a markdown subset (and FactSet and Table cells are drawn
/// with TextBlocks): <c>**bold**</c>, <c>_italic_</c>, <c>[text](url)</c> links, and lists at the start of a line. Each
/// character that would start one of those gets a backslash, the CommonMark escape the card renderers honour, so a
/// person's "[click](http://…)" or "**urgent**" reads as they typed it instead of becoming a live link or bold.
/// </summary>
/// <remarks>
/// Only what could be read as markup is escaped (an ampersand only before an entity name, a "&lt;" only before what
/// could be a tag or an autolink, list markers only at the start of a line), so ordinary text stays free of
/// backslashes for the older mobile renderers that show them.
/// </remarks>
internal static class AdaptiveMarkdown
{
    private static readonly SearchValues<char> Alphanumerics = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static string Escape(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && LineMarker(text, i) is { } marker)
            {
                // "# ", "> ", "- ", "+ ", "1. ", "1) " at the start of a line: escape the marker's last character.
                result.Append(text, i, marker).Append('\\').Append(text[i + marker]);
                i += marker;
                lineStart = false;
                continue;
            }

            switch (c)
            {
                case '\\' or '*' or '_' or '`' or '[' or ']' or '~':
                case '&' when IsEntity(text, i):
                case '<' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'):
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }

            if (c == '\n')
            {
                lineStart = true;
            }
            else if (c is not (' ' or '\t'))
            {
                lineStart = false;
            }
        }

        return result.ToString();
    }

    /// <summary>How many characters precede the marker character to escape, when a block marker starts at <paramref name="i"/>.</summary>
    private static int? LineMarker(string text, int i)
    {
        var c = text[i];
        var spaceAfter = i + 1 >= text.Length || text[i + 1] is ' ' or '\t';
        if (c == '>' || (c is '#' or '-' or '+' && spaceAfter))
        {
            return 0;
        }

        var digits = 0;
        while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits]) && digits < 9)
        {
            digits++;
        }

        var end = i + digits;
        return digits > 0 && end < text.Length && text[end] is '.' or ')' && (end + 1 >= text.Length || text[end + 1] is ' ' or '\t') ? digits : null;
    }

    // "&amp;", "&#38;", "&#x26;": an HTML entity the markdown would decode.
    private static bool IsEntity(string text, int i)
    {
        var end = text.IndexOf(';', i + 1);
        if (end < 0 || end - i > 32 || end == i + 1)
        {
            return false;
        }

        var name = text.AsSpan(i + 1, end - i - 1);
        if (name[0] != '#')
        {
            return char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(Alphanumerics);
        }

        var number = name[1..];
        return number is ['x' or 'X', _, ..] ? !number[1..].ContainsAnyExcept(HexDigits) : number.Length > 0 && !number.ContainsAnyExcept(Digits);
    }
}
