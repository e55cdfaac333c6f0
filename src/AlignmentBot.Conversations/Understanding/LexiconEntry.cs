namespace AlignmentBot.Conversations.Understanding;

/// <param name="Phrase">Words as people say them: "cost per lead", "CPL", "qualified leads".</param>
/// <param name="Category">"metric", "direction", ... </param>
/// <param name="Value">The canonical value: "cost_per_lead", "decrease".</param>
/// <param name="Inverts">The phrase names the opposite of the value ("churn" is retention read upside down).</param>
/// <param name="Weak">Also an everyday word ("reach"): used only when nothing stronger of its category is in the sentence.</param>
public sealed record LexiconEntry(string Phrase, string Category, string Value, bool Inverts = false, bool Weak = false);
