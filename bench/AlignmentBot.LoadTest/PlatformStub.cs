using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;

namespace AlignmentBot.LoadTest;

/// <summary>
/// Loopback stand-in for Slack's Web API (auth.test, users.info, chat.postMessage) and the Bot Connector (replies and
/// sends), answering at once and counting every call. A reply is keyed by what makes each load request unique: the
/// Slack channel of chat.postMessage, the Teams conversation id in the Connector path. GET /stats reads the counts,
/// POST /reset?prefix=... starts a new measurement (keys without the prefix count as foreign: a reply to an
/// earlier phase; foreign counts distinct keys), GET /drain?expect=N waits until the server under test has stopped replying.
/// </summary>
internal sealed class PlatformStub
{
    private static readonly byte[] AuthTest = Encoding.UTF8.GetBytes(
        """{"ok":true,"url":"https://bench.slack.com/","team":"Bench","user":"alignmentbot","team_id":"T0BENCH","user_id":"UBOT","bot_id":"BBOT"}""");

    private static readonly byte[] Ok = Encoding.UTF8.GetBytes("""{"ok":true}""");

    private ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);
    private string _prefix = "";
    private long _replies;
    private long _distinct;
    private long _duplicates;
    private long _foreign;
    private long _unkeyed;
    private long _authTests;
    private long _userInfos;
    private long _other;
    private long _sequence;
    private long _lastReplyTimestamp;

    public static async Task<int> RunAsync(Options options)
    {
        var port = (int)options.GetLong("port");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var stub = new PlatformStub();
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        Console.WriteLine($"stub listening on http://127.0.0.1:{port}/");
        await app.WaitForShutdownAsync();
        return 0;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var post = HttpMethods.IsPost(http.Request.Method);
        if (post && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await SlackAsync(http, path["/api/".Length..]);
            return;
        }

        if (post && path.StartsWith("/v3/conversations/", StringComparison.Ordinal))
        {
            await ConnectorAsync(http, path);
            return;
        }

        switch (path)
        {
            case "/stats":
                await JsonAsync(http, Stats(null));
                return;
            case "/reset":
                Reset(http.Request.Query["prefix"].ToString());
                await JsonAsync(http, Stats(null));
                return;
            case "/drain":
                await JsonAsync(http, await DrainAsync(http.Request.Query, http.RequestAborted));
                return;
            default:
                Interlocked.Increment(ref _other);
                await WriteAsync(http, Ok);
                return;
        }
    }

    private async Task SlackAsync(HttpContext http, string method)
    {
        var body = await ReadBodyAsync(http.Request.BodyReader, http.RequestAborted);
        switch (method)
        {
            case "chat.postMessage":
            {
                var channel = Field(http.Request.ContentType, body, "channel");
                Record(channel);
                var ts = NextTs();
                await WriteAsync(http, Encoding.UTF8.GetBytes($$"""{"ok":true,"channel":{{JsonSerializer.Serialize(channel ?? "")}},"ts":"{{ts}}","message":{"ts":"{{ts}}"}""" + "}"));
                return;
            }

            case "auth.test":
                Interlocked.Increment(ref _authTests);
                await WriteAsync(http, AuthTest);
                return;
            case "users.info":
            {
                Interlocked.Increment(ref _userInfos);
                var user = JsonSerializer.Serialize(Field(http.Request.ContentType, body, "user") ?? "U0");
                await WriteAsync(http, Encoding.UTF8.GetBytes(
                    $$"""{"ok":true,"user":{"id":{{user}},"name":{{user}},"real_name":{{user}},"tz":"Europe/London","locale":"en-US","profile":{"display_name":{{user}},"real_name":{{user}}""" + "}}}"));
                return;
            }

            default:
                Interlocked.Increment(ref _other);
                await WriteAsync(http, Ok);
                return;
        }
    }

    /// <summary>POST /v3/conversations/{conversationId}/activities[/{activityId}]: a reply or a send.</summary>
    private async Task ConnectorAsync(HttpContext http, string path)
    {
        await ReadBodyAsync(http.Request.BodyReader, http.RequestAborted);
        var rest = path["/v3/conversations/".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !rest.AsSpan(slash).StartsWith("/activities"))
        {
            Interlocked.Increment(ref _other);
            await WriteAsync(http, Ok);
            return;
        }

        Record(Uri.UnescapeDataString(rest[..slash]));
        await WriteAsync(http, Encoding.UTF8.GetBytes($$"""{"id":"{{NextTs()}}"}"""));
    }

    private void Record(string? key)
    {
        Interlocked.Increment(ref _replies);
        Volatile.Write(ref _lastReplyTimestamp, Stopwatch.GetTimestamp());
        if (string.IsNullOrEmpty(key))
        {
            Interlocked.Increment(ref _unkeyed);
            return;
        }

        if (Volatile.Read(ref _keys).TryAdd(key, 0))
        {
            Interlocked.Increment(ref _distinct);
            if (!key.StartsWith(Volatile.Read(ref _prefix), StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _foreign);
            }
        }
        else
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    private void Reset(string prefix)
    {
        Volatile.Write(ref _keys, new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
        Volatile.Write(ref _prefix, prefix);
        Interlocked.Exchange(ref _replies, 0);
        Interlocked.Exchange(ref _distinct, 0);
        Interlocked.Exchange(ref _duplicates, 0);
        Interlocked.Exchange(ref _foreign, 0);
        Interlocked.Exchange(ref _unkeyed, 0);
        Interlocked.Exchange(ref _authTests, 0);
        Interlocked.Exchange(ref _userInfos, 0);
        Interlocked.Exchange(ref _other, 0);
        Interlocked.Exchange(ref _lastReplyTimestamp, 0);
    }

    /// <summary>
    /// Waits until <c>expect</c> distinct replies have arrived and nothing more came for 300 ms, or nothing came for
    /// <c>quietMs</c>, or <c>maxMs</c> passed. drain_ms is how long after this call the last reply arrived.
    /// </summary>
    private async Task<Dictionary<string, object>> DrainAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var expect = long.TryParse(query["expect"], CultureInfo.InvariantCulture, out var e) ? e : long.MaxValue;
        var quiet = TimeSpan.FromMilliseconds(long.TryParse(query["quietMs"], CultureInfo.InvariantCulture, out var q) ? q : 3000);
        var max = TimeSpan.FromMilliseconds(long.TryParse(query["maxMs"], CultureInfo.InvariantCulture, out var m) ? m : 30000);
        var started = Stopwatch.GetTimestamp();
        var lastCount = Interlocked.Read(ref _replies);
        var lastChange = started;
        while (true)
        {
            await Task.Delay(50, cancellationToken);
            var now = Stopwatch.GetTimestamp();
            var count = Interlocked.Read(ref _replies);
            if (count != lastCount)
            {
                lastCount = count;
                lastChange = now;
            }

            var idle = Stopwatch.GetElapsedTime(lastChange, now);
            if ((Interlocked.Read(ref _distinct) >= expect && idle >= TimeSpan.FromMilliseconds(300)) || idle >= quiet || Stopwatch.GetElapsedTime(started, now) >= max)
            {
                break;
            }
        }

        var lastReply = Volatile.Read(ref _lastReplyTimestamp);
        var drainMs = lastReply > started ? Stopwatch.GetElapsedTime(started, lastReply).TotalMilliseconds : 0;
        return Stats(new Dictionary<string, object>
        {
            ["drain_ms"] = Math.Round(drainMs),
            ["drain_waited_ms"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds),
        });
    }

    private Dictionary<string, object> Stats(Dictionary<string, object>? extra)
    {
        var stats = new Dictionary<string, object>
        {
            ["prefix"] = Volatile.Read(ref _prefix),
            ["replies"] = Interlocked.Read(ref _replies),
            ["distinct"] = Interlocked.Read(ref _distinct),
            ["duplicates"] = Interlocked.Read(ref _duplicates),
            ["foreign"] = Interlocked.Read(ref _foreign),
            ["unkeyed"] = Interlocked.Read(ref _unkeyed),
            ["auth_test"] = Interlocked.Read(ref _authTests),
            ["users_info"] = Interlocked.Read(ref _userInfos),
            ["other"] = Interlocked.Read(ref _other),
        };
        foreach (var (key, value) in extra ?? [])
        {
            stats[key] = value;
        }

        return stats;
    }

    private string NextTs()
    {
        var n = Interlocked.Increment(ref _sequence);
        return $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{n % 1_000_000:D6}{n / 1_000_000}";
    }

    /// <summary>A field of a JSON object body (our client) or a form body (Bolt's WebClient).</summary>
    private static string? Field(string? contentType, byte[] body, string name)
    {
        if (contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var reader = new Utf8JsonReader(body);
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals(name):
                        reader.Read();
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }

            return null;
        }

        foreach (var pair in Encoding.UTF8.GetString(body).Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair.AsSpan(0, eq).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    private static async Task<byte[]> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.IsCompleted)
            {
                var bytes = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static Task WriteAsync(HttpContext http, byte[] json)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = json.Length;
        return http.Response.Body.WriteAsync(json, http.RequestAborted).AsTask();
    }

    private static Task JsonAsync(HttpContext http, Dictionary<string, object> value)
        => WriteAsync(http, JsonSerializer.SerializeToUtf8Bytes(value));
}
