using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlignmentBot.Storage.Copy;

/// <summary>
/// Turns what either engine returns for a column into one CLR value, and that value into one canonical text, so
/// a row read from SQLite and the same row read back from PostgreSQL hash the same.
/// </summary>
internal static class ColumnValues
{
    public static object? Normalize(object? raw, ColumnKind kind)
    {
        if (raw is null or DBNull)
        {
            return null;
        }

        return kind switch
        {
            ColumnKind.Text => Convert.ToString(raw, CultureInfo.InvariantCulture),
            ColumnKind.Uuid => raw is Guid g ? g : Guid.Parse((string)raw, CultureInfo.InvariantCulture),
            ColumnKind.Date => raw switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                _ => DateOnly.ParseExact((string)raw, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            },

            // PostgreSQL keeps microseconds; SQLite's text keeps ticks. Both sides are compared at microseconds.
            ColumnKind.Timestamp => ToMicroseconds(raw switch
            {
                DateTimeOffset t => t.ToUniversalTime(),
                DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
                _ => DateTimeOffset.Parse((string)raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            }),
            ColumnKind.Numeric => raw is string s ? decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : Convert.ToDecimal(raw, CultureInfo.InvariantCulture),
            ColumnKind.Integer => Convert.ToInt32(raw, CultureInfo.InvariantCulture),
            ColumnKind.BigInt => Convert.ToInt64(raw, CultureInfo.InvariantCulture),
            ColumnKind.Boolean => raw is bool b ? b : Convert.ToInt64(raw, CultureInfo.InvariantCulture) != 0,
            ColumnKind.Bytes => (byte[])raw,
            _ => raw,
        };
    }

    public static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => "s" + s,
        Guid g => "u" + g.ToString("D"),
        DateOnly d => "d" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => "t" + t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        decimal m => "n" + Number(m),
        int or long => "i" + Convert.ToString(value, CultureInfo.InvariantCulture),
        bool b => b ? "b1" : "b0",
        byte[] bytes => "x" + Convert.ToBase64String(bytes),
        double f => "f" + f.ToString("R", CultureInfo.InvariantCulture),
        _ => "?" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A row's hash: each canonical value length-prefixed, so no two different rows can concatenate alike.</summary>
    public static UInt128 RowHash(IReadOnlyList<object?> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var canonical = Canonical(value);
            text.Append(canonical.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(canonical);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }

    private static DateTimeOffset ToMicroseconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    // 120, 120.0 and 120.00 are one amount; the engines keep whichever scale was written.
    private static string Number(decimal m)
    {
        var text = m.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
