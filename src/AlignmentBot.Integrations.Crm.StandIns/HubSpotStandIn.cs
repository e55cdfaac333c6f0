using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>
/// HubSpot's CRM search endpoints, POST /crm/v3/objects/{contacts|deals}/search, as documented: filterGroups (OR of
/// ANDed filters), one sort, requested properties as strings, at most 200 per page, an <c>after</c> offset that may not
/// reach 10,000 (400), Bearer tokens (401 INVALID_AUTHENTICATION, or EXPIRED_AUTHENTICATION for an expired one), and a
/// 429 RATE_LIMIT with Retry-After when told to throttle.
/// </summary>
public sealed class HubSpotStandIn(CrmFixture fixture) : StandInServer(fixture)
{
    public const int MaxPageSize = 200;
    public const int MaxResults = 10_000;

    private readonly ConcurrentDictionary<string, TokenState> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _throttle = new();

    private enum TokenState
    {
        Valid,
        Expired,
    }

    /// <summary>The custom contact property holding a disqualification reason.</summary>
    public string ReasonProperty { get; init; } = "disqualification_reason";

    public HubSpotStandIn WithToken(string token)
    {
        _tokens[token] = TokenState.Valid;
        return this;
    }

    /// <summary>The token now gets 401 EXPIRED_AUTHENTICATION.</summary>
    public void Expire(string token) => _tokens[token] = TokenState.Expired;

    /// <summary>The token now gets 401 INVALID_AUTHENTICATION, as a deleted or rotated private app token does.</summary>
    public void Revoke(string token) => _tokens.TryRemove(token, out _);

    /// <summary>The next <paramref name="times"/> searches get 429 with Retry-After: <paramref name="retryAfterSeconds"/>.</summary>
    public void Throttle(int times, int retryAfterSeconds)
    {
        for (var i = 0; i < times; i++)
        {
            _throttle.Enqueue(retryAfterSeconds);
        }
    }

    public int Searches => Calls.Count(c => c.Path.Contains("/search", StringComparison.Ordinal) && c.Status == 200);

    protected override void Map(WebApplication app)
        => app.MapPost("/crm/v3/objects/{objectType}/search", (HttpContext context, string objectType) => SearchAsync(context, objectType));

    private async Task SearchAsync(HttpContext context, string objectType)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        if (token is null || !_tokens.TryGetValue(token, out var state))
        {
            await ErrorAsync(context, body, 401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview");
            return;
        }

        if (state == TokenState.Expired)
        {
            await ErrorAsync(context, body, 401, "EXPIRED_AUTHENTICATION", "The OAuth token used to make this call expired 2 day(s) ago.");
            return;
        }

        if (_throttle.TryDequeue(out var retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            Log(context, body, 429);
            await StandInJson.WriteAsync(context, 429, w =>
            {
                w.WriteStartObject();
                w.WriteString("status", "error");
                w.WriteString("message", "You have reached your secondly limit.");
                w.WriteString("errorType", "RATE_LIMIT");
                w.WriteString("correlationId", Guid.NewGuid().ToString());
                w.WriteString("policyName", "SECONDLY");
                w.WriteEndObject();
            });
            return;
        }

        SearchRequest request;
        try
        {
            request = SearchRequest.Parse(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            await ErrorAsync(context, body, 400, "VALIDATION_ERROR", "Invalid input JSON on line 1: " + ex.Message);
            return;
        }

        if (request.Limit > MaxPageSize)
        {
            await ErrorAsync(context, body, 400, "VALIDATION_ERROR", $"limit must be at most {MaxPageSize}");
            return;
        }

        if (request.After >= MaxResults)
        {
            await ErrorAsync(context, body, 400, "VALIDATION_ERROR", $"There was a problem with the request. Searches cannot page past {MaxResults} results.");
            return;
        }

        if (objectType is not ("contacts" or "deals"))
        {
            await ErrorAsync(context, body, 404, "OBJECT_NOT_FOUND", $"Unable to infer object type from: {objectType}");
            return;
        }

        if (await CutConnectionAsync(context))
        {
            return;
        }

        var (total, page) = objectType == "contacts"
            ? Run(Fixture.ContactsByModified(), "lastmodifieddate", request, ContactProperty, c => c.Id)
            : Run(Fixture.DealsByModified(), "hs_lastmodifieddate", request, DealProperty, d => d.Id);
        Log(context, body, 200);
        await StandInJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", total);
            w.WriteStartArray("results");
            foreach (var (id, created, modified, property) in page)
            {
                w.WriteStartObject();
                w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
                w.WriteStartObject("properties");
                foreach (var name in request.Properties.Concat(["hs_object_id", "createdate", objectType == "contacts" ? "lastmodifieddate" : "hs_lastmodifieddate"]).Distinct(StringComparer.Ordinal))
                {
                    if (property(name) is { } value)
                    {
                        w.WriteString(name, value);
                    }
                    else
                    {
                        w.WriteNull(name);
                    }
                }

                w.WriteEndObject();
                w.WriteString("createdAt", StandInJson.HubSpotTime(created));
                w.WriteString("updatedAt", StandInJson.HubSpotTime(modified));
                w.WriteBoolean("archived", false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            var next = request.After + page.Count;
            if (page.Count > 0 && next < total)
            {
                w.WriteStartObject("paging");
                w.WriteStartObject("next");
                w.WriteString("after", next.ToString(CultureInfo.InvariantCulture));
                w.WriteString("link", $"{BaseUrl}crm/v3/objects/{objectType}/search?after={next}");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    private static (int Total, List<(long Id, DateTimeOffset Created, DateTimeOffset Modified, Func<string, string?> Property)> Page) Run<T>(
        T[] byModified, string modifiedProperty, SearchRequest request, Func<T, string, string?> property, Func<T, long> id)
    {
        bool Matches(T record) => request.Groups.Count == 0 || request.Groups.Any(g => g.All(f => f.Test(property(record, f.Property))));

        IEnumerable<T> ordered;
        int total;
        var sort = request.Sort ?? ("hs_object_id", true);
        if (sort.Property == modifiedProperty && sort.Ascending && request.Groups.Count <= 1)
        {
            // The sync's own query: a lower bound on the modified time, found by binary search in the sorted index.
            var start = 0;
            var bounds = request.Groups.Count == 1 ? request.Groups[0].Where(f => f.Property == modifiedProperty && f.Operator is "GT" or "GTE" or "EQ").ToArray() : [];
            foreach (var bound in bounds)
            {
                var value = SearchFilter.Milliseconds(bound.Value);
                start = Math.Max(start, LowerBound(byModified, r => SearchFilter.Milliseconds(property(r, modifiedProperty)!), value, strict: bound.Operator == "GT"));
            }

            var onlyBounds = request.Groups.Count == 0 || request.Groups[0].All(f => f.Property == modifiedProperty && f.Operator is "GT" or "GTE");
            ordered = byModified.Skip(start).Where(Matches);
            total = onlyBounds ? byModified.Length - start : ordered.Count();
        }
        else
        {
            var matching = byModified.Where(Matches);
            ordered = sort.Property is "hs_object_id" or "createdate" or "lastmodifieddate" or "hs_lastmodifieddate"
                ? (sort.Ascending ? matching.OrderBy(r => SearchFilter.Milliseconds(property(r, sort.Property))) : matching.OrderByDescending(r => SearchFilter.Milliseconds(property(r, sort.Property))))
                : (sort.Ascending ? matching.OrderBy(r => property(r, sort.Property), StringComparer.Ordinal) : matching.OrderByDescending(r => property(r, sort.Property), StringComparer.Ordinal));
            ordered = [.. ordered];
            total = ordered.Count();
        }

        var page = ordered.Skip(request.After).Take(request.Limit)
            .Select(r => (id(r), SearchFilter.Time(property(r, "createdate"))!.Value, SearchFilter.Time(property(r, modifiedProperty))!.Value, (Func<string, string?>)(name => property(r, name))))
            .ToList();
        return (total, page);
    }

    private static int LowerBound<T>(T[] sorted, Func<T, long> key, long value, bool strict)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var k = key(sorted[mid]);
            if (k < value || (strict && k == value))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private string? ContactProperty(FixtureContact c, string name)
    {
        switch (name)
        {
            case "hs_object_id":
                return c.Id.ToString(CultureInfo.InvariantCulture);
            case "createdate":
                return StandInJson.HubSpotTime(c.CreatedAt);
            case "lastmodifieddate":
                return StandInJson.HubSpotTime(c.ModifiedAt);
            case "lifecyclestage":
                return c.LifecycleStage;
            case "hs_lead_status":
                return c.LeadStatus;
            case "email":
                return c.Email;
            case "company":
                return c.Company;
            case "hs_analytics_source":
                return c.Source;
            case "hs_analytics_first_touch_converting_campaign":
                return c.Campaign;
            case "hs_sa_first_engagement_date":
                return c.FirstEngagementAt is { } f ? StandInJson.HubSpotTime(f) : null;
        }

        if (name == ReasonProperty)
        {
            return c.ReasonText;
        }

        foreach (var prefix in (string[])["hs_v2_date_entered_", "hs_lifecyclestage_"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                var stage = name[prefix.Length..];
                stage = stage.EndsWith("_date", StringComparison.Ordinal) && prefix == "hs_lifecyclestage_" ? stage[..^"_date".Length] : stage;
                return c.StageDates.TryGetValue(stage, out var at) ? StandInJson.HubSpotTime(at) : null;
            }
        }

        return null;
    }

    private static string? DealProperty(FixtureDeal d, string name) => name switch
    {
        "hs_object_id" => d.Id.ToString(CultureInfo.InvariantCulture),
        "createdate" => StandInJson.HubSpotTime(d.CreatedAt),
        "hs_lastmodifieddate" => StandInJson.HubSpotTime(d.ModifiedAt),
        "dealname" => $"Deal {d.Id}",
        "dealstage" => d.Stage,
        "pipeline" => "default",
        "amount" => d.Amount is { } a ? StandInJson.Number(a) : null,
        "closedate" => d.CloseDate is { } c ? StandInJson.HubSpotTime(new DateTimeOffset(c.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null,
        "hs_is_closed_won" => d.IsWon ? "true" : "false",
        "hs_is_closed" => d.IsClosed ? "true" : "false",
        "hs_analytics_source" => d.Source,
        _ => null,
    };

    private Task ErrorAsync(HttpContext context, string? body, int status, string category, string message)
    {
        Log(context, body, status);
        return StandInJson.WriteAsync(context, status, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "error");
            w.WriteString("message", message);
            w.WriteString("correlationId", Guid.NewGuid().ToString());
            w.WriteString("category", category);
            w.WriteEndObject();
        });
    }

    private sealed record SearchRequest(IReadOnlyList<IReadOnlyList<SearchFilter>> Groups, (string Property, bool Ascending)? Sort, IReadOnlyList<string> Properties, int Limit, int After)
    {
        public static SearchRequest Parse(string body)
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var groups = new List<IReadOnlyList<SearchFilter>>();
            if (root.TryGetProperty("filterGroups", out var fg))
            {
                foreach (var group in fg.EnumerateArray())
                {
                    groups.Add([.. group.GetProperty("filters").EnumerateArray().Select(f => new SearchFilter(
                        f.GetProperty("propertyName").GetString()!, f.GetProperty("operator").GetString()!, f.TryGetProperty("value", out var v) ? v.ToString() : null))]);
                }
            }

            (string, bool)? sort = null;
            if (root.TryGetProperty("sorts", out var sorts) && sorts.GetArrayLength() > 0)
            {
                var first = sorts[0];
                sort = first.ValueKind == JsonValueKind.String
                    ? (first.GetString()!.TrimStart('-'), !first.GetString()!.StartsWith('-'))
                    : (first.GetProperty("propertyName").GetString()!, !first.TryGetProperty("direction", out var d) || d.GetString() != "DESCENDING");
            }

            var properties = root.TryGetProperty("properties", out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            var limit = root.TryGetProperty("limit", out var l) ? l.GetInt32() : 10;
            var after = root.TryGetProperty("after", out var a) && a.ValueKind != JsonValueKind.Null ? int.Parse(a.ToString(), CultureInfo.InvariantCulture) : 0;
            return new SearchRequest(groups, sort, properties, limit, after);
        }
    }

    private sealed record SearchFilter(string Property, string Operator, string? Value)
    {
        public bool Test(string? actual)
        {
            if (Operator is "HAS_PROPERTY")
            {
                return actual is not null;
            }

            if (Operator is "NOT_HAS_PROPERTY")
            {
                return actual is null;
            }

            if (actual is null || Value is null)
            {
                return Operator == "NEQ" && actual != Value;
            }

            var comparison = Time(actual) is { } a && Time(Value) is { } b ? a.CompareTo(b)
                : decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) ? x.CompareTo(y)
                : string.Compare(actual, Value, StringComparison.OrdinalIgnoreCase);
            return Operator switch
            {
                "EQ" => comparison == 0,
                "NEQ" => comparison != 0,
                "GT" => comparison > 0,
                "GTE" => comparison >= 0,
                "LT" => comparison < 0,
                "LTE" => comparison <= 0,
                _ => throw new FormatException($"operator {Operator} is not supported by the stand-in"),
            };
        }

        /// <summary>A timestamp value: epoch milliseconds or ISO 8601, as HubSpot accepts both in filters.</summary>
        public static DateTimeOffset? Time(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (text.Length >= 10 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }

            return text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        }

        public static long Milliseconds(string? text)
            => Time(text) is { } at ? at.ToUnixTimeMilliseconds() : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MinValue;
    }
}
