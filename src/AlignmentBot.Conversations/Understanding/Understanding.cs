namespace AlignmentBot.Conversations.Understanding;

/// <param name="Intent">One of the intents in docs/contracts.md, or "none".</param>
/// <param name="Score">The classifier's probability for <paramref name="Intent"/>, 0–1.</param>
public sealed record Understanding(string Intent, double Score, Entities Entities, string Text)
{
    public const string NoneIntent = "none";

    public bool Is(string intent) => string.Equals(Intent, intent, StringComparison.Ordinal);
}
