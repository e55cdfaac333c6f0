using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// Slack's Web API on loopback for several host instances at once. Every chat.postMessage that reaches it is in the
/// channel's history (conversations.history, with its metadata when include_all_metadata is set), held posts included:
/// Slack received them, so a restarted instance must find them there rather than post again. Each instance gets its own base URL
/// (<c>/{instance}/api/</c>), so every call says which process made it. Posts from one instance can be held — received
/// and recorded, never answered — to catch that instance in the middle of a fan-out.
/// </summary>
internal sealed class SlackStandIn : IAsyncDisposable
{
    public const string BotToken = "xoxb-scaleout-token";
    public const string SigningSecret = "scaleout-signing-secret-0123456789";
    public const string TeamId = "T0SCALE01";
    public const string BotUserId = "UBOT0SCALE";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private int _ts;
    private VictimRule? _victim;
    private (string Instance, Queue<int> Statuses)? _failures;

    private SlackStandIn(WebApplication app) => _app = app;

    public ConcurrentQueue<SlackCall> Calls { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<SlackStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new SlackStandIn(app);
        app.MapPost("/{instance}/api/{method}", (string instance, string method, HttpContext http) => standIn.ApiAsync(instance, method, http));
        app.MapGet("/files/{name}", (string name, HttpContext http) => standIn.SharedFile(name, http));
        app.MapPost("/response/{id}", (string id, HttpContext http) => standIn.ResponseAsync(id, http));
        await app.StartAsync();
        standIn.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return standIn;
    }

    public string ApiUrlFor(string instance) => new Uri(BaseUrl, $"{instance}/api/").ToString();

    /// <summary>Files people shared, served at GET /files/{name} (url_private_download) to a bearer of the bot token.</summary>
    public ConcurrentDictionary<string, byte[]> SharedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request for a shared file, with the Authorization header it carried.</summary>
    public ConcurrentQueue<(string Name, string? Authorization)> FileRequests { get; } = new();

    public string FileUrl(string name) => new Uri(BaseUrl, $"files/{name}").ToString();

    public string ResponseUrl(string id) => new Uri(BaseUrl, $"response/{id}").ToString();

    /// <summary>Posts an interaction (a button press) as Slack does: form-encoded <c>payload=</c>, signed like an event.</summary>
    public async Task<HttpResponseMessage> PostInteractionAsync(Uri host, JsonObject payload)
    {
        var body = "payload=" + Uri.EscapeDataString(payload.ToJsonString());
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "slack/events")) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature);
        return await Http.SendAsync(request);
    }

    private IResult SharedFile(string name, HttpContext http)
    {
        var auth = http.Request.Headers.Authorization.FirstOrDefault();
        FileRequests.Enqueue((name, auth));

        // Without the token Slack answers with its sign-in page, not an error.
        if (auth != $"Bearer {BotToken}")
        {
            return Results.Text("<html><body>Sign in to Slack</body></html>", "text/html; charset=utf-8");
        }

        return SharedFiles.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "text/csv") : Results.NotFound();
    }

    private async Task<IResult> ResponseAsync(string id, HttpContext http)
    {
        Calls.Enqueue(new SlackCall("response_url", $"response_url:{id}", await ReadArgsAsync(http.Request), DateTimeOffset.UtcNow));
        return Results.Text("ok");
    }

    public IEnumerable<SlackCall> Posts(Func<SlackCall, bool>? where = null) => Calls.Where(c => c.Method == "chat.postMessage" && (where is null || where(c)));

    /// <summary>
    /// Once one instance has posted <paramref name="after"/> messages that match <paramref name="which"/>, it is the victim:
    /// its later matching posts are recorded but never answered. The task completes with the victim's name.
    /// </summary>
    public Task<string> HoldPostsOfTheFirstInstanceToPost(int after, Func<SlackCall, bool> which)
    {
        var rule = new VictimRule(after, which);
        lock (_gate)
        {
            _victim = rule;
        }

        return rule.Chosen.Task;
    }

    public int Held => Calls.Count(c => c.Held);

    /// <summary>Signs <paramref name="body"/> as Slack does (v0, HMAC-SHA256 over "v0:timestamp:body").</summary>
    public async Task<HttpResponseMessage> PostEventAsync(Uri host, JsonObject envelope, int? retryNum = null)
    {
        var body = envelope.ToJsonString();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "slack/events")) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature);
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Http.Dispose();
        _stopping.Dispose();
    }

    private async Task<IResult> ApiAsync(string instance, string method, HttpContext http)
    {
        var args = await ReadArgsAsync(http.Request);
        var call = new SlackCall(instance, method, args, DateTimeOffset.UtcNow);
        if (method == "chat.postMessage")
        {
            call = call with { Ts = NextTs() };
        }

        if (method == "chat.postMessage" && FailNext(call) is { } failure)
        {
            call = call with { Failed = true };
            Calls.Enqueue(call);
            if (failure == 0)
            {
                // A connection reset: no status line at all.
                http.Abort();
                return Results.Empty;
            }

            return Results.Text("<html><body>Service Unavailable</body></html>", "text/html", statusCode: failure);
        }

        if (method == "chat.postMessage" && ShouldHold(call))
        {
            call = call with { Held = true };
            Calls.Enqueue(call);
            try
            {
                // Received, never answered: the instance is killed while it waits.
                await Task.Delay(Timeout.Infinite, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }

            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Calls.Enqueue(call);
        var token = http.Request.Headers.Authorization.ToString();
        if (token != $"Bearer {BotToken}")
        {
            return Error("invalid_auth");
        }

        return method switch
        {
            "auth.test" => Ok(new JsonObject { ["url"] = "https://scale.slack.com/", ["team"] = "Scale", ["user"] = "alignmentbot", ["team_id"] = TeamId, ["user_id"] = BotUserId, ["bot_id"] = "BBOT0SCALE" }),
            "users.info" => Ok(new JsonObject { ["user"] = User(call.Arg("user") ?? "U0") }),
            "chat.postMessage" => Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Ts }),
            "chat.update" => Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts") }),
            "chat.postEphemeral" => Ok(new JsonObject { ["message_ts"] = NextTs() }),
            "conversations.history" => History(call),
            "conversations.open" => Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + (call.Arg("users") ?? "0").TrimStart('U') } }),
            "views.open" or "views.update" or "views.publish" or "views.push" => Ok(new JsonObject { ["view"] = new JsonObject { ["id"] = "V000001", ["hash"] = "1.a" } }),
            _ => Error("unknown_method"),
        };
    }

    /// <summary>
    /// The next posts from <paramref name="instance"/> fail, one per entry of <paramref name="statuses"/>, before Slack takes
    /// them: that HTTP status (500, 503), or 0 for a connection reset.
    /// </summary>
    public void FailPosts(string instance, params int[] statuses)
    {
        lock (_gate)
        {
            _failures = (instance, new Queue<int>(statuses));
        }
    }

    private int? FailNext(SlackCall call)
    {
        lock (_gate)
        {
            return _failures is { } failures && failures.Instance == call.Instance && failures.Statuses.TryDequeue(out var status) ? status : null;
        }
    }

    /// <summary>
    /// conversations.history as Slack answers it: the channel's messages newest first, from <c>oldest</c> on; metadata only
    /// with include_all_metadata. Posts that failed before Slack took them are not there; held ones are.
    /// </summary>
    private IResult History(SlackCall call)
    {
        var channel = call.Arg("channel");
        var oldest = decimal.Parse(call.Arg("oldest") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
        var withMetadata = call.Arg("include_all_metadata") == "true";
        var messages = new JsonArray();
        foreach (var post in Posts(p => p.Arg("channel") == channel && !p.Failed && p.Ts is not null).Reverse())
        {
            if (decimal.Parse(post.Ts!, NumberStyles.Float, CultureInfo.InvariantCulture) < oldest)
            {
                continue;
            }

            var message = new JsonObject { ["type"] = "message", ["subtype"] = "bot_message", ["text"] = post.Arg("text"), ["ts"] = post.Ts, ["bot_id"] = "BBOT0SCALE", ["app_id"] = "A0SCALE01" };
            if (withMetadata && post.Args["metadata"] is JsonObject metadata)
            {
                message["metadata"] = metadata.DeepClone();
            }

            messages.Add(message);
        }

        return Ok(new JsonObject { ["messages"] = messages, ["has_more"] = false, ["pin_count"] = 0, ["response_metadata"] = new JsonObject { ["next_cursor"] = string.Empty } });
    }

    /// <summary>Like Slack's: seconds since the epoch, then a per-channel sequence; increasing, so "oldest" works on it.</summary>
    private string NextTs() => $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{Interlocked.Increment(ref _ts):D6}";

    private bool ShouldHold(SlackCall call)
    {
        lock (_gate)
        {
            if (_victim is not { } rule || !rule.Which(call))
            {
                return false;
            }

            if (rule.Chosen.Task.IsCompleted)
            {
                return rule.Chosen.Task.Result == call.Instance;
            }

            var posted = rule.Counts[call.Instance] = rule.Counts.GetValueOrDefault(call.Instance) + 1;
            if (posted > rule.After)
            {
                rule.Chosen.SetResult(call.Instance);
                return true;
            }

            return false;
        }
    }

    private static async Task<JsonObject> ReadArgsAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return JsonNode.Parse(body.Length == 0 ? "{}" : body) as JsonObject ?? [];
        }

        var args = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
        {
            args[key] = value.ToString();
        }

        return args;
    }

    private static JsonObject User(string id) => new()
    {
        ["id"] = id,
        ["team_id"] = TeamId,
        ["name"] = "person-" + id,
        ["real_name"] = "Person " + id,
        ["tz"] = "UTC",
        ["locale"] = "en-US",
        ["is_bot"] = false,
        ["profile"] = new JsonObject { ["display_name"] = "Person " + id, ["real_name"] = "Person " + id },
    };

    private static IResult Ok(JsonObject body)
    {
        body["ok"] = true;
        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }

    private static IResult Error(string error) => Results.Text(new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString(), "application/json; charset=utf-8");

    private sealed class VictimRule(int after, Func<SlackCall, bool> which)
    {
        public int After { get; } = after;

        public Func<SlackCall, bool> Which { get; } = which;

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public TaskCompletionSource<string> Chosen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>One Web API call as the stand-in received it, and from which instance.</summary>
internal sealed record SlackCall(string Instance, string Method, JsonObject Args, DateTimeOffset At, bool Held = false)
{
    /// <summary>The message's ts, for a post Slack took (held ones included).</summary>
    public string? Ts { get; init; }

    /// <summary>Answered with an error before Slack took it: not in the history.</summary>
    public bool Failed { get; init; }

    /// <summary>The inbox key and step our reply carries in its message metadata.</summary>
    public (string Key, int Step)? Reply => Args["metadata"]?["event_payload"] is JsonObject payload
        ? (payload["inbox_key"]!.GetValue<string>(), payload["step"]!.GetValue<int>())
        : null;

    public string? Arg(string name) => Args[name] is JsonValue value ? value.ToString() : Args[name]?.ToJsonString();
}
