using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Turns;

/// <inheritdoc cref="ITurnRunner"/>
public sealed class TurnRunner(IServiceScopeFactory scopes, IOptions<TurnRunnerOptions> options, TimeProvider time, ILogger<TurnRunner> logger) : ITurnRunner
{
    public async Task<TurnResult> RunAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            // Inside the try: a scope or bot that cannot be created fails this turn, not the caller.
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Turn {ActivityId} ({Kind}) in {ConversationKey} failed; answering with an apology", activity.Id, activity.Kind, activity.Conversation.Key);
            return TurnApology.Result;
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started);
            if (elapsed > options.Value.SlowTurn)
            {
                logger.LogWarning("Turn {ActivityId} ({Kind}) in {ConversationKey} took {ElapsedMs} ms", activity.Id, activity.Kind, activity.Conversation.Key, (long)elapsed.TotalMilliseconds);
            }
        }
    }

    public async Task RunAsync<TReply>(TurnRequest<TReply> request, ITurnDelivery<TReply> delivery, CancellationToken cancellationToken)
    {
        var result = await RunAsync(request.Activity, cancellationToken);
        await DeliverAsync(request, result, delivery, cancellationToken);
    }

    public async Task DeliverAsync<TReply>(TurnRequest<TReply> request, TurnResult result, ITurnDelivery<TReply> delivery, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.DeliverAsync(result, request.Reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Never dropped silently: the activity, the conversation and the reason are in the log; the text and tokens are not.
            var activity = request.Activity;
            logger.LogError(ex, "Answer to turn {ActivityId} ({Kind}) in {ConversationKey} was not delivered: {Reason}", activity.Id, activity.Kind, activity.Conversation.Key, ex.Message);
        }
    }
}
