using System.CommandLine;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// <c>sync</c>: run the CRM sync now with progress lines (<c>--full</c> reads everything again, <c>--demo</c> against a
/// bundled stand-in), and <c>sync status | connect | disconnect | mapping</c>.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var source = Source();
        var full = new Option<bool>("--full") { Description = "Read every record again instead of only what changed since the last run (unchanged records are not rewritten)." };
        var demo = new Option<bool>("--demo") { Description = "Sync from a stand-in CRM with the bundled demo company (workspace 'crm-demo' unless --workspace is given). Nothing leaves this machine." };
        var command = new Command("sync", "Sync leads and deals from the connected HubSpot or Salesforce now, printing each page as it is stored.") { workspace, source, full, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryParseSource(parse.GetValue(source), out var only, out var problem))
            {
                await context.Error.WriteLineAsync(problem);
                return 2;
            }

            if (parse.GetValue(demo))
            {
                var id = parse.GetResult(workspace) is { Implicit: false } ? parse.GetValue(workspace)! : SyncDemo.Workspace;
                return await SyncDemo.RunAsync(context, new WorkspaceId(id), only ?? CrmSource.HubSpot, cancellationToken);
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var sync = host.Services.GetRequiredService<CrmSyncService>();
            var workspaceId = new WorkspaceId(parse.GetValue(workspace)!);
            var request = new CrmSyncRequest(only, parse.GetValue(full), CrmSyncTrigger.CommandLine, Environment.UserName);
            await sync.RecordRequestAsync(workspaceId, request, cancellationToken);
            var result = await sync.RunAsync(workspaceId, request, new LineProgress(context.Output), cancellationToken);
            return await ReportAsync(context, result);
        });

        command.Subcommands.Add(Status(context));
        command.Subcommands.Add(SyncConnectCommand.Connect(context));
        command.Subcommands.Add(SyncConnectCommand.Disconnect(context));
        command.Subcommands.Add(SyncMappingCommand.Create(context));
        return command;
    }

    public static Option<string?> Source() => new("--source", "-s") { Description = "hubspot or salesforce (default: every connected CRM)." };

    public static bool TryParseSource(string? text, out CrmSource? source, out string problem)
    {
        source = null;
        problem = string.Empty;
        if (text is null)
        {
            return true;
        }

        if (CrmNames.TryParse(text, out var parsed))
        {
            source = parsed;
            return true;
        }

        problem = $"--source must be hubspot or salesforce, not '{text}'.";
        return false;
    }

    public static async Task<int> ReportAsync(CliContext context, CrmSyncResult result)
    {
        var writer = result.Outcome == CrmSyncOutcome.Synced ? context.Output : context.Error;
        await writer.WriteLineAsync(result.Summary);
        return result.Outcome switch
        {
            CrmSyncOutcome.Synced => 0,
            CrmSyncOutcome.NotConnected => 2,
            CrmSyncOutcome.Busy => 3,
            _ => 1,
        };
    }

    private static Command Status(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var status = new Command("status", "Connections, the last runs, how far each object is synced, and whether a sync is running now.") { workspace };
        status.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var sync = host.Services.GetRequiredService<CrmSyncService>();
            var next = await host.Services.GetRequiredService<ICrmSyncTrigger>().NextScheduledRunAsync(cancellationToken);
            var view = await sync.StatusAsync(new WorkspaceId(parse.GetValue(workspace)!), next, cancellationToken);
            foreach (var line in CrmSyncText.Status(view))
            {
                await context.Output.WriteLineAsync(line.Replace("**", string.Empty, StringComparison.Ordinal));
            }

            return view.Connections.Any(c => c.LastRun?.State == CrmRunState.Failed) ? 1 : 0;
        });
        return status;
    }
}
