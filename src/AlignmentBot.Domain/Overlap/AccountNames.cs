using System.Text;

namespace AlignmentBot.Domain.Overlap;

/// <summary>Makes "Acme, Inc.", "ACME Inc" and "www.acme.com" the same account.</summary>
public static class AccountNames
{
    private static readonly string[] LegalSuffixes =
        ["inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "bv", "nv", "plc", "corp", "corporation", "co", "company", "pty", "srl", "oy", "ab", "as"];

    private static readonly string[] DomainSuffixes = [".com", ".io", ".co", ".net", ".org", ".ai", ".de", ".co.uk", ".uk", ".fr", ".nl", ".es", ".it", ".eu", ".us", ".ca", ".com.au", ".au"];

    public static string Normalize(string account)
    {
        var text = account.Trim().ToLowerInvariant();
        if (!text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal))
        {
            text = StripDomain(text);
        }

        var words = new StringBuilder();
        var parts = text.Split([' ', ',', '.', '&', '-', '/', '(', ')', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var word = parts[i] == "and" ? string.Empty : parts[i];
            var isLast = i == parts.Length - 1;
            if (isLast && i > 0 && Array.IndexOf(LegalSuffixes, word) >= 0)
            {
                continue;
            }

            words.Append(word);
        }

        // "Acme Holdings Inc" → drop trailing legal suffixes repeatedly only once; keep it predictable.
        return words.Length == 0 ? text : words.ToString();
    }

    private static string StripDomain(string text)
    {
        if (text.StartsWith("http://", StringComparison.Ordinal))
        {
            text = text[7..];
        }
        else if (text.StartsWith("https://", StringComparison.Ordinal))
        {
            text = text[8..];
        }

        text = text.Split('/')[0];
        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        foreach (var suffix in DomainSuffixes.OrderByDescending(s => s.Length))
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length)
            {
                return text[..^suffix.Length];
            }
        }

        return text;
    }
}
