using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Digests;

/// <summary>Everything one workspace's digest is built from, all of it from that workspace.</summary>
/// <param name="Leads">Leads created since at least two windows before the digest.</param>
/// <param name="Measurements">Measurements from well before the earliest goal start (baselines, trends) to the digest date.</param>
/// <param name="Sla">The lead agreement in force (or, from older callers, the newest one).</param>
/// <param name="PendingSla">A newer version proposed and not yet signed by both sides; the one in force stays until it is.</param>
public sealed record DigestInputs(
    Workspace Workspace,
    IReadOnlyList<Person> People,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<Lead> Leads,
    IReadOnlyList<MarketingRequest> Requests,
    LeadSla? Sla,
    IReadOnlyList<AccountList> AccountLists,
    LeadSla? PendingSla = null);
