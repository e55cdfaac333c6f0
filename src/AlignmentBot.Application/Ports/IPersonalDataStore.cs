using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>A person's personal data across the workspace's records.</summary>
public interface IPersonalDataStore
{
    /// <summary>
    /// In one transaction: deletes the person's record and their direct-message addresses, replaces their name and id
    /// with <paramref name="pseudonym"/> wherever a record names them (goals, requests, lead verdicts, agreement
    /// signatures, measurements, digest settings, CRM connections, mappings and sync runs, the audit trail), and returns the conversation states to delete.
    /// Numbers, counts, verdicts and their reasons stay as they were.
    /// </summary>
    Task<ForgetReport> ForgetAsync(WorkspaceId workspaceId, string userId, string displayName, Pseudonym pseudonym, CancellationToken cancellationToken);
}
