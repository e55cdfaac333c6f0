using System.Text;

namespace AlignmentBot.Application.Import;

/// <summary>
/// Which encoding a CSV file is in, and its text. A byte-order mark decides (UTF-8, UTF-16 LE or BE, UTF-32 LE or BE);
/// without one the bytes must be valid UTF-8, or else they are read as Windows-1252 (what Excel's "CSV" saves on
/// Windows; a superset of Latin-1's printable characters), and the result says it was a guess so the person can check.
/// Bytes that are none of these (NUL bytes, a byte Windows-1252 leaves undefined, control characters) are refused: a
/// wrong guess would store replacement characters or mojibake without a word.
/// </summary>
public static class CsvEncoding
{
    public const string Utf8 = "UTF-8";
    public const string Windows1252 = "Windows-1252";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Built into .NET (System.Text.Encoding.CodePages) but not registered by default; asked for directly, nothing global changes.
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    // The five bytes Windows-1252 does not define.
    private static readonly byte[] Undefined1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    public static CsvText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Strict(bytes[4..], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "UTF-8 with a byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 BE");
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return CsvText.Refused($"byte {nul + 1} is a NUL, which no CSV text holds: the file is UTF-16 without a byte-order mark, or not a CSV at all. Save it as \"CSV UTF-8\" and import it again.");
        }

        try
        {
            return Checked(StrictUtf8.GetString(bytes), Utf8, guessed: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Windows-1252, unless a byte it does not define is there.
        }

        if (bytes.IndexOfAny(Undefined1252) is var undefined and >= 0)
        {
            return CsvText.Refused($"it is neither UTF-8, UTF-16 nor Windows-1252 (byte {undefined + 1} is 0x{bytes[undefined]:X2}, which none of them allows there). Save it as \"CSV UTF-8\" and import it again.");
        }

        return Checked(Cp1252.GetString(bytes), Windows1252, guessed: true);
    }

    private static CsvText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return Checked(encoding.GetString(bytes), name, guessed: false);
        }
        catch (DecoderFallbackException)
        {
            return CsvText.Refused($"it starts with the byte-order mark of {name} but the rest is not valid {name}. Save it as \"CSV UTF-8\" and import it again.");
        }
    }

    /// <summary>Text holds no C0 control characters but tab and line breaks; anything else means the bytes were not text.</summary>
    private static CsvText Checked(string text, string name, bool guessed)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] < ' ' || text[i] == '\u007F') && text[i] is not ('\t' or '\r' or '\n'))
            {
                return CsvText.Refused($"read as {name} it holds control character U+{(int)text[i]:X4} at character {i + 1}, so it is not a CSV text file. Save it as \"CSV UTF-8\" and import it again.");
            }
        }

        return new CsvText(text, name, guessed, null);
    }
}
