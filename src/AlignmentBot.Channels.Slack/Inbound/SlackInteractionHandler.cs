using System.Text.Json;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// Interactive payloads: button presses (block_actions), modal submissions (view_submission) and the
/// "Log as marketing request" message shortcut. A submission runs the bot inside Slack's 3-second budget so
/// invalid fields can be shown in the open modal; everything else is acknowledged first.
/// </summary>
internal sealed class SlackInteractionHandler(
    IBackgroundTurns background,
    IInboundDeduplicator dedupe,
    SlackIdentity identity,
    SlackUserDirectory users,
    SlackTurnRunner turns,
    SlackReplyDelivery delivery,
    ResponseUrlClient responseUrls,
    IConversationsApi conversations,
    ISlackFormStore forms,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInteractionHandler> logger)
{
    public const string ExpiredForm = "That form has expired. Ask me again and I'll bring a fresh one.";

    public const string SubmissionFailed = "Slack could not take this just now. Please try again in a moment.";

    public async Task<SlackAck> HandleAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (payload.Team?.Id is null || payload.User?.Id is null)
        {
            logger.LogWarning("Slack {Type} payload without team or user ignored", payload.Type);
            return SlackAck.Ok;
        }

        responseUrls.Register(payload.ResponseUrl, receivedAt);
        switch (payload.Type)
        {
            case InteractionPayload.BlockActions when payload.Actions is [var action, ..]:
                if (action.ActionId == SlackIds.OpenFormAction)
                {
                    // The trigger is good for 3 seconds: open the modal now rather than queue behind other turns.
                    _ = Task.Run(() => OpenFormAsync(payload, action, receivedAt, CancellationToken.None), CancellationToken.None);
                    return SlackAck.Ok;
                }

                return Enqueue($"slack action {action.ActionId}", ct => ActionAsync(payload, action, receivedAt, ct));
            case InteractionPayload.ViewSubmission when payload.View?.CallbackId == SlackIds.FormCallback:
                return await SubmitAsync(payload, receivedAt, cancellationToken);
            case InteractionPayload.MessageAction when payload.CallbackId == SlackIds.LogRequestShortcut:
                return Enqueue("slack shortcut log request", ct => ShortcutAsync(payload, receivedAt, ct));
            default:
                return SlackAck.Ok;
        }
    }

    private SlackAck Enqueue(string description, Func<CancellationToken, Task> work)
        => background.TryEnqueue(description, work) ? SlackAck.Ok : SlackAck.Retry;

    private async Task OpenFormAsync(InteractionPayload payload, BlockAction action, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        try
        {
            if (!await dedupe.TryBeginAsync(SlackAddresses.ChannelId, $"action:{payload.TriggerId ?? action.ActionTs}", cancellationToken))
            {
                return;
            }

            var key = ButtonValue.Parse(action.Value)?.FormKey;
            var form = key is null ? null : await forms.FindAsync<Card>(key, cancellationToken);
            var me = await identity.GetAsync(cancellationToken);

            // App Home buttons have no channel; the modal opens first and the DM is resolved when it is submitted.
            var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
            var context = new ReplyContext(SlackAddresses.For(payload.Team!.Id!, channel ?? string.Empty, ThreadOf(payload), me.UserId), payload.User!.Id!)
            {
                ResponseUrl = payload.ResponseUrl,
                SourceMessageTs = payload.Container?.MessageTs ?? payload.Message?.Ts,
                SourceIsEphemeral = payload.Container?.IsEphemeral ?? false,
            };
            var trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt);
            if (form is null)
            {
                await delivery.PostAsync(new OutgoingMessage(ExpiredForm), await WithConversationAsync(context, payload, cancellationToken), cancellationToken);
                return;
            }

            if (trigger is null || !trigger.TryTake(time.GetUtcNow()) || !await delivery.TryOpenModalAsync(form, context, trigger.Id, cancellationToken))
            {
                logger.LogWarning("Slack form could not be opened in time for {UserId}", payload.User.Id);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Slack form open failed");
        }
    }

    private async Task ActionAsync(InteractionPayload payload, BlockAction action, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (!await dedupe.TryBeginAsync(SlackAddresses.ChannelId, $"action:{payload.TriggerId ?? action.ActionTs}", cancellationToken))
        {
            return;
        }

        var value = ButtonValue.Parse(action.Value);
        if (value?.FormKey is { } key && value.Data is null)
        {
            // A value too large for the button was parked in the store.
            value = await forms.FindAsync<ButtonValue>(key, cancellationToken) ?? value;
        }

        var verb = value?.Verb ?? action.ActionId ?? string.Empty;
        var me = await identity.GetAsync(cancellationToken);
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var context = new ReplyContext(SlackAddresses.For(payload.Team!.Id!, channel ?? string.Empty, ThreadOf(payload), me.UserId, payload.Channel?.Name), payload.User!.Id!)
        {
            ResponseUrl = payload.ResponseUrl,
            SourceMessageTs = payload.Container?.MessageTs ?? payload.Message?.Ts,
            SourceIsEphemeral = payload.Container?.IsEphemeral ?? false,
            Trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt),
        };
        context = await WithConversationAsync(context, payload, cancellationToken);
        var (user, locale) = await users.GetAsync(payload.Team.Id!, payload.User.Id!, payload.User.Name ?? payload.User.Username, payload.User.TeamId, cancellationToken);
        var submission = new CardSubmission(verb, value?.Data ?? new Dictionary<string, string>(), value?.CardId);
        var activity = new IncomingActivity(ActivityKind.Submission, payload.TriggerId ?? action.ActionTs ?? Guid.NewGuid().ToString("N"), context.Conversation, user, null, receivedAt, submission, locale);
        var result = await turns.RunAsync(activity, cancellationToken);
        await delivery.DeliverAsync(result, context, cancellationToken);
    }

    private async Task<SlackAck> SubmitAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var view = payload.View!;
        var form = await ParseContextAsync(view.PrivateMetadata, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Slack modal submitted without usable private_metadata");
            return SlackAck.Ok;
        }

        if (!await dedupe.TryBeginAsync(SlackAddresses.ChannelId, $"view:{payload.TriggerId ?? view.Id + view.Hash}", cancellationToken))
        {
            return SlackAck.Ok;
        }

        var values = new Dictionary<string, string>(form.Data ?? [], StringComparer.Ordinal);
        foreach (var (blockId, actions) in view.State?.Values ?? [])
        {
            foreach (var (_, state) in actions)
            {
                // Inputs win over the action's data; an emptied field arrives as empty, not as the old value.
                values[blockId] = state.AsString() ?? string.Empty;
            }
        }

        // The bot keeps running past the budget; only the answer to Slack cannot wait for it.
        var work = RunSubmissionAsync(payload, form, values, receivedAt, CancellationToken.None);
        var remaining = options.Value.SubmissionBudget - (time.GetUtcNow() - receivedAt);
        var finished = remaining > TimeSpan.Zero ? await Task.WhenAny(work, Task.Delay(remaining, time, cancellationToken)) : null;
        if (finished != work)
        {
            logger.LogWarning("Slack modal turn took longer than {Budget}; closing the modal and answering by message", options.Value.SubmissionBudget);
            DeliverLater("slack late submission", async ct =>
            {
                var (late, context) = await work;
                await delivery.DeliverAsync(late, context, ct);
            });
            return SlackAck.Ok;
        }

        TurnResult result;
        ReplyContext replyContext;
        try
        {
            (result, replyContext) = await work;
        }
        catch (SlackApiException ex)
        {
            // Keep the modal open with what the person typed rather than closing it on a failure they cannot see.
            logger.LogWarning("Slack modal submission could not be handled: {Error}", ex.Error);
            var first = view.State?.Values?.Keys.FirstOrDefault();
            return first is null ? SlackAck.Ok : SlackAck.Errors(new Dictionary<string, string> { [first] = SubmissionFailed });
        }

        if (result.InputErrors is { Count: > 0 } errors && ErrorsByBlock(errors, view) is { Count: > 0 } byBlock)
        {
            if (result.Replies.Count > 0)
            {
                DeliverLater("slack submission replies", ct => delivery.DeliverAsync(result with { InputErrors = null, ReplaceCard = null }, replyContext, ct));
            }

            return SlackAck.Errors(byBlock);
        }

        DeliverLater("slack submission result", ct => delivery.DeliverAsync(result, replyContext, ct));
        return SlackAck.Ok;
    }

    /// <summary>
    /// The turn has already happened (a goal may be saved), so its answer must go out even when the queue is full:
    /// asking Slack to retry would run the submission twice.
    /// </summary>
    private void DeliverLater(string description, Func<CancellationToken, Task> work)
    {
        if (background.TryEnqueue(description, work))
        {
            return;
        }

        _ = Task.Run(
            async () =>
            {
                try
                {
                    await work(CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Slack {Work} failed", description);
                }
            },
            CancellationToken.None);
    }

    private async Task<(TurnResult Result, ReplyContext Context)> RunSubmissionAsync(
        InteractionPayload payload, FormContext form, Dictionary<string, string> values, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var me = await identity.GetAsync(cancellationToken);
        var team = payload.Team!.Id!;
        var userId = payload.User!.Id!;
        var channel = form.ChannelId is { Length: > 0 } known ? known : await conversations.OpenDirectMessageAsync(userId, cancellationToken);
        var context = new ReplyContext(SlackAddresses.For(team, channel, form.ThreadTs, me.UserId), userId)
        {
            ResponseUrl = form.ResponseUrl,
            SourceMessageTs = form.MessageTs,
            SourceIsEphemeral = form.Ephemeral,
        };
        var (user, locale) = await users.GetAsync(team, userId, payload.User.Name ?? payload.User.Username, payload.User.TeamId, cancellationToken);
        var submission = new CardSubmission(form.Verb ?? SlackIds.DefaultSubmitVerb, values, form.CardId);
        var activity = new IncomingActivity(ActivityKind.Submission, payload.TriggerId ?? payload.View!.Id ?? Guid.NewGuid().ToString("N"), context.Conversation, user, null, receivedAt, submission, locale);
        return (await turns.RunAsync(activity, cancellationToken), context);
    }

    private async Task ShortcutAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (!await dedupe.TryBeginAsync(SlackAddresses.ChannelId, $"shortcut:{payload.TriggerId ?? payload.MessageTs}", cancellationToken))
        {
            return;
        }

        var me = await identity.GetAsync(cancellationToken);
        var team = payload.Team!.Id!;
        var message = payload.Message;
        var author = message?.User is { } authorId
            ? (await users.GetAsync(team, authorId, message.Username, cancellationToken)).User.Name
            : message?.Username ?? "someone";
        var channel = payload.Channel?.Id ?? string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["text"] = message?.Text ?? string.Empty,
            ["author"] = author,
        };
        if (message?.User is { } authorUserId)
        {
            values["authorId"] = authorUserId;
        }

        if (SlackAddresses.Permalink(payload.Team.Domain, channel, message?.Ts ?? payload.MessageTs) is { } link)
        {
            values["link"] = link;
        }

        var context = new ReplyContext(SlackAddresses.For(team, channel, message?.ThreadTs, me.UserId, payload.Channel?.Name), payload.User!.Id!)
        {
            ResponseUrl = payload.ResponseUrl,
            Trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt),
        };
        context = await WithConversationAsync(context, payload, cancellationToken);
        var (user, locale) = await users.GetAsync(team, payload.User.Id!, payload.User.Name, payload.User.TeamId, cancellationToken);
        var activity = new IncomingActivity(
            ActivityKind.Submission, payload.TriggerId ?? Guid.NewGuid().ToString("N"), context.Conversation, user, null, receivedAt,
            new CardSubmission(WellKnownVerbs.LogRequestFromMessage, values), locale);
        var result = await turns.RunAsync(activity, cancellationToken);
        await delivery.DeliverAsync(result, context, cancellationToken);
    }

    /// <summary>App Home has no channel: the conversation is the person's direct message with the bot.</summary>
    private async Task<ReplyContext> WithConversationAsync(ReplyContext context, InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (context.Conversation.ConversationId.Length > 0)
        {
            return context;
        }

        var dm = await conversations.OpenDirectMessageAsync(payload.User!.Id!, cancellationToken);
        return context with { Conversation = context.Conversation with { ConversationId = dm, IsGroup = false } };
    }

    private static string? ThreadOf(InteractionPayload payload) => payload.Message?.ThreadTs ?? payload.Container?.ThreadTs;

    private async Task<FormContext?> ParseContextAsync(string? metadata, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(metadata))
        {
            return null;
        }

        FormContext? context;
        try
        {
            context = JsonSerializer.Deserialize(metadata, SlackJsonContext.Default.FormContext);
        }
        catch (JsonException)
        {
            return null;
        }

        return context?.StoredKey is { } key ? await forms.FindAsync<FormContext>(key, cancellationToken) : context;
    }

    /// <summary>
    /// Errors keyed by input id, moved onto the modal's blocks (whose ids are the input ids). An error for a
    /// field the modal does not have is shown on the first field so it is never lost.
    /// </summary>
    private static Dictionary<string, string> ErrorsByBlock(IReadOnlyDictionary<string, string> errors, ViewPayload view)
    {
        var blocks = view.State?.Values?.Keys.ToList() ?? [];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (blocks.Count == 0)
        {
            return result;
        }

        foreach (var (inputId, message) in errors)
        {
            var blockId = blocks.Contains(BlockKitLimits.Fit(inputId, BlockKitLimits.BlockId)) ? BlockKitLimits.Fit(inputId, BlockKitLimits.BlockId) : blocks[0];
            result[blockId] = result.TryGetValue(blockId, out var existing) ? $"{existing} {message}" : message;
        }

        return result;
    }
}
