namespace AlignmentBot.Storage.Copy;

/// <summary>What a column holds, whichever engine stores it: PostgreSQL's type, SQLite's text or integer encoding.</summary>
internal enum ColumnKind
{
    Text,
    Uuid,
    Date,
    Timestamp,
    Numeric,
    Integer,
    BigInt,
    Boolean,
    Bytes,
}
