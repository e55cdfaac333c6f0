using System.Text.RegularExpressions;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Channels.Slack.Tests.Interop;
using YamlDotNet.RepresentationModel;

namespace AlignmentBot.Channels.Slack.Tests.Conventions;

/// <summary>
/// The Slack app manifest asks for exactly the scopes the bot's events and Web API calls need (<see cref="SlackScopes"/>),
/// and that table covers every event the code handles and every method it calls.
/// </summary>
public sealed partial class ManifestScopeTests
{
    private static readonly string SlackSource = Path.Combine(NodeInterop.RepositoryRoot, "src", "AlignmentBot.Channels.Slack");

    [Fact]
    public void Manifest_BotScopes_AreExactlyTheScopesTheEventsAndMethodsNeed()
    {
        var manifest = Manifest();

        var granted = Sequence(manifest, "oauth_config", "scopes", "bot");

        var missing = SlackScopes.Required.Except(granted).Select(s => $"{s} (for {SlackScopes.UsedFor(s)})");
        Assert.Empty(missing);
        Assert.Empty(granted.Except(SlackScopes.Required)); // least privilege: nothing the bot does not use
    }

    [Fact]
    public void Manifest_EverySubscribedEvent_HasItsScopesInTheTable()
    {
        var events = Sequence(Manifest(), "settings", "event_subscriptions", "bot_events");

        Assert.Equal(SlackScopes.Events.Keys.Order(StringComparer.Ordinal), events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EventHandler_EveryEventTypeItHandles_IsSubscribedInTheManifest()
    {
        var subscribed = Sequence(Manifest(), "settings", "event_subscriptions", "bot_events");
        var handled = typeof(SlackEvent).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.NotEmpty(handled);
        Assert.All(handled, type => Assert.Contains(subscribed, e => e == type || e.StartsWith(type + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void WebApiClient_EveryMethodItCalls_HasItsScopesInTheTable()
    {
        var called = Directory.EnumerateFiles(SlackSource, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CallAsync().Matches(File.ReadAllText(file)).Select(m => m.Groups["method"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains("chat.postMessage", called); // the scan itself works
        Assert.All(called, method => Assert.True(
            SlackScopes.Methods.ContainsKey(method) || SlackScopes.AppTokenMethods.ContainsKey(method),
            $"{method} is called but SlackScopes does not say which scope it needs"));
    }

    [Fact]
    public void Manifest_SlashCommandsAndShortcuts_AskForTheCommandsScope()
    {
        var manifest = Manifest();
        var features = (YamlMappingNode)manifest.Children[new YamlScalarNode("features")];

        Assert.True(features.Children.ContainsKey(new YamlScalarNode("slash_commands")));
        Assert.Contains(SlackScopes.Commands, Sequence(manifest, "oauth_config", "scopes", "bot"));
    }

    [Theory]
    [InlineData("member_joined_channel", "channels:read")]
    [InlineData("member_joined_channel", "groups:read")]
    [InlineData("app_mention", "app_mentions:read")]
    [InlineData("message.im", "im:history")]
    public void Table_EventScopes_MatchSlacksDocumentation(string eventType, string scope)
        => Assert.Contains(scope, SlackScopes.Events[eventType]);

    private static YamlMappingNode Manifest()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(NodeInterop.RepositoryRoot, "manifests", "slack", "manifest.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string[] Sequence(YamlMappingNode root, params string[] path)
    {
        YamlNode node = root;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
    }

    [GeneratedRegex("CallAsync\\(\"(?<method>[a-z]+\\.[A-Za-z.]+)\"")]
    private static partial Regex CallAsync();
}
