namespace AlignmentBot.Application.Sync;

/// <param name="Connection">Null when the CRM was disconnected after syncing (its records and numbers are kept).</param>
/// <param name="LastRun">The newest run, whatever its outcome.</param>
/// <param name="LastSuccess">The newest run that finished.</param>
public sealed record CrmConnectionStatus(CrmSource Source, StoredCrmConnection? Connection, CrmSyncRun? LastRun, CrmSyncRun? LastSuccess, IReadOnlyList<CrmCursorState> Cursors);
