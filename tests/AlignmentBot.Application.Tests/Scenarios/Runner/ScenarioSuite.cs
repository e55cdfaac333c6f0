using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>The scenario files of one part ("tuning" or "sealed"), parsed, and run one by one or all together.</summary>
public sealed class ScenarioSuite(string part, IReadOnlyList<Scenario> scenarios, IReadOnlyList<string> errors, IReadOnlyList<string> files)
{
    /// <summary>Picks scenarios by id: a comma-separated list of ids or patterns with *, e.g. "leads-*,goals-003".</summary>
    public const string FilterVariable = "ALIGNMENTBOT_SCENARIO";

    public string Part { get; } = part;

    public IReadOnlyList<Scenario> Scenarios { get; } = scenarios;

    public IReadOnlyList<string> Errors { get; } = errors;

    public IReadOnlyList<string> Files { get; } = files;

    public static string Directory(string part) => Path.Combine(AppContext.BaseDirectory, "Scenarios", part);

    public static ScenarioSuite Load(string part)
    {
        var files = System.IO.Directory.GetFiles(Directory(part), "*.scn").Order(StringComparer.Ordinal).ToList();
        var scenarios = new List<Scenario>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            var (parsed, problems) = ScenarioParser.Parse(File.ReadAllText(file), $"{part}/{Path.GetFileName(file)}");
            scenarios.AddRange(parsed);
            errors.AddRange(problems);
        }

        errors.AddRange(scenarios.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => $"scenario id {g.Key} is used {g.Count()} times"));
        return new ScenarioSuite(part, scenarios, errors, files);
    }

    /// <summary>SHA-256 over the part's files, in ordinal name order, concatenated: <c>cat sealed/*.scn | sha256sum</c> with LC_ALL=C.</summary>
    public string Sha256()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string? Filter => Environment.GetEnvironmentVariable(FilterVariable) is { Length: > 0 } f ? f : null;

    public IReadOnlyList<Scenario> Selected(string? filter)
    {
        if (filter is null)
        {
            return Scenarios;
        }

        var patterns = filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Regex("^" + Regex.Escape(p).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase))
            .ToList();
        return Scenarios.Where(s => patterns.Any(p => p.IsMatch(s.Id))).ToList();
    }

    /// <summary>Runs the scenarios, a few at a time (each has its own database and clock), in file order in the results.</summary>
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken)
    {
        var results = new ScenarioResult[scenarios.Count];
        var parallel = int.TryParse(Environment.GetEnvironmentVariable("ALIGNMENTBOT_SCENARIO_PARALLEL"), out var p) && p > 0 ? p : 2;
        await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await ScenarioRunner.RunAsync(scenarios[i], ct));
        return results;
    }
}
