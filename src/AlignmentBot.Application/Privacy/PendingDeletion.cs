using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Privacy;

/// <summary>A workspace whose app was uninstalled: its data goes at <see cref="DeleteAfter"/> unless the app comes back first.</summary>
/// <param name="Reason">What said so: "slack app_uninstalled", "slack tokens_revoked", "msteams installationUpdate remove".</param>
public sealed record PendingDeletion(WorkspaceId WorkspaceId, DateTimeOffset RequestedAt, DateTimeOffset DeleteAfter, string Reason);
