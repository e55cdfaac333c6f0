using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Demo;

public sealed record DemoData(
    Workspace Workspace,
    IReadOnlyList<Person> People,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<MarketingRequest> Requests,
    IReadOnlyList<Lead> Leads,
    LeadSla Sla,
    IReadOnlyList<AccountList> AccountLists);
