using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Host.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Host.Tests;

/// <summary>
/// Every configuration key the code reads is in appsettings.example.json and in docs/contracts.md, and neither
/// names a key the code does not read. The keys come from the options classes themselves: every class in the
/// product whose name ends in "Options" and that configuration can create is one, and must say which section it
/// is bound from (a <c>Section</c> constant). Each section's binding is then checked for real: the composed web
/// host is given a probe value for every key and must hand each one to the property it belongs to.
/// </summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly string[] ProductAssemblies =
    [
        "AlignmentBot.Domain", "AlignmentBot.Conversations", "AlignmentBot.Application", "AlignmentBot.Channels.Teams",
        "AlignmentBot.Channels.Slack", "AlignmentBot.Storage", "AlignmentBot.Scheduling", "AlignmentBot.Integrations.Crm", "AlignmentBot.Host",
    ];

    /// <summary>Keys the code reads without an options class.</summary>
    private static readonly string[] RootKeys = [$"ConnectionStrings:{HostServiceCollectionExtensions.ConnectionStringName}", "Urls", "DataProtection:KeysDirectory"];

    /// <summary>Sections the framework owns: any key under them may be documented.</summary>
    private static readonly string[] FrameworkSections = ["Logging"];

    /// <summary>
    /// Bot Framework's identity sits at the configuration root, as in every Bot Framework sample: these properties of
    /// <see cref="Channels.Teams.Configuration.BotFrameworkOptions"/> are read from there, not from its section.
    /// </summary>
    private static readonly string[] BotFrameworkRootProperties = ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType"];

    /// <summary>Options classes the code reads straight from configuration instead of through dependency injection, and where.</summary>
    private static readonly Dictionary<Type, string> ReadOutsideTheContainer = new()
    {
        [typeof(StorageOptions)] = "HostServiceCollectionExtensions.Storage picks the storage engine before any service exists",
    };

    [Fact]
    public void EveryOptionsClass_SaysWhichSectionItIsBoundFrom()
    {
        var missing = OptionsClasses().Where(t => SectionOf(t) is null).Select(t => t.FullName).ToList();

        Assert.True(missing.Count == 0,
            "These classes look like configuration (their name ends in Options and configuration can create them) but have no " +
            $"'public const string Section': {string.Join(", ", missing)}");
        Assert.Contains(typeof(Channels.Slack.SlackOptions), OptionsClasses());
    }

    [Fact]
    public void EveryKeyOfTheCode_IsInAppsettingsExampleJson()
    {
        var example = ExampleKeys();

        var maps = MapKeys();

        // A map ("Permissions:Admins") is shown by an example entry under it.
        var missing = CodeKeys().Where(k => !example.Contains(k) && !(maps.Contains(k) && example.Any(e => e.StartsWith(k + ":", StringComparison.Ordinal)))).ToList();

        Assert.True(missing.Count == 0, $"appsettings.example.json lacks these keys the code reads: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryKeyOfTheCode_IsInDocsContracts()
    {
        var contracts = File.ReadAllText(RepositoryFile("docs", "contracts.md"));

        var missing = CodeKeys().Where(k => !contracts.Contains($"`{k}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, $"docs/contracts.md lacks these keys the code reads (write each as `Section:Key`): {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryKeyInAppsettingsExampleJson_IsReadByTheCode()
    {
        var code = CodeKeys();

        var maps = MapKeys();

        var unknown = ExampleKeys().Where(k => !code.Contains(k) && !UnderFrameworkSection(k) && !maps.Any(m => k.StartsWith(m + ":", StringComparison.Ordinal))).ToList();

        Assert.True(unknown.Count == 0, $"appsettings.example.json has keys no options class or known root key reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EveryKeyInTheDocsConfigurationTables_IsReadByTheCode()
    {
        var code = CodeKeys();
        var documented = DocumentedKeys(File.ReadAllLines(RepositoryFile("docs", "contracts.md")));

        var unknown = documented.Where(k => !code.Contains(k) && !UnderFrameworkSection(k)).ToList();

        Assert.True(documented.Count > 20, $"found only {documented.Count} keys in the configuration tables of docs/contracts.md");
        Assert.True(unknown.Count == 0, $"docs/contracts.md documents keys no options class or known root key reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EveryOptionsClass_IsBoundFromItsSection_InTheComposedWebHost()
    {
        var probes = OptionsClasses().SelectMany(Keys).ToDictionary(k => k.ConfigurationKey, k => k, StringComparer.OrdinalIgnoreCase);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in probes.Values)
        {
            foreach (var (name, value) in key.ProbeSettings())
            {
                settings[name] = value;
            }
        }

        // The web host's composition with the probes on top. Building stops there: the probes are not valid settings
        // (validation would refuse them at start), and only where each value lands is checked here.
        IServiceCollection? registered = null;
        Assert.Throws<CompositionCaptured>(() => WebHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            registered = builder.Services;
            throw new CompositionCaptured();
        }));
        IServiceCollection copy = new ServiceCollection();
        foreach (var descriptor in registered!)
        {
            copy.Add(descriptor);
        }

        using var services = copy.BuildServiceProvider();

        var problems = new List<string>();
        var checkedKeys = 0;
        var bound = registered!.Select(d => d.ServiceType)
            .Where(s => s.IsGenericType && s.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(s => s.GetGenericArguments()[0])
            .Where(t => ProductAssemblies.Contains(t.Assembly.GetName().Name))
            .ToHashSet();
        foreach (var type in bound.Where(t => !OptionsClasses().Contains(t)))
        {
            problems.Add($"{type.FullName} is configured in the web host but is not found as an options class (name it ...Options and give it a Section)");
        }

        foreach (var type in OptionsClasses())
        {
            if (!bound.Contains(type))
            {
                if (!ReadOutsideTheContainer.ContainsKey(type))
                {
                    problems.Add($"{type.FullName} (section '{SectionOf(type)}') is bound nowhere in the web host");
                }

                continue;
            }

            var options = Activator.CreateInstance(type)!;
            var configureType = typeof(IConfigureOptions<>).MakeGenericType(type);
            foreach (var configure in services.GetServices(configureType))
            {
                configureType.GetMethod(nameof(IConfigureOptions<object>.Configure))!.Invoke(configure, [options]);
            }

            var keys = Keys(type).ToList();
            checkedKeys += keys.Count;
            problems.AddRange(keys.Where(k => !k.HoldsProbe(options)).Select(k => $"{k.ConfigurationKey} did not reach {type.Name}.{k.PropertyPath}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedKeys >= 40, $"only {checkedKeys} keys were probed");
    }

    private static List<Type> OptionsClasses()
        => ProductAssemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && t.Name.EndsWith("Options", StringComparison.Ordinal)
                        && t.GetConstructor(Type.EmptyTypes) is not null && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    private static string? SectionOf(Type type)
        => type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;

    private static HashSet<string> CodeKeys()
    {
        var keys = new HashSet<string>(RootKeys, StringComparer.Ordinal);
        foreach (var type in OptionsClasses())
        {
            keys.UnionWith(Keys(type).Select(k => k.ConfigurationKey));
        }

        return keys;
    }

    /// <summary>Keys whose entries are named by the operator (a workspace id under <c>Permissions:Admins</c>): a dictionary property.</summary>
    private static HashSet<string> MapKeys()
        => OptionsClasses().SelectMany(Keys).Where(k => k.IsMap).Select(k => k.ConfigurationKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>The configuration keys of one options class: its section, then each settable property; nested objects go one level deeper.</summary>
    private static IEnumerable<OptionsKey> Keys(Type type)
    {
        var section = SectionOf(type);
        if (section is null)
        {
            return [];
        }

        return Walk(type, []).Select(path => new OptionsKey(
            path.Count == 1 && type == typeof(Channels.Teams.Configuration.BotFrameworkOptions) && BotFrameworkRootProperties.Contains(path[0].Name)
                ? path[0].Name
                : $"{section}:{string.Join(':', path.Select(p => p.Name))}",
            path));
    }

    private static IEnumerable<IReadOnlyList<PropertyInfo>> Walk(Type type, IReadOnlyList<PropertyInfo> prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            var path = prefix.Append(property).ToList();
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (IsLeaf(property.PropertyType))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    yield return path;
                }
            }
            else if (IsMutableCollection(property.PropertyType))
            {
                // A get-only list is filled by the binder; a get-only read-only list is computed and not configuration.
                yield return path;
            }
            else if (property.PropertyType.IsClass && property.PropertyType.GetConstructor(Type.EmptyTypes) is not null)
            {
                foreach (var nested in Walk(property.PropertyType, path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan) || t == typeof(DateTimeOffset)
               || t == typeof(DateTime) || t == typeof(Uri) || t == typeof(Guid) || t.IsArray;
    }

    private static bool IsMutableCollection(Type type)
        => type != typeof(string) && (type.IsArray || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)));

    private static Type? MapValueType(Type type)
        => type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>) && i.GetGenericArguments()[0] == typeof(string))
            ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type)
        => type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))?.GetGenericArguments()[0];

    private static HashSet<string> ExampleKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryFile("appsettings.example.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Flatten(json.RootElement, null, keys);
        return keys;

        static void Flatten(JsonElement element, string? prefix, HashSet<string> keys)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                keys.Add(prefix!);
                return;
            }

            foreach (var property in element.EnumerateObject().Where(p => !p.Name.StartsWith("//", StringComparison.Ordinal)))
            {
                Flatten(property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}", keys);
            }
        }
    }

    /// <summary>The first column of every "| key | default | meaning |" table.</summary>
    private static List<string> DocumentedKeys(string[] lines)
    {
        var keys = new List<string>();
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("| key |", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            if (inTable && KeyCell().Match(line) is { Success: true } match)
            {
                keys.Add(match.Groups[1].Value);
            }
        }

        return keys;
    }

    private static bool UnderFrameworkSection(string key) => FrameworkSections.Any(s => key.StartsWith(s + ":", StringComparison.Ordinal));

    private static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException($"No AlignmentBot.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex KeyCell();

    private sealed class CompositionCaptured : Exception;

    /// <summary>One configuration key and the property path it binds to, with a probe value no default equals.</summary>
    private sealed record OptionsKey(string ConfigurationKey, IReadOnlyList<PropertyInfo> Path)
    {
        public string PropertyPath => string.Join('.', Path.Select(p => p.Name));

        private Type PropertyType => Path[^1].PropertyType;

        public bool IsMap => MapValueType(PropertyType) is not null;

        /// <summary>Distinct per key, so a value landing on the wrong property shows.</summary>
        private int Seed => 1_000 + (int)((uint)StringComparer.Ordinal.GetHashCode(ConfigurationKey) % 50_000);

        public IEnumerable<(string Key, string? Value)> ProbeSettings()
        {
            if (MapValueType(PropertyType) is { } valueType)
            {
                yield return IsMutableCollection(valueType)
                    ? ($"{ConfigurationKey}:probe:0", Text(ElementType(valueType)!))
                    : ($"{ConfigurationKey}:probe", Text(valueType));
                yield break;
            }

            if (IsMutableCollection(PropertyType) || PropertyType.IsArray)
            {
                yield return ($"{ConfigurationKey}:0", Text(ElementType(PropertyType)!));
                yield break;
            }

            yield return (ConfigurationKey, Text(PropertyType));
        }

        public bool HoldsProbe(object options)
        {
            var value = Path.Aggregate<PropertyInfo, object?>(options, (owner, property) => owner is null ? null : property.GetValue(owner));
            if (MapValueType(PropertyType) is { } valueType)
            {
                var entry = value is IDictionary map && map.Contains("probe") ? map["probe"] : null;
                return IsMutableCollection(valueType)
                    ? entry is IEnumerable items && items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))
                        .Contains(Convert.ToString(Parse(ElementType(valueType)!), CultureInfo.InvariantCulture))
                    : Equals(entry, Parse(valueType));
            }

            if (IsMutableCollection(PropertyType) || PropertyType.IsArray)
            {
                return value is IEnumerable items && items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))
                    .Contains(Convert.ToString(Parse(ElementType(PropertyType)!), CultureInfo.InvariantCulture));
            }

            return Equals(value, Parse(PropertyType));
        }

        private string Text(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            return Parse(type) switch
            {
                TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
                bool flag => flag ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other?.ToString() ?? throw new NotSupportedException($"No probe for {ConfigurationKey} of type {t}"),
            };
        }

        private object Parse(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (t == typeof(string))
            {
                return $"https://probe.invalid/{Seed}/";
            }

            if (t == typeof(Uri))
            {
                return new Uri($"https://probe.invalid/{Seed}/");
            }

            if (t == typeof(bool))
            {
                // Whatever a new instance says, the probe says the opposite; unset nullable flags probe as true.
                var fresh = Path.Count == 1 ? Path[0].GetValue(Activator.CreateInstance(Path[0].DeclaringType!)) : null;
                return fresh is not true;
            }

            if (t == typeof(TimeSpan))
            {
                return TimeSpan.FromSeconds(Seed);
            }

            if (t.IsEnum)
            {
                var fresh = Path.Count == 1 ? Path[0].GetValue(Activator.CreateInstance(Path[0].DeclaringType!)) : null;
                return Enum.GetValues(t).Cast<object>().Last(v => !Equals(v, fresh));
            }

            if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal))
            {
                return Convert.ChangeType(Seed, t, CultureInfo.InvariantCulture);
            }

            throw new NotSupportedException($"No probe value for {ConfigurationKey} of type {t.Name}; teach ConfigurationDocsTests one.");
        }
    }
}
