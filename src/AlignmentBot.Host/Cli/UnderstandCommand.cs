using System.CommandLine;
using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Host.Cli;

internal static class UnderstandCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string?>("text") { Description = "An utterance. Without it, one utterance per line is read from standard input and one JSON object per line is written (JSON Lines).", Arity = ArgumentArity.ZeroOrOne };
        var today = new Option<DateOnly?>("--today") { Description = "Resolve dates as if today were this day (yyyy-MM-dd); default: today." };
        var evaluate = new Option<bool>("--evaluate") { Description = "Print accuracy on the held-out parts of the labeled corpus (dev, blind test, both) instead; exit 1 below the thresholds." };
        var tuning = new Option<bool>("--tuning") { Description = "With --evaluate: measure the tuning part (what the classifier trained on) instead." };
        var command = new Command("understand", "Print the language-understanding result as JSON: {\"intent\", \"score\", \"entities\"}.") { text, today, evaluate, tuning };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var language = new AlignmentLanguage();
            if (parse.GetValue(evaluate))
            {
                if (parse.GetValue(tuning))
                {
                    await context.Output.WriteAsync(CorpusEvaluation.Run(language, "tune").ToString());
                    return 0;
                }

                await context.Output.WriteAsync(CorpusEvaluation.Run(language, "dev").ToString());
                await context.Output.WriteAsync(CorpusEvaluation.Run(language, "test").ToString());
                var heldOut = CorpusEvaluation.Run(language);
                await context.Output.WriteAsync(heldOut.ToString());
                return heldOut.MeetsThresholds ? 0 : 1;
            }

            var day = parse.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now);
            if (parse.GetValue(text) is { } utterance)
            {
                await context.Output.WriteLineAsync(AlignmentLanguage.ToJson(language.Understand(utterance, day)));
                return 0;
            }

            var input = context.Input ?? Console.In;
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Trim().Length > 0)
                {
                    await context.Output.WriteLineAsync(AlignmentLanguage.ToJson(language.Understand(line, day)));
                }
            }

            return 0;
        });
        return command;
    }
}
