namespace AlignmentBot.Application.Sync;

/// <summary>A CRM the bot can sync from.</summary>
public enum CrmSource
{
    HubSpot,
    Salesforce,
}
