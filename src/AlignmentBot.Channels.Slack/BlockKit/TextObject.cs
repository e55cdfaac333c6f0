using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
[JsonDerivedType(typeof(MrkdwnText), "mrkdwn")]
internal abstract record TextObject([property: JsonPropertyName("text")] string Text);
