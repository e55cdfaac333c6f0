using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Overlap;

/// <param name="Accounts">Account names or domains as exported; compared after <see cref="AccountNames.Normalize"/>.</param>
public sealed record AccountList(Guid Id, WorkspaceId WorkspaceId, AccountListKind Kind, string Name, IReadOnlyList<string> Accounts, DateTimeOffset ImportedAt);
