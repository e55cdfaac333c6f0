using System.Text.Json.Serialization;

namespace AlignmentBot.Conversations.Cards;

/// <summary>One element of a card's body.</summary>
/// <remarks>
/// Serialisable with its kind, so a card can be parked where another host instance reads it back (a Slack form
/// waiting to be opened). A new kind of block is listed here too.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$block")]
[JsonDerivedType(typeof(TextBlock), "text")]
[JsonDerivedType(typeof(FactsBlock), "facts")]
[JsonDerivedType(typeof(TableBlock), "table")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(TextInput), "textInput")]
[JsonDerivedType(typeof(ChoiceInput), "choiceInput")]
[JsonDerivedType(typeof(DateInput), "dateInput")]
[JsonDerivedType(typeof(PersonInput), "personInput")]
public abstract record CardBlock;
