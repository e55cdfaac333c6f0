namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record PlainText : TextObject
{
    public PlainText(string text)
        : base("plain_text", text) => Emoji = true;
}
