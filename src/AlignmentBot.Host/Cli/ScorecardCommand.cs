using System.CommandLine;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

internal static class ScorecardCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var command = new Command("scorecard", "Print the scorecard: each agreed goal with its current value, target, pace and trend.") { workspace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var view = await host.Services.GetRequiredService<ScorecardService>().BuildAsync(new WorkspaceId(parse.GetValue(workspace)!), cancellationToken);
            await context.Output.WriteAsync(ScorecardTable.Render(view));
            return 0;
        });
        return command;
    }
}
