using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>A Block Kit layout block. Only the kinds we draw are modelled.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(SlackDivider), "divider")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
internal abstract record Block
{
    [JsonPropertyName("block_id")]
    public string? BlockId { get; init; }
}
