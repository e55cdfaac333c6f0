using System.CommandLine;
using AlignmentBot.Application.Audit;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Host.Web;
using AlignmentBot.Storage.Faults;

namespace AlignmentBot.Host.Cli;

/// <summary>One executable: the web host by default, and the commands a person runs by hand.</summary>
public static class AlignmentCli
{
    /// <summary>The database cannot be used (read-only, full, unreachable): EX_IOERR from sysexits.h. Unlike a configuration error, a restart may help.</summary>
    public const int StorageErrorExitCode = 74;

    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("AlignmentBot: measurable goals, aligned requests and a lead agreement for leadership, marketing and sales.");

        // Unknown tokens (--urls, --environment, Key=Value) belong to ASP.NET Core's configuration.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => WebHost.RunAsync([.. parse.UnmatchedTokens], cancellationToken, context.Configuration));

        var serve = new Command("serve", "Start the web host on http://localhost:3978 (the default command). ASP.NET Core options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((parse, cancellationToken) => WebHost.RunAsync([.. parse.UnmatchedTokens], cancellationToken, context.Configuration));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ScorecardCommand.Create(context));
        root.Subcommands.Add(UnderstandCommand.Create(context));
        root.Subcommands.Add(ChatCommand.Create(context));
        root.Subcommands.Add(TeamsPackageCommand.Create(context));
        root.Subcommands.Add(DigestCommand.Create(context));
        root.Subcommands.Add(ReminderCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(Doctor.DoctorCommand.Create(context));
        root.Subcommands.Add(HealthcheckCommand.Create(context));
        root.Subcommands.Add(SyncCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(SettingsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        return root;
    }

    /// <summary>
    /// Runs a command. A configuration error, in any command, is one line per problem on standard error and exit code
    /// <see cref="ConfigurationProblems.ExitCode"/>; anything else unexpected keeps its stack trace, which a bug deserves.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var parse = Create(context).Parse(args);

        // A command run by hand is the author of what it changes; the web host's changes belong to whoever is chatting
        // (each turn says so) or to the system.
        using var author = parse.CommandResult.Command is RootCommand || parse.CommandResult.Command.Name == "serve" ? null : AuditContext.Use(AuditActor.CommandLine);
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ConfigurationProblems.Describe(ex) is { } problems)
        {
            foreach (var problem in problems)
            {
                await context.Error.WriteLineAsync($"Configuration error: {problem}");
            }

            await context.Error.WriteLineAsync("Nothing was started. Fix the settings above (appsettings.json, environment variables or the command line) and run again; `doctor` checks them all.");
            return ConfigurationProblems.ExitCode;
        }
        catch (StorageStartupException ex)
        {
            await context.Error.WriteLineAsync($"Storage error: {ex.Message}.");
            return StorageErrorExitCode;
        }
        catch (OperationCanceledException)
        {
            return 130; // interrupted, as a shell reports Ctrl+C
        }
        catch (Exception ex)
        {
            await context.Error.WriteLineAsync($"Unhandled exception: {ex}");
            return 1;
        }
    }
}
