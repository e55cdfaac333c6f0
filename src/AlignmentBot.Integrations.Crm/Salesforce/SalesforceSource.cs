using System.Text.Json;
using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>
/// Salesforce leads and opportunities through SOQL, ordered by SystemModstamp then Id, so a cursor of (time, id) names
/// exactly where to continue: within a run by the query's nextRecordsUrl, in a new run (or after a crash) by a new query
/// from the cursor. Each page's stage dates come from LeadHistory / OpportunityFieldHistory (field history tracking on
/// Status and StageName must be on for them; without it a record's current stage dates from its creation).
/// </summary>
internal sealed class SalesforceSource(SalesforceClient client, IOptions<SalesforceOptions> options) : ICrmSource
{
    public CrmSource Source => CrmSource.Salesforce;

    // A query locator lives on Salesforce's side for a limited time and belongs to the last process's session.
    public CrmCursor Resume(CrmCursor saved) => saved with { PageToken = null };

    public async Task VerifyAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        await client.QueryAsync(connection, "SELECT Id FROM Lead ORDER BY SystemModstamp LIMIT 1", cancellationToken);
        await client.QueryAsync(connection, "SELECT Id FROM Opportunity ORDER BY SystemModstamp LIMIT 1", cancellationToken);
    }

    public async Task<CrmPage> ReadPageAsync(CrmConnection connection, CrmObjectKind kind, CrmCursor cursor, CancellationToken cancellationToken)
    {
        (SalesforceQueryResponse Response, string? Usage) result;
        try
        {
            result = cursor.PageToken is { } locator
                ? await client.QueryMoreAsync(connection, locator, cancellationToken)
                : await client.QueryAsync(connection, Query(connection, kind, cursor), cancellationToken);
        }
        catch (QueryLocatorExpiredException)
        {
            result = await client.QueryAsync(connection, Query(connection, kind, cursor), cancellationToken);
        }

        var (response, usage) = result;
        var history = await HistoryAsync(connection, kind, response.Records.Select(r => Text(r, "Id")!).ToArray(), cancellationToken);
        var records = response.Records.Select(r => Map(kind, r, connection, history)).ToArray();
        if (records.Length == 0)
        {
            return new CrmPage([], cursor with { PageToken = null }, Done: true, Usage: usage);
        }

        var next = new CrmCursor(records[^1].ModifiedAt, records[^1].ExternalId, response.Done ? null : response.NextRecordsUrl);
        return new CrmPage(records, next, Done: response.Done || response.NextRecordsUrl is null, Usage: usage);
    }

    private static string Query(CrmConnection connection, CrmObjectKind kind, CrmCursor cursor)
    {
        try
        {
            return kind == CrmObjectKind.Lead
                ? Soql.Leads(connection.Settings.ReasonField, connection.Settings.CampaignField, cursor.Since, cursor.LastId)
                : Soql.Opportunities(cursor.Since, cursor.LastId);
        }
        catch (ArgumentException ex)
        {
            throw new CrmSourceException(CrmFailure.Rejected, ex.Message + " Fix the connection's reason or campaign field and connect again.", ex);
        }
    }

    private async Task<Dictionary<string, SortedDictionary<string, DateTimeOffset>>> HistoryAsync(CrmConnection connection, CrmObjectKind kind, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var (table, idField, field) = kind == CrmObjectKind.Lead ? ("LeadHistory", "LeadId", "Status") : ("OpportunityFieldHistory", "OpportunityId", "StageName");
        var dates = new Dictionary<string, SortedDictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Math.Max(1, options.Value.HistoryChunk)))
        {
            var (page, _) = await client.QueryAsync(connection, Soql.History(table, idField, field, chunk), cancellationToken);
            while (true)
            {
                foreach (var row in page.Records)
                {
                    if (Text(row, idField) is { } id && Text(row, "NewValue") is { } value && CrmValues.Timestamp(Text(row, "CreatedDate")) is { } at)
                    {
                        var entered = dates.TryGetValue(id, out var found) ? found : dates[id] = new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                        if (!entered.TryGetValue(value, out var first) || at < first)
                        {
                            entered[value] = at;
                        }
                    }
                }

                if (page.Done || page.NextRecordsUrl is not { } more)
                {
                    break;
                }

                (page, _) = await client.QueryMoreAsync(connection, more, cancellationToken);
            }
        }

        return dates;
    }

    private static CrmRecord Map(CrmObjectKind kind, JsonElement r, CrmConnection connection, Dictionary<string, SortedDictionary<string, DateTimeOffset>> history)
    {
        var id = Text(r, "Id")!;
        var modified = CrmValues.Timestamp(Text(r, "SystemModstamp")) ?? DateTimeOffset.UnixEpoch;
        var created = CrmValues.Timestamp(Text(r, "CreatedDate")) ?? modified;
        var stage = Text(r, kind == CrmObjectKind.Lead ? "Status" : "StageName");
        var dates = history.TryGetValue(id, out var found) ? new SortedDictionary<string, DateTimeOffset>(found, StringComparer.Ordinal) : new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        // A value never changed since creation has no history row: it was entered when the record was created.
        if (stage is not null && !dates.ContainsKey(stage))
        {
            dates[stage] = created;
        }

        if (kind == CrmObjectKind.Deal)
        {
            return new CrmRecord(id, created, modified, stage, StageDates: dates, Campaign: Text(r, "Campaign.Name"), Channel: Text(r, "LeadSource"),
                Amount: CrmValues.Number(Text(r, "Amount")), CloseDate: CrmValues.Date(Text(r, "CloseDate")), IsWon: CrmValues.Flag(Text(r, "IsWon")), IsClosed: CrmValues.Flag(Text(r, "IsClosed")));
        }

        var converted = CrmValues.Date(Text(r, "ConvertedDate")) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        return new CrmRecord(id, created, modified, stage, null, dates,
            Campaign: connection.Settings.CampaignField is { Length: > 0 } campaign ? Text(r, campaign.Trim()) : null, Channel: Text(r, "LeadSource"),
            Company: Text(r, "Company"), Contact: Text(r, "Email"),
            ReasonText: connection.Settings.ReasonField is { Length: > 0 } reason ? Text(r, reason.Trim()) : null,
            IsConverted: CrmValues.Flag(Text(r, "IsConverted")), ConvertedAt: converted);
    }

    /// <summary>A field's value as text; "Campaign.Name" reads through the relationship object.</summary>
    private static string? Text(JsonElement record, string path)
    {
        var current = record;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !TryGet(current, part, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    // Salesforce echoes field names as the query wrote them; a custom field typed in another case still matches.
    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
