namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>An access token and the instance it is for; kept in memory only.</summary>
internal sealed record SalesforceSession(string AccessToken, Uri InstanceUrl)
{
    public override string ToString() => $"SalesforceSession {{ InstanceUrl = {InstanceUrl} }}";
}
