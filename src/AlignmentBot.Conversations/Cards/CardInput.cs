namespace AlignmentBot.Conversations.Cards;

/// <summary>A form field. Its value comes back in <see cref="Messages.CardSubmission.Values"/> under <see cref="Id"/>.</summary>
public abstract record CardInput(string Id, string Label, bool Required) : CardBlock;
