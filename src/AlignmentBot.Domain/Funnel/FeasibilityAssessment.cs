namespace AlignmentBot.Domain.Funnel;

/// <param name="RatioToAverage">Required ÷ trailing average; null without history or with a zero average.</param>
/// <param name="RatioToBest">Required ÷ best period; null likewise.</param>
/// <param name="SuggestedTarget">A commitment the run-rate supports, offered when the ask is a stretch or unrealistic.</param>
public sealed record FeasibilityAssessment(
    Feasibility Verdict,
    decimal Required,
    RunRate RunRate,
    decimal? RatioToAverage,
    decimal? RatioToBest,
    decimal? SuggestedTarget,
    string Explanation);
