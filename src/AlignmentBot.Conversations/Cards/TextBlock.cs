namespace AlignmentBot.Conversations.Cards;

/// <summary>A paragraph in the bot's words; the markdown subset of <see cref="Messages.OutgoingMessage"/> applies.</summary>
/// <param name="Literal">
/// The paragraph holds what people typed or imported (a request's title, a name, a lead's company, an SLA's
/// definition): every channel shows it exactly as written, with none of the markdown applied, so a "[link](…)" or
/// "**" someone wrote is shown, not obeyed. Its own words may not use markdown then; put a bold label in a
/// <see cref="FactsBlock"/> or a heading instead.
/// </param>
public sealed record TextBlock(string Text, TextStyle Style = TextStyle.Normal, bool Literal = false) : CardBlock;
