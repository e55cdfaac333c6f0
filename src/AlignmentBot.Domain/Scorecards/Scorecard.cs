namespace AlignmentBot.Domain.Scorecards;

public sealed record Scorecard(DateOnly AsOf, IReadOnlyList<GoalProgress> Lines)
{
    public int Count(Pace pace) => Lines.Count(l => l.Pace == pace);

    /// <summary>Goals whose data is missing or older than two cadence periods.</summary>
    public IReadOnlyList<GoalProgress> WithoutFreshData => Lines.Where(l => l.IsStale || l.Pace == Pace.NoData).ToArray();

    public Verdict Verdict
    {
        get
        {
            if (Lines.Count == 0)
            {
                return Verdict.NoGoals;
            }

            var judged = Lines.Where(l => l.Pace is Pace.OnTrack or Pace.AtRisk or Pace.OffTrack or Pace.Achieved or Pace.Missed).ToArray();
            if (judged.Length == 0)
            {
                return Verdict.NoData;
            }

            var good = judged.Count(l => l.Pace is Pace.OnTrack or Pace.Achieved);
            var bad = judged.Count(l => l.Pace is Pace.OffTrack or Pace.Missed);
            if (good == judged.Length)
            {
                return Verdict.Working;
            }

            return bad * 2 > judged.Length ? Verdict.NotWorking : Verdict.Mixed;
        }
    }

    /// <summary>"3 of 5 goals on track, 1 at risk, 1 off track; 2 without fresh data."</summary>
    public string Headline
    {
        get
        {
            if (Lines.Count == 0)
            {
                return "No measurable goals have been agreed yet.";
            }

            var parts = new List<string> { $"{Count(Pace.OnTrack) + Count(Pace.Achieved)} of {Lines.Count} goals on track" };
            AddIf(parts, Count(Pace.AtRisk), "at risk");
            AddIf(parts, Count(Pace.OffTrack) + Count(Pace.Missed), "off track");
            AddIf(parts, Count(Pace.NotStarted), "not started");
            var stale = WithoutFreshData.Count;
            return string.Join(", ", parts) + (stale > 0 ? $"; {stale} without fresh data." : ".");
        }
    }

    private static void AddIf(List<string> parts, int count, string label)
    {
        if (count > 0)
        {
            parts.Add($"{count} {label}");
        }
    }
}
