namespace AlignmentBot.Application.Sync;

/// <param name="LastRun">The newest run, whatever its outcome.</param>
/// <param name="LastSuccess">The newest run that finished.</param>
public sealed record CrmConnectionStatus(StoredCrmConnection Connection, CrmSyncRun? LastRun, CrmSyncRun? LastSuccess, IReadOnlyList<CrmCursorState> Cursors);
