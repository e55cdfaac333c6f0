using System.Collections.Concurrent;
using System.Text;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Application.Tests.Import;

/// <summary>The "test" channel's files: what a download of each URL returns, and which limit the bot asked for.</summary>
internal sealed class FakeFileSource : ISharedFileSource
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<long> Limits { get; } = new();

    public string ChannelId => "test";

    public SharedFile Add(string name, string csv)
    {
        var url = $"https://files.example/{Guid.NewGuid():N}/{name}";
        Files[url] = Encoding.UTF8.GetBytes(csv);
        return new SharedFile(name, url, Files[url].Length, "csv");
    }

    public Task<SharedFileDownload> DownloadAsync(SharedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        Limits.Enqueue(maxBytes);
        if (!Files.TryGetValue(file.DownloadUrl, out var bytes))
        {
            return Task.FromResult(SharedFileDownload.Failed("the link expired"));
        }

        return Task.FromResult(bytes.Length > maxBytes ? SharedFileDownload.Oversized(maxBytes) : SharedFileDownload.Of(bytes));
    }
}
