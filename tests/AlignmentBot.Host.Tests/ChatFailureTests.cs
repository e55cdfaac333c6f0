using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Host.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Host.Tests;

/// <summary>The terminal runs turns through the same runner as Teams and Slack, so a failing turn apologises there too.</summary>
public sealed class ChatFailureTests : CliTest
{
    [Fact]
    public async Task Chat_TurnFails_ApologisesAndTheConversationGoesOn()
    {
        var bot = new FailingOnceBot();
        var context = new CliContext(
            Out,
            Err,
            new Dictionary<string, string?> { ["ConnectionStrings:AlignmentBot"] = Database.ConnectionString },
            new StringReader("is marketing working?\nand now?\n/quit\n"),
            services => services.AddSingleton<IBot>(bot));

        Assert.Equal(0, await AlignmentCli.InvokeAsync(["chat", "--user", "marco"], context));

        var transcript = Out.ToString();
        Assert.Contains("bot> " + TurnApology.Text, transcript, StringComparison.Ordinal);
        Assert.Contains("bot> still here: and now?", transcript, StringComparison.Ordinal);
    }

    /// <summary>Greets, fails on the first message, answers the next.</summary>
    private sealed class FailingOnceBot : IBot
    {
        private int _messages;

        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
            => activity.Kind == ActivityKind.Message && Interlocked.Increment(ref _messages) == 1
                ? throw new InvalidOperationException("state could not be saved")
                : Task.FromResult(TurnResult.Reply(activity.Kind == ActivityKind.Message ? $"still here: {activity.Text}" : "Hi."));
    }
}
