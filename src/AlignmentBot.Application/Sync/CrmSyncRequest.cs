namespace AlignmentBot.Application.Sync;

/// <param name="Source">Only this CRM; every connected one when null.</param>
/// <param name="Full">Read everything again instead of only what changed since the last run.</param>
public sealed record CrmSyncRequest(CrmSource? Source = null, bool Full = false, CrmSyncTrigger Trigger = CrmSyncTrigger.CommandLine, string RequestedBy = "command line");
