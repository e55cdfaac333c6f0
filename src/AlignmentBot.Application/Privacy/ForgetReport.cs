namespace AlignmentBot.Application.Privacy;

/// <summary>What forgetting a person removed and what it anonymised, counted.</summary>
/// <param name="StateKeys">The conversation states to delete (through the state store, so its cache forgets them too).</param>
public sealed record ForgetReport(
    Pseudonym Pseudonym,
    bool PersonRemoved,
    int DirectMessageAddresses,
    int Goals,
    int Requests,
    int LeadVerdicts,
    int AgreementSignatures,
    int Measurements,
    int DigestSettings,
    int AuditEntries,
    IReadOnlyList<string> StateKeys)
{
    public int Anonymised => Goals + Requests + LeadVerdicts + AgreementSignatures + Measurements + DigestSettings;
}
