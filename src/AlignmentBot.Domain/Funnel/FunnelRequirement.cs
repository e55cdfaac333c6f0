namespace AlignmentBot.Domain.Funnel;

/// <summary>What each stage must produce in one period to reach a revenue target.</summary>
public sealed record FunnelRequirement(decimal Revenue, int Deals, int Opportunities, int Sqls, int Mqls, int? Leads);
