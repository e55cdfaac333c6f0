namespace AlignmentBot.Storage.Copy;

/// <summary>One table's figures: rows and content checksum as read from the source and, after the copy, from the target.</summary>
public sealed record TableCopy(string Table, long SourceRows, string SourceChecksum, long TargetRows, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}
