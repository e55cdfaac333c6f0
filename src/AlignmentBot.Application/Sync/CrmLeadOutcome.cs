using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Sync;

/// <summary>What one lead record means under the mapping: its stage, sales' verdict, and when it reached each level.</summary>
/// <param name="Counted">False when every value it has is mapped to "not counted".</param>
/// <param name="MqlAt">When it became an MQL (null when it never did); <see cref="SalAt"/> and <see cref="SqlAt"/> likewise.</param>
public sealed record CrmLeadOutcome(
    bool Counted,
    LeadStage Stage,
    LeadDecision Decision,
    RejectionReason? Reason,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? MqlAt,
    DateTimeOffset? SalAt,
    DateTimeOffset? SqlAt);
