namespace AlignmentBot.Conversations.Turns;

/// <summary>How turns are run and watched (section "Turns").</summary>
public sealed class TurnRunnerOptions
{
    public const string Section = "Turns";

    /// <summary>
    /// A turn taking longer than this is logged as a warning with its id and time. Teams stops waiting for an answer
    /// given inside its request at 15 s and Slack for a modal's at 3 s, so slow turns are worth seeing before that.
    /// </summary>
    public TimeSpan SlowTurn { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A turn that runs longer than this after its message arrived (it waited for a restart or for the database) starts its answer with "Sorry for the delay".</summary>
    public TimeSpan LateAnswerAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// When a turn cannot run because storage is unavailable and its message arrived at least this long ago, the person
    /// is told once that the bot will answer when the database is back. Shorter outages pass without a word.
    /// </summary>
    public TimeSpan StorageNoticeAfter { get; set; } = TimeSpan.FromSeconds(5);
}
