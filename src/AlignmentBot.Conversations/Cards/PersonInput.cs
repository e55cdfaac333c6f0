namespace AlignmentBot.Conversations.Cards;

/// <summary>
/// A people picker: Slack's users_select, the Teams people picker (Input.ChoiceSet over the organisation's directory). The
/// value that comes back is the chosen person's user id. <paramref name="Known"/> (people the bot knows, value = user id)
/// are offered where the channel has no directory of its own (the web chat, the terminal) and first in Teams.
/// </summary>
public sealed record PersonInput(string Id, string Label, IReadOnlyList<Choice> Known, string? Value = null, bool Required = false) : CardInput(Id, Label, Required);
