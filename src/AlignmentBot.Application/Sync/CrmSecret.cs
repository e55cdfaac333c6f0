namespace AlignmentBot.Application.Sync;

/// <summary>
/// An access token, client secret or private key in memory. Its ToString never shows the value, so a record that
/// holds one can be logged or printed safely; only the protocol client calls <see cref="Reveal"/>.
/// </summary>
public sealed class CrmSecret(string value)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(value);

    public string Reveal() => value;

    public override string ToString() => "(secret)";
}
