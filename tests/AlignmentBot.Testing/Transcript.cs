using System.Text;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Testing;

/// <summary>
/// A conversation written as a transcript: <c>.User("we need more leads").Bot("target").Press("Confirm")</c>.
/// Steps run in order when awaited; a failing expectation shows the whole conversation so far.
/// </summary>
public sealed class Transcript(BotHarness harness, ConversationAddress address, UserRef user)
{
    private IBot? _instance;

    /// <summary>Sends the following turns to another bot instance (same database, own caches).</summary>
    public Transcript On(IBot instance) => Step(() =>
    {
        _instance = instance;
        _log.Add("(now talking to another instance)");
        return Task.CompletedTask;
    });

    private readonly List<Func<Task>> _steps = [];
    private readonly List<string> _log = [];
    private readonly Queue<OutgoingMessage> _unread = new();
    private readonly List<OutgoingMessage> _all = [];
    private int _activity;

    public TurnResult? LastTurn { get; private set; }

    /// <summary>The conversation so far as the failure message shows it: what the user did and everything the bot said.</summary>
    public IReadOnlyList<string> Log => _log;

    public OutgoingMessage? LastReply { get; private set; }

    public Transcript User(string text) => Step(() => TurnAsync(new IncomingActivity(ActivityKind.Message, NextId(), address, user, text, harness.Time.GetUtcNow()), $"user: {text}"));

    /// <summary>A message that @mentions people, as a channel maps its mentions (Slack "&lt;@U…&gt;", Teams mention entities).</summary>
    public Transcript User(string text, params UserMention[] mentions) => Step(() =>
        TurnAsync(new IncomingActivity(ActivityKind.Message, NextId(), address, user, text, harness.Time.GetUtcNow()) { Mentions = mentions }, $"user: {text}"));

    /// <summary>A message that shares files with the bot (a Slack file share, a Teams file attachment), as a channel maps it.</summary>
    public Transcript Shares(params SharedFile[] files) => Step(() =>
        TurnAsync(new IncomingActivity(ActivityKind.Message, NextId(), address, user, string.Empty, harness.Time.GetUtcNow()) { Files = files }, $"user shares {string.Join(", ", files.Select(f => f.Name))}"));

    /// <summary>The bot was added to the conversation.</summary>
    public Transcript Added() => Step(() => TurnAsync(new IncomingActivity(ActivityKind.ConversationStarted, NextId(), address, user, null, harness.Time.GetUtcNow()), "(bot added)"));

    /// <summary>Presses the button with this title on the most recent card that has one; <paramref name="inputs"/> fill the card's fields.</summary>
    public Transcript Press(string title, IReadOnlyDictionary<string, string>? inputs = null) => Step(() =>
    {
        var (card, action) = FindButton(title);
        var values = new Dictionary<string, string>(action.Data ?? new Dictionary<string, string>());
        foreach (var (k, v) in inputs ?? new Dictionary<string, string>())
        {
            values[k] = v;
        }

        return TurnAsync(new IncomingActivity(ActivityKind.Submission, NextId(), address, user, null, harness.Time.GetUtcNow(), new CardSubmission(action.Verb, values, card.Id)), $"user presses [{title}]");
    });

    /// <summary>The data of the button with this title on the most recent card that has one (to replay or forge it).</summary>
    public IReadOnlyDictionary<string, string> ButtonData(string title) => FindButton(title).Action.Data ?? new Dictionary<string, string>();

    /// <summary>Sends a raw submission, as a channel would for a shortcut or a stale card.</summary>
    public Transcript Submit(string verb, IReadOnlyDictionary<string, string>? values = null) => Step(() =>
        TurnAsync(new IncomingActivity(ActivityKind.Submission, NextId(), address, user, null, harness.Time.GetUtcNow(), new CardSubmission(verb, values ?? new Dictionary<string, string>())), $"user submits {verb}"));

    /// <summary>The next reply contains <paramref name="fragment"/> (case-insensitive) in its text or card.</summary>
    public Transcript Bot(string fragment) => Step(() =>
    {
        var reply = Next($"a reply containing \"{fragment}\"");
        if (!Render(reply).Contains(fragment, StringComparison.OrdinalIgnoreCase))
        {
            Fail($"expected a reply containing \"{fragment}\" but got:\n{Render(reply)}");
        }

        return Task.CompletedTask;
    });

    public Transcript Bot(Func<OutgoingMessage, bool> check, string description) => Step(() =>
    {
        var reply = Next(description);
        if (!check(reply))
        {
            Fail($"expected {description} but got:\n{Render(reply)}");
        }

        return Task.CompletedTask;
    });

    /// <summary>Skips replies until one contains <paramref name="fragment"/>.</summary>
    public Transcript BotEventually(string fragment) => Step(() =>
    {
        while (_unread.Count > 0)
        {
            if (Render(_unread.Dequeue()).Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return Task.CompletedTask;
            }
        }

        Fail($"no remaining reply contains \"{fragment}\"");
        return Task.CompletedTask;
    });

    /// <summary>The card that was pressed was replaced (Teams invoke response / Slack replace_original).</summary>
    public Transcript CardReplacedWith(string fragment) => Step(() =>
    {
        if (LastTurn?.ReplaceCard is not { } replaced || !Render(replaced).Contains(fragment, StringComparison.OrdinalIgnoreCase))
        {
            Fail($"expected the pressed card to be replaced with \"{fragment}\"");
        }

        return Task.CompletedTask;
    });

    public Transcript NoMoreReplies() => Step(() =>
    {
        if (_unread.Count > 0)
        {
            Fail($"expected no more replies but got:\n{Render(_unread.Peek())}");
        }

        return Task.CompletedTask;
    });

    /// <summary>Moves the fake clock, e.g. past the idle timeout.</summary>
    public Transcript Wait(TimeSpan time) => Step(() =>
    {
        harness.Time.Advance(time);
        _log.Add($"(… {time} later)");
        return Task.CompletedTask;
    });

    public Transcript Then(Func<Task> action, string description) => Step(async () =>
    {
        _log.Add($"({description})");
        await action();
    });

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        _steps.Clear();
    }

    public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    public static string Render(OutgoingMessage message)
    {
        var text = new StringBuilder(message.Text);
        if (message.Card is { } card)
        {
            text.Append("\n[card");
            if (card.Title is not null)
            {
                text.Append(": ").Append(card.Title);
            }

            text.Append(']');
            foreach (var block in card.Blocks)
            {
                text.Append('\n').Append(block switch
                {
                    TextBlock t => t.Text,
                    FactsBlock f => string.Join("\n", f.Facts.Select(x => $"{x.Label}: {x.Value}")),
                    TableBlock t => string.Join(" | ", t.Columns) + "\n" + string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells))),
                    CardInput i => $"<{i.Label}>",
                    _ => "---",
                });
            }

            text.Append('\n').Append(string.Join(" ", card.ActionList.Select(a => $"[{a.Title}]")));
        }

        return text.ToString();
    }

    private Transcript Step(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private async Task TurnAsync(IncomingActivity activity, string line)
    {
        _log.Add(line);
        LastTurn = await (_instance ?? harness.Bot).OnTurnAsync(activity, CancellationToken.None);
        foreach (var reply in LastTurn.Replies)
        {
            _log.Add("bot: " + Render(reply).Replace("\n", "\n     ", StringComparison.Ordinal));
            _unread.Enqueue(reply);
            _all.Add(reply);
            LastReply = reply;
        }
    }

    private OutgoingMessage Next(string expected)
    {
        if (_unread.Count == 0)
        {
            Fail($"expected {expected} but the bot said nothing more");
        }

        return _unread.Dequeue();
    }

    private (Card Card, CardAction Action) FindButton(string title)
    {
        foreach (var reply in Enumerable.Reverse(_all))
        {
            if (reply.Card?.ActionList.FirstOrDefault(a => a.Title.Contains(title, StringComparison.OrdinalIgnoreCase)) is { } action)
            {
                return (reply.Card, action);
            }
        }

        Fail($"no card offers a button \"{title}\"");
        throw new InvalidOperationException();
    }

    private void Fail(string message)
        => throw new Xunit.Sdk.XunitException(message + "\n\n--- conversation ---\n" + string.Join("\n", _log));

    private string NextId() => $"act-{Interlocked.Increment(ref _activity)}-{Guid.NewGuid():N}";
}
