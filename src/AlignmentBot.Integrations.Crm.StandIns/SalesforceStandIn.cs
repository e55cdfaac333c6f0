using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>
/// Salesforce's OAuth token endpoint (client credentials and JWT bearer grants) and the REST query resource, as
/// documented: SOQL in q=, up to batchSize records (Sforce-Query-Options) with done/nextRecordsUrl for queryMore,
/// records with "attributes", errors as [{"message","errorCode"}] (401 INVALID_SESSION_ID, 403 REQUEST_LIMIT_EXCEEDED,
/// 400 MALFORMED_QUERY / INVALID_FIELD / INVALID_QUERY_LOCATOR), and Sforce-Limit-Info on every data response. It
/// understands the SOQL shapes the sync sends (and says MALFORMED_QUERY to anything else), not SOQL in general.
/// </summary>
public sealed partial class SalesforceStandIn(CrmFixture fixture) : StandInServer(fixture)
{
    private readonly ConcurrentDictionary<string, byte> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QueryResult> _locators = new(StringComparer.Ordinal);
    private int _apiCalls;
    private int _locatorSeed;

    public string ApiVersion { get; init; } = "62.0";

    public string ClientId { get; init; } = "3MVG9standin.consumer.key";

    public string ClientSecret { get; init; } = "standin-consumer-secret";

    /// <summary>JWT bearer flow: the user the app may act for, and the certificate's public key that verifies assertions.</summary>
    public string Username { get; init; } = "integration@example.com";

    public RSA? JwtPublicKey { get; init; }

    public int DailyApiLimit { get; init; } = 15_000;

    /// <summary>Custom Lead fields the org has, and what they hold.</summary>
    public IReadOnlyDictionary<string, Func<FixtureContact, string?>> CustomLeadFields { get; init; } = new Dictionary<string, Func<FixtureContact, string?>>(StringComparer.OrdinalIgnoreCase)
    {
        ["Disqualification_Reason__c"] = c => c.ReasonText,
        ["Campaign__c"] = c => c.Campaign,
    };

    /// <summary>Every data call now gets 403 REQUEST_LIMIT_EXCEEDED.</summary>
    public bool RequestLimitExceeded { get; set; }

    /// <summary>Every session, even a new one, now gets 401 INVALID_SESSION_ID (a revoked connected app).</summary>
    public bool RejectSessions { get; set; }

    public int TokensIssued { get; private set; }

    /// <summary>Sessions issued so far expire: their next call gets 401 INVALID_SESSION_ID.</summary>
    public void ExpireSessions() => _sessions.Clear();

    public int RecordPages => Calls.Count(c => c.Status == 200 && c.Path.Contains("/query", StringComparison.Ordinal) && c.Body is "Lead" or "Opportunity");

    protected override void Map(WebApplication app)
    {
        app.MapPost("/services/oauth2/token", TokenAsync);
        app.MapGet("/services/data/{version}/query", (HttpContext context, string version) => QueryAsync(context, version, null));
        app.MapGet("/services/data/{version}/query/{locator}", (HttpContext context, string version, string locator) => QueryAsync(context, version, locator));
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grant = form["grant_type"].ToString();
        string? problem = grant switch
        {
            "client_credentials" when form["client_id"] != ClientId => "invalid_client_id|client identifier invalid",
            "client_credentials" when form["client_secret"] != ClientSecret => "invalid_client|invalid client credentials",
            "client_credentials" => null,
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => CheckAssertion(form["assertion"].ToString()),
            _ => "unsupported_grant_type|grant type not supported",
        };

        Log(context, grant, problem is null ? 200 : 400);
        if (problem is not null)
        {
            var parts = problem.Split('|');
            await StandInJson.WriteAsync(context, 400, w =>
            {
                w.WriteStartObject();
                w.WriteString("error", parts[0]);
                w.WriteString("error_description", parts[1]);
                w.WriteEndObject();
            });
            return;
        }

        var token = "00DSTANDIN!" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _sessions[token] = 0;
        TokensIssued++;
        await StandInJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token);
            w.WriteString("signature", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            w.WriteString("instance_url", BaseUrl.ToString().TrimEnd('/'));
            w.WriteString("id", $"{BaseUrl}id/00DSTANDIN000001/0055g00000STANDIN");
            w.WriteString("token_type", "Bearer");
            w.WriteString("issued_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
    }

    private string? CheckAssertion(string assertion)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return "invalid_grant|invalid assertion";
        }

        if (JwtPublicKey is not null && !JwtPublicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return "invalid_grant|invalid assertion signature";
        }

        using var claims = JsonDocument.Parse(FromBase64Url(parts[1]));
        var root = claims.RootElement;
        if (root.GetProperty("iss").GetString() != ClientId)
        {
            return "invalid_client_id|client identifier invalid";
        }

        if (root.GetProperty("sub").GetString() != Username)
        {
            return "invalid_grant|user hasn't approved this consumer";
        }

        return root.GetProperty("exp").GetInt64() < DateTimeOffset.UtcNow.ToUnixTimeSeconds() ? "invalid_grant|expired authorization code" : null;
    }

    private async Task QueryAsync(HttpContext context, string version, string? locator)
    {
        var soql = context.Request.Query["q"].ToString();
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : string.Empty;
        if (RejectSessions || !_sessions.ContainsKey(token))
        {
            await ErrorsAsync(context, soql, 401, "INVALID_SESSION_ID", "Session expired or invalid");
            return;
        }

        var used = Interlocked.Increment(ref _apiCalls);
        context.Response.Headers["Sforce-Limit-Info"] = $"api-usage={used}/{DailyApiLimit}";
        if (RequestLimitExceeded)
        {
            await ErrorsAsync(context, soql, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            return;
        }

        if (version != "v" + ApiVersion)
        {
            await ErrorsAsync(context, soql, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }

        QueryResult result;
        int offset;
        if (locator is not null)
        {
            var dash = locator.LastIndexOf('-');
            if (dash < 0 || !_locators.TryGetValue(locator[..dash], out result!) || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                await ErrorsAsync(context, locator, 400, "INVALID_QUERY_LOCATOR", "invalid query locator");
                return;
            }
        }
        else
        {
            try
            {
                result = Run(soql);
            }
            catch (FormatException ex)
            {
                await ErrorsAsync(context, soql, 400, ex.Message.StartsWith("INVALID_FIELD", StringComparison.Ordinal) ? "INVALID_FIELD" : "MALFORMED_QUERY", ex.Message);
                return;
            }

            offset = 0;
        }

        if (result.Object is "Lead" or "Opportunity" && await CutConnectionAsync(context))
        {
            return;
        }

        var options = context.Request.Headers["Sforce-Query-Options"].ToString();
        var batch = options.StartsWith("batchSize=", StringComparison.OrdinalIgnoreCase) && int.TryParse(options["batchSize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? Math.Clamp(b, 200, 2000) : 2000;
        var rows = result.Rows.Skip(offset).Take(batch).ToArray();
        var next = offset + rows.Length;
        string? nextUrl = null;
        if (next < result.Rows.Count)
        {
            var id = locator is null ? $"01gSTANDIN{Interlocked.Increment(ref _locatorSeed):D6}" : locator[..locator.LastIndexOf('-')];
            _locators[id] = result;
            nextUrl = $"/services/data/v{ApiVersion}/query/{id}-{next}";
        }

        Log(context, result.Object, 200);
        await StandInJson.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("totalSize", result.Rows.Count);
            w.WriteBoolean("done", nextUrl is null);
            if (nextUrl is not null)
            {
                w.WriteString("nextRecordsUrl", nextUrl);
            }

            w.WriteStartArray("records");
            foreach (var row in rows)
            {
                row(w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private QueryResult Run(string soql)
    {
        var match = Select().Match(soql.Trim());
        if (!match.Success)
        {
            throw new FormatException($"unexpected token: '{soql.Split(' ').FirstOrDefault()}'");
        }

        var fields = match.Groups["fields"].Value.Split(',', StringSplitOptions.TrimEntries);
        var table = match.Groups["object"].Value;
        var where = match.Groups["where"].Success ? match.Groups["where"].Value.Trim() : null;
        var limit = match.Groups["limit"].Success ? int.Parse(match.Groups["limit"].Value, CultureInfo.InvariantCulture) : int.MaxValue;
        return table switch
        {
            "Lead" => Records(table, Fixture.LeadsBySystemModstamp(), c => c.SalesforceId, c => c.ModifiedAt, fields, where, limit, LeadField),
            "Opportunity" => Records(table, Fixture.OpportunitiesBySystemModstamp(), d => d.SalesforceId, d => d.ModifiedAt, fields, where, limit, OpportunityField),
            "LeadHistory" => History(table, "LeadId", "Status", where, Fixture.Contacts.ToDictionary(c => c.SalesforceId, c => (IReadOnlyList<(string, DateTimeOffset)>)c.StatusHistory)),
            "OpportunityFieldHistory" => History(table, "OpportunityId", "StageName", where, Fixture.Deals.ToDictionary(d => d.SalesforceId, d => (IReadOnlyList<(string, DateTimeOffset)>)d.StageHistory)),
            _ => throw new FormatException($"sObject type '{table}' is not supported."),
        };
    }

    private QueryResult Records<T>(string table, T[] ordered, Func<T, string> id, Func<T, DateTimeOffset> modified, string[] fields, string? where, int limit, Func<T, string, Action<Utf8JsonWriter>?> field)
    {
        foreach (var name in fields)
        {
            if (field(ordered.Length > 0 ? ordered[0] : default!, name) is null && ordered.Length > 0)
            {
                throw new FormatException($"INVALID_FIELD: No such column '{name}' on entity '{table}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.");
            }
        }

        IEnumerable<T> rows = ordered;
        if (where is not null)
        {
            if (AtLeast().Match(where) is { Success: true } atLeast)
            {
                var t = Literal(atLeast.Groups["t"].Value);
                rows = ordered.Where(r => CrmFixture.Seconds(modified(r)) >= t);
            }
            else if (After().Match(where) is { Success: true } after && after.Groups["t"].Value == after.Groups["t2"].Value)
            {
                var t = Literal(after.Groups["t"].Value);
                var last = after.Groups["id"].Value;
                rows = ordered.Where(r => CrmFixture.Seconds(modified(r)) > t || (CrmFixture.Seconds(modified(r)) == t && string.CompareOrdinal(id(r), last) > 0));
            }
            else
            {
                throw new FormatException($"unexpected token in WHERE: '{where}'");
            }
        }

        var selected = rows.Take(limit).Select(r => (Action<Utf8JsonWriter>)(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("attributes");
            w.WriteString("type", table);
            w.WriteString("url", $"/services/data/v{ApiVersion}/sobjects/{table}/{id(r)}");
            w.WriteEndObject();
            foreach (var name in fields)
            {
                field(r, name)!(w);
            }

            w.WriteEndObject();
        })).ToList();
        return new QueryResult(table, selected);
    }

    private QueryResult History(string table, string idField, string trackedField, string? where, Dictionary<string, IReadOnlyList<(string Value, DateTimeOffset At)>> changes)
    {
        var match = where is null ? null : HistoryWhere().Match(where);
        if (match is not { Success: true } || match.Groups["idField"].Value != idField)
        {
            throw new FormatException($"unexpected token in WHERE: '{where}'");
        }

        var ids = match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries).Select(i => i.Trim('\'')).ToHashSet(StringComparer.Ordinal);
        var rows = new List<(string Id, string Value, DateTimeOffset At)>();
        if (match.Groups["field"].Value == trackedField)
        {
            foreach (var id in ids)
            {
                if (changes.TryGetValue(id, out var history))
                {
                    rows.AddRange(history.Select(h => (id, h.Value, h.At)));
                }
            }
        }

        var n = 0;
        return new QueryResult(table, rows.OrderBy(r => r.At).Select(r => (Action<Utf8JsonWriter>)(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("attributes");
            w.WriteString("type", table);
            w.WriteString("url", $"/services/data/v{ApiVersion}/sobjects/{table}/017STANDIN{Interlocked.Increment(ref n):D8}");
            w.WriteEndObject();
            w.WriteString(idField, r.Id);
            w.WriteString("NewValue", r.Value);
            w.WriteString("CreatedDate", StandInJson.SalesforceTime(r.At));
            w.WriteEndObject();
        })).ToList());
    }

    private Action<Utf8JsonWriter>? LeadField(FixtureContact c, string name)
    {
        if (c is null)
        {
            return null;
        }

        if (CustomLeadFields.TryGetValue(name, out var custom))
        {
            return w => WriteText(w, name, custom(c));
        }

        return name switch
        {
            "Id" => w => w.WriteString(name, c.SalesforceId),
            "Status" => w => WriteText(w, name, c.SalesforceStatus),
            "IsConverted" => w => w.WriteBoolean(name, c.IsConverted),
            "ConvertedDate" => w => WriteText(w, name, c.ConvertedDate is { } d ? StandInJson.Date(d) : null),
            "LeadSource" => w => WriteText(w, name, c.LeadSource),
            "Company" => w => WriteText(w, name, c.Company),
            "Email" => w => WriteText(w, name, c.Email),
            "CreatedDate" => w => w.WriteString(name, StandInJson.SalesforceTime(c.CreatedAt)),
            "SystemModstamp" or "LastModifiedDate" => w => w.WriteString(name, StandInJson.SalesforceTime(c.ModifiedAt)),
            _ => null,
        };
    }

    private Action<Utf8JsonWriter>? OpportunityField(FixtureDeal d, string name) => d is null ? null : name switch
    {
        "Id" => w => w.WriteString(name, d.SalesforceId),
        "StageName" => w => WriteText(w, name, d.SalesforceStage),
        "Amount" => w =>
        {
            if (d.Amount is { } a)
            {
                w.WriteNumber(name, a);
            }
            else
            {
                w.WriteNull(name);
            }
        },
        "CloseDate" => w => WriteText(w, name, d.CloseDate is { } c ? StandInJson.Date(c) : null),
        "IsWon" => w => w.WriteBoolean(name, d.IsWon),
        "IsClosed" => w => w.WriteBoolean(name, d.IsClosed),
        "LeadSource" => w => WriteText(w, name, d.Source),
        "Campaign.Name" => w =>
        {
            if (d.Campaign is null)
            {
                w.WriteNull("Campaign");
                return;
            }

            w.WriteStartObject("Campaign");
            w.WriteStartObject("attributes");
            w.WriteString("type", "Campaign");
            w.WriteString("url", $"/services/data/v{ApiVersion}/sobjects/Campaign/7015g00000STANDIN");
            w.WriteEndObject();
            w.WriteString("Name", d.Campaign);
            w.WriteEndObject();
        },
        "CreatedDate" => w => w.WriteString(name, StandInJson.SalesforceTime(d.CreatedAt)),
        "SystemModstamp" or "LastModifiedDate" => w => w.WriteString(name, StandInJson.SalesforceTime(d.ModifiedAt)),
        _ => null,
    };

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static DateTimeOffset Literal(string text)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at : throw new FormatException($"line 1:0 no viable alternative at character '{text}'");

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private Task ErrorsAsync(HttpContext context, string? body, int status, string code, string message)
    {
        Log(context, body, status);
        return StandInJson.WriteAsync(context, status, w =>
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteString("errorCode", code);
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    private sealed record QueryResult(string Object, IReadOnlyList<Action<Utf8JsonWriter>> Rows);

    [GeneratedRegex(@"^SELECT\s+(?<fields>.+?)\s+FROM\s+(?<object>\w+)(?:\s+WHERE\s+(?<where>.+?))?(?:\s+ORDER\s+BY\s+(?<order>[\w\s,.]+?))?(?:\s+LIMIT\s+(?<limit>\d+))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex(@"^SystemModstamp\s*>=\s*(?<t>\S+)$")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^SystemModstamp\s*>\s*(?<t>\S+)\s+OR\s+\(SystemModstamp\s*=\s*(?<t2>\S+)\s+AND\s+Id\s*>\s*'(?<id>[^']*)'\)$")]
    private static partial Regex After();

    [GeneratedRegex(@"^Field\s*=\s*'(?<field>\w+)'\s+AND\s+(?<idField>\w+)\s+IN\s+\((?<ids>[^)]*)\)$")]
    private static partial Regex HistoryWhere();
}
