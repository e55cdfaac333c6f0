namespace AlignmentBot.Application.Sync;

/// <summary>How the bot authenticates to the CRM; the stored secret is whatever the flow needs.</summary>
public enum CrmAuthFlow
{
    /// <summary>HubSpot private app: a static access token.</summary>
    AccessToken,

    /// <summary>Salesforce connected app, OAuth 2.0 client credentials flow: the secret is the consumer secret.</summary>
    ClientCredentials,

    /// <summary>Salesforce connected app, OAuth 2.0 JWT bearer flow: the secret is the PEM private key that signs the assertion.</summary>
    JwtBearer,
}
