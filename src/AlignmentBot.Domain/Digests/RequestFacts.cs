using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Domain.Digests;

/// <summary>The task wheel: requests logged in the window and the unaligned ones still open.</summary>
/// <param name="OpenUnaligned">Open requests tied to no goal, oldest first.</param>
/// <param name="UnalignedFromLeadership">Unaligned requests logged in the window that people with the leadership role asked for.</param>
public sealed record RequestFacts(UnalignedSummary Summary, IReadOnlyList<MarketingRequest> OpenUnaligned, int UnalignedFromLeadership);
