using System.Text.Json;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Tests.Dialogs;

/// <summary>
/// Dropping a dialog (cancel, start over, the idle timeout) lets it take back what it kept before it ended; a side trip
/// that clears the stack and puts it back does not.
/// </summary>
public sealed class DialogDropTests
{
    [Fact]
    public async Task DropAll_TellsEveryDialogOnTheStack_AndLeavesWhatWasPutAside()
    {
        var keeping = new KeepingDialog();
        var dc = Context(keeping, stack: ["first", "second"], aside: ["waiting"]);

        await dc.DropAllAsync(default);

        Assert.False(dc.IsActive);
        Assert.Equal(["first", "second"], keeping.Dropped);
        Assert.NotNull(dc.Aside);
    }

    [Fact]
    public async Task DropAll_WithAside_TakesBackWhatWasPutAsideToo()
    {
        var keeping = new KeepingDialog();
        var dc = Context(keeping, stack: ["first"], aside: ["waiting"]);

        await dc.DropAllAsync(default, withAside: true);

        Assert.Equal(["first", "waiting"], keeping.Dropped);
        Assert.Null(dc.Aside);
    }

    [Fact]
    public void CancelAll_ForASideTrip_TakesNothingBack()
    {
        var keeping = new KeepingDialog();
        var dc = Context(keeping, stack: ["first"], aside: null);
        var saved = dc.Frames;

        dc.CancelAll();
        dc.Restore(saved);

        Assert.Empty(keeping.Dropped);
        Assert.True(dc.IsActive);
    }

    private static DialogContext Context(KeepingDialog dialog, string[] stack, string[]? aside)
    {
        static DialogFrame Frame(string label) => new("keeping", 1, 0, JsonSerializer.SerializeToElement(label));
        var state = new ConversationState(ConversationState.CurrentSchemaVersion, stack.Select(Frame).ToArray(), DateTimeOffset.UnixEpoch, Aside: aside?.Select(Frame).ToArray());
        var activity = new IncomingActivity(ActivityKind.Message, "1", new ConversationAddress("test", "ws", "c"), new UserRef("u", "U"), "cancel", DateTimeOffset.UnixEpoch);
        var turn = TestTurns.For(activity);
        return new DialogContext(new DialogSet().Add(dialog), state, turn);
    }

    /// <summary>Records which of its frames were dropped, by the label each frame holds.</summary>
    private sealed class KeepingDialog() : Dialog("keeping")
    {
        public List<string> Dropped { get; } = [];

        public override int StateVersion => 1;

        public override JsonElement InitialState(object? options) => JsonSerializer.SerializeToElement(string.Empty);

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) => Task.FromResult(DialogTurnResult.Waiting);

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) => Task.FromResult(DialogTurnResult.Waiting);

        public override Task DroppedAsync(DialogContext dc, DialogFrame frame, CancellationToken cancellationToken)
        {
            Dropped.Add(frame.State.GetString()!);
            return Task.CompletedTask;
        }
    }
}
