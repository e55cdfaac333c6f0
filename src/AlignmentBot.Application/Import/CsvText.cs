namespace AlignmentBot.Application.Import;

/// <summary>A CSV file's text and the encoding it was read in, or why it cannot be read (then <see cref="Text"/> is null).</summary>
/// <param name="Guessed">No byte-order mark and not UTF-8: the encoding is a guess the person should check.</param>
public sealed record CsvText(string? Text, string? Encoding, bool Guessed, string? Problem)
{
    public static CsvText Refused(string problem) => new(null, null, false, problem);
}
