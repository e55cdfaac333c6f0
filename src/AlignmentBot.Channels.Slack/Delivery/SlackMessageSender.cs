using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>
/// Proactive posts (digests, reminders) with chat.postMessage. Rate limits are per channel inside the client, so
/// a digest fanning out to many channels is held back only where Slack would refuse it.
/// </summary>
internal sealed class SlackMessageSender(IChatApi chat, BlockKitRenderer renderer, ISlackFormStore forms, IOptions<SlackOptions> options) : IMessageSender
{
    public const string NotConfigured = "Slack is not configured here: Slack:BotToken is not set.";

    public string ChannelId => SlackAddresses.ChannelId;

    public string? CannotPostTo(ConversationAddress to) => options.Value.Enabled ? null : NotConfigured;

    public async Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return SendResult.Failed(NotConfigured, permanent: true);
        }

        try
        {
            string? first = null;
            foreach (var part in Parts(message))
            {
                var rendered = renderer.Message(part);
                await forms.FlushAsync(cancellationToken);
                var response = await chat.PostMessageAsync(new PostMessageRequest(to.ConversationId, rendered.Text) { Blocks = rendered.Blocks, ThreadTs = to.ThreadId }, cancellationToken);
                first ??= response.Ts;
            }

            return SendResult.Ok(first);
        }
        catch (SlackApiException ex)
        {
            return SendResult.Failed(Describe(ex.Error), ex.IsPermanent);
        }
    }

    /// <summary>
    /// What `digest list` and the next digest show: Slack's code (searchable in its docs) and, for the failures a
    /// workspace admin can fix, what to do about it.
    /// </summary>
    internal static string Describe(string error) => error switch
    {
        "not_in_channel" => "Slack refused the post: not_in_channel (invite the bot to the channel with /invite).",
        "channel_not_found" => "Slack refused the post: channel_not_found (the channel was deleted, or it is private and the bot is not in it).",
        "is_archived" => "Slack refused the post: is_archived (the channel is archived; unarchive it or move the digest).",
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "account_inactive"
            => $"Slack refused the post: {error} (the bot token no longer works; reinstall the app and update Slack:BotToken).",
        "missing_scope" => "Slack refused the post: missing_scope (the app needs the chat:write scope; reinstall it).",
        "ratelimited" => "Slack kept rate-limiting the post: ratelimited.",
        _ => $"Slack refused the post: {error}.",
    };

    /// <summary>Plain text beyond Slack's 40,000 characters is sent as several messages rather than truncated.</summary>
    private static IEnumerable<OutgoingMessage> Parts(OutgoingMessage message)
        => message.Card is not null || message.Text.Length <= BlockKitLimits.MessageText - 1_000
            ? [message]
            : Mrkdwn.Split(message.Text, BlockKitLimits.MessageText - 1_000).Select(chunk => new OutgoingMessage(chunk));
}
