using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>One turn as dialogs see it: the activity, the local date, and where replies go.</summary>
public sealed class DialogTurn(IncomingActivity activity, DateTimeOffset now, DateOnly today, IEntityReader entities, IServiceProvider services)
{
    private readonly List<OutgoingMessage> _replies = [];
    private readonly Dictionary<Type, object> _items = [];

    public IncomingActivity Activity { get; } = activity;

    /// <summary>The text of this turn; null for a button press.</summary>
    public string? Text => Activity.Kind == ActivityKind.Message ? Activity.Text : null;

    public CardSubmission? Submission => Activity.Submission;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Today in the workspace's timezone.</summary>
    public DateOnly Today { get; } = today;

    public IEntityReader Entities { get; } = entities;

    public IServiceProvider Services { get; } = services;

    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    /// <summary>Replaces the card whose button was pressed this turn (see <see cref="Turns.TurnResult.ReplaceCard"/>).</summary>
    public OutgoingMessage? ReplaceCard { get; set; }

    public IReadOnlyDictionary<string, string>? InputErrors { get; set; }

    public void Send(OutgoingMessage message) => _replies.Add(message);

    /// <summary>
    /// Sends <paramref name="message"/> before the replies from <paramref name="index"/> on (a count of <see cref="Replies"/>
    /// taken earlier): a note that belongs before what a side trip went on to ask, so that question is still the last thing said.
    /// </summary>
    public void SendBefore(int index, OutgoingMessage message) => _replies.Insert(Math.Clamp(index, 0, _replies.Count), message);

    public void ClearReplies() => _replies.Clear();

    /// <summary>Attaches a per-turn value the application needs in its dialogs (its workspace, the person), one per type.</summary>
    public void Set<T>(T value)
        where T : class
        => _items[typeof(T)] = value;

    public T Get<T>()
        where T : class
        => _items.TryGetValue(typeof(T), out var value) ? (T)value : throw new InvalidOperationException($"No {typeof(T).Name} was attached to this turn.");

    public T? Find<T>()
        where T : class
        => _items.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
