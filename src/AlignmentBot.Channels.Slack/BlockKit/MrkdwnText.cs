namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record MrkdwnText(string Text) : TextObject("mrkdwn", Text);
