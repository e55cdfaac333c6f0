namespace AlignmentBot.Application.Sync;

/// <summary>Everything about a connection except its secret; stored as it is and shown in "sync status".</summary>
/// <param name="BaseUrl">HubSpot: the API's base address (default from configuration). Salesforce: the login or My Domain URL the token is requested from.</param>
/// <param name="ClientId">Salesforce: the connected app's consumer key.</param>
/// <param name="Username">Salesforce JWT bearer flow: the user the bot acts as.</param>
/// <param name="ReasonField">The CRM field that says why a lead was disqualified (a custom field in most accounts), or none.</param>
/// <param name="CampaignField">Salesforce: a lead field naming its campaign (a custom field in most orgs), or none.</param>
public sealed record CrmConnectionSettings(
    CrmAuthFlow Flow,
    string? BaseUrl = null,
    string? ClientId = null,
    string? Username = null,
    string? ReasonField = null,
    string? CampaignField = null);
