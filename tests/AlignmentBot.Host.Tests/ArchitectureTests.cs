using System.Reflection;

namespace AlignmentBot.Host.Tests;

/// <summary>The layering in docs/architecture.md, enforced: the domain has no I/O, protocol code stays at the edge, only scheduling knows Quartz, only the host knows OpenTelemetry.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] OurProjects =
    [
        "AlignmentBot.Domain", "AlignmentBot.Conversations", "AlignmentBot.Application", "AlignmentBot.Channels.Teams",
        "AlignmentBot.Channels.Slack", "AlignmentBot.Storage", "AlignmentBot.Scheduling", "AlignmentBot.Host",
        "AlignmentBot.Integrations.Crm", "AlignmentBot.Integrations.Crm.StandIns",
    ];

    public static TheoryData<string, string[]> Allowed => new()
    {
        { "AlignmentBot.Domain", [] },
        { "AlignmentBot.Conversations", [] },
        { "AlignmentBot.Application", ["AlignmentBot.Domain", "AlignmentBot.Conversations"] },
        { "AlignmentBot.Channels.Teams", ["AlignmentBot.Conversations"] },
        { "AlignmentBot.Channels.Slack", ["AlignmentBot.Conversations"] },
        { "AlignmentBot.Storage", ["AlignmentBot.Application", "AlignmentBot.Domain", "AlignmentBot.Conversations"] },
        { "AlignmentBot.Scheduling", ["AlignmentBot.Application", "AlignmentBot.Domain", "AlignmentBot.Conversations"] },

        // CRM protocol code (HTTP, wire DTOs, OAuth) sees only the ports it implements.
        { "AlignmentBot.Integrations.Crm", ["AlignmentBot.Application", "AlignmentBot.Domain", "AlignmentBot.Conversations"] },

        // The stand-ins share nothing with the clients they stand in for.
        { "AlignmentBot.Integrations.Crm.StandIns", [] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Project_ReferencesOnlyWhatTheDesignAllows(string project, string[] allowed)
    {
        var assembly = Load(project);

        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => OurProjects.Contains(n)).ToArray();

        Assert.All(ours, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(Domain.Goals.Goal).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"Domain references {name}"));
    }

    [Fact]
    public void OnlyScheduling_ReferencesQuartz()
    {
        foreach (var project in OurProjects.Where(p => p != "AlignmentBot.Scheduling"))
        {
            var assembly = Load(project);
            Assert.True(assembly.GetReferencedAssemblies().All(a => !a.Name!.StartsWith("Quartz", StringComparison.Ordinal)), $"{project} references Quartz");
        }
    }

    [Fact]
    public void OnlyHost_ReferencesOpenTelemetry()
    {
        foreach (var project in OurProjects.Where(p => p != "AlignmentBot.Host"))
        {
            var assembly = Load(project);
            Assert.True(assembly.GetReferencedAssemblies().All(a => !a.Name!.StartsWith("OpenTelemetry", StringComparison.Ordinal)), $"{project} references OpenTelemetry");
        }

        Assert.Contains(Load("AlignmentBot.Host").GetReferencedAssemblies(), a => a.Name!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySourceProject_IsCheckedHere()
    {
        var src = RepositoryDirectory("src");

        var projects = Directory.GetDirectories(src, "AlignmentBot.*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(OurProjects.Order(StringComparer.Ordinal), projects);
        Assert.Equal(OurProjects.Where(p => p != "AlignmentBot.Host").Order(StringComparer.Ordinal), Allowed.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A control character in a source or data file is a lost escape: a regex's <c>\b</c> written through a tool as a
    /// backspace (U+0008) still compiles, and the reader then silently never matches (SlaSigning's who-signs question and
    /// LeadParsing's "the queue" did). Tabs and line ends are the only ones allowed.
    /// </summary>
    [Fact]
    public void SourceAndDataFiles_HaveNoControlCharacters()
    {
        string[] kinds = [".cs", ".scn", ".txt", ".md", ".json", ".csproj", ".props", ".targets", ".sh", ".js", ".yml", ".yaml"];
        var root = Path.GetDirectoryName(RepositoryDirectory("src"))!;
        var files = new[] { "src", "tests", "docs", "bench" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => kinds.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .ToList();

        var found = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => l.Text.Any(c => char.IsControl(c) && c != '\t'))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: U+{(int)l.Text.First(c => char.IsControl(c) && c != '\t'):X4}")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} files found under {root}");
        Assert.True(found.Count == 0, "control characters (a lost escape such as \\b?):\n" + string.Join("\n", found));
    }

    /// <summary>A project that cannot be loaded fails the rule instead of passing it unchecked.</summary>
    private static Assembly Load(string name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException ex)
        {
            Assert.Fail($"{name} could not be loaded, so its references cannot be checked ({ex.Message}). The test project must reference AlignmentBot.Host, which references every project.");
            throw;
        }
    }

    private static string RepositoryDirectory(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new InvalidOperationException($"No AlignmentBot.sln above {AppContext.BaseDirectory}");
    }
}
