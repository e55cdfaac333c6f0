using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Scorecards;

public static class PaceLabels
{
    public static string Text(Pace pace) => pace switch
    {
        Pace.OnTrack => "on track",
        Pace.AtRisk => "at risk",
        Pace.OffTrack => "off track",
        Pace.Achieved => "achieved",
        Pace.Missed => "missed",
        Pace.NoData => "no data",
        Pace.NotStarted => "not started",
        _ => pace.ToString(),
    };

    public static string Trend(Trend trend) => trend.Direction switch
    {
        TrendDirection.Up => trend.IsImprovement == true ? "↑ better" : "↑ worse",
        TrendDirection.Down => trend.IsImprovement == true ? "↓ better" : "↓ worse",
        TrendDirection.Flat => "→ flat",
        _ => "–",
    };

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Domain.Scorecards.Verdict.NoGoals => "Nobody has agreed what marketing should achieve yet, so there is nothing to judge it by.",
        Domain.Scorecards.Verdict.NoData => "Goals exist, but no numbers have been recorded against them yet.",
        Domain.Scorecards.Verdict.Working => "Yes: every goal with data is on track.",
        Domain.Scorecards.Verdict.Mixed => "Partly: some goals are on track, others need attention.",
        Domain.Scorecards.Verdict.NotWorking => "Not yet: most goals with data are off track.",
        _ => verdict.ToString(),
    };
}
