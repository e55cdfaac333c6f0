namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>Salesforce no longer knows a saved nextRecordsUrl (INVALID_QUERY_LOCATOR): the query is run again from the cursor.</summary>
internal sealed class QueryLocatorExpiredException() : Exception("The query locator expired.");
