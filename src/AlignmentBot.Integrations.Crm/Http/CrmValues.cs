using System.Globalization;

namespace AlignmentBot.Integrations.Crm.Http;

/// <summary>Values as the CRMs write them: ISO 8601 or epoch-millisecond timestamps, "1000.50" amounts, "true"/"false".</summary>
internal static class CrmValues
{
    public static DateTimeOffset? Timestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (t.All(char.IsAsciiDigit) && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        // Salesforce writes "2024-05-20T20:49:32.000+0000" (no colon in the offset), which the round-trip parse refuses.
        if (t.Length > 5 && (t[^5] == '+' || t[^5] == '-') && t[^4..].All(char.IsAsciiDigit))
        {
            t = t[..^2] + ":" + t[^2..];
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at.ToUniversalTime() : null;
    }

    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return Timestamp(text) is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;
    }

    public static decimal? Number(string? text)
        => decimal.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? Flag(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public static string EpochMilliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Removes a secret from text that came back from a CRM, in case an error message ever quotes it.</summary>
    public static string Scrub(string text, string secret)
        => secret.Length >= 8 ? text.Replace(secret, "(secret)", StringComparison.Ordinal) : text;
}
