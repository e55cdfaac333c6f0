namespace AlignmentBot.Domain.Digests;

public enum DigestAskKind
{
    FollowUpLeads,
    ReviewRejectedLeads,
    FixCampaignTargeting,
    DecideOnGoal,
    CheckIn,
    AlignRequests,
    MeetLeadAgreement,
    ConfirmLeadAgreement,
    FundGoals,
    AgreeGoals,
}
