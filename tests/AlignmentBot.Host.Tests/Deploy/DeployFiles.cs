using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AlignmentBot.Host.Tests.Deploy;

/// <summary>The deploy files as the tools that run them read them: Dockerfile instructions, compose YAML, unit keys, Bicep app settings.</summary>
internal static partial class DeployFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Dockerfile instructions of the last stage, continuation lines joined: (INSTRUCTION, arguments).</summary>
    public static IReadOnlyList<(string Instruction, string Arguments)> DockerfileRuntimeStage()
    {
        var joined = Regex.Replace(File.ReadAllText(Path("deploy", "Dockerfile")), @"\\\r?\n", " ");
        var instructions = joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Instruction: l.Split(' ', 2)[0].ToUpperInvariant(), Arguments: l.Split(' ', 2).ElementAtOrDefault(1)?.Trim() ?? ""))
            .ToList();
        var lastFrom = instructions.FindLastIndex(i => i.Instruction == "FROM");
        return instructions[lastFrom..];
    }

    /// <summary>ENV of the runtime stage as the container sees it.</summary>
    public static IReadOnlyDictionary<string, string> DockerfileEnvironment()
        => DockerfileRuntimeStage().Where(i => i.Instruction == "ENV")
            .SelectMany(i => EnvPair().Matches(i.Arguments))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value, StringComparer.Ordinal);

    /// <summary>The JSON array of an exec-form instruction (ENTRYPOINT, CMD, HEALTHCHECK ... CMD).</summary>
    public static string[] ExecForm(string arguments)
    {
        var json = arguments[arguments.IndexOf('[', StringComparison.Ordinal)..];
        return JsonNode.Parse(json)!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
    }

    public static YamlMappingNode Compose()
    {
        // Merge keys (<<: *bot) applied, as docker compose applies them.
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path("deploy", "compose.yaml"));
        yaml.Load(new YamlDotNet.Core.MergingParser(new YamlDotNet.Core.Parser(reader)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static YamlMappingNode Map(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return (YamlMappingNode)node;
    }

    public static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    /// <summary>[Service] keys of the systemd unit; a key given several times keeps every value.</summary>
    public static ILookup<string, string> SystemdService()
    {
        var section = "";
        var pairs = new List<(string Key, string Value)>();
        foreach (var raw in File.ReadAllLines(Path("deploy", "systemd", "alignmentbot.service")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                section = line;
                continue;
            }

            if (section == "[Service]")
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                pairs.Add((line[..equals], line[(equals + 1)..]));
            }
        }

        return pairs.ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Environment= assignments of the unit, quotes removed.</summary>
    public static IReadOnlyDictionary<string, string> SystemdEnvironment()
        => SystemdService()["Environment"].Select(v => v.Trim('"')).Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    public static string Bicep() => File.ReadAllText(Path("deploy", "azure", "main.bicep"));

    /// <summary>The app settings the Bicep template gives the web app: name and the value expression as written.</summary>
    public static IReadOnlyDictionary<string, string> BicepAppSettings()
        => BicepSetting().Matches(Bicep()).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    /// <summary>KEY=value lines of an env file.</summary>
    public static IReadOnlyDictionary<string, string> EnvFile(params string[] path)
        => File.ReadAllLines(Path(path)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>Every configuration key appsettings.example.json documents, as "Section:Key" paths.</summary>
    public static IReadOnlySet<string> DocumentedKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(JsonNode? node, string prefix)
        {
            if (node is JsonObject o)
            {
                foreach (var (key, value) in o.Where(p => !p.Key.StartsWith("//", StringComparison.Ordinal)))
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}:{key}";
                    keys.Add(path);
                    Walk(value, path);
                }
            }
        }

        Walk(JsonNode.Parse(File.ReadAllText(Path("appsettings.example.json"))), "");
        return keys;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AlignmentBot.sln not found above the test output folder");
    }

    [GeneratedRegex("(?<key>[A-Za-z_][A-Za-z0-9_]*)=(\"(?<quoted>[^\"]*)\"|(?<bare>\\S+))")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"\{\s*name:\s*'(?<name>[^']+)'\s*,\s*value:\s*(?<value>.+?)\s*\}\s*$", RegexOptions.Multiline)]
    private static partial Regex BicepSetting();
}
