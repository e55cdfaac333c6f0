namespace AlignmentBot.Conversations.Messages;

/// <summary>A button press or form submit coming back from a card, channel-neutral.</summary>
/// <param name="Verb">The <see cref="Cards.CardAction.Verb"/> of the action pressed.</param>
/// <param name="Values">The action's <see cref="Cards.CardAction.Data"/> merged with every input's value keyed by input id (inputs win).</param>
/// <param name="CardId">The <see cref="Cards.Card.Id"/> of the card the action was on, when known.</param>
public sealed record CardSubmission(string Verb, IReadOnlyDictionary<string, string> Values, string? CardId = null)
{
    public string? Value(string key) => Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
