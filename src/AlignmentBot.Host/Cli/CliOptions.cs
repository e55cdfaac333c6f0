using System.CommandLine;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

internal static class CliOptions
{
    public static Option<string> Workspace() => new("--workspace", "-w")
    {
        Description = "Workspace: a Slack team id, a Teams tenant id, or 'local' for the web chat and terminal.",
        DefaultValueFactory = _ => WorkspaceId.Local.Value,
    };
}
