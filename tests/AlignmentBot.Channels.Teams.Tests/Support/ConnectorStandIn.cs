using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>
/// Plays the Bot Connector (smba.trafficmanager.net) on loopback: records each REST call and answers as the
/// real one does, or with scripted failures first.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly SemaphoreSlim _received = new(0);
    private int _next;

    public LoopbackServer Server { get; private set; } = null!;

    /// <summary>The serviceUrl activities should carry: a path like Teams' regional ones.</summary>
    public string ServiceUrl => Server.BaseUrl + "/amer/";

    /// <summary>Answers to give before succeeding, in order: status code and optional Retry-After and error code.</summary>
    public ConcurrentQueue<(int Status, string? RetryAfter, string? ErrorCode)> Failures { get; } = new();

    public ConcurrentQueue<RecordedRequest> Calls { get; } = new();

    /// <summary>Member lookups (GET …/members/{userId}), kept apart from the activity calls the other tests count.</summary>
    public ConcurrentQueue<string> MemberLookups { get; } = new();

    /// <summary>
    /// What GET members/{userId} answers, by channel account id; anyone else is a plain member of the tenant. A null value
    /// makes the lookup fail (HTTP 503) so a test can see what happens when Teams cannot be asked.
    /// </summary>
    public ConcurrentDictionary<string, JsonObject?> Members { get; } = new(StringComparer.Ordinal);

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var standIn = new ConnectorStandIn();
        standIn.Server = await LoopbackServer.StartAsync((app, server) => app.Map("/amer/v3/conversations/{**rest}", (Delegate)standIn.HandleAsync));
        return standIn;
    }

    public async Task<RecordedRequest> NextCallAsync(TimeSpan? timeout = null)
    {
        Assert.True(await _received.WaitAsync(timeout ?? TimeSpan.FromSeconds(15)), "the Connector stand-in got no call");
        return Calls.ElementAt(Interlocked.Increment(ref _next) - 1);
    }

    public static JsonObject Body(RecordedRequest call) => JsonNode.Parse(call.Body)!.AsObject();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var path = context.Request.RouteValues["rest"]?.ToString() ?? "";
        if (context.Request.Method == "GET" && path.Contains("/members/", StringComparison.Ordinal))
        {
            var userId = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
            MemberLookups.Enqueue(userId);
            if (Members.TryGetValue(userId, out var scripted))
            {
                return scripted is null ? Results.Json(new { error = new { code = "ServiceError", message = "scripted failure" } }, statusCode: 503) : Results.Text(scripted.ToJsonString(), "application/json");
            }

            return Results.Json(new { id = userId, name = "Member", userRole = "user" });
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var call = new RecordedRequest(context.Request.Method, context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, context.Request.Headers.Authorization.ToString(), body);
        Calls.Enqueue(call);
        _received.Release();
        if (Failures.TryDequeue(out var failure))
        {
            if (failure.Status == 0)
            {
                // A connection reset: no status line at all.
                context.Abort();
                return Results.Empty;
            }

            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = failure.ErrorCode ?? "ServiceError", message = "scripted failure" } }, statusCode: failure.Status);
        }

        var rest = context.Request.RouteValues["rest"]?.ToString() ?? "";
        return context.Request.Method switch
        {
            "POST" when rest.Length == 0 => Results.Json(new { id = "a:new-personal-chat", activityId = "1:first", serviceUrl = ServiceUrl }, statusCode: 201),
            "DELETE" => Results.Ok(),
            _ => Results.Json(new { id = $"1:{Guid.NewGuid():N}" }, statusCode: 201),
        };
    }
}
