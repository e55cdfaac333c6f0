namespace AlignmentBot.Application.Sync;

/// <summary>What a synced record is, whichever CRM it came from.</summary>
public enum CrmObjectKind
{
    /// <summary>A HubSpot contact or a Salesforce lead.</summary>
    Lead,

    /// <summary>A HubSpot deal or a Salesforce opportunity.</summary>
    Deal,
}
