using System.Diagnostics;

namespace AlignmentBot.Conversations.Diagnostics;

/// <summary>
/// What the bot made of the turn the runner is running, for the turn's metrics and span. The bot names it
/// (<see cref="Set"/>); a turn whose bot names nothing is counted as <see cref="Other"/>. Only a short, fixed set of
/// names belongs here (intents, "card"), never text a person wrote.
/// </summary>
public static class TurnIntent
{
    public const string Other = "other";

    private static readonly AsyncLocal<Holder?> Current = new();

    /// <summary>Names the intent of the turn running on this flow; outside a turn it does nothing.</summary>
    public static void Set(string intent)
    {
        if (Current.Value is { } holder)
        {
            holder.Intent = intent;
            holder.Span?.SetTag(AlignmentBotTelemetry.IntentTag, intent);
        }
    }

    /// <summary>Starts a turn on this flow (called by the runner). Async methods restore the flow's previous value when they return.</summary>
    internal static Holder Begin(Activity? span)
    {
        var holder = new Holder { Span = span };
        Current.Value = holder;
        return holder;
    }

    internal sealed class Holder
    {
        public string Intent { get; set; } = Other;

        public Activity? Span { get; init; }
    }
}
