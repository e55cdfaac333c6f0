using System.Globalization;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>A count: "120", "one hundred and twenty", "1.2k".</summary>
public sealed class NumberPrompt(string id = NumberPrompt.DefaultId) : Prompt<decimal>(id)
{
    public const string DefaultId = "prompt.number";

    protected override Recognition<decimal> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var entities = turn.Entities.Read(answer, turn.Today);
        var value = entities.Target ?? entities.Money?.Amount ?? entities.Percent;
        if (value is null)
        {
            return Recognition<decimal>.Fail($"I couldn't find a number in \"{answer}\".");
        }

        return Ranges.Check(value.Value, options, v => v.ToString("#,0.##", CultureInfo.InvariantCulture));
    }
}
