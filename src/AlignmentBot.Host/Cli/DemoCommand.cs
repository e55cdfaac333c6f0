using System.CommandLine;
using AlignmentBot.Application.Demo;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var force = new Option<bool>("--force") { Description = "Seed even if the workspace already has goals of its own." };
        var command = new Command("demo", "Seed a realistic demo company: a quarter of funnel data, goals, requests, leads, the SLA and account lists.") { workspace, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var seeder = host.Services.GetRequiredService<DemoSeeder>();
            var id = new WorkspaceId(parse.GetValue(workspace)!);
            var (data, problem) = await seeder.SeedAsync(id, parse.GetValue(force), cancellationToken);
            if (data is null)
            {
                await context.Error.WriteLineAsync(problem);
                return 1;
            }

            await context.Output.WriteLineAsync(
                $"Seeded {data.Workspace.Name} into workspace '{id}': {data.Goals.Count} goals, {data.Measurements.Count} weekly measurements, " +
                $"{data.Requests.Count} requests, {data.Leads.Count} leads ({data.Leads.Count(l => l.Decision == Domain.Leads.LeadDecision.Rejected)} rejected), " +
                $"an active lead agreement and {data.AccountLists.Count} account lists.");
            await context.Output.WriteLineAsync("Next: dotnet run --project src/AlignmentBot.Host -- scorecard");
            return 0;
        });
        return command;
    }
}
