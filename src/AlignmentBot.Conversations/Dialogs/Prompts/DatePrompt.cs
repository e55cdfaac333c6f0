using System.Globalization;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>A future date: "end of Q3", "next June", "2027-03-31", "in 6 months".</summary>
public sealed class DatePrompt(string id = DatePrompt.DefaultId) : Prompt<DateOnly>(id)
{
    public const string DefaultId = "prompt.date";

    protected override Recognition<DateOnly> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        if (DateOnly.TryParseExact(answer.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact > turn.Today ? Recognition<DateOnly>.Ok(exact) : Recognition<DateOnly>.Fail($"{exact:d MMM yyyy} has already passed.");
        }

        var entities = turn.Entities.Read(answer, turn.Today);
        if (entities.Deadline is { } deadline)
        {
            return deadline > turn.Today ? Recognition<DateOnly>.Ok(deadline) : Recognition<DateOnly>.Fail($"{deadline:d MMM yyyy} is today; pick a later date.");
        }

        return entities.DateList.Count > 0
            ? Recognition<DateOnly>.Fail($"\"{answer}\" is in the past; I need a date still ahead.")
            : Recognition<DateOnly>.Fail($"I couldn't read a date in \"{answer}\".");
    }
}
