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
}
