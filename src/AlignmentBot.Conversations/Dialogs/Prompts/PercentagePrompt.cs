using System.Globalization;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>A percentage as a number of points: "12%", "12 percent", "twelve" → 12.</summary>
public sealed class PercentagePrompt(string id = PercentagePrompt.DefaultId) : Prompt<decimal>(id)
{
    public const string DefaultId = "prompt.percentage";

    protected override Recognition<decimal> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var entities = turn.Entities.Read(answer, turn.Today);
        var value = entities.Percent ?? entities.Target;
        if (value is null)
        {
            return Recognition<decimal>.Fail($"I couldn't find a percentage in \"{answer}\".");
        }

        return Ranges.Check(value.Value, options with { Min = options.Min ?? 0, Max = options.Max ?? 100 },
            v => v.ToString("0.##", CultureInfo.InvariantCulture) + "%");
    }
}
