using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// A loopback HTTP server playing a chat platform: it accepts posts, enforces the platform's rate limits with
/// 429s, and counts every client that retried before the Retry-After it was given (a 429 not honoured).
/// </summary>
public abstract class StandInServer : IAsyncDisposable
{
    private readonly Dictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _throttled;
    private int _earlyRetries;

    protected object Sync { get; } = new();

    /// <summary>How much earlier than Retry-After a retry may arrive and still count as honouring it (clock and scheduling jitter).</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(30);

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<StandInMessage> Accepted { get; } = new();

    public int Throttled => Volatile.Read(ref _throttled);

    public int EarlyRetries => Volatile.Read(ref _earlyRetries);

    /// <summary>
    /// Answer this many of the next posts with a 429 and Retry-After: 1 whatever the rate, as a platform does when
    /// its real limit is lower than documented, so a test sees throttling however fast the machine is.
    /// </summary>
    public int ThrottleNext { get; set; }

    /// <summary>Call under <see cref="Sync"/>: whether this post is one of the <see cref="ThrottleNext"/>.</summary>
    protected bool TakeInjectedThrottle()
    {
        if (ThrottleNext <= 0)
        {
            return false;
        }

        ThrottleNext--;
        return true;
    }

    protected static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract void Map(WebApplication app);

    /// <summary>Call under <see cref="Sync"/> when a request for <paramref name="key"/> arrives.</summary>
    protected void NoteArrival(string key, DateTimeOffset now)
    {
        if (_notBefore.Remove(key, out var notBefore) && now + Tolerance < notBefore)
        {
            Interlocked.Increment(ref _earlyRetries);
        }
    }

    /// <summary>Call under <see cref="Sync"/>: answers 429, remembering when the client may come back if a Retry-After is given.</summary>
    protected IResult TooManyRequests(HttpContext context, string key, DateTimeOffset now, TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref _throttled);
        if (retryAfter is { } wait)
        {
            _notBefore[key] = now + wait;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
    }
}
