using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// The Bot Connector's "send to conversation" on loopback (POST {serviceUrl}v3/conversations/{id}/activities):
/// per conversation 7 posts a second and 8 in two seconds, per tenant 50 a second. Per-conversation 429s come
/// without Retry-After, as Microsoft documents (clients back off with jitter); per-tenant ones with it. It also
/// plays the Entra client-credentials token endpoint, so the senders authenticate as they would in production.
/// </summary>
public sealed class TeamsStandIn(int perTenantPerSecond = 50) : StandInServer
{
    public const string Token = "test-bot-token";
    public const string ClientSecret = "stand-in-client-secret";
    public const string TokenPath = "botframework.com/oauth2/v2.0/token";

    private readonly SlidingWindow _perSecond = new(7, TimeSpan.FromSeconds(1));
    private readonly SlidingWindow _perTwoSeconds = new(8, TimeSpan.FromSeconds(2));
    private readonly SlidingWindow _perTenant = new(perTenantPerSecond, TimeSpan.FromSeconds(1));
    private int _id;
    private int _tokensIssued;

    /// <summary>Client-credentials tokens issued: the senders should cache theirs, not fetch one per post.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    protected override void Map(WebApplication app)
    {
        app.MapPost("/" + TokenPath, (Delegate)IssueTokenAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)SendAsync);
    }

    private async Task<IResult> IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials" || form["client_secret"] != ClientSecret || form["scope"] != "https://api.botframework.com/.default")
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = Token });
    }

    private async Task<IResult> SendAsync(HttpContext context, string conversationId)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var tenant = body.RootElement.GetProperty("conversation").GetProperty("tenantId").GetString()!;
        var text = body.RootElement.TryGetProperty("summary", out var summary) ? summary.GetString()
            : body.RootElement.TryGetProperty("text", out var plain) ? plain.GetString() : null;
        var now = Now;
        lock (Sync)
        {
            var key = tenant + "/" + conversationId;
            NoteArrival(key, now);
            NoteArrival(tenant + "/" + conversationId + "#tenant", now);
            if (TakeInjectedThrottle())
            {
                return TooManyRequests(context, tenant + "/" + conversationId + "#tenant", now, TimeSpan.FromSeconds(1));
            }

            if (!_perSecond.TryTake(key, now) || !_perTwoSeconds.TryTake(key, now))
            {
                return TooManyRequests(context, key, now, retryAfter: null);
            }

            if (!_perTenant.TryTake(tenant, now))
            {
                return TooManyRequests(context, tenant + "/" + conversationId + "#tenant", now, TimeSpan.FromSeconds(1));
            }

            var activityId = $"1:{Interlocked.Increment(ref _id)}";
            Accepted.Enqueue(new StandInMessage(tenant, Uri.UnescapeDataString(conversationId), activityId, text, now));
            return Results.Json(new { id = activityId }, statusCode: StatusCodes.Status201Created);
        }
    }
}
