using System.CommandLine;
using System.Globalization;
using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>digest list | preview | send | holidays</c>: the weekly digests from the terminal.</summary>
internal static class DigestCommand
{
    private static readonly Audience[] Audiences = [Audience.Leadership, Audience.Marketing, Audience.Sales];

    public static Command Create(CliContext context)
    {
        var command = new Command("digest", "Weekly alignment digests: list subscriptions, preview a digest, send one now, manage company holidays.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Preview(context));
        command.Subcommands.Add(Send(context));
        command.Subcommands.Add(Holidays(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var list = new Command("list", "Subscriptions with their schedule, next run (local time) and last delivery, failed and uncertain ones called out.") { workspace };
        list.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartWithChannelsAsync(context, cancellationToken);
            var digests = host.Services.GetRequiredService<DigestSubscriptions>();
            var id = new WorkspaceId(parse.GetValue(workspace)!);
            var statuses = await digests.ListAsync(id, cancellationToken);
            await context.Output.WriteAsync(DigestListTable.Render(id.Value, statuses, await digests.ListHolidaysAsync(id, cancellationToken)));
            return statuses.Any(s => s.NeedsAttention) ? 1 : 0;
        });
        return list;
    }

    private static Command Preview(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var audience = new Option<string?>("--audience", "-a") { Description = "leadership, marketing or sales (default: all three)." };
        var preview = new Command("preview", "Print this week's digest as plain text against the current data. Nothing is posted or recorded.") { workspace, audience };
        preview.SetAction(async (parse, cancellationToken) =>
        {
            Audience[] which = Audiences;
            if (parse.GetValue(audience) is { } text)
            {
                if (!DigestAudiences.TryParse(text, out var one))
                {
                    await context.Error.WriteLineAsync($"--audience must be leadership, marketing or sales, not '{text}'.");
                    return 2;
                }

                which = [one];
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var digests = host.Services.GetRequiredService<DigestSubscriptions>();
            for (var i = 0; i < which.Length; i++)
            {
                if (i > 0)
                {
                    await context.Output.WriteLineAsync(new string('─', 100));
                }

                var message = await digests.PreviewAsync(new WorkspaceId(parse.GetValue(workspace)!), which[i], cancellationToken);
                await context.Output.WriteAsync(message.Text);
            }

            return 0;
        });
        return preview;
    }

    private static Command Send(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var id = new Argument<string?>("subscription-id") { Description = "The subscription (the id or its first characters, as `digest list` shows it).", Arity = ArgumentArity.ZeroOrOne };
        var allDue = new Option<bool>("--all-due") { Description = "Serve every subscription whose digest is due now, in all workspaces unless --workspace is given." };
        var send = new Command("send", "Post a digest now. At most one digest per subscription and period: a period already sent is not sent again.") { id, workspace, allDue };
        send.SetAction(async (parse, cancellationToken) =>
        {
            var subscriptionId = parse.GetValue(id);
            if (parse.GetValue(allDue) == (subscriptionId is not null))
            {
                await context.Error.WriteLineAsync("Give either a subscription id or --all-due.");
                return 2;
            }

            using var host = await CliServices.StartWithChannelsAsync(context, cancellationToken);
            var ws = new WorkspaceId(parse.GetValue(workspace)!);
            if (subscriptionId is null)
            {
                var only = parse.GetResult(workspace) is { Implicit: false } ? ws : (WorkspaceId?)null;
                var outcomes = await host.Services.GetRequiredService<DigestDispatcher>().SendAllDueAsync(only, cancellationToken);
                var counts = outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
                await context.Output.WriteLineAsync($"{outcomes.Count} subscription(s) looked at. " + (outcomes.Count == 0 ? string.Empty : string.Join(", ", counts)));
                foreach (var problem in outcomes.Where(o => o.Kind is DeliveryOutcomeKind.Failed or DeliveryOutcomeKind.Uncertain or DeliveryOutcomeKind.RetryPending or DeliveryOutcomeKind.ChannelUnavailable))
                {
                    await context.Error.WriteLineAsync($"  {problem.Kind}: {problem.Summary}");
                }

                return outcomes.Any(o => o.Kind is DeliveryOutcomeKind.Failed or DeliveryOutcomeKind.Uncertain or DeliveryOutcomeKind.ChannelUnavailable) ? 1 : 0;
            }

            var digests = host.Services.GetRequiredService<DigestSubscriptions>();
            var (subscription, problemText) = await digests.FindAsync(ws, subscriptionId, cancellationToken);
            if (subscription is null)
            {
                await context.Error.WriteLineAsync(problemText);
                return 2;
            }

            var outcome = await digests.SendNowAsync(ws, subscription.Id, cancellationToken);
            var line = $"{subscription.ShortId} ({DigestAudiences.Noun(subscription.Audience)} in {subscription.ChannelLabel}): {outcome.Kind} — {outcome.Summary}";
            var ok = outcome.Kind is DeliveryOutcomeKind.Posted or DeliveryOutcomeKind.AlreadyHandled or DeliveryOutcomeKind.InProgress;
            await (ok ? context.Output : context.Error).WriteLineAsync(line);
            return ok ? 0 : 1;
        });
        return send;
    }

    private static Command Holidays(CliContext context)
    {
        var holidays = new Command("holidays", "Company holidays: digests due that day are skipped and the next digest says so.");

        var listWorkspace = CliOptions.Workspace();
        var list = new Command("list", "List the company holidays.") { listWorkspace };
        list.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var days = await host.Services.GetRequiredService<DigestSubscriptions>().ListHolidaysAsync(new WorkspaceId(parse.GetValue(listWorkspace)!), cancellationToken);
            await context.Output.WriteLineAsync(days.Count == 0 ? "No company holidays." : string.Join(Environment.NewLine,
                days.Select(d => $"{d.Date:yyyy-MM-dd}  {d.Date.ToString("dddd", CultureInfo.InvariantCulture),-9}  {d.Name}".TrimEnd())));
            return 0;
        });

        var addWorkspace = CliOptions.Workspace();
        var addDate = DateArgument();
        var name = new Option<string?>("--name") { Description = "What the holiday is, shown in the next digest." };
        var add = new Command("add", "Make a day a company holiday.") { addDate, name, addWorkspace };
        add.SetAction(async (parse, cancellationToken) => await WithDateAsync(context, parse.GetValue(addDate)!, async (date, host) =>
            await host.Services.GetRequiredService<DigestSubscriptions>().AddHolidayAsync(new WorkspaceId(parse.GetValue(addWorkspace)!), date, parse.GetValue(name), "cli", cancellationToken),
            cancellationToken));

        var removeWorkspace = CliOptions.Workspace();
        var removeDate = DateArgument();
        var remove = new Command("remove", "Make a day an ordinary day again.") { removeDate, removeWorkspace };
        remove.SetAction(async (parse, cancellationToken) => await WithDateAsync(context, parse.GetValue(removeDate)!, async (date, host) =>
            await host.Services.GetRequiredService<DigestSubscriptions>().RemoveHolidayAsync(new WorkspaceId(parse.GetValue(removeWorkspace)!), date, cancellationToken),
            cancellationToken));

        holidays.Subcommands.Add(list);
        holidays.Subcommands.Add(add);
        holidays.Subcommands.Add(remove);
        return holidays;
    }

    private static Argument<string> DateArgument() => new("date") { Description = "The day, as yyyy-MM-dd." };

    private static async Task<int> WithDateAsync(CliContext context, string text, Func<DateOnly, IHost, Task<string>> work, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            await context.Error.WriteLineAsync($"'{text}' is not a date; write it as yyyy-MM-dd.");
            return 2;
        }

        using var host = await CliServices.StartAsync(context, cancellationToken);
        await context.Output.WriteLineAsync(await work(date, host));
        return 0;
    }
}
