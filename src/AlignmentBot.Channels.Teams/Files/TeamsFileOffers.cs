using System.Collections.Concurrent;
using System.Text.Json;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.State;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Files;

/// <summary>
/// Files the bot hands over in Teams. In a personal chat: a file consent card, with the bytes kept on the server under a
/// random id (shared through the database when instances share one) until the person accepts or declines. In a channel or
/// group chat, where Teams has no file consent: a note that files come in the 1:1 chat.
/// </summary>
internal sealed class TeamsFileOffers(IServiceProvider services, TimeProvider time)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>How long an offer can be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private const string Scope = "teams.file-offer";

    private readonly ISharedItemStore? _shared = services.GetService<ISharedItemStore>();
    private readonly ConcurrentDictionary<string, (string Json, DateTimeOffset ExpiresAt)> _memory = new(StringComparer.Ordinal);

    /// <summary>The activities that hand <paramref name="message"/>'s file over in the conversation <paramref name="inbound"/> came from.</summary>
    public async Task<IReadOnlyList<Activity>> ActivitiesAsync(OutgoingMessage message, FileAttachment file, Activity inbound, CancellationToken cancellationToken)
    {
        if (inbound.ChannelId != TeamsChannelId)
        {
            return OutgoingActivityFactory.Create(message, inbound.Locale);
        }

        var conversation = inbound.Conversation;
        if (conversation?.IsGroup == true || conversation?.ConversationType is "channel" or "groupChat")
        {
            return [OutgoingActivityFactory.Create(new OutgoingMessage(InPersonalChat(file)), inbound.Locale)[0]];
        }

        var id = Guid.NewGuid().ToString("N");
        await PutAsync(id, new FileOffer(conversation?.Id ?? string.Empty, file.Name, file.ContentType, file.Content), time.GetUtcNow() + Lifetime, cancellationToken);
        var consent = new FileConsentCard($"{file.Title} ({file.Name})", file.Content.LongLength, new FileOfferContext(id), new FileOfferContext(id));
        return
        [
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = message.Text + "\n\nAccept below and I'll put it in your OneDrive.",
                TextFormat = "markdown",
                Locale = inbound.Locale,
                Attachments = [new Attachment
                {
                    ContentType = Attachment.FileConsentContentType,
                    Name = file.Name,
                    Content = JsonSerializer.SerializeToElement(consent, TeamsJsonContext.Default.FileConsentCard),
                }],
            },
        ];
    }

    /// <summary>What a channel or group chat is told instead of getting a file.</summary>
    public static string InPersonalChat(FileAttachment file)
        => $"Teams lets me hand over files ({file.Name}) only in our 1:1 chat, where they go to your OneDrive. Open a chat with me and ask there, e.g. \"export the goals\".";

    public async Task<FileOffer?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        string? json;
        if (_shared is not null)
        {
            json = await _shared.GetAsync(Scope, id, now, cancellationToken);
        }
        else
        {
            json = _memory.TryGetValue(id, out var item) && item.ExpiresAt > now ? item.Json : null;
        }

        return json is null ? null : JsonSerializer.Deserialize(json, TeamsJsonContext.Default.FileOffer);
    }

    /// <summary>An offer answered once cannot be answered again (an accept replayed, a decline after an accept).</summary>
    public async Task ForgetAsync(string id, CancellationToken cancellationToken)
    {
        if (_shared is not null)
        {
            await _shared.PutAsync(Scope, id, "null", time.GetUtcNow(), cancellationToken);
            return;
        }

        _memory.TryRemove(id, out _);
    }

    private async Task PutAsync(string id, FileOffer offer, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(offer, TeamsJsonContext.Default.FileOffer);
        if (_shared is not null)
        {
            await _shared.PutAsync(Scope, id, json, expiresAt, cancellationToken);
            return;
        }

        foreach (var expired in _memory.Where(kv => kv.Value.ExpiresAt <= time.GetUtcNow()).Select(kv => kv.Key).ToArray())
        {
            _memory.TryRemove(expired, out _);
        }

        _memory[id] = (json, expiresAt);
    }
}
