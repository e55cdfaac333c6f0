using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Signing;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>
/// Slack on loopback: the Web API (POST /api/{method}), response_urls (POST /response/{id}), Socket Mode
/// (apps.connections.open hands out ws://…/link?ticket=N), and a client that signs requests to our endpoint
/// the way Slack does. Answers can be scripted per method to produce 429s and ok:false errors.
/// </summary>
public sealed class SlackStandIn : IAsyncDisposable
{
    public const string BotToken = "xoxb-standin-token";
    public const string AppToken = "xapp-standin-token";
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string TeamId = "T0STANDIN";
    public const string TeamDomain = "acme";
    public const string BotUserId = "UBOT0001";
    public const string BotId = "BBOT0001";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<ApiCall, IResult?>> _scripts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _ts;
    private int _tickets;
    private int _views;
    private int _responses;

    private SlackStandIn(WebApplication app) => _app = app;

    private readonly ChangeSignal _called = new();

    public ConcurrentQueue<ApiCall> Calls { get; } = new();

    /// <summary>Waits until <paramref name="condition"/> holds, looking again after every call the stand-in records.</summary>
    public Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null) => _called.WaitAsync(condition, timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>What users.info answers for these user ids (a guest, someone from another team); anyone else is Dana, a member.</summary>
    public ConcurrentDictionary<string, JsonObject> Users { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<StandInSocket> Sockets { get; } = new();

    /// <summary>Files uploaded to an upload_url, by file id.</summary>
    public ConcurrentDictionary<string, byte[]> Uploads { get; } = new(StringComparer.Ordinal);

    /// <summary>File shares that files.completeUploadExternal made, in order: what conversations.history shows of them.</summary>
    public ConcurrentQueue<(string Channel, string? ThreadTs, string Ts, string FileId, string? Name, string? Title)> Shares { get; } = new();

    private readonly ConcurrentDictionary<string, string> _uploadNames = new(StringComparer.Ordinal);

    /// <summary>Files people shared, served at GET /files/{name} to a bearer of the bot token (url_private_download).</summary>
    public ConcurrentDictionary<string, byte[]> SharedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request for a shared file or to an upload URL: path, host and the Authorization header sent.</summary>
    public ConcurrentQueue<(string Path, string Host, string? Authorization)> FileRequests { get; } = new();

    /// <summary>url_private_download for a shared file.</summary>
    public string FileUrl(string name) => new Uri(BaseUrl, $"files/{name}").ToString();

    /// <summary>A download address that redirects to <paramref name="target"/>.</summary>
    public string RedirectUrl(string target) => new Uri(BaseUrl, $"files-redirect?to={Uri.EscapeDataString(target)}").ToString();

    /// <summary>How many WebSocket connections the stand-in refuses before accepting again (to test backoff).</summary>
    public int RefuseConnections { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiUrl => new Uri(BaseUrl, "api/").ToString();

    public HttpClient Http { get; } = new();

    public static async Task<SlackStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new SlackStandIn(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (string method, HttpContext http) => standIn.ApiAsync(method, http));
        app.MapPost("/response/{id}", (string id, HttpContext http) => standIn.ResponseAsync(id, http));
        app.Map("/link", standIn.LinkAsync);
        app.MapPost("/upload/{id}", (string id, HttpContext http) => standIn.UploadAsync(id, http));
        app.MapGet("/files/{name}", (string name, HttpContext http) => standIn.SharedFile(name, http));
        app.MapGet("/files-redirect", (HttpContext http) => standIn.Redirect(http));
        await app.StartAsync();
        standIn.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return standIn;
    }

    /// <summary>A fresh response_url for an interaction or command.</summary>
    public string NewResponseUrl() => new Uri(BaseUrl, $"response/{Interlocked.Increment(ref _responses)}").ToString();

    /// <summary>Answer <paramref name="method"/> with this instead of the default; return null to fall through.</summary>
    public void Script(string method, Func<ApiCall, IResult?> answer) => _scripts[method] = answer;

    public void Unscript(string method) => _scripts.TryRemove(method, out _);

    public IEnumerable<ApiCall> CallsTo(string method) => Calls.Where(c => c.Method == method);

    public async Task<ApiCall> WaitForCallAsync(string method, Func<ApiCall, bool>? match = null, TimeSpan? timeout = null)
    {
        ApiCall? call = null;
        if (await WaitUntilAsync(() => (call = Calls.FirstOrDefault(c => c.Method == method && (match is null || match(c)))) is not null, timeout))
        {
            return call!;
        }

        throw new TimeoutException($"The stand-in never saw {method}. Calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async Task<StandInSocket> WaitForSocketAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            if (Sockets.Count >= count)
            {
                return Sockets.ElementAt(count - 1);
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Expected {count} socket connection(s), saw {Sockets.Count}");
    }

    /// <summary>POSTs a body to our endpoint signed as Slack signs it (v0, now), optionally as a retry.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(Uri target, string body, string contentType, int? retryNum = null, long? timestamp = null, string? secret = SigningSecret)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        // Exactly the content types Slack sends, without a charset parameter (Bolt's receiver insists on that).
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        if (secret is not null)
        {
            request.Headers.Add(SlackSignature.TimestampHeader, ts);
            request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, ts, Encoding.UTF8.GetBytes(body)));
        }

        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(Uri target, JsonObject envelope, int? retryNum = null)
        => PostSignedAsync(target, envelope.ToJsonString(), "application/json", retryNum);

    public Task<HttpResponseMessage> PostFormAsync(Uri target, IEnumerable<KeyValuePair<string, string>> fields)
        => PostSignedAsync(target, FormBody(fields), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(Uri target, JsonObject payload)
        => PostFormAsync(target, [new("payload", payload.ToJsonString())]);

    public static string FormBody(IEnumerable<KeyValuePair<string, string>> fields)
        => string.Join('&', fields.Select(f => $"{WebUtility.UrlEncode(f.Key)}={WebUtility.UrlEncode(f.Value)}"));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var socket in Sockets)
        {
            socket.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        Http.Dispose();
        _stopping.Dispose();
    }

    private async Task<IResult> ApiAsync(string method, HttpContext http)
    {
        var args = await ReadArgsAsync(http.Request);
        var auth = http.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        var call = new ApiCall(method, token, args, DateTimeOffset.UtcNow, http.Request.ContentType ?? string.Empty);
        Calls.Enqueue(call);
        _called.Raise();

        if (_scripts.TryGetValue(method, out var script) && script(call) is { } scripted)
        {
            return scripted;
        }

        var expected = method == "apps.connections.open" ? AppToken : BotToken;
        if (token is null)
        {
            return Error("not_authed");
        }

        if (token != expected)
        {
            return Error(method == "apps.connections.open" ? "not_allowed_token_type" : "invalid_auth");
        }

        return method switch
        {
            "auth.test" => Ok(new JsonObject { ["url"] = $"https://{TeamDomain}.slack.com/", ["team"] = "Acme", ["user"] = "alignmentbot", ["team_id"] = TeamId, ["user_id"] = BotUserId, ["bot_id"] = BotId }),
            "users.info" => Ok(new JsonObject { ["user"] = Users.TryGetValue(call.Arg("user") ?? "U0", out var profile) ? profile.DeepClone() : User(call.Arg("user") ?? "U0") }),
            "chat.postMessage" when string.IsNullOrEmpty(call.Arg("channel")) => Error("channel_not_found"),
            "chat.postMessage" or "chat.update" => Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts") ?? NextTs() }),
            "chat.postEphemeral" => Ok(new JsonObject { ["message_ts"] = NextTs() }),
            "views.open" or "views.update" or "views.publish" or "views.push" => Ok(new JsonObject { ["view"] = new JsonObject { ["id"] = $"V{Interlocked.Increment(ref _views):D6}", ["hash"] = "1700000000.abcdef" } }),
            "conversations.open" => Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + (call.Arg("users") ?? "0").TrimStart('U') } }),
            "files.getUploadURLExternal" when string.IsNullOrEmpty(call.Arg("filename")) || !long.TryParse(call.Arg("length"), out _) => Error("invalid_arguments"),
            "files.getUploadURLExternal" => UploadUrl(call),
            "files.completeUploadExternal" => CompleteUpload(call),
            "conversations.history" or "conversations.replies" => History(call),
            "apps.connections.open" => Ok(new JsonObject { ["url"] = $"ws://{BaseUrl.Authority}/link?ticket={Interlocked.Increment(ref _tickets)}" }),
            _ => Error("unknown_method"),
        };
    }

    private int _files;

    private IResult UploadUrl(ApiCall call)
    {
        var id = $"F{Interlocked.Increment(ref _files):D8}";
        _uploadNames[id] = call.Arg("filename")!;
        return Ok(new JsonObject { ["upload_url"] = new Uri(BaseUrl, $"upload/{id}").ToString(), ["file_id"] = id });
    }

    // As Slack: the files must have been uploaded; a channel the bot is not in refuses the share.
    private IResult CompleteUpload(ApiCall call)
    {
        if (call.Args["files"] is not JsonArray files || files.Count == 0)
        {
            return Error("invalid_arguments");
        }

        if (files.Any(f => f?["id"]?.ToString() is not { } id || !Uploads.ContainsKey(id)))
        {
            return Error("file_not_found");
        }

        if (call.Arg("channel_id") == "C0NOTIN")
        {
            return Error("not_in_channel");
        }

        // Shared now, whatever the answer a script makes of it afterwards.
        ShareAll(call);
        return Ok(new JsonObject { ["files"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["id"] = f!["id"]!.ToString(), ["title"] = f["title"]?.ToString() })]) });
    }

    /// <summary>Does what a successful files.completeUploadExternal does (for a script that then loses Slack's answer).</summary>
    public void ShareAll(ApiCall call)
    {
        foreach (var f in (JsonArray)call.Args["files"]!)
        {
            var id = f!["id"]!.ToString();
            Shares.Enqueue((call.Arg("channel_id")!, call.Arg("thread_ts"), NextTs(), id, _uploadNames.GetValueOrDefault(id), f["title"]?.ToString()));
        }
    }

    // conversations.history (or .replies in a thread) with the file shares made in the channel, newest first, as Slack lists them.
    private IResult History(ApiCall call)
    {
        var channel = call.Arg("channel");
        var thread = call.Arg("ts");
        var messages = new JsonArray([.. Shares.Where(s => s.Channel == channel && (thread is null || s.ThreadTs == thread)).Reverse().Select(s => (JsonNode)new JsonObject
        {
            ["type"] = "message",
            ["ts"] = s.Ts,
            ["user"] = BotUserId,
            ["bot_id"] = BotId,
            ["files"] = new JsonArray(new JsonObject { ["id"] = s.FileId, ["name"] = s.Name, ["title"] = s.Title }),
        })]);
        return Ok(new JsonObject { ["messages"] = messages, ["has_more"] = false });
    }

    private async Task<IResult> UploadAsync(string id, HttpContext http)
    {
        FileRequests.Enqueue(($"/upload/{id}", http.Request.Host.Value ?? string.Empty, http.Request.Headers.Authorization.FirstOrDefault()));
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        Uploads[id] = buffer.ToArray();
        _called.Raise();
        return Results.Text($"OK - {buffer.Length}");
    }

    private IResult SharedFile(string name, HttpContext http)
    {
        var auth = http.Request.Headers.Authorization.FirstOrDefault();
        FileRequests.Enqueue(($"/files/{name}", http.Request.Host.Value ?? string.Empty, auth));
        _called.Raise();

        // Without the token Slack answers with its sign-in page, not an error.
        if (auth != "Bearer " + BotToken)
        {
            return Results.Text("<html><body>Sign in to Slack</body></html>", "text/html; charset=utf-8");
        }

        return SharedFiles.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "text/csv") : Results.NotFound();
    }

    private IResult Redirect(HttpContext http)
    {
        FileRequests.Enqueue(("/files-redirect", http.Request.Host.Value ?? string.Empty, http.Request.Headers.Authorization.FirstOrDefault()));
        return Results.Redirect(http.Request.Query["to"].ToString());
    }

    private async Task<IResult> ResponseAsync(string id, HttpContext http)
    {
        var args = await ReadArgsAsync(http.Request);
        Calls.Enqueue(new ApiCall($"response_url:{id}", null, args, DateTimeOffset.UtcNow, http.Request.ContentType ?? string.Empty));
        _called.Raise();
        return _scripts.TryGetValue("response_url", out var script) && script(Calls.Last()) is { } scripted ? scripted : Results.Text("ok");
    }

    private async Task LinkAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (RefuseConnections > 0)
        {
            RefuseConnections--;
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var ticket = int.Parse(http.Request.Query["ticket"].ToString(), CultureInfo.InvariantCulture);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new StandInSocket(ticket, socket) { OthersOpenWhenAccepted = Sockets.Count(s => s.IsOpen) };
        Sockets.Enqueue(connection);
        await connection.RunAsync(_stopping.Token);
    }

    private static async Task<JsonObject> ReadArgsAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return JsonNode.Parse(body.Length == 0 ? "{}" : body) as JsonObject ?? [];
        }

        // Form bodies (what @slack/web-api and our read calls send): nested values arrive as JSON strings.
        var args = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
        {
            var text = value.ToString();
            args[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : JsonValue.Create(text);
        }

        return args;
    }

    /// <summary>A users.info user as Slack returns one, for <see cref="Users"/>.</summary>
    public static JsonObject Profile(string id, string name, string team = TeamId, bool guest = false, bool admin = false) => new()
    {
        ["id"] = id,
        ["team_id"] = team,
        ["name"] = name.Split(' ')[0].ToLowerInvariant(),
        ["real_name"] = name,
        ["tz"] = "America/New_York",
        ["locale"] = "en-US",
        ["is_bot"] = false,
        ["is_admin"] = admin,
        ["is_restricted"] = guest,
        ["profile"] = new JsonObject { ["display_name"] = name, ["real_name"] = name },
    };

    private static JsonObject User(string id) => new()
    {
        ["id"] = id,
        ["team_id"] = TeamId,
        ["name"] = "dana",
        ["real_name"] = "Dana Whitfield",
        ["tz"] = "America/New_York",
        ["tz_offset"] = -18000,
        ["locale"] = "en-US",
        ["is_bot"] = false,
        ["profile"] = new JsonObject { ["display_name"] = "Dana", ["real_name"] = "Dana Whitfield" },
    };

    private string NextTs() => $"1700000000.{Interlocked.Increment(ref _ts):D6}";

    private static IResult Ok(JsonObject body)
    {
        body["ok"] = true;
        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }

    public static IResult Error(string error)
        => Results.Text(new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString(), "application/json; charset=utf-8");

    /// <summary>An HTTP 500 with no body Slack would send: the caller cannot tell whether the call was carried out.</summary>
    public static IResult ServerError() => Results.StatusCode(StatusCodes.Status500InternalServerError);

    public static IResult RateLimited(int retryAfterSeconds)
        => new RateLimitedResult(retryAfterSeconds);

    private sealed class RateLimitedResult(int seconds) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await httpContext.Response.WriteAsync("{\"ok\":false,\"error\":\"ratelimited\"}");
        }
    }
}
