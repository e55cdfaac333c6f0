using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Json;
using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Channels.Slack.Tests.BlockKit;

internal static class RendererFactory
{
    public static (BlockKitRenderer Renderer, ISlackFormStore Forms) Create()
    {
        var forms = new MemorySlackFormStore(new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        return (new BlockKitRenderer(forms), forms);
    }

    public static JsonArray ToJson(IReadOnlyList<Block>? blocks)
        => JsonNode.Parse(JsonSerializer.Serialize(blocks?.ToList() ?? [], SlackJsonContext.Default.ListBlock))!.AsArray();

    public static JsonObject ToJson(SlackView view)
        => JsonNode.Parse(JsonSerializer.Serialize(view, SlackJsonContext.Default.SlackView))!.AsObject();
}
