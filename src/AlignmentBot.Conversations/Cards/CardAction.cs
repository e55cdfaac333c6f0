namespace AlignmentBot.Conversations.Cards;

/// <summary>A button. Pressing it sends a <see cref="Messages.CardSubmission"/> with this verb and data (plus the card's inputs).</summary>
/// <param name="Verb">What the bot should do, e.g. "goal.confirm". Channels echo it verbatim.</param>
/// <param name="Data">Small string values the bot needs back (ids, choices). Keep well under 2,000 characters in total (Slack button value limit).</param>
public sealed record CardAction(string Title, string Verb, IReadOnlyDictionary<string, string>? Data = null, ActionStyle Style = ActionStyle.Default);
