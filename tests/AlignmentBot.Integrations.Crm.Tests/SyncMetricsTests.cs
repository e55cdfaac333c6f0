using System.Diagnostics.Metrics;
using AlignmentBot.Application.Sync;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>
/// <c>alignmentbot.sync.runs</c> as an operator reads it: one measurement per CRM as its run ends, by source and outcome.
/// Other test classes sync at the same time, so only measurements recorded under this test's own async flow are kept.
/// </summary>
public sealed class SyncMetricsTests : ConnectedSyncTest<HubSpotStandIn>
{
    private static readonly AsyncLocal<object?> Flow = new();

    protected override HubSpotStandIn Create(CrmFixture fixture) => new HubSpotStandIn(fixture).WithToken(SyncRig.Token);

    protected override Task ConnectAsync(SyncRig rig, HubSpotStandIn standIn) => rig.ConnectAsync(standIn);

    [Fact]
    public async Task Run_SucceedsThenFails_CountsOneRunEachBySourceAndOutcome()
    {
        using var runs = new SyncRunReadings();

        await Rig.RunAsync();
        StandIn.Revoke(SyncRig.Token);
        await Rig.RunAsync();

        Assert.Equal([("hubspot", "succeeded"), ("hubspot", "failed")], runs.Read());
    }

    [Fact]
    public async Task Run_AnotherRunHoldsTheWorkspace_CountsTheRunAsSkipped()
    {
        using var runs = new SyncRunReadings();
        var now = DateTimeOffset.UtcNow;
        Assert.True((await Rig.Store.TryAcquireLeaseAsync(SyncRig.Workspace, "host-b/7/other", now, now.AddMinutes(10), default)).Acquired);

        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Busy, result.Outcome);
        Assert.Equal([("hubspot", "skipped")], runs.Read());
    }

    [Fact]
    public async Task Run_HostShuttingDown_CountsTheRunAsInterrupted()
    {
        using var runs = new SyncRunReadings();
        using var shutdown = new CancellationTokenSource();
        var progress = new CancelOnFirstPage(shutdown);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Rig.Sync.RunAsync(SyncRig.Workspace, new CrmSyncRequest(), progress, shutdown.Token));

        Assert.Equal([("hubspot", "interrupted")], runs.Read());
        Assert.Equal(CrmRunState.Interrupted, (await Rig.LastRunAsync()).State);
    }

    /// <summary>Cancels the run once its first page is stored, as a host stopping mid-run does.</summary>
    private sealed class CancelOnFirstPage(CancellationTokenSource shutdown) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.Contains("page 1", StringComparison.Ordinal))
            {
                shutdown.Cancel();
            }
        }
    }

    /// <summary>Listens to the real instrument and keeps what this test's flow recorded.</summary>
    private sealed class SyncRunReadings : IDisposable
    {
        private readonly object _mine = new();
        private readonly List<(string Source, string Outcome)> _seen = [];
        private readonly MeterListener _listener = new();

        public SyncRunReadings()
        {
            Flow.Value = _mine;
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AlignmentBotTelemetry.Name && instrument.Name == "alignmentbot.sync.runs")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                if (!ReferenceEquals(Flow.Value, _mine))
                {
                    return;
                }

                string? source = null, outcome = null;
                foreach (var tag in tags)
                {
                    source = tag.Key == AlignmentBotTelemetry.SourceTag ? tag.Value as string : source;
                    outcome = tag.Key == AlignmentBotTelemetry.OutcomeTag ? tag.Value as string : outcome;
                }

                lock (_seen)
                {
                    for (var i = 0; i < value; i++)
                    {
                        _seen.Add((source ?? "?", outcome ?? "?"));
                    }
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<(string Source, string Outcome)> Read()
        {
            lock (_seen)
            {
                return _seen.ToArray();
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
