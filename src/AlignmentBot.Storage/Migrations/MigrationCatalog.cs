using System.Reflection;
using System.Text.RegularExpressions;

namespace AlignmentBot.Storage.Migrations;

/// <summary>Migrations are SQL files embedded in this assembly: Migrations/{Engine}/NNNN_name.sql.</summary>
public static partial class MigrationCatalog
{
    public static IReadOnlyList<Migration> For(string folder)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{folder}.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = FileName().Match(resource[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        var ordered = migrations.OrderBy(m => m.Version).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations for {folder} must be numbered 1..n without gaps; found {ordered[i].Version} at position {i + 1}.");
            }
        }

        return ordered;
    }

    [GeneratedRegex(@"^_?(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
