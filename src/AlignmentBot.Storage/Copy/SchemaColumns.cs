using System.Text.RegularExpressions;
using AlignmentBot.Storage.Migrations;

namespace AlignmentBot.Storage.Copy;

/// <summary>
/// Each table's columns and what they hold, read from the PostgreSQL migrations embedded in this build — the one
/// place that states types; SQLite stores most of them as text. Copy and checksum use it on either engine, so a row
/// hashes the same wherever it is read. A test compares it with PostgreSQL's own catalog.
/// </summary>
internal static partial class SchemaColumns
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(string Name, ColumnKind Kind)>>> Parsed = new(() => Parse(MigrationCatalog.For("Postgres")));

    public static IReadOnlyDictionary<string, IReadOnlyList<(string Name, ColumnKind Kind)>> Tables => Parsed.Value;

    internal static IReadOnlyDictionary<string, IReadOnlyList<(string Name, ColumnKind Kind)>> Parse(IEnumerable<Migration> migrations)
    {
        var tables = new Dictionary<string, List<(string, ColumnKind)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var migration in migrations)
        {
            foreach (Match table in CreateTable().Matches(migration.Sql))
            {
                var columns = tables[table.Groups["table"].Value.ToLowerInvariant()] = [];
                foreach (var line in table.Groups["body"].Value.Split('\n'))
                {
                    if (Column().Match(line) is { Success: true } column && !IsConstraint(column.Groups["name"].Value))
                    {
                        columns.Add((column.Groups["name"].Value.ToLowerInvariant(), KindOf(column.Groups["type"].Value)));
                    }
                }
            }

            foreach (Match added in AddColumn().Matches(migration.Sql))
            {
                tables[added.Groups["table"].Value.ToLowerInvariant()].Add((added.Groups["name"].Value.ToLowerInvariant(), KindOf(added.Groups["type"].Value)));
            }
        }

        return tables.ToDictionary(t => t.Key, t => (IReadOnlyList<(string, ColumnKind)>)t.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsConstraint(string word) => word.ToUpperInvariant() is "PRIMARY" or "UNIQUE" or "FOREIGN" or "CONSTRAINT" or "CHECK";

    private static ColumnKind KindOf(string type) => type.ToLowerInvariant() switch
    {
        "uuid" => ColumnKind.Uuid,
        "date" => ColumnKind.Date,
        "timestamptz" => ColumnKind.Timestamp,
        "numeric" => ColumnKind.Numeric,
        "integer" or "int" or "smallint" => ColumnKind.Integer,
        "bigint" => ColumnKind.BigInt,
        "boolean" or "bool" => ColumnKind.Boolean,
        "bytea" => ColumnKind.Bytes,
        "text" or "varchar" => ColumnKind.Text,
        _ => throw new InvalidOperationException($"The PostgreSQL migrations use a column type the copy does not know: {type}."),
    };

    [GeneratedRegex(@"CREATE TABLE (?<table>\w+)\s*\((?<body>.*?)\n\);", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s*(?<name>\w+)\s+(?<type>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex Column();

    [GeneratedRegex(@"ALTER TABLE (?<table>\w+) ADD COLUMN (?<name>\w+) (?<type>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex AddColumn();
}
