using System.Text.Json;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// A modal submitted (view_submission). The turn runs inside Slack's request, within Slack:SubmissionBudget, so
/// invalid fields (and an apology) can be shown in the open modal; the rest of the answer is queued afterwards (in the
/// inbox, with the answer already stored) and never refused, because the turn has already run. A turn slower than the
/// budget closes the modal and its answer is queued the same way when it ends.
/// </summary>
internal sealed class SlackViewSubmissionHandler(
    IBackgroundTurns background,
    IInboundDeduplicator dedupe,
    SlackIdentity identity,
    SlackUserDirectory users,
    ITurnRunner turns,
    IConversationsApi conversations,
    ISlackFormStore forms,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackViewSubmissionHandler> logger) : ITurnWorkHandler<SlackLateSubmissionWork>
{
    public const string SubmissionFailed = "Slack could not take this just now. Please try again in a moment.";

    public async Task<SlackAck> AcceptAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var view = payload.View!;
        var form = await ParseContextAsync(view.PrivateMetadata, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Slack modal submitted without usable private_metadata");
            return SlackAck.Ok;
        }

        if (!await dedupe.FirstSightingAsync(new TurnWorkKey(SlackAddresses.ChannelId, payload.Team!.Id!, view.Id ?? string.Empty, "view:" + (payload.TriggerId ?? view.Id + view.Hash)), cancellationToken))
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

        // The turn keeps running past the budget; only the answer to Slack cannot wait for it.
        var turn = RunAsync(payload, form, values, receivedAt, CancellationToken.None);
        var remaining = options.Value.SubmissionBudget - (time.GetUtcNow() - receivedAt);
        PendingDelivery<ReplyContext> answer;
        try
        {
            answer = await turn.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !turn.IsCompleted)
        {
            logger.LogWarning("Slack modal turn took longer than {Budget}; closing the modal and answering by message", options.Value.SubmissionBudget);
            await background.EnqueueMustNotDropAsync(new SlackLateSubmissionWork(turn, payload.TriggerId), CancellationToken.None);
            return SlackAck.Ok;
        }
        catch (SlackApiException ex)
        {
            // Keep the modal open with what the person typed rather than closing it on a failure they cannot see.
            logger.LogWarning("Slack modal submission could not be handled: {Error}", ex.Error);
            return OnFirstField(view, SubmissionFailed) ?? SlackAck.Ok;
        }

        var result = answer.Result;
        if (result.IsApology && OnFirstField(view, TurnApology.Text) is { } apology)
        {
            // Nothing the turn meant to say got out; the modal stays open so the person can submit again.
            return apology;
        }

        if (result.InputErrors is { Count: > 0 } errors && ErrorsByBlock(errors, view) is { Count: > 0 } byBlock)
        {
            if (result.Replies.Count > 0)
            {
                await background.EnqueueMustNotDropAsync(answer with { Result = result with { InputErrors = null, ReplaceCard = null } }, CancellationToken.None);
            }

            return SlackAck.Errors(byBlock);
        }

        await background.EnqueueMustNotDropAsync(answer, CancellationToken.None);
        return SlackAck.Ok;
    }

    public async Task HandleAsync(SlackLateSubmissionWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        PendingDelivery<ReplyContext> answer;
        try
        {
            answer = await work.Turn;
        }
        catch (SlackApiException ex)
        {
            // The modal is closed and the conversation to answer in could not be found: all that is left is the log.
            logger.LogError("Slack modal submission {TriggerId} could not be handled after the modal closed: {Error}", work.TriggerId, ex.Error);
            return;
        }

        // Into the inbox like every other answer, so its delivery survives a restart from here on.
        await background.EnqueueMustNotDropAsync(answer, cancellationToken);
    }

    /// <summary>The turn, with what Slack must be asked first: who the bot is, the conversation to answer in, the person's name and time zone.</summary>
    private async Task<PendingDelivery<ReplyContext>> RunAsync(
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
        var request = new TurnRequest<ReplyContext>(activity, context);
        return new PendingDelivery<ReplyContext>(request, await turns.RunAsync(activity, cancellationToken));
    }

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

    /// <summary>A message shown under the modal's first field, or null when the modal has no field to show it on.</summary>
    private static SlackAck? OnFirstField(ViewPayload view, string message)
        => view.State?.Values?.Keys.FirstOrDefault() is { } first ? SlackAck.Errors(new Dictionary<string, string> { [first] = message }) : null;

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
