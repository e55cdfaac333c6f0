namespace AlignmentBot.Application.Sync;

/// <summary>Whether the numbers derived from the stored records are current.</summary>
/// <param name="Dirty">Records changed since the numbers were last rebuilt (set in the same transaction as the records).</param>
/// <param name="MappingVersion">The workspace's current mapping version.</param>
/// <param name="DerivedMappingVersion">The mapping version the stored leads and numbers were derived under.</param>
public sealed record CrmDerivedState(bool Dirty, int MappingVersion, int DerivedMappingVersion)
{
    public static CrmDerivedState Empty { get; } = new(false, 0, 0);
}
