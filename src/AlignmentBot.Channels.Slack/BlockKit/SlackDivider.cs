namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record SlackDivider : Block;
