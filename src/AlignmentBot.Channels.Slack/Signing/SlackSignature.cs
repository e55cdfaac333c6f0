using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlignmentBot.Channels.Slack.Signing;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 over "v0:{timestamp}:{raw body}" keyed with the signing secret.
/// Unlike SlackNet this checks the replay window and compares in constant time, and it never passes
/// a request when no secret is configured.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Slack's documented replay window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var baseString = new byte[prefix.Length + body.Length];
        prefix.CopyTo(baseString, 0);
        body.CopyTo(baseString.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), baseString);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }

    public static SignatureCheck Verify(string? signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret))
        {
            return SignatureCheck.NotConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            return SignatureCheck.MalformedTimestamp;
        }

        // Both directions: an old request is a replay; one far in the future is a forged or badly skewed one.
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window)
        {
            return SignatureCheck.OutsideWindow;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
