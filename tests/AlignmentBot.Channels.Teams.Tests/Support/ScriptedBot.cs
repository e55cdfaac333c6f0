using System.Collections.Concurrent;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>A fake <see cref="IBot"/>: records every turn and answers with whatever the test scripted.</summary>
public sealed class ScriptedBot : IBot
{
    private readonly SemaphoreSlim _arrived = new(0);

    public Func<IncomingActivity, TurnResult> Answer { get; set; } = turn => TurnResult.Reply($"echo: {turn.Text}");

    public ConcurrentQueue<IncomingActivity> Turns { get; } = new();

    public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        Turns.Enqueue(activity);
        _arrived.Release();
        return Task.FromResult(Answer(activity));
    }

    public async Task<IncomingActivity> NextTurnAsync(TimeSpan? timeout = null)
    {
        Assert.True(await _arrived.WaitAsync(timeout ?? TimeSpan.FromSeconds(10)), "the bot got no turn");
        return Turns.Last();
    }
}
