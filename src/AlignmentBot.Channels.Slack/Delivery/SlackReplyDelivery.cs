using System.Text.Json;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>
/// Delivers a turn's result in Slack. A form opens as a modal while the interaction's trigger is fresh, and
/// otherwise arrives as a summary with a button that opens it. Replies go where they can be seen: the
/// response_url for channels (ephemeral, no membership needed), chat.postMessage for direct messages, and
/// a direct message to the person when the bot cannot post in the channel.
/// </summary>
internal sealed class SlackReplyDelivery(
    IChatApi chat,
    IViewsApi views,
    IConversationsApi conversations,
    ResponseUrlClient responseUrls,
    BlockKitRenderer renderer,
    ISlackFormStore forms,
    TimeProvider time,
    ILogger<SlackReplyDelivery> logger) : ITurnDelivery<ReplyContext>
{
    public async Task DeliverAsync(TurnResult result, ReplyContext context, CancellationToken cancellationToken)
    {
        var replies = result.Replies.ToList();
        if (result.ReplaceCard is { } replacement && !await TryReplaceAsync(replacement, context, cancellationToken))
        {
            replies.Insert(0, replacement);
        }

        if (result.InputErrors is { Count: > 0 } errors)
        {
            replies.Add(new OutgoingMessage("Some answers need another look:\n" + string.Join('\n', errors.Select(e => $"• {e.Key}: {e.Value}"))));
        }

        foreach (var reply in replies)
        {
            await PostAsync(reply, context, cancellationToken);
        }
    }

    public async Task PostAsync(OutgoingMessage reply, ReplyContext context, CancellationToken cancellationToken)
    {
        if (reply.Card is { IsForm: true } form && context.Trigger is { } trigger && trigger.TryTake(time.GetUtcNow())
            && await TryOpenModalAsync(form, context, trigger.Id, cancellationToken))
        {
            return;
        }

        var rendered = renderer.Message(reply);
        await forms.FlushAsync(cancellationToken);
        SlackApiException? failure = null;
        foreach (var route in Routes(context))
        {
            // A direct message is the answer to "the bot cannot post here", not to a hiccup that may pass.
            if (route == DirectMessageAsync && failure is not { IsPermanent: true })
            {
                break;
            }

            try
            {
                if (await route(rendered, context, cancellationToken))
                {
                    return;
                }
            }
            catch (SlackApiException ex)
            {
                failure = ex;
                logger.LogInformation("Slack reply to {Conversation} not delivered by {Method}: {Error}; trying the next way", context.Conversation.ConversationId, ex.Method, ex.Error);
            }
        }

        throw failure ?? new SlackApiException("chat.postMessage", "no_route", "no way to reach the conversation");
    }

    /// <summary>Opens <paramref name="form"/> as a modal; false when Slack refuses (an expired or used trigger).</summary>
    public async Task<bool> TryOpenModalAsync(Card form, ReplyContext context, string triggerId, CancellationToken cancellationToken)
    {
        try
        {
            var view = renderer.Modal(form, Metadata(form, context));
            await forms.FlushAsync(cancellationToken);
            await views.OpenAsync(new ViewsOpenRequest(triggerId, view), cancellationToken);
            return true;
        }
        catch (SlackApiException ex)
        {
            logger.LogInformation("Slack views.open failed ({Error}); offering the form as a message instead", ex.Error);
            return false;
        }
    }

    public string Metadata(Card form, ReplyContext context)
    {
        var submit = BlockKitRenderer.SubmitAction(form);
        var metadata = new FormContext
        {
            ChannelId = context.Conversation.ConversationId,
            ThreadTs = context.Conversation.ThreadId,
            MessageTs = context.SourceMessageTs,
            Ephemeral = context.SourceIsEphemeral,
            ResponseUrl = context.ResponseUrl,
            Verb = submit?.Verb ?? SlackIds.DefaultSubmitVerb,
            Data = submit?.Data?.ToDictionary(p => p.Key, p => p.Value),
            CardId = form.Id,
        };
        var json = JsonSerializer.Serialize(metadata, SlackJsonContext.Default.FormContext);
        return json.Length <= BlockKitLimits.PrivateMetadata
            ? json
            : JsonSerializer.Serialize(new FormContext { StoredKey = forms.Save(metadata) }, SlackJsonContext.Default.FormContext);
    }

    private async Task<bool> TryReplaceAsync(OutgoingMessage replacement, ReplyContext context, CancellationToken cancellationToken)
    {
        // A slash command has no message of ours to replace; only pressed buttons and offered forms do.
        if (context.SourceMessageTs is null)
        {
            return false;
        }

        var rendered = renderer.Message(replacement);
        await forms.FlushAsync(cancellationToken);
        try
        {
            if (context.ResponseUrl is { } url && await responseUrls.TryPostAsync(url, new ResponseUrlMessage(rendered.Text) { Blocks = rendered.Blocks, ReplaceOriginal = true }, cancellationToken))
            {
                return true;
            }
        }
        catch (SlackApiException ex)
        {
            logger.LogInformation("Slack replace_original failed: {Error}; trying chat.update", ex.Error);
        }

        if (context.SourceIsEphemeral)
        {
            return false;
        }

        try
        {
            await chat.UpdateAsync(new UpdateMessageRequest(context.Conversation.ConversationId, context.SourceMessageTs, rendered.Text) { Blocks = rendered.Blocks ?? [] }, cancellationToken);
            return true;
        }
        catch (SlackApiException ex)
        {
            logger.LogInformation("Slack chat.update failed: {Error}; posting the replacement as a new message", ex.Error);
            return false;
        }
    }

    private IEnumerable<Route> Routes(ReplyContext context)
        => context.IsDirectMessage
            ? [PostMessageAsync, ResponseUrlAsync]
            : [ResponseUrlAsync, PostMessageAsync, DirectMessageAsync];

    private delegate Task<bool> Route(RenderedMessage message, ReplyContext context, CancellationToken cancellationToken);

    private async Task<bool> ResponseUrlAsync(RenderedMessage message, ReplyContext context, CancellationToken cancellationToken)
        => context.ResponseUrl is { } url && await responseUrls.TryPostAsync(
            url,
            new ResponseUrlMessage(message.Text)
            {
                Blocks = message.Blocks,
                // Always ephemeral: a D… channel may be a DM between two people, where the bot should not speak up.
                ResponseType = "ephemeral",
                ThreadTs = context.Conversation.ThreadId,
            },
            cancellationToken);

    private async Task<bool> PostMessageAsync(RenderedMessage message, ReplyContext context, CancellationToken cancellationToken)
    {
        await chat.PostMessageAsync(new PostMessageRequest(context.Conversation.ConversationId, message.Text) { Blocks = message.Blocks, ThreadTs = context.Conversation.ThreadId }, cancellationToken);
        return true;
    }

    private async Task<bool> DirectMessageAsync(RenderedMessage message, ReplyContext context, CancellationToken cancellationToken)
    {
        var channel = await conversations.OpenDirectMessageAsync(context.UserId, cancellationToken);
        await chat.PostMessageAsync(new PostMessageRequest(channel, message.Text) { Blocks = message.Blocks }, cancellationToken);
        return true;
    }
}
