using System.Text.Json;
using System.Text.Json.Serialization;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Conversations.Tests.Dialogs;

public sealed partial class DialogVersionTests
{
    [Fact]
    public async Task Continue_StateFromAnOlderVersionWithoutUpgrade_DropsTheDialogAndSaysWhy()
    {
        var p = new PromptHarness(new DialogSet().Add(new CountingDialog(version: 2)).Add(new TextPrompt()));
        p.Replace(new ConversationState(ConversationState.CurrentSchemaVersion,
            [new DialogFrame("counting", 1, 0, JsonSerializer.SerializeToElement(new Counter(3), CounterJson.Default.Counter))], DateTimeOffset.UnixEpoch));

        await p.SayAsync("go on");

        Assert.Equal(DialogStatus.Cancelled, p.Status);
        Assert.Contains("I was updated since we last spoke", p.Sent[^1], StringComparison.Ordinal);
        Assert.Empty(p.State.Stack);
    }

    [Fact]
    public async Task Continue_StateFromAnOlderVersionWithUpgrade_CarriesOnWithTheUpgradedState()
    {
        var p = new PromptHarness(new DialogSet().Add(new CountingDialog(version: 2, upgradeFrom1: true)).Add(new TextPrompt()));
        p.Replace(new ConversationState(ConversationState.CurrentSchemaVersion,
            [new DialogFrame("counting", 1, 0, JsonSerializer.SerializeToElement(new Counter(3), CounterJson.Default.Counter))], DateTimeOffset.UnixEpoch));

        await p.SayAsync("go on");

        Assert.Equal("count is 13", p.Sent[^1]);
    }

    [Fact]
    public async Task Continue_DialogNoLongerExists_DropsItInsteadOfFailing()
    {
        var p = new PromptHarness(new DialogSet().Add(new TextPrompt()));
        p.Replace(new ConversationState(ConversationState.CurrentSchemaVersion,
            [new DialogFrame("removed-in-this-build", 1, 0, JsonSerializer.SerializeToElement(new Counter(1), CounterJson.Default.Counter))], DateTimeOffset.UnixEpoch));

        await p.SayAsync("hello");

        Assert.Equal(DialogStatus.Cancelled, p.Status);
    }

    [Fact]
    public async Task TypedState_SurvivesTheJsonRoundTripBetweenTurns()
    {
        var p = new PromptHarness(new DialogSet().Add(new CountingDialog(version: 1)).Add(new TextPrompt()));

        await p.BeginAsync("counting", null);
        await p.SayAsync("again");
        await p.SayAsync("again");

        Assert.Equal("count is 2", p.Sent[^1]);
    }

    private sealed record Counter(int Count);

    [JsonSerializable(typeof(Counter))]
    private sealed partial class CounterJson : JsonSerializerContext;

    /// <summary>Counts the turns it is continued; version 2 upgrades a version-1 count by adding 10.</summary>
    private sealed class CountingDialog(int version, bool upgradeFrom1 = false) : TypedDialog<Counter>("counting", CounterJson.Default.Counter)
    {
        public override int StateVersion => version;

        public override JsonElement InitialState(object? options) => Serialize(new Counter(0));

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
            => Task.FromResult(DialogTurnResult.Waiting);

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            var next = GetState(dc) with { Count = GetState(dc).Count + 1 };
            SetState(dc, next);
            dc.Turn.Send($"count is {next.Count}");
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        public override JsonElement? Upgrade(int fromVersion, JsonElement state)
            => upgradeFrom1 && fromVersion == 1 ? Serialize(new Counter(state.Deserialize(CounterJson.Default.Counter)!.Count + 9)) : null;
    }
}
