namespace AlignmentBot.Application.Sync;

public sealed record CrmStoredRecord(CrmSource Source, CrmObjectKind Kind, CrmRecord Record);
