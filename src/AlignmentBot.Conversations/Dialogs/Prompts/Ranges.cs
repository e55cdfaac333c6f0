namespace AlignmentBot.Conversations.Dialogs.Prompts;

internal static class Ranges
{
    public static Recognition<decimal> Check(decimal value, PromptOptions options, Func<decimal, string> format)
    {
        if (options.Min is { } min && value < min)
        {
            return Recognition<decimal>.Fail($"{format(value)} is below the lowest I can accept ({format(min)}).");
        }

        if (options.Max is { } max && value > max)
        {
            return Recognition<decimal>.Fail($"{format(value)} is above the highest I can accept ({format(max)}).");
        }

        return Recognition<decimal>.Ok(value);
    }
}
