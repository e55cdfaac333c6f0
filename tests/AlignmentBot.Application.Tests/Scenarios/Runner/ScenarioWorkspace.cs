using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The company workspace every scenario runs in. Not the local workspace: there everyone is an admin (the terminal and
/// loopback web chat are the operator's own machine), so refusals, role requests and admin approvals would never happen.
/// </summary>
internal static class ScenarioWorkspace
{
    public const string Name = "T-SCENARIO";

    public static readonly WorkspaceId Id = new(Name);
}
