using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Funnel;

/// <summary>
/// Compares a per-period requirement with the trailing run-rate. Under-promise, over-deliver:
/// up to 10% above the average is business as usual; up to 1.5× the average (or 1.2× the best period) is a
/// stretch that needs a plan; beyond that it is unrealistic and the check proposes what the run-rate supports.
/// </summary>
public static class FeasibilityCheck
{
    public const decimal AchievableGrowth = 1.10m;
    public const decimal StretchOverAverage = 1.5m;
    public const decimal StretchOverBest = 1.2m;

    public static FeasibilityAssessment Assess(decimal required, RunRate runRate, string unitPlural, PeriodKind period)
    {
        var noun = Periods.Noun(period);
        var req = Formatting.Number(required);
        if (!runRate.HasData)
        {
            return new(Feasibility.Unknown, required, runRate, null, null, null,
                $"There is no history of {unitPlural} yet, so {req} a {noun} cannot be checked against a run-rate. Record a few {noun}s first.");
        }

        var average = runRate.Average;
        var best = runRate.Best;
        if (required <= 0)
        {
            return new(Feasibility.Achievable, required, runRate, 0, 0, null, $"Nothing is required, so this is achievable.");
        }

        if (best <= 0)
        {
            return new(Feasibility.Unrealistic, required, runRate, null, null, null,
                $"{req} {unitPlural} a {noun} is unrealistic for now: the last {runRate.History.Count} {noun}s produced none. Find out why before committing to a number.");
        }

        decimal? toAverage = average > 0 ? required / average : null;
        var toBest = required / best;
        var suggested = Math.Round(average * AchievableGrowth, 0, MidpointRounding.AwayFromZero);
        var history = $"your {runRate.History.Count}-{noun} average is {Formatting.Number(average)} and your best {noun} was {Formatting.Number(best)}";

        if (required <= average * AchievableGrowth)
        {
            return new(Feasibility.Achievable, required, runRate, toAverage, toBest, null,
                $"{req} {unitPlural} a {noun} is achievable: {history}.");
        }

        if (required <= Math.Max(average * StretchOverAverage, best * StretchOverBest))
        {
            return new(Feasibility.Stretch, required, runRate, toAverage, toBest, suggested,
                $"{req} {unitPlural} a {noun} is a stretch: it is {Formatting.Ratio(toAverage ?? toBest)} your average ({history}). It needs a plan and budget behind it; {Formatting.Number(suggested)} a {noun} is a safe commitment.");
        }

        return new(Feasibility.Unrealistic, required, runRate, toAverage, toBest, suggested,
            $"{req} {unitPlural} a {noun} needs {Formatting.Ratio(toBest)} your best {noun} ({history}). That is unrealistic on the current run-rate; commit to {Formatting.Number(suggested)} a {noun} and grow from there.");
    }
}
