using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AlignmentBot.Channels.Teams;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Host.Web;
using YamlDotNet.RepresentationModel;

namespace AlignmentBot.Host.Tests.Deploy;

/// <summary>The deploy files set real settings of the product and keep the promises docs/deploy.md makes about them.</summary>
public sealed class DeployConfigurationTests
{
    /// <summary>Variables read by the platform or a library, not by the product's configuration, and why each is there.</summary>
    private static readonly Dictionary<string, string> PlatformVariables = new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_HTTP_PORTS"] = "ASP.NET Core's listening port",
        ["ASPNETCORE_ENVIRONMENT"] = "ASP.NET Core's environment name",
        ["DOTNET_NOLOGO"] = "the dotnet host's banner",
        ["PGPASSWORD"] = "Npgsql's password when the connection string has none",
        ["WEBSITES_PORT"] = "App Service's container port",
        ["POSTGRES_PASSWORD"] = "the postgres image's superuser password (compose only)",
    };

    [Fact]
    public void EveryDeployFile_EveryVariableItSets_IsADocumentedSettingOrAKnownPlatformVariable()
    {
        var documented = DeployFiles.DocumentedKeys();
        var set = new List<(string File, string Variable)>();
        set.AddRange(DeployFiles.DockerfileEnvironment().Keys.Select(k => ("deploy/Dockerfile", k)));
        set.AddRange(BotServices().SelectMany(s => Keys(DeployFiles.Map(s.Value, "environment"))).Select(k => ("deploy/compose.yaml", k)));
        set.AddRange(DeployFiles.EnvFile("deploy", "example.env").Keys.Select(k => ("deploy/example.env", k)));
        set.AddRange(DeployFiles.SystemdEnvironment().Keys.Select(k => ("deploy/systemd/alignmentbot.service", k)));
        set.AddRange(DeployFiles.BicepAppSettings().Keys.Select(k => ("deploy/azure/main.bicep", k)));

        Assert.True(set.Count >= 30, $"only {set.Count} variables found: the parsers no longer read the files");
        var unknown = set.Where(s => !PlatformVariables.ContainsKey(s.Variable)
                                     && !s.Variable.StartsWith("Logging__Console__", StringComparison.Ordinal)
                                     && !documented.Contains(s.Variable.Replace("__", ":", StringComparison.Ordinal)))
            .Select(s => $"{s.File}: {s.Variable}");
        Assert.Empty(unknown);
    }

    [Fact]
    public void DocumentedKeys_ReadFromAppSettingsExample_KnowTheKeysTheDeployFilesUse()
    {
        // Guards the test above against a parser that finds nothing and so lets everything through.
        var documented = DeployFiles.DocumentedKeys();

        Assert.Contains("Storage:Provider", documented);
        Assert.Contains("ConnectionStrings:AlignmentBot", documented);
        Assert.Contains("Slack:BotToken", documented);
        Assert.DoesNotContain("Slack:BotTokens", documented);
    }

    [Fact]
    public void Dockerfile_RuntimeStage_RunsAsNonRootWithTheDatabaseInTheVolumeAndAHealthcheck()
    {
        var stage = DeployFiles.DockerfileRuntimeStage();
        var environment = DeployFiles.DockerfileEnvironment();
        string Last(string instruction) => stage.Last(i => i.Instruction == instruction).Arguments;

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", Last("FROM").Replace("${DOTNET_VERSION}", "10.0", StringComparison.Ordinal), StringComparison.Ordinal);
        var user = Last("USER");
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);

        var volume = Last("VOLUME");
        var database = Regex.Match(environment["ConnectionStrings__AlignmentBot"], "Data Source=(?<path>[^;]+)").Groups["path"].Value;
        Assert.Equal(volume, Path.GetDirectoryName(database));
        Assert.Equal(volume, Last("WORKDIR"));

        Assert.Equal(environment["ASPNETCORE_HTTP_PORTS"], Last("EXPOSE"));
        Assert.Equal(["dotnet", "/app/AlignmentBot.Host.dll"], DeployFiles.ExecForm(Last("ENTRYPOINT")));
        Assert.Equal(["serve"], DeployFiles.ExecForm(Last("CMD")));
        var healthcheck = Last("HEALTHCHECK");
        Assert.Equal(["dotnet", "/app/AlignmentBot.Host.dll", "healthcheck"], DeployFiles.ExecForm(healthcheck));
    }

    [Fact]
    public void Compose_TwoInstances_RunOnPostgresAfterTheDatabaseIsHealthyWithTheirOwnHealthchecks()
    {
        var compose = DeployFiles.Compose();
        var bots = BotServices().ToArray();

        Assert.Equal(2, bots.Length);
        foreach (var (name, bot) in bots)
        {
            var environment = DeployFiles.Map(bot, "environment");
            Assert.Equal("Postgres", DeployFiles.Scalar(environment, "Storage__Provider"));
            Assert.StartsWith("Host=db;", DeployFiles.Scalar(environment, "ConnectionStrings__AlignmentBot"), StringComparison.Ordinal);
            Assert.DoesNotContain("Password", DeployFiles.Scalar(environment, "ConnectionStrings__AlignmentBot"), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("service_healthy", DeployFiles.Scalar(DeployFiles.Map(bot, "depends_on", "db"), "condition"));
            var test = ((YamlSequenceNode)DeployFiles.Map(bot, "healthcheck").Children[new YamlScalarNode("test")]).Select(n => ((YamlScalarNode)n).Value!).ToArray();
            Assert.Equal(["CMD", "dotnet", "/app/AlignmentBot.Host.dll", "healthcheck"], test);
            Assert.True(TimeSpan.FromSeconds(int.Parse(DeployFiles.Scalar(bot, "stop_grace_period").TrimEnd('s'))) >= DrainBudget + TimeSpan.FromSeconds(5), $"{name} stop_grace_period");

            // Secrets come from .env, never from the file itself.
            foreach (var secret in new[] { "PGPASSWORD", "Slack__BotToken", "Slack__AppToken", "Slack__SigningSecret", "MicrosoftAppPassword" })
            {
                Assert.Matches(@"^\$\{[A-Za-z_]+(:[-?][^}]*)?\}$", DeployFiles.Scalar(environment, secret));
            }
        }

        var db = DeployFiles.Map(compose, "services", "db");
        Assert.Contains("pg_isready", DeployFiles.Map(db, "healthcheck").Children[new YamlScalarNode("test")].ToString(), StringComparison.Ordinal);
        var lb = DeployFiles.Map(compose, "services", "lb");
        Assert.All(bots, b => Assert.Equal("service_healthy", DeployFiles.Scalar(DeployFiles.Map(lb, "depends_on", b.Key), "condition")));

        var nginx = File.ReadAllText(DeployFiles.Path("deploy", "nginx.conf"));
        var port = DeployFiles.DockerfileEnvironment()["ASPNETCORE_HTTP_PORTS"];
        Assert.All(bots, b => Assert.Contains($"server {b.Key}:{port}", nginx, StringComparison.Ordinal));
    }

    [Fact]
    public void SystemdUnit_HardenedWithStateDirectoryAndStopsAfterTheDrain()
    {
        var service = DeployFiles.SystemdService();
        string One(string key) => Assert.Single(service[key]);

        Assert.Equal("on-failure", One("Restart"));
        Assert.Contains(ConfigurationProblems.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), One("RestartPreventExitStatus").Split(' '));
        Assert.True(TimeSpan.FromSeconds(int.Parse(One("TimeoutStopSec").TrimEnd('s'))) >= DrainBudget + TimeSpan.FromSeconds(5));
        Assert.Equal("yes", One("NoNewPrivileges"));
        Assert.Equal("strict", One("ProtectSystem"));
        Assert.Equal("yes", One("DynamicUser"));
        Assert.StartsWith("-/etc/", One("EnvironmentFile"), StringComparison.Ordinal);
        var state = $"/var/lib/{One("StateDirectory")}";
        Assert.Equal(state, One("WorkingDirectory"));
        Assert.Equal($"Data Source={state}/alignmentbot.db", DeployFiles.SystemdEnvironment()["ConnectionStrings__AlignmentBot"]);
        Assert.Contains("AlignmentBot.Host.dll serve", One("ExecStart"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bicep_AppSettingsAndBot_PointAtTheProductsKeysEndpointsAndKeyVault()
    {
        var bicep = DeployFiles.Bicep();
        var settings = DeployFiles.BicepAppSettings();

        Assert.Equal("'Postgres'", settings["Storage__Provider"]);
        Assert.Equal("'SingleTenant'", settings["MicrosoftAppType"]);
        Assert.Equal("botAppId", settings["MicrosoftAppId"]);
        Assert.Equal("botTenantId", settings["MicrosoftAppTenantId"]);
        Assert.StartsWith("'Host=", settings["ConnectionStrings__AlignmentBot"], StringComparison.Ordinal);
        Assert.StartsWith("'${keyVaultReference}", settings["MicrosoftAppPassword"], StringComparison.Ordinal);
        Assert.StartsWith("'${keyVaultReference}", settings["PGPASSWORD"], StringComparison.Ordinal);
        Assert.DoesNotContain("botAppPassword", string.Join('\n', settings.Values), StringComparison.Ordinal);

        Assert.Contains($"healthCheckPath: '{HealthEndpoints.Path}'", bicep, StringComparison.Ordinal);
        Assert.Contains($"endpoint: 'https://${{app.properties.defaultHostName}}{TeamsChannelExtensions.MessagesPath}'", bicep, StringComparison.Ordinal);
        Assert.Contains("msaAppType: 'SingleTenant'", bicep, StringComparison.Ordinal);
        Assert.Contains("channelName: 'MsTeamsChannel'", bicep, StringComparison.Ordinal);
        Assert.Contains($"linuxFxVersion: 'DOTNETCORE|{Environment.Version.Major}.0'", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void BicepParametersExample_NamesOnlyDeclaredParametersAndEveryRequiredOne()
    {
        var declared = Regex.Matches(DeployFiles.Bicep(), @"^param (?<name>\w+) (?<type>\w+)(?<default> =)?", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Success);
        var example = JsonNode.Parse(File.ReadAllText(DeployFiles.Path("deploy", "azure", "main.parameters.example.json")))!["parameters"]!.AsObject().Select(p => p.Key).ToArray();

        Assert.All(example, p => Assert.True(declared.ContainsKey(p), $"{p} is not a parameter of main.bicep"));
        Assert.All(declared.Where(d => !d.Value).Select(d => d.Key), required => Assert.Contains(required, example));
    }

    /// <summary>How long the host may take to finish turns in flight after SIGTERM; stop timeouts must exceed it.</summary>
    private static readonly TimeSpan DrainBudget = TimeSpan.FromSeconds(25);

    private static IEnumerable<KeyValuePair<string, YamlMappingNode>> BotServices()
        => DeployFiles.Map(DeployFiles.Compose(), "services").Children
            .Where(s => ((YamlMappingNode)s.Value).Children.ContainsKey(new YamlScalarNode("build")))
            .Select(s => KeyValuePair.Create(((YamlScalarNode)s.Key).Value!, (YamlMappingNode)s.Value));

    private static IEnumerable<string> Keys(YamlMappingNode map) => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
