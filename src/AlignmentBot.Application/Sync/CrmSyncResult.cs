namespace AlignmentBot.Application.Sync;

/// <param name="Summary">What happened, in a sentence or two for people.</param>
/// <param name="BusyWith">The lease that was in the way, when <see cref="Outcome"/> is Busy.</param>
public sealed record CrmSyncResult(CrmSyncOutcome Outcome, IReadOnlyList<CrmSyncRun> Runs, string Summary, CrmSyncLease? BusyWith = null);
