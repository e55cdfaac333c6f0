using System.Diagnostics;
using System.Text.Json.Nodes;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Conversations.Messages;
using ActivityKind = System.Diagnostics.ActivityKind;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Host.Tests.ScaleOut;
using AlignmentBot.Host.Web;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AlignmentBot.Host.Tests.Observability;

/// <summary>
/// The real web host with telemetry switched on by an OTEL_ variable, the in-memory exporter added, and Slack played
/// by the loopback stand-in. Not in parallel with other tests: listeners see every "AlignmentBot" span and instrument
/// in the process, so another test's hosts would add to these figures.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task SlackEvent_WithTelemetryOn_TracesFromTheRequestThroughTheTurnToPostMessageAndCountsTheTurn()
    {
        await using var run = await TelemetryRun.StartAsync();

        await run.SendAndWaitForReplyAsync("Ev0OBS0001", "I'm in marketing");
        var status = await run.SendAndWaitForReplyAsync("Ev0OBS0002", "status");

        var spans = run.Spans.ToArray();
        // The stand-in runs in this process, so its own server span for chat.postMessage is in the trace too.
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.TraceId == status.TraceId && s.GetTagItem("url.path") as string == "/slack/events");
        var turn = Assert.Single(spans, s => s.OperationName == "alignmentbot.turn" && s.TraceId == status.TraceId);
        Assert.Equal("slack", turn.GetTagItem(AlignmentBotTelemetry.ChannelTag));
        Assert.Equal("status", turn.GetTagItem(AlignmentBotTelemetry.IntentTag));
        Assert.Equal("ok", turn.GetTagItem(AlignmentBotTelemetry.OutcomeTag));
        Assert.True(DescendsFrom(turn, server, spans), "the turn span does not descend from the inbound request");
        Assert.True(DescendsFrom(status, server, spans), "the chat.postMessage span does not descend from the inbound request");

        var turns = run.Points("alignmentbot.turns");
        Assert.Contains(turns, p => p.Tags == "slack/status/ok" && p.Count >= 1);
        Assert.Contains(turns, p => p.Tags == "slack/other/ok" && p.Count >= 1);
        Assert.Contains(run.Points("alignmentbot.turn.duration"), p => p.Tags == "slack/status/ok" && p.Count >= 1);
        Assert.Contains(run.Points("alignmentbot.outbound.calls"), p => p.Count >= 2);
    }

    [Fact]
    public async Task SlackEvent_WhoseTurnFails_CountsOutcomeFailed()
    {
        await using var run = await TelemetryRun.StartAsync(builder => builder.Services.AddSingleton<IBot, FailingBot>());

        var apology = await run.SendAndWaitForReplyAsync("Ev0OBS0003", "status");

        Assert.Contains(run.Points("alignmentbot.turns"), p => p.Tags == "slack/other/failed" && p.Count >= 1);
        Assert.DoesNotContain(run.Points("alignmentbot.turns"), p => p.Tags.EndsWith("/ok", StringComparison.Ordinal));
        var turn = Assert.Single(run.Spans, s => s.OperationName == "alignmentbot.turn" && s.TraceId == apology.TraceId);
        Assert.Equal(ActivityStatusCode.Error, turn.Status);
    }

    [Fact]
    public async Task Host_WithNoOtelVariables_RegistersNoTelemetry()
    {
        using var database = new TempSqliteDatabase();
        await using var app = WebHost.Build([], settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:AlignmentBot"] = database.ConnectionString,
        });

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Host_WithAnEndpointButSdkDisabled_RegistersNoTelemetry()
    {
        using var database = new TempSqliteDatabase();
        await using var app = WebHost.Build([], settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:AlignmentBot"] = database.ConnectionString,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318",
            ["OTEL_SDK_DISABLED"] = "true",
        });

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    private static bool DescendsFrom(Activity span, Activity ancestor, IReadOnlyCollection<Activity> spans)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var up = spans.FirstOrDefault(s => s.SpanId == parent);
            if (up is null)
            {
                return false;
            }

            parent = up.ParentSpanId;
        }

        return false;
    }

    private sealed class FailingBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
            => throw new InvalidOperationException("the bot broke");
    }

    internal sealed record Point(string Tags, long Count);

    private sealed class TelemetryRun : IAsyncDisposable
    {
        private readonly TempSqliteDatabase _database;
        private readonly SlackStandIn _slack;
        private readonly WebApplication _app;
        private readonly List<MetricSnapshot> _metrics;
        private readonly HashSet<ActivityTraceId> _seen = [];

        private TelemetryRun(TempSqliteDatabase database, SlackStandIn slack, WebApplication app, List<Activity> spans, List<MetricSnapshot> metrics)
        {
            _database = database;
            _slack = slack;
            _app = app;
            Spans = spans;
            _metrics = metrics;
        }

        public List<Activity> Spans { get; }

        private Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

        public static async Task<TelemetryRun> StartAsync(Action<WebApplicationBuilder>? configure = null)
        {
            var database = new TempSqliteDatabase();
            var slack = await SlackStandIn.StartAsync();
            var spans = new List<Activity>();
            var metrics = new List<MetricSnapshot>();
            var app = WebHost.Build([], builder =>
            {
                builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
                builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
                configure?.Invoke(builder);
            }, new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:AlignmentBot"] = database.ConnectionString,
                ["Slack:BotToken"] = SlackStandIn.BotToken,
                ["Slack:SigningSecret"] = SlackStandIn.SigningSecret,
                ["Slack:ApiBaseUrl"] = slack.ApiUrlFor("obs"),
                ["Slack:SocketMode"] = "false",

                // Switches telemetry on as in production. No collector listens there (the stand-in answers 404), so only
                // the in-memory exporter sees anything.
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = slack.BaseUrl.ToString().TrimEnd('/'),
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            });
            await app.StartAsync();
            return new TelemetryRun(database, slack, app, spans, metrics);
        }

        /// <summary>Posts a direct message event and returns the span of the chat.postMessage call that answered it.</summary>
        public async Task<Activity> SendAndWaitForReplyAsync(string eventId, string text)
        {
            var channel = "D" + eventId[3..];
            var envelope = new JsonObject
            {
                ["token"] = "deprecated",
                ["team_id"] = SlackStandIn.TeamId,
                ["api_app_id"] = "A0OBS0001",
                ["type"] = "event_callback",
                ["event_id"] = eventId,
                ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["event"] = new JsonObject
                {
                    ["type"] = "message",
                    ["channel_type"] = "im",
                    ["channel"] = channel,
                    ["user"] = "U0OBS0001",
                    ["text"] = text,
                    ["ts"] = "1700000400.000100",
                    ["event_ts"] = "1700000400.000100",
                },
            };
            using var response = await _slack.PostEventAsync(BaseUrl, envelope);
            Assert.True(response.IsSuccessStatusCode, $"Slack got {(int)response.StatusCode}");

            Activity? post = null;
            Assert.True(await Eventually.HoldsAsync(() =>
            {
                // The exporter adds from other threads: read a copy, and try again if it changed meanwhile.
                Activity[] spans;
                try
                {
                    spans = [.. Spans];
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    return Task.FromResult(false);
                }

                post = _slack.Posts(p => p.Arg("channel") == channel).Any()
                    ? spans.FirstOrDefault(s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.EndsWith("/chat.postMessage", StringComparison.Ordinal) == true
                        && spans.Any(b => b.OperationName == "alignmentbot.background" && b.TraceId == s.TraceId)
                        && !_seen.Contains(s.TraceId))
                    : null;
                return Task.FromResult(post is not null);
            }, TimeSpan.FromSeconds(60)), $"no traced chat.postMessage answered {eventId}");
            _seen.Add(post!.TraceId);
            return post!;
        }

        /// <summary>The instrument's points as "channel/intent/outcome" (the tags present, in that order) and their counts.</summary>
        public IReadOnlyList<Point> Points(string instrument)
        {
            _metrics.Clear();
            _app.Services.GetRequiredService<MeterProvider>().ForceFlush();
            var points = new List<Point>();
            foreach (var metric in _metrics.Where(m => m.Name == instrument))
            {
                foreach (var point in metric.MetricPoints)
                {
                    var tags = new Dictionary<string, object?>();
                    foreach (var tag in point.Tags)
                    {
                        tags[tag.Key] = tag.Value;
                    }

                    var key = string.Join("/", new[] { AlignmentBotTelemetry.ChannelTag, AlignmentBotTelemetry.IntentTag, AlignmentBotTelemetry.OutcomeTag }
                        .Where(tags.ContainsKey).Select(k => tags[k]));
                    var count = metric.MetricType switch
                    {
                        MetricType.Histogram => point.GetHistogramCount(),
                        MetricType.LongSum => point.GetSumLong(),
                        _ => 0,
                    };
                    points.Add(new Point(key, count));
                }
            }

            return points;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            await _slack.DisposeAsync();
            _database.Dispose();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
