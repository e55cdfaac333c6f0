namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>A message ready for chat.postMessage or a response_url: fallback text plus blocks (none for plain text).</summary>
internal sealed record RenderedMessage(string Text, IReadOnlyList<Block>? Blocks);
