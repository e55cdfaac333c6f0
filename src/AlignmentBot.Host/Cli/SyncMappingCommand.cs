using System.CommandLine;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>sync mapping show</c> and <c>sync mapping set</c>: what each CRM stage and status counts as in the funnel.</summary>
internal static class SyncMappingCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("mapping", "What each CRM lifecycle stage and lead status counts as (MQL, SAL, SQL, rejected, ...).");
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Set(context));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var source = SyncCommand.Source();
        var show = new Command("show", "Every stage and status value (the CRM's standard ones and those in your synced records) and what it counts as.") { workspace, source };
        show.SetAction(async (parse, cancellationToken) =>
        {
            if (!SyncCommand.TryParseSource(parse.GetValue(source), out var only, out var problem))
            {
                await context.Error.WriteLineAsync(problem);
                return 2;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var rules = await host.Services.GetRequiredService<CrmSyncService>().MappingAsync(new WorkspaceId(parse.GetValue(workspace)!), only, cancellationToken);
            foreach (var line in CrmSyncText.Mapping(rules))
            {
                await context.Output.WriteLineAsync(line);
            }

            await context.Output.WriteLineAsync("Change one: sync mapping set <hubspot|salesforce> <field> <value> <stage>   (stage: inquiry, mql, sal, sql, opportunity, won, lost, rejected, nurture, ignore, or default)");
            return 0;
        });
        return show;
    }

    private static Command Set(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var crm = new Argument<string>("crm") { Description = "hubspot or salesforce" };
        var field = new Argument<string>("field") { Description = "HubSpot: lifecyclestage or hs_lead_status. Salesforce: Status (the lead status)." };
        var value = new Argument<string>("value") { Description = "The CRM's value, e.g. marketingqualifiedlead, IN_PROGRESS, \"Working - Contacted\", or a custom stage's internal value." };
        var stage = new Argument<string>("stage") { Description = "inquiry, mql, sal, sql, opportunity, won, lost, rejected, nurture, ignore; or default to undo a change." };
        var set = new Command("set", "Change what one value counts as. Stored records are recounted at once (or, if a sync is running, when it ends).") { crm, field, value, stage, workspace };
        set.SetAction(async (parse, cancellationToken) =>
        {
            if (!CrmNames.TryParse(parse.GetValue(crm), out var source))
            {
                await context.Error.WriteLineAsync($"Say hubspot or salesforce, not '{parse.GetValue(crm)}'.");
                return 2;
            }

            if (!CrmStageMapping.TryParseField(source, parse.GetValue(field), out var which))
            {
                var fields = string.Join(" or ", CrmStageMapping.Fields(source).Select(f => CrmStageMapping.FieldName(source, f)));
                await context.Error.WriteLineAsync($"{CrmNames.Label(source)} has no mapped field '{parse.GetValue(field)}'; use {fields}.");
                return 2;
            }

            CrmFunnelStage? target = null;
            var stageText = parse.GetValue(stage)!;
            if (!string.Equals(stageText.Trim(), "default", StringComparison.OrdinalIgnoreCase))
            {
                if (!CrmStageMapping.TryParseStage(stageText, out var parsed))
                {
                    await context.Error.WriteLineAsync($"'{stageText}' is not a stage. Use inquiry, mql, sal, sql, opportunity, won, lost, rejected, nurture, ignore or default.");
                    return 2;
                }

                target = parsed;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var message = await host.Services.GetRequiredService<CrmSyncService>().SetMappingAsync(
                new WorkspaceId(parse.GetValue(workspace)!), source, which, parse.GetValue(value)!.Trim(), target, Environment.UserName, cancellationToken);
            await context.Output.WriteLineAsync(message);
            return 0;
        });
        return set;
    }
}
