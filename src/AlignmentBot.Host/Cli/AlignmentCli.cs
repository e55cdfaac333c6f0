using System.CommandLine;
using AlignmentBot.Host.Web;

namespace AlignmentBot.Host.Cli;

/// <summary>One executable: the web host by default, and the commands a person runs by hand.</summary>
public static class AlignmentCli
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("AlignmentBot: measurable goals, aligned requests and a lead agreement for leadership, marketing and sales.");

        // Unknown tokens (--urls, --environment, Key=Value) belong to ASP.NET Core's configuration.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => WebHost.RunAsync([.. parse.UnmatchedTokens], cancellationToken));

        var serve = new Command("serve", "Start the web host on http://localhost:3978 (the default command). ASP.NET Core options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((parse, cancellationToken) => WebHost.RunAsync([.. parse.UnmatchedTokens], cancellationToken));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ScorecardCommand.Create(context));
        root.Subcommands.Add(UnderstandCommand.Create(context));
        root.Subcommands.Add(ChatCommand.Create(context));
        root.Subcommands.Add(TeamsPackageCommand.Create(context));
        root.Subcommands.Add(DigestCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(SyncCommand.Create(context));
        return root;
    }

    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
        => Create(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error }, cancellationToken);
}
