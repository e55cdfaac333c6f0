namespace AlignmentBot.Application.Sync;

/// <summary>A stage or status value found in the synced records, and how many records have it.</summary>
public sealed record CrmStageValueCount(CrmSource Source, CrmField Field, string Value, int Records);
