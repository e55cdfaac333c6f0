using System.CommandLine;
using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Host.Web;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>
/// doctor: builds the web host exactly as <c>serve</c> would (same configuration sources and arguments), starts
/// nothing, and checks configuration, database, Slack, Bot Framework, the Teams app id and time-zone data. Prints a
/// checklist with the fix for each failure and exits 1 when any check fails.
/// </summary>
internal static class DoctorCommand
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    public static Command Create(CliContext context)
    {
        var command = new Command("doctor", "Check the configuration, the database, Slack, Bot Framework, the Teams app id and time-zone data; print what to fix. Exit code 1 when a check fails. Takes the same settings as serve.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var results = await RunAsync([.. parse.UnmatchedTokens], context.Configuration, cancellationToken);
            await context.Output.WriteAsync(Format(results));
            return results.Any(r => r.Status == DoctorStatus.Failed) ? 1 : 0;
        });
        return command;
    }

    public static async Task<IReadOnlyList<DoctorResult>> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var builder = WebHost.CreateBuilder(args, settings);
        builder.Logging.ClearProviders(); // the checklist is the output
        await using var app = builder.Build();
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        using var http = new HttpClient { Timeout = RequestTimeout };

        var results = new List<DoctorResult> { ConfigurationCheck.Run(app.Services) };
        var database = await DatabaseCheck.RunAsync(configuration, cancellationToken);
        results.AddRange(database.Results);
        results.AddRange(await SlackCheck.RunAsync(UnvalidatedOptions.Get<SlackOptions>(app.Services), http, cancellationToken));
        var botFramework = UnvalidatedOptions.Get<BotFrameworkOptions>(app.Services);
        results.AddRange(await BotFrameworkCheck.RunAsync(botFramework, http, cancellationToken));
        results.Add(TeamsAppIdCheck.Run(botFramework));
        results.AddRange(TimeZoneCheck.Run(database.StoredTimeZones));
        return results;
    }

    public static string Format(IReadOnlyList<DoctorResult> results)
    {
        const int NameWidth = 20;
        var indent = new string(' ', NameWidth + 3);
        var text = new System.Text.StringBuilder();
        text.AppendLine("AlignmentBot doctor");
        text.AppendLine();
        foreach (var result in results)
        {
            var lines = result.Detail.Split('\n', StringSplitOptions.TrimEntries);
            text.Append(result.Mark).Append(' ').Append(result.Check.PadRight(NameWidth)).Append(' ').AppendLine(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                text.Append(indent).AppendLine(line);
            }

            if (result.Fix is not null)
            {
                text.Append(indent).Append("fix: ").AppendLine(result.Fix);
            }
        }

        var failed = results.Count(r => r.Status == DoctorStatus.Failed);
        text.AppendLine();
        text.AppendLine(failed == 0
            ? $"All {results.Count(r => r.Status == DoctorStatus.Passed)} checks passed ({results.Count(r => r.Status == DoctorStatus.Skipped)} skipped)."
            : $"{failed} of {results.Count} checks failed. Fix them from the top: later ones often follow from earlier ones.");
        return text.ToString();
    }
}
