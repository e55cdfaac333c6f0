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
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(signingSecret, timestamp, body, mac);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }

    private static void Mac(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
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

        // The MAC is computed over the body where it lies (no copied base string) and compared as bytes.
        var given = signature.AsSpan().Trim();
        Span<byte> givenMac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!given.StartsWith(Version + "=", StringComparison.OrdinalIgnoreCase)
            || given.Length != Version.Length + 1 + (2 * HMACSHA256.HashSizeInBytes)
            || Convert.FromHexString(given[(Version.Length + 1)..], givenMac, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != givenMac.Length)
        {
            return SignatureCheck.Mismatch;
        }

        Span<byte> expectedMac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(signingSecret, timestamp, body, expectedMac);
        return CryptographicOperations.FixedTimeEquals(expectedMac, givenMac) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
