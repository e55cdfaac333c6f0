namespace AlignmentBot.Domain.Digests;

/// <summary>The result of reading a schedule phrase. The Has* flags say what the phrase itself named.</summary>
/// <param name="Problem">Why no schedule could be read, as a sentence to show the person.</param>
public sealed record DigestScheduleParse(
    DigestSchedule? Schedule,
    bool HasDay,
    bool HasTime,
    bool HasCadence,
    bool HasTimeZone,
    string? Problem = null)
{
    public bool Succeeded => Schedule is not null;

    /// <summary>True when the phrase named any part of a schedule (so "send the digest here" alone falls back to defaults).</summary>
    public bool NamedAnything => HasDay || HasTime || HasCadence || HasTimeZone;
}
