using System.Globalization;
using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>A slash command Slack sent (signature already checked) and when it arrived, which starts its trigger's clock.</summary>
internal sealed record SlackCommandWork([property: JsonPropertyName("command")] SlashCommand Command, [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"slack command {Command.Command} {Command.TriggerId}";

    /// <summary>Slack sends every command with a trigger_id; without one, who sent it and when stand in.</summary>
    [JsonIgnore]
    public TurnWorkKey Key => new(
        SlackAddresses.ChannelId,
        Command.TeamId ?? string.Empty,
        Command.ChannelId ?? string.Empty,
        "command:" + (Command.TriggerId ?? Command.ResponseUrl ?? $"{Command.UserId}@{ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}"));
}
