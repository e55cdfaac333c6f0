using System.Globalization;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>One of the offered choices: a button, its number ("2"), its title or a synonym.</summary>
public sealed class ChoicePrompt(string id = ChoicePrompt.DefaultId) : Prompt<string>(id)
{
    public const string DefaultId = "prompt.choice";

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var choices = options.Choices ?? [];
        var text = Normalize(answer);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return Recognition<string>.Ok(choices[number - 1].Value);
        }

        foreach (var choice in choices)
        {
            if (Normalize(choice.Value) == text || Normalize(choice.Title) == text || (choice.Synonyms ?? []).Any(s => Normalize(s) == text))
            {
                return Recognition<string>.Ok(choice.Value);
            }
        }

        // "the sales one", "marketing I guess": a single choice whose title or synonym is contained in the answer.
        var contained = choices.Where(c => new[] { c.Title, c.Value }.Concat(c.Synonyms ?? []).Any(s => Contains(text, Normalize(s)))).ToArray();
        if (contained.Length == 1)
        {
            return Recognition<string>.Ok(contained[0].Value);
        }

        // A long answer may touch several ("head of growth, demand generation and events, I report to the CEO"): the one
        // it says most about, when one clearly leads.
        if (contained.Length > 1)
        {
            var ranked = contained.Select(c => (Choice: c, Hits: new[] { c.Title, c.Value }.Concat(c.Synonyms ?? []).Select(Normalize).Distinct().Count(s => Contains(text, s))))
                .OrderByDescending(r => r.Hits).ToArray();
            if (ranked[0].Hits >= 2 && ranked[0].Hits > ranked[1].Hits)
            {
                return Recognition<string>.Ok(ranked[0].Choice.Value);
            }
        }

        return Recognition<string>.Fail($"\"{answer}\" isn't one of the options.");
    }

    private static bool Contains(string text, string phrase) => phrase.Length >= 3 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    private static string Normalize(string text)
        => string.Join(' ', text.ToLowerInvariant().Split([' ', '.', ',', '!', '?', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries));
}
