namespace AlignmentBot.Application.Sync;

/// <param name="Current">The lease as it is now: ours when acquired, otherwise the one in the way.</param>
public sealed record CrmLeaseAttempt(bool Acquired, CrmSyncLease Current);
