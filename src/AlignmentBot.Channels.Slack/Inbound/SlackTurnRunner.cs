using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>Runs one turn of the bot in its own scope; a failing bot yields an apology, never silence.</summary>
internal sealed class SlackTurnRunner(IServiceScopeFactory scopes, ILogger<SlackTurnRunner> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    public async Task<TurnResult> RunAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Slack turn {ActivityId} ({Kind}) failed in {Conversation}", activity.Id, activity.Kind, activity.Conversation.Key);
            return TurnResult.Reply(Apology);
        }
    }
}
