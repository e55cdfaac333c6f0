using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>A slash command Slack sent (signature already checked) and when it arrived, which starts its trigger's clock.</summary>
internal sealed record SlackCommandWork(SlashCommand Command, DateTimeOffset ReceivedAt) : ITurnWork
{
    public string Description => $"slack command {Command.Command}";
}
