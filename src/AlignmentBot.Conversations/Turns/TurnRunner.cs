using System.Diagnostics;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Turns;

/// <inheritdoc cref="ITurnRunner"/>
public sealed class TurnRunner(IServiceScopeFactory scopes, IStorageFaults faults, IOptions<TurnRunnerOptions> options, TimeProvider time, ILogger<TurnRunner> logger) : ITurnRunner
{
    public Task<TurnResult> RunAsync(IncomingActivity activity, CancellationToken cancellationToken) => RunAsync(activity, canDefer: false, cancellationToken);

    public async Task RunAsync<TReply>(TurnRequest<TReply> request, ITurnDelivery<TReply> delivery, ITurnJournal journal, CancellationToken cancellationToken)
    {
        TurnResult result;
        try
        {
            result = await RunAsync(request.Activity, journal.CanDefer, cancellationToken);
        }
        catch (TurnDeferredException)
        {
            await NoticeStorageDownAsync(request, delivery, journal, cancellationToken);
            throw;
        }

        result = WithLateNote(request.Activity, result, journal);

        // Stored before anything is delivered: an attempt after a crash delivers this answer instead of running the turn
        // (and whatever it saved) a second time.
        await journal.SaveAnswerAsync(new PendingDelivery<TReply>(request, result), cancellationToken);
        await DeliverAsync(request, result, delivery, journal, cancellationToken);
    }

    public async Task DeliverAsync<TReply>(TurnRequest<TReply> request, TurnResult result, ITurnDelivery<TReply> delivery, ITurnJournal journal, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.DeliverAsync(result, request.Reply, journal, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Never dropped silently: the activity, the conversation and the reason are in the log; the text and tokens are not.
            var activity = request.Activity;
            var retried = journal.CanDefer && ex is not IPermanentFailure { IsPermanent: true };
            logger.Log(retried ? LogLevel.Warning : LogLevel.Error, ex, "Answer to turn {ActivityId} ({Kind}) in {ConversationKey} was not delivered{Retry}: {Reason}",
                activity.Id, activity.Kind, activity.Conversation.Key, retried ? $" after step {journal.Delivered}; trying again later" : string.Empty, ex.Message);
            if (retried)
            {
                throw;
            }
        }
    }

    private async Task<TurnResult> RunAsync(IncomingActivity activity, bool canDefer, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var channel = activity.Conversation.ChannelId;
        using var span = AlignmentBotTelemetry.Source.StartActivity("alignmentbot.turn");
        span?.SetTag(AlignmentBotTelemetry.ChannelTag, channel);
        span?.SetTag(AlignmentBotTelemetry.KindTag, activity.Kind.ToString());
        var intent = TurnIntent.Begin(span);
        var outcome = "failed";
        try
        {
            // Inside the try: a scope or bot that cannot be created fails this turn, not the caller.
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(activity, cancellationToken);
            outcome = "ok";
            return result;
        }
        catch (Exception ex) when (canDefer && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && faults.IsStorageFault(ex))
        {
            // The same turn will work once the database is back: keep it rather than apologise for it.
            logger.LogWarning("Turn {ActivityId} ({Kind}) in {ConversationKey} could not run: storage is unavailable ({Reason}); it stays queued", activity.Id, activity.Kind, activity.Conversation.Key, ex.Message);
            throw new TurnDeferredException($"storage unavailable ({ex.GetType().Name}: {ex.Message})", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Turn {ActivityId} ({Kind}) in {ConversationKey} failed; answering with an apology", activity.Id, activity.Kind, activity.Conversation.Key);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            return TurnApology.Result;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started);
            var tags = new TagList
            {
                { AlignmentBotTelemetry.ChannelTag, channel },
                { AlignmentBotTelemetry.IntentTag, intent.Intent },
                { AlignmentBotTelemetry.OutcomeTag, outcome },
            };
            AlignmentBotTelemetry.Turns.Add(1, tags);
            AlignmentBotTelemetry.TurnDuration.Record(elapsed.TotalSeconds, tags);
            span?.SetTag(AlignmentBotTelemetry.OutcomeTag, outcome);
            if (elapsed > options.Value.SlowTurn)
            {
                logger.LogWarning("Turn {ActivityId} ({Kind}) in {ConversationKey} took {ElapsedMs} ms", activity.Id, activity.Kind, activity.Conversation.Key, (long)elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>Once per turn, and only when the outage has lasted a while: the person learns why there is no answer yet.</summary>
    private async Task NoticeStorageDownAsync<TReply>(TurnRequest<TReply> request, ITurnDelivery<TReply> delivery, ITurnJournal journal, CancellationToken cancellationToken)
    {
        if (journal.StorageNoticeSent || (journal.ReceivedAt is { } at && time.GetUtcNow() - at < options.Value.StorageNoticeAfter))
        {
            return;
        }

        try
        {
            // Not one of the answer's steps: the answer itself comes when the turn runs.
            await delivery.DeliverAsync(TurnResult.Reply(TurnApology.StorageDown), request.Reply, TurnJournal.None, cancellationToken);
            journal.MarkStorageNoticeSent();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not tell {ConversationKey} that storage is unavailable: {Reason}", request.Activity.Conversation.Key, ex.Message);
        }
    }

    private TurnResult WithLateNote(IncomingActivity activity, TurnResult result, ITurnJournal journal)
    {
        if (journal.ReceivedAt is not { } at || result.Replies.Count == 0)
        {
            return result;
        }

        var age = time.GetUtcNow() - at;
        if (age <= options.Value.LateAnswerAfter)
        {
            return result;
        }

        logger.LogInformation("Turn {ActivityId} in {ConversationKey} ran {AgeSeconds} s after it arrived; its answer says sorry for the delay", activity.Id, activity.Conversation.Key, (long)age.TotalSeconds);
        var replies = result.Replies.ToList();
        if (replies[0].Card is null)
        {
            replies[0] = replies[0] with { Text = TurnApology.LatePrefix + replies[0].Text };
        }
        else
        {
            replies.Insert(0, new OutgoingMessage(TurnApology.Late));
        }

        return result with { Replies = replies };
    }
}
