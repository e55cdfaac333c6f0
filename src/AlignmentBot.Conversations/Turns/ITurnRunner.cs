using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Runs turns for every channel (Slack, Teams, the web chat, the terminal) with one error policy: each turn in its own
/// DI scope; any failure (creating the scope, resolving or running the bot) is logged with the activity's id, kind and
/// conversation key (never its text) and answered with <see cref="TurnApology"/>; slow turns are logged; a delivery
/// that fails is logged with its reason. Only cancellation of the caller's token escapes, and, for queued work that can
/// be tried again, a storage fault (<see cref="TurnDeferredException"/>) or a delivery that may still succeed.
/// </summary>
public interface ITurnRunner
{
    /// <summary>Runs the bot for <paramref name="activity"/>; a failure becomes <see cref="TurnApology.Result"/>.</summary>
    Task<TurnResult> RunAsync(IncomingActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the turn, stores its answer in <paramref name="journal"/>, then hands it (or the apology) to
    /// <paramref name="delivery"/>. A turn run long after it arrived says sorry for the delay.
    /// </summary>
    Task RunAsync<TReply>(TurnRequest<TReply> request, ITurnDelivery<TReply> delivery, ITurnJournal journal, CancellationToken cancellationToken);

    /// <summary>Delivers the result of a turn that ran earlier, from the step <paramref name="journal"/> got to; a failure is logged with its reason.</summary>
    Task DeliverAsync<TReply>(TurnRequest<TReply> request, TurnResult result, ITurnDelivery<TReply> delivery, ITurnJournal journal, CancellationToken cancellationToken);
}
