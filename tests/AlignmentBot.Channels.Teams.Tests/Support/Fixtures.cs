using System.Text.Json.Nodes;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>Real-shaped activities from Fixtures/*.json, with fields overridden per test.</summary>
public static class Fixtures
{
    public static JsonObject Load(string name)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!.AsObject();

    public static string Activity(string name, Action<JsonObject>? change = null)
    {
        var activity = Load(name);
        activity["id"] = Guid.NewGuid().ToString("N");
        change?.Invoke(activity);
        return activity.ToJsonString();
    }
}
