using System.Text.Json.Nodes;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>One Web API call or response_url post the stand-in received.</summary>
public sealed record ApiCall(string Method, string? Token, JsonObject Args, DateTimeOffset At, string ContentType)
{
    public string? Arg(string name) => Args[name] is JsonValue value ? value.ToString() : Args[name]?.ToJsonString();
}
