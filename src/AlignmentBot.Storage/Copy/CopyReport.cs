namespace AlignmentBot.Storage.Copy;

/// <summary>The outcome of <see cref="DatabaseCopier.CopyAsync"/>. Committed only when every table matched.</summary>
public sealed record CopyReport(IReadOnlyList<TableCopy> Tables, bool Committed, string? Refusal = null)
{
    public bool Verified => Refusal is null && Tables.All(t => t.Matches);
}
