using System.CommandLine;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>reminders list | preview | send</c>: the check-in reminders from the terminal.</summary>
internal static class ReminderCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reminders", "Check-in reminders: who hasn't checked in, what would be sent now, send what is due.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Preview(context));
        command.Subcommands.Add(Send(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var list = new Command("list", "Overdue check-ins by owner, what was sent and what happens next; failed and uncertain reminders called out (exit 1).") { workspace };
        list.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            if (await WorkspaceAsync(context, host, parse.GetValue(workspace)!, cancellationToken) is not { } ws)
            {
                return 2;
            }

            var planning = host.Services.GetRequiredService<ReminderPlanning>();
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var deliveries = await planning.DeliveriesAsync(ws, now, cancellationToken);
            await context.Output.WriteAsync(ReminderListTable.Render(await planning.PlanAsync(ws, now, cancellationToken), deliveries));
            return ReminderListTable.NeedsAttention(deliveries) ? 1 : 0;
        });
        return list;
    }

    private static Command Preview(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var preview = new Command("preview", "Print the reminders that are due now, one message per person. Nothing is sent or recorded.") { workspace };
        preview.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            if (await WorkspaceAsync(context, host, parse.GetValue(workspace)!, cancellationToken) is not { } ws)
            {
                return 2;
            }

            var plan = await host.Services.GetRequiredService<ReminderPlanning>().PlanAsync(ws, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
            var batches = plan.Batches();
            if (batches.Count == 0)
            {
                await context.Output.WriteLineAsync("No reminders are due now.");
            }

            foreach (var batch in batches)
            {
                await context.Output.WriteLineAsync($"To {plan.NameOf(batch.PersonId, batch.PersonId)} ({batch.PersonId}):");
                await context.Output.WriteLineAsync(ReminderCards.Build(batch, plan).Text);
                await context.Output.WriteLineAsync();
            }

            return 0;
        });
        return preview;
    }

    private static Command Send(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var send = new Command("send", "Send the reminders that are due now (each at most once, as the scheduler would).") { workspace };
        send.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartWithChannelsAsync(context, cancellationToken);
            if (await WorkspaceAsync(context, host, parse.GetValue(workspace)!, cancellationToken) is not { } ws)
            {
                return 2;
            }

            var outcomes = await host.Services.GetRequiredService<ReminderDispatcher>().RunAsync(ws, cancellationToken);
            if (outcomes.Count == 0)
            {
                await context.Output.WriteLineAsync("No reminders are due now.");
            }

            foreach (var outcome in outcomes)
            {
                await context.Output.WriteLineAsync(outcome.Summary);
            }

            return outcomes.Any(o => o.State is ReminderDeliveryState.Failed or ReminderDeliveryState.Uncertain) ? 1 : 0;
        });
        return send;
    }

    private static async Task<Workspace?> WorkspaceAsync(CliContext context, IHost host, string id, CancellationToken cancellationToken)
    {
        var ws = await host.Services.GetRequiredService<IWorkspaceStore>().GetAsync(new WorkspaceId(id), cancellationToken);
        if (ws is null)
        {
            await context.Error.WriteLineAsync($"No workspace '{id}' in this database. Run `demo` for sample data, or give --workspace.");
        }

        return ws;
    }
}
