using System.Text.Json;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>
/// Delivers a turn's result in Slack. A form opens as a modal while the interaction's trigger is fresh, and
/// otherwise arrives as a summary with a button that opens it. Replies go where they can be seen: the
/// response_url for channels (ephemeral, no membership needed), chat.postMessage for direct messages, and
/// a direct message to the person when the bot cannot post in the channel.
/// <para>
/// The answer goes out in steps (the replaced card, then each reply), each recorded in the turn's journal right after
/// it is posted. A chat.postMessage reply carries message metadata naming the turn's inbox key and its step; when its
/// outcome is unknown (a timeout, a cut connection, a 5xx, or an attempt resumed after a crash), the conversation's
/// recent history is searched for it before it is posted again, and a reply found there counts as delivered.
/// A file share cannot carry metadata: when its outcome is unknown, a share of a file with the same name and title in the
/// conversation since the turn arrived counts as this step's, so a resumed export is not shared twice.
/// </para>
/// </summary>
internal sealed class SlackReplyDelivery : ITurnDelivery<ReplyContext>
{
    private readonly IChatApi chat;
    private readonly IViewsApi views;
    private readonly IConversationsApi conversations;
    private readonly IFilesApi files;
    private readonly ResponseUrlClient responseUrls;
    private readonly BlockKitRenderer renderer;
    private readonly ISlackFormStore forms;
    private readonly TimeProvider time;
    private readonly ILogger<SlackReplyDelivery> logger;
    private readonly ResiliencePipeline _replyRetry;

    public SlackReplyDelivery(
        IChatApi chat,
        IViewsApi views,
        IConversationsApi conversations,
        IFilesApi files,
        ResponseUrlClient responseUrls,
        BlockKitRenderer renderer,
        ISlackFormStore forms,
        IOptions<SlackOptions> options,
        TimeProvider time,
        ILogger<SlackReplyDelivery> logger)
    {
        this.chat = chat;
        this.views = views;
        this.conversations = conversations;
        this.files = files;
        this.responseUrls = responseUrls;
        this.renderer = renderer;
        this.forms = forms;
        this.time = time;
        this.logger = logger;
        _replyRetry = ReplyRetry(options.Value.Retry, time);
    }

    public async Task DeliverAsync(TurnResult result, ReplyContext context, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var steps = Steps(result);
        for (var step = journal.Delivered; step < steps.Count; step++)
        {
            var (message, replace) = steps[step];
            var tag = journal.Key is { } key ? new ReplyTag(key.ToString(), step, MayExist: journal.Resumed && step == journal.Delivered, journal.ReceivedAt) : null;

            // Replacing a card is idempotent, so a resumed attempt simply does it again.
            if (!replace || !await TryReplaceAsync(message, context, cancellationToken))
            {
                await PostAsync(message, context, tag, cancellationToken);
            }

            await journal.DeliveredAsync(step + 1, last: step + 1 == steps.Count, cancellationToken);
        }
    }

    /// <summary>The answer's steps, the same every time for the same result: the replaced card, the replies, the input errors.</summary>
    private static List<(OutgoingMessage Message, bool Replace)> Steps(TurnResult result)
    {
        var steps = new List<(OutgoingMessage, bool)>(result.Replies.Count + 2);
        if (result.ReplaceCard is { } replacement)
        {
            steps.Add((replacement, true));
        }

        steps.AddRange(result.Replies.Select(r => (r, false)));
        if (result.InputErrors is { Count: > 0 } errors)
        {
            steps.Add((new OutgoingMessage("Some answers need another look:\n" + string.Join('\n', errors.Select(e => $"• {e.Key}: {e.Value}"))), false));
        }

        return steps;
    }

    /// <summary>One message, outside any turn's answer (a notice, the form that could not open): no metadata, no lookup.</summary>
    public Task PostAsync(OutgoingMessage reply, ReplyContext context, CancellationToken cancellationToken) => PostAsync(reply, context, null, cancellationToken);

    private async Task PostAsync(OutgoingMessage reply, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken)
    {
        if (reply.Card is { IsForm: true } form && context.Trigger is { } trigger && trigger.TryTake(time.GetUtcNow())
            && await TryOpenModalAsync(form, context, trigger.Id, cancellationToken))
        {
            return;
        }

        var rendered = renderer.Message(reply);
        if (reply.File is { } file)
        {
            await UploadTaggedAsync(file, rendered.Text, context, tag, cancellationToken);
            return;
        }

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
                if (await route(rendered, context, tag, cancellationToken))
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

    /// <summary>
    /// An upload for a step of a turn's answer, retried like a reply while Slack's trouble lasts. Once the share may have
    /// landed (its answer was lost, or an earlier attempt of the turn stopped before recording the step), the conversation
    /// is looked at first and the file is not shared again if it is there.
    /// </summary>
    private async Task UploadTaggedAsync(FileAttachment file, string comment, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken)
    {
        if (tag is null)
        {
            await UploadAsync(file, comment, context, cancellationToken);
            return;
        }

        var attempt = new UploadAttempt(this, file, comment, context, tag) { MayExist = tag.MayExist };
        try
        {
            await _replyRetry.ExecuteAsync(static (a, ct) => new ValueTask(a.RunAsync(ct)), attempt, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SlackApiException("files.completeUploadExternal", "request_failed", "still failing after Slack:Retry:Timeout", ex) { MayHaveLanded = attempt.MayExist };
        }
    }

    /// <summary>
    /// True when a file with this name and title was shared in the conversation (or, from a channel, in the person's direct
    /// message, where a refused share goes) since the turn arrived.
    /// </summary>
    private async Task<bool> AlreadySharedAsync(FileAttachment file, ReplyContext context, ReplyTag tag, CancellationToken cancellationToken)
    {
        var since = (tag.Since ?? time.GetUtcNow() - TimeSpan.FromHours(1)) - TimeSpan.FromMinutes(1);
        async Task<bool> SharedInAsync(string channel, string? threadTs)
        {
            try
            {
                var recent = await conversations.RecentMessagesAsync(channel, threadTs, since, cancellationToken);
                return recent.Any(m => m.Files?.Any(f => f.Name == file.Name && f.Title == file.Title) == true);
            }
            catch (SlackApiException ex) when (!ex.IsTransient)
            {
                logger.LogWarning("Could not look for Slack file {Step} of {InboxKey} in {Channel} ({Error})", tag.Step, tag.Key, channel, ex.Error);
                return false;
            }
        }

        var found = await SharedInAsync(context.Conversation.ConversationId, context.Conversation.ThreadId)
                    || !context.IsDirectMessage && await SharedInAsync(await conversations.OpenDirectMessageAsync(context.UserId, cancellationToken), null);
        if (found)
        {
            logger.LogInformation("Slack file {Step} of {InboxKey} is already shared; not sharing it again", tag.Step, tag.Key);
        }

        return found;
    }

    /// <summary>
    /// A file (an export) with the reply's text as its comment: files.getUploadURLExternal, the bytes POSTed to the URL it
    /// gives, then files.completeUploadExternal into the conversation (its thread when there is one). Where the bot may not
    /// post (a channel it is not in, reached by /align), the file goes to the person's direct message instead.
    /// </summary>
    private async Task UploadAsync(FileAttachment file, string comment, ReplyContext context, CancellationToken cancellationToken)
    {
        var upload = await files.GetUploadUrlAsync(file.Name, file.Content.Length, cancellationToken);
        if (!Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var url) || string.IsNullOrEmpty(upload.FileId))
        {
            throw new SlackApiException("files.getUploadURLExternal", "invalid_response", "no upload_url or file_id");
        }

        await files.UploadAsync(url, file.Content, cancellationToken);
        var uploaded = new UploadedFile(upload.FileId, file.Title);
        try
        {
            await files.CompleteUploadAsync(uploaded, context.Conversation.ConversationId, context.Conversation.ThreadId, comment, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsPermanent && !context.IsDirectMessage)
        {
            logger.LogInformation("Slack file share in {Conversation} refused ({Error}); sending it as a direct message", context.Conversation.ConversationId, ex.Error);
            var channel = await conversations.OpenDirectMessageAsync(context.UserId, cancellationToken);
            await files.CompleteUploadAsync(uploaded, channel, null, comment + "\n(I can't share files in that channel, so here it is.)", cancellationToken);
        }
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

    private delegate Task<bool> Route(RenderedMessage message, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken);

    // A response_url post cannot be looked up afterwards: what it carried shows only to the person.
    private async Task<bool> ResponseUrlAsync(RenderedMessage message, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken)
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

    private async Task<bool> PostMessageAsync(RenderedMessage message, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken)
    {
        await PostTaggedAsync(new PostMessageRequest(context.Conversation.ConversationId, message.Text) { Blocks = message.Blocks, ThreadTs = context.Conversation.ThreadId }, tag, cancellationToken);
        return true;
    }

    private async Task<bool> DirectMessageAsync(RenderedMessage message, ReplyContext context, ReplyTag? tag, CancellationToken cancellationToken)
    {
        var channel = await conversations.OpenDirectMessageAsync(context.UserId, cancellationToken);
        await PostTaggedAsync(new PostMessageRequest(channel, message.Text) { Blocks = message.Blocks }, tag, cancellationToken);
        return true;
    }

    /// <summary>
    /// chat.postMessage for a step of a turn's answer: tagged with the step, retried while Slack's trouble lasts
    /// (within Slack:Retry:Timeout), and never sent again while it may already be there unless a look at the
    /// conversation shows that it is not.
    /// </summary>
    private async Task PostTaggedAsync(PostMessageRequest request, ReplyTag? tag, CancellationToken cancellationToken)
    {
        if (tag is null)
        {
            await chat.PostMessageAsync(request, cancellationToken);
            return;
        }

        var post = request with { Metadata = MessageMetadata.Reply(tag.Key, tag.Step) };
        var attempt = new PostAttempt(this, post, tag) { MayExist = tag.MayExist };
        try
        {
            await _replyRetry.ExecuteAsync(static (a, ct) => new ValueTask(a.RunAsync(ct)), attempt, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SlackApiException("chat.postMessage", "request_failed", "still failing after Slack:Retry:Timeout", ex) { MayHaveLanded = attempt.MayExist };
        }
    }

    private async Task<bool> AlreadyPostedAsync(PostMessageRequest post, ReplyTag tag, CancellationToken cancellationToken)
    {
        try
        {
            // A minute's margin for the difference between our clock and Slack's.
            var since = (tag.Since ?? time.GetUtcNow() - TimeSpan.FromHours(1)) - TimeSpan.FromMinutes(1);
            var recent = await conversations.RecentMessagesAsync(post.Channel, post.ThreadTs, since, cancellationToken);
            if (recent.Any(m => m.Metadata?.IsReply(tag.Key, tag.Step) == true))
            {
                logger.LogInformation("Slack reply {Step} to {InboxKey} is already in {Channel}; not posting it again", tag.Step, tag.Key, post.Channel);
                return true;
            }

            return false;
        }
        catch (SlackApiException ex) when (!ex.IsTransient)
        {
            // No history to read (a scope missing from an older install, say): post, and accept the duplicate risk.
            logger.LogWarning("Could not look for Slack reply {Step} to {InboxKey} in {Channel} ({Error}); posting it", tag.Step, tag.Key, post.Channel, ex.Error);
            return false;
        }
    }

    private static ResiliencePipeline ReplyRetry(WebApi.SlackRetrySettings retry, TimeProvider time)
        => new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(retry.Timeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SlackApiException>(e => e.IsTransient),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Exception is SlackApiException { RetryAfter: { } after } ? after : (TimeSpan?)null),
            })
            .Build();

    /// <summary>Which step of which turn's answer a message is, and whether an earlier attempt may already have posted it.</summary>
    private sealed record ReplyTag(string Key, int Step, bool MayExist, DateTimeOffset? Since);

    private sealed class UploadAttempt(SlackReplyDelivery delivery, FileAttachment file, string comment, ReplyContext context, ReplyTag tag)
    {
        public bool MayExist { get; set; }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            if (MayExist && await delivery.AlreadySharedAsync(file, context, tag, cancellationToken))
            {
                return;
            }

            try
            {
                await delivery.UploadAsync(file, comment, context, cancellationToken);
            }
            catch (SlackApiException ex) when (ex.MayHaveLanded)
            {
                MayExist = true;
                throw;
            }
        }
    }

    private sealed class PostAttempt(SlackReplyDelivery delivery, PostMessageRequest post, ReplyTag tag)
    {
        public bool MayExist { get; set; }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            if (MayExist && await delivery.AlreadyPostedAsync(post, tag, cancellationToken))
            {
                return;
            }

            try
            {
                await delivery.chat.PostMessageAsync(post, cancellationToken);
            }
            catch (SlackApiException ex) when (ex.MayHaveLanded)
            {
                MayExist = true;
                throw;
            }
        }
    }
}
