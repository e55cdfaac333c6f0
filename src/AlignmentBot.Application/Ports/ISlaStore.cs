using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>
/// Lead agreements by version. A new proposal never retires the agreement in force: that one stays active, with its
/// compliance, until a later version is signed by both sides.
/// </summary>
public interface ISlaStore
{
    Task<LeadSla?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    /// <summary>The agreement in force: signed by both sides and not replaced by a later signed version.</summary>
    Task<LeadSla?> GetActiveAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>The newest proposal still waiting for a signature, if any.</summary>
    Task<LeadSla?> GetPendingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>
    /// The agreement that was in force before <paramref name="version"/>: the newest version below it signed by both sides and
    /// since replaced ("what was the deal we signed before this one?"); null when there was none.
    /// </summary>
    Task<LeadSla?> GetSignedBeforeAsync(WorkspaceId workspaceId, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new proposal (or an agreement as it is, e.g. the demo's) under the workspace's next version number, and
    /// returns it with that version. A proposal withdraws older proposals still waiting; a fully signed agreement replaces
    /// the active one. Saving an existing agreement again keeps its version.
    /// </summary>
    Task<LeadSla> SaveAsync(LeadSla sla, CancellationToken cancellationToken);

    /// <summary>
    /// Adds one side's signature, only while that side is unsigned, the version is not replaced and the other side was not
    /// signed by the same person; two signatures racing cannot overwrite each other. When both sides are then signed the
    /// version becomes the active agreement and the one it replaces is superseded. Null when the conditions did not hold.
    /// </summary>
    Task<LeadSla?> TrySignAsync(WorkspaceId workspaceId, Guid id, Function side, SlaConfirmation signature, CancellationToken cancellationToken);

    /// <summary>
    /// Withdraws a proposal ("undo that" right after proposing it), only while it is not signed by both sides and not
    /// already withdrawn or replaced: a signature landing at the same moment wins, and the agreement in force is never
    /// touched. Null when the conditions did not hold.
    /// </summary>
    Task<LeadSla?> TryWithdrawAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one side's signature back ("oops, undo" right after signing), only by the person who signed it, while the version
    /// is not replaced and nothing newer was proposed since. When that signature had put the version in force, the agreement
    /// it replaced is in force again (none, if there was none). Null when the conditions did not hold.
    /// </summary>
    Task<LeadSla?> TryUnsignAsync(WorkspaceId workspaceId, Guid id, Function side, string userId, CancellationToken cancellationToken);
}
