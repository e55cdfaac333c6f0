using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Questions;

/// <summary>What a follow-up asks about the goal just discussed.</summary>
public enum GoalFollowUpFact
{
    Owner,
    Due,
    Target,
    Now,
    Pace,
    Trend,
}

/// <summary>
/// Right after the bot answered about one number's goal ("who owns the follow-up goal?", "what's cpl at right now?",
/// "which goals are in the red?"), a short question about "it", "that one" or "that number": "and when's that one due
/// again", "what's it at rn?", "who's on that one?", "and the target's still $80 right?", "are we above or below that right
/// now". Read from small cues, not whole phrasings: a question (its mark or its opening word, after thanks and "and"), a
/// word that points back (it, its, that, this, that one, the target) and no number of its own, none of the words that make
/// it a change, a hand-over, a request's asker, a meaning or a why; then one word family per fact: "who" is the owner, a
/// deadline word or "when" the due date, what we aim for the target, on track or behind (over, under, short of) its pace,
/// better or worse (improving, trending, up or down) its trend, now or "at" its level. A guess said with the target ("the
/// target on that was what, 85?") is still a question about it, not a number of its own.
/// The number discussed is remembered for one turn (<see cref="Talked"/>); the caller checks the follow-up names no other.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind goal-follow-up).
/// </summary>
public static partial class GoalFollowUp
{
    /// <summary>The kind of <see cref="RecentAction"/> that keeps the number just answered about the topic for one turn.</summary>
    public const string Talk = "goal_talk";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Remembered after an answer about one number (its metric name), so a follow-up next is about it.</summary>
    public static RecentAction Talked(string metric, string? goal = null)
        => new(Talk, metric, goal is null ? null : new Dictionary<string, string> { [GoalKey] = goal });

    /// <summary>The data key of the one goal talked about, when the talk was about a goal (just saved, changed or shown).</summary>
    public const string GoalKey = "goal";

    /// <summary>
    /// The goal the conversation is about, from what it last did: a goal just saved or changed, or an answer about one goal.
    /// Its metric and, when known, its id ("who owns it?" after saving a second MQL goal is about the new one, not the older).
    /// </summary>
    public static (string Metric, string? Goal)? InTalk(RecentAction? recent) => recent switch
    {
        { Kind: Talk } talked => (talked.Key, talked.Value(GoalKey)),
        { Kind: Corrections.RecentCorrections.Goal or Corrections.RecentCorrections.GoalChange } saved when saved.Value("metric") is { Length: > 0 } metric => (metric, saved.Key),
        _ => null,
    };

    /// <summary>"who owns the old 240 one?", "the previous MQL goal": the older goal of the number talked about, not the one just saved.</summary>
    public static bool NamesTheOlder(string text) => Older().IsMatch(text);

    /// <summary>"when's Marco's new MQL goal due?": the newest goal of the number, when no goal of it is the talk's.</summary>
    public static bool NamesTheNewer(string text) => Newer().IsMatch(text);

    /// <summary>A turn's note that its answer was about one number (set by the answer, read when the turn ends), and its goal when one was shown.</summary>
    public sealed record Discussed(string Metric, string? Goal = null);

    /// <summary>The fact a follow-up about the goal just discussed asks, or null when <paramref name="text"/> is none.</summary>
    public static GoalFollowUpFact? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 90)
        {
            return null;
        }

        var said = Lead().Replace(text.Trim().Replace('’', '\''), string.Empty).Trim();
        if (said.Length == 0 || said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
        {
            return null;
        }

        var asked = Symbols().Replace(said, string.Empty).EndsWith('?') || Opens().IsMatch(said) || OrNot().IsMatch(said) || WhatAfter().IsMatch(said);
        // "better or worse?" alone right after the answer: a few words asking which way it moves point back by themselves.
        var pointsBack = PointsBack().IsMatch(said) || (Trend().IsMatch(said) && said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5);
        if (!asked || !pointsBack || Other().IsMatch(said) || Change().IsMatch(said))
        {
            return null;
        }

        if (Who().IsMatch(said))
        {
            return GoalFollowUpFact.Owner;
        }

        if (Due().IsMatch(said))
        {
            return GoalFollowUpFact.Due;
        }

        if (Target().IsMatch(said))
        {
            return GoalFollowUpFact.Target;
        }

        if (Trend().IsMatch(said))
        {
            return GoalFollowUpFact.Trend;
        }

        if (Pace().IsMatch(said))
        {
            return GoalFollowUpFact.Pace;
        }

        return Now().IsMatch(said) ? GoalFollowUpFact.Now : null;
    }

    /// <summary>"is cpl getting better or worse lately?", "how's revenue trending?": a question that asks which way a number moves.</summary>
    public static bool AsksTrend(string text) => Trend().IsMatch(text);

    /// <summary>"are we above or below that right now?": a pace question that wants the figure against the target said plainly.</summary>
    public static bool AsksAboveOrBelow(string text) => AboveOrBelow().IsMatch(text);

    /// <summary>The row a paraphrase table expects: "owner", "due", "target", "now", "pace", "trend" or "no".</summary>
    public static string Describe(GoalFollowUpFact? fact) => fact?.ToString().ToLowerInvariant() ?? "no";

    // Thanks and joiners before the question: "thx! and …", "ok so …", "cool, and …".
    [GeneratedRegex(@"^(?:\W*\b(?:thx|thanks|thank\s+you|ty|ta|cool|great|nice|perfect|got\s+it|ok(?:ay)?|k|right|and|so|also|hmm+|um+|oh|ah|btw|sorry|wait|hold\s+on|hang\s+on|remind\s+me)\b[\s,.!:;-]*)+", Options)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?:who|who's|whos|whose|when|when's|whens|what|what's|whats|where|where's|wheres|how|how's|hows|is|are|r|will|did|does|do|current|today's|its)\b", Options)]
    private static partial Regex Opens();

    // Emoji and spaces after the question mark ("what's it at rn? 🙏").
    [GeneratedRegex(@"[\s\p{So}\p{Sk}\p{Cs}\uFE0F\u200D]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Symbols();

    [GeneratedRegex(@"\bor\s+(?:not|nah|no)\b", Options)]
    private static partial Regex OrNot();

    // The question word after the thing asked: "the target on that was what again", "and its owner is who".
    [GeneratedRegex(@"\b(?:was|is|were|are)\s+(?:what|who|when)\b|\bwhat\s+again\b", Options)]
    private static partial Regex WhatAfter();

    // A word that points back at what was just answered: it, its, that (one, number, goal), this one, the target/deadline.
    [GeneratedRegex(@"\bthan\s+(?:last|the\s+(?:last|previous|week|month)|before|previous)\b|\b(?:it|its|it's|that|that's|this\s+one|this\s+(?:goal|number|target)|the\s+(?:target|goal|deadline|number|owner)|the\s+(?:old|older|new|newer|previous|original|other)(?:\s+[$€£]?\d[\d,.]*[k%]?)?\s+(?:one|goal))\b", Options)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:old|older|previous|original|earlier)\b", Options)]
    private static partial Regex Older();

    [GeneratedRegex(@"\b(?:new|newer|newest|just\s+(?:set|saved|made|added))\b", Options)]
    private static partial Regex Newer();

    // Questions of other kinds about it: who asked for it, what it means, why it moved, what happened to it, a new number or
    // metric named ("the CPL goal" is its own question), history, whether its figure is fresh ("is that number even
    // current?" is the scorecard's stale part).
    [GeneratedRegex(@"^(?:is|are|r)\b[^?]*\bcurrent\b|\b(?:stale|fresh|outdated|up[\s-]to[\s-]date|out[\s-]of[\s-]date|ask(?:ed|s)?|request\w*|want(?:s|ed)?|log(?:ged)?|mean(?!t\s+to\s+be)\w*|defin\w*|counts?\s+as|why|happen\w*|histor\w*|did\s+(?:it|that)|(?:it|that)\s+was\b(?!\s+(?:what|who|when|again|about|around|like|[$€£]?\d))|realistic|mqls?|sqls?|cpl|revenue|retention|pipeline|acceptance|follow[\s-]?up|cycle|leads?)\b", Options)]
    private static partial Regex Other();

    // A change said about it: give it to, make it 260, push/move/change/archive it.
    [GeneratedRegex(@"\b(?:give|gave|hand|assign|reassign|push|move|change|set|bump|raise|lower|drop|archive|close|shelve|kill|delete|remove|pause|update|extend|transfer)\b|\bmake\s+(?:it|that|this)\s+(?:\d|\$|€|£|a\b|an\b|the\b|higher|lower|bigger|smaller|\w+'s)|\blet'?s\b", Options)]
    private static partial Regex Change();

    [GeneratedRegex(@"^(?:who|who's|whos|whose)\b|\bwhose\s+name\b|\bin\s+charge\b|\bowns?\b|\bowner\b", Options)]
    private static partial Regex Who();

    [GeneratedRegex(@"\b(?:due|deadline|end\s+date|run\s+out|runs\s+out|by\s+when)\b|^when\b|\bwhen\s*\?*$", Options)]
    private static partial Regex Due();

    [GeneratedRegex(@"\b(?:target|aim\w*|going\s+for|shooting\s+for|goal\s+for|supposed\s+to\s+be|meant\s+to\s+be|still\s+[$€£]?\d)", Options)]
    private static partial Regex Target();

    [GeneratedRegex(@"\b(?:on\s+(?:track|pace|target)|off\s+track|at\s+risk|behind|ahead|above|below|over|under|short\s+of|(?:falling|fall|fell|come|coming)\s+short|gonna\s+(?:make|hit|miss)|going\s+to\s+(?:make|hit|miss)|(?:will|can|do)\s+we\s+(?:make|hit|miss|get\s+there)|looking|how's\s+(?:it|that)\s+(?:going|doing)|how\s+(?:is|are)\s+(?:it|that|we)\s+doing)\b", Options)]
    private static partial Regex Pace();

    [GeneratedRegex(@"\b(?:above|below|over|under|short\s+of)\b", Options)]
    private static partial Regex AboveOrBelow();

    // Which way it moves: better or worse, improving, trending, up or down, the right direction.
    [GeneratedRegex(@"\b(?:better|worse|improv\w*|trend\w*|(?:right|wrong)\s+(?:direction|way)|up\s+or\s+down|down\s+or\s+up|going\s+(?:up|down)|(?:gone|went)\s+(?:up|down)|moving)\b", Options)]
    private static partial Regex Trend();

    [GeneratedRegex(@"\b(?:now|rn|atm|today|today's|currently|current|at\s+the\s+moment|these\s+days|latest|sitting|figure|where(?:'s|\s+is|s)?)\b|\b(?:it|that)\s+at\b|\bat\s*\?*$", Options)]
    private static partial Regex Now();
}
