using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// Slack's chat.postMessage on loopback (wire format of https://slack.com/api/chat.postMessage): a bot token per
/// workspace, one message per second per channel, a workspace-wide limit, 429 with Retry-After in seconds.
/// </summary>
public sealed class SlackStandIn(int perWorkspacePerSecond = 100) : StandInServer
{
    public const string TokenPrefix = "xoxb-";

    private readonly SlidingWindow _perChannel = new(1, TimeSpan.FromSeconds(1));
    private readonly SlidingWindow _perWorkspace = new(perWorkspacePerSecond, TimeSpan.FromSeconds(1));
    private long _ts = 1_763_900_000_000_000;

    /// <summary>Channels that answer is_archived, a permanent error.</summary>
    public HashSet<string> Archived { get; } = new(StringComparer.Ordinal);

    protected override void Map(WebApplication app) => app.MapPost("/api/chat.postMessage", (Delegate)PostMessageAsync);

    private async Task<IResult> PostMessageAsync(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bearer " + TokenPrefix, StringComparison.Ordinal))
        {
            return Results.Json(new { ok = false, error = "not_authed" });
        }

        var team = auth[("Bearer " + TokenPrefix).Length..];
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var channel = body.RootElement.GetProperty("channel").GetString()!;
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
        var now = Now;
        lock (Sync)
        {
            var key = team + "/" + channel;
            NoteArrival(key, now);
            if (Archived.Contains(channel))
            {
                return Results.Json(new { ok = false, error = "is_archived" });
            }

            if (TakeInjectedThrottle() || !_perChannel.TryTake(key, now) || !_perWorkspace.TryTake(team, now))
            {
                return TooManyRequests(context, key, now, TimeSpan.FromSeconds(1));
            }

            var ts = (++_ts / 1_000_000m).ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture);
            Accepted.Enqueue(new StandInMessage(team, channel, ts, text, now));
            return Results.Json(new { ok = true, channel, ts });
        }
    }
}
