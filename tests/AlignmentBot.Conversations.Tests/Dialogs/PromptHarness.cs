using System.Text.Json;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Tests.Dialogs;

/// <summary>Drives one dialog turn by turn, keeping the state between turns as the bot does (as JSON).</summary>
internal sealed class PromptHarness(DialogSet dialogs)
{
    private ConversationState _state = ConversationState.Empty(DateTimeOffset.UnixEpoch);

    public List<string> Sent { get; } = [];

    public object? Result { get; private set; }

    public DialogStatus Status { get; private set; }

    public Task BeginAsync(string id, object? options) => TurnAsync(null, dc => dc.BeginDialogAsync(id, options, default));

    public Task SayAsync(string text) => TurnAsync(text, dc => dc.ContinueDialogAsync(default));

    public Task PressAsync(string value) => TurnAsync(null, dc => dc.ContinueDialogAsync(default), new CardSubmission(Prompt<string>.AnswerVerb, new Dictionary<string, string> { ["value"] = value }));

    /// <summary>How well <paramref name="text"/> answers the question that waits (<see cref="Dialog.Fit"/>), changing nothing.</summary>
    public AnswerFit Fit(string text)
    {
        var activity = new IncomingActivity(ActivityKind.Message, Guid.NewGuid().ToString(), new ConversationAddress("test", "ws", "c"), new UserRef("u", "U"), text, DateTimeOffset.UnixEpoch);
        var turn = TestTurns.For(activity);
        var dc = new DialogContext(dialogs, Roundtrip(_state), turn);
        return dc.ActiveDialog!.Fit(dc, text);
    }

    public ConversationState State => _state;

    public void Replace(ConversationState state) => _state = state;

    private async Task TurnAsync(string? text, Func<DialogContext, Task<DialogTurnResult>> run, CardSubmission? submission = null)
    {
        var activity = new IncomingActivity(submission is null ? ActivityKind.Message : ActivityKind.Submission, Guid.NewGuid().ToString(),
            new ConversationAddress("test", "ws", "c"), new UserRef("u", "U"), text, DateTimeOffset.UnixEpoch, submission);
        var turn = TestTurns.For(activity);
        var dc = new DialogContext(dialogs, Roundtrip(_state), turn);
        var result = await run(dc);
        Status = result.Status;
        Result = result.Result;
        Sent.AddRange(turn.Replies.Select(r => r.Text));
        _state = dc.ToState(DateTimeOffset.UnixEpoch);
    }

    private static ConversationState Roundtrip(ConversationState state)
        => JsonSerializer.Deserialize(JsonSerializer.Serialize(state, ConversationsJsonContext.Default.ConversationState), ConversationsJsonContext.Default.ConversationState)!;
}
