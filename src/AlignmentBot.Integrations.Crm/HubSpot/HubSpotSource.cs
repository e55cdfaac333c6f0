using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>
/// HubSpot contacts and deals through the CRM search API, oldest change first. Every page is its own query starting at
/// the last-modified time already read (ids already read at that instant are skipped), rather than the <c>after</c>
/// offset of one long query: a record edited while the sync pages moves to the end instead of shifting the offsets and
/// hiding another record, and no query comes near the search API's 10,000-result limit. When more than a page of
/// records share one instant, they are read by id (hs_object_id GT the last one) and the next query starts after it.
/// </summary>
internal sealed class HubSpotSource(HubSpotClient client, IOptions<HubSpotOptions> options) : ICrmSource
{
    public CrmSource Source => CrmSource.HubSpot;

    public CrmCursor Resume(CrmCursor saved)
        => saved.Since is { } since && !saved.TieBreak ? new CrmCursor(since - options.Value.Lookback) : saved;

    public async Task VerifyAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        // One record of each object: proves the token and both read scopes.
        foreach (var kind in CrmNames.Kinds)
        {
            var (objectType, modified, properties) = Shape(kind, connection);
            await client.SearchAsync(connection, objectType, new HubSpotSearchRequest([], [new HubSpotSort(modified, "ASCENDING")], properties, 1), cancellationToken);
        }
    }

    public async Task<CrmPage> ReadPageAsync(CrmConnection connection, CrmObjectKind kind, CrmCursor cursor, CancellationToken cancellationToken)
    {
        var (objectType, modified, properties) = Shape(kind, connection);
        var limit = Math.Clamp(options.Value.PageSize, 1, 200);
        HubSpotSearchRequest request;
        if (cursor.TieBreak)
        {
            var filters = new List<HubSpotFilter> { new(modified, "EQ", CrmValues.EpochMilliseconds(cursor.Since!.Value)) };
            if (cursor.LastId is { } lastId)
            {
                filters.Add(new HubSpotFilter(HubSpotProperties.ObjectId, "GT", lastId));
            }

            request = new HubSpotSearchRequest([new HubSpotFilterGroup(filters)], [new HubSpotSort(HubSpotProperties.ObjectId, "ASCENDING")], properties, limit);
        }
        else
        {
            IReadOnlyList<HubSpotFilterGroup> groups = cursor.Since is { } since
                ? [new HubSpotFilterGroup([new HubSpotFilter(modified, cursor.AfterSince ? "GT" : "GTE", CrmValues.EpochMilliseconds(since))])]
                : [];
            request = new HubSpotSearchRequest(groups, [new HubSpotSort(modified, "ASCENDING")], properties, limit);
        }

        var response = await client.SearchAsync(connection, objectType, request, cancellationToken);
        var objects = response.Results;
        var full = objects.Count >= limit;
        DateTimeOffset ModifiedAt(HubSpotObject o) => CrmValues.Timestamp(o.Get(modified)) ?? o.UpdatedAt ?? DateTimeOffset.UnixEpoch;

        if (cursor.TieBreak)
        {
            var records = objects.Select(o => Map(kind, o, connection)).ToArray();
            var next = full
                ? cursor with { LastId = objects[^1].Id }
                : new CrmCursor(cursor.Since, objects.Count > 0 ? objects[^1].Id : cursor.LastId, AfterSince: true);
            return new CrmPage(records, next, Done: false);
        }

        if (objects.Count == 0)
        {
            return new CrmPage([], cursor, Done: true);
        }

        var seen = cursor.SeenAtSince is { } ids ? new HashSet<string>(ids, StringComparer.Ordinal) : [];
        var fresh = objects.Where(o => !(ModifiedAt(o) == cursor.Since && seen.Contains(o.Id))).ToArray();
        if (full && fresh.Length == 0)
        {
            // A whole page of records modified at the instant already read: read that instant by id instead.
            return new CrmPage([], new CrmCursor(cursor.Since, TieBreak: true), Done: false);
        }

        var last = ModifiedAt(objects[^1]);
        var atLast = objects.Where(o => ModifiedAt(o) == last).Select(o => o.Id);
        var seenNext = (last == cursor.Since ? seen.Concat(atLast) : atLast).Distinct(StringComparer.Ordinal).ToArray();
        return new CrmPage(fresh.Select(o => Map(kind, o, connection)).ToArray(), new CrmCursor(last, objects[^1].Id, SeenAtSince: seenNext), Done: !full);
    }

    private static (string ObjectType, string Modified, IReadOnlyList<string> Properties) Shape(CrmObjectKind kind, CrmConnection connection)
        => kind == CrmObjectKind.Lead
            ? ("contacts", HubSpotProperties.ContactModified, HubSpotProperties.Contact(connection.Settings.ReasonField))
            : ("deals", HubSpotProperties.DealModified, HubSpotProperties.Deal);

    private static CrmRecord Map(CrmObjectKind kind, HubSpotObject o, CrmConnection connection)
    {
        var modifiedName = kind == CrmObjectKind.Lead ? HubSpotProperties.ContactModified : HubSpotProperties.DealModified;
        var modified = CrmValues.Timestamp(o.Get(modifiedName)) ?? o.UpdatedAt ?? DateTimeOffset.UnixEpoch;
        var created = CrmValues.Timestamp(o.Get(HubSpotProperties.Created)) ?? o.CreatedAt ?? modified;
        if (kind == CrmObjectKind.Deal)
        {
            return new CrmRecord(o.Id, created, modified, Stage: o.Get(HubSpotProperties.DealStage), Channel: o.Get(HubSpotProperties.OriginalSource),
                Amount: CrmValues.Number(o.Get(HubSpotProperties.Amount)), CloseDate: CrmValues.Date(o.Get(HubSpotProperties.CloseDate)),
                IsWon: CrmValues.Flag(o.Get(HubSpotProperties.IsClosedWon)), IsClosed: CrmValues.Flag(o.Get(HubSpotProperties.IsClosed)));
        }

        var dates = new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var stage in HubSpotProperties.LifecycleStages)
        {
            if ((CrmValues.Timestamp(o.Get(HubSpotProperties.DateEntered(stage))) ?? CrmValues.Timestamp(o.Get(HubSpotProperties.LegacyStageDate(stage)))) is { } entered)
            {
                dates[stage] = entered;
            }
        }

        var reason = connection.Settings.ReasonField is { Length: > 0 } field ? o.Get(field.Trim()) : null;
        return new CrmRecord(o.Id, created, modified, o.Get(HubSpotProperties.LifecycleStage), o.Get(HubSpotProperties.LeadStatus), dates.Count > 0 ? dates : null,
            Campaign: o.Get(HubSpotProperties.FirstTouchCampaign), Channel: o.Get(HubSpotProperties.OriginalSource), Company: o.Get(HubSpotProperties.Company),
            Contact: o.Get(HubSpotProperties.Email), ReasonText: reason, FirstFollowUpAt: CrmValues.Timestamp(o.Get(HubSpotProperties.FirstEngagement)));
    }
}
