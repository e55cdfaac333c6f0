using System.Globalization;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>An amount: "$90", "€1.2M", "400k" (in the options' currency when none is given).</summary>
public sealed class MoneyPrompt(string id = MoneyPrompt.DefaultId) : Prompt<MoneyValue>(id)
{
    public const string DefaultId = "prompt.money";

    protected override Recognition<MoneyValue> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var entities = turn.Entities.Read(answer, turn.Today);
        var money = entities.Money is { } m ? m with { Currency = m.Currency ?? options.Currency } : entities.Target is { } n ? new MoneyValue(n, options.Currency) : null;
        if (money is null)
        {
            return Recognition<MoneyValue>.Fail($"I couldn't find an amount in \"{answer}\".");
        }

        if (options.Currency is { } expected && money.Currency is { } given && !string.Equals(expected, given, StringComparison.OrdinalIgnoreCase))
        {
            return Recognition<MoneyValue>.Fail($"This workspace reports in {expected}; please give the amount in {expected}.");
        }

        var check = Ranges.Check(money.Amount, options, v => v.ToString("#,0.##", CultureInfo.InvariantCulture));
        return check.Succeeded ? Recognition<MoneyValue>.Ok(money) : Recognition<MoneyValue>.Fail(check.Problem!);
    }
}
