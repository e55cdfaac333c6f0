using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using AlignmentBot.Conversations.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The queue between acknowledging a platform and running its turn. Work with a key is recorded in the inbox
/// (<see cref="ITurnInbox"/>) before the caller acknowledges, then handed to a worker straight from memory; the
/// inbox is only read at start-up and by a periodic sweep that takes over rows whose lease ran out (a crash, a stop,
/// another instance that died). A failed attempt is tried again with backoff; on stop, turns already running finish
/// within <see cref="InboxOptions.DrainTimeout"/> and everything else stays in the inbox. The trace goes on across the
/// queue: work keeps the span that was current when it was accepted (the inbound request's), and each attempt runs in
/// a child span of it.
/// </summary>
public sealed class BackgroundTurns : BackgroundService, IBackgroundTurns, IHostedLifecycleService
{
    private readonly ITurnInbox _inbox;
    private readonly TurnWorkTypes _types;
    private readonly IStorageFaults _faults;
    private readonly BackgroundTurnsOptions _options;
    private readonly InboxOptions _inboxOptions;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILogger<BackgroundTurns> _logger;

    private readonly Channel<HeldWork?> _ready = Channel.CreateUnbounded<HeldWork?>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly ConcurrentQueue<HeldWork> _urgent = new();
    private readonly SemaphoreSlim _room;
    private readonly ConcurrentDictionary<TurnWorkKey, HeldWork> _held = new();
    private readonly CancellationTokenSource _abort = new();
    private Task _workers = Task.CompletedTask;
    private readonly Lock _drainLock = new();
    private Task? _drain;
    private int _reserved;
    private int _stopping;

    private readonly IDisposable _depth;
    private readonly IDisposable _age;

    public BackgroundTurns(
        ITurnInbox inbox,
        TurnWorkTypes types,
        IStorageFaults faults,
        IOptions<BackgroundTurnsOptions> options,
        IOptions<InboxOptions> inboxOptions,
        IServiceProvider services,
        TimeProvider time,
        ILogger<BackgroundTurns> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        _inbox = inbox;
        _types = types;
        _faults = faults;
        _options = options.Value;
        _inboxOptions = inboxOptions.Value;
        _services = services;
        _time = time;
        _logger = logger;
        _room = new SemaphoreSlim(_options.Capacity, _options.Capacity);

        // Work waiting for a worker holds a place (in the room or the reserve) until a worker takes it.
        _depth = AlignmentBotTelemetry.ObserveQueueDepth(() => _options.Capacity - _room.CurrentCount + Volatile.Read(ref _reserved));
        _age = AlignmentBotTelemetry.ObserveInboxAge(OldestSeconds);

        // SIGTERM: refuse new work at once, before the hosted services are stopped one by one.
        lifetime?.ApplicationStopping.Register(static s => ((BackgroundTurns)s!).BeginStopping(), this);
    }

    /// <summary>Work this process holds: queued, running, or waiting to be tried again.</summary>
    internal int Held => _held.Count;

    private bool Stopping => Volatile.Read(ref _stopping) != 0;

    /// <summary>Seconds since the oldest work this process holds arrived; 0 when it holds none.</summary>
    internal double OldestSeconds()
    {
        var now = _time.GetUtcNow();
        var oldest = now;
        foreach (var held in _held.Values)
        {
            if (held.ReceivedAt < oldest)
            {
                oldest = held.ReceivedAt;
            }
        }

        return (now - oldest).TotalSeconds;
    }

    public async ValueTask<bool> TryEnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        if (Stopping)
        {
            return false;
        }

        if (!_room.Wait(0, CancellationToken.None))
        {
            _logger.LogWarning("Background queue full ({Capacity}); refusing {Work}", _options.Capacity, work.Description);
            return false;
        }

        return await AcceptAsync(work, QueuePlace.Room, mustRun: false, cancellationToken);
    }

    public async ValueTask<bool> EnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        if (Stopping)
        {
            return false;
        }

        if (!_room.Wait(0, CancellationToken.None) && !await _room.WaitAsync(_options.FullQueueWait, cancellationToken))
        {
            _logger.LogWarning("Background queue still full ({Capacity}) after {Wait}; refusing {Work}", _options.Capacity, _options.FullQueueWait, work.Description);
            return false;
        }

        return await AcceptAsync(work, QueuePlace.Room, mustRun: false, cancellationToken);
    }

    public async ValueTask EnqueueMustNotDropAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        var place = QueuePlace.Room;
        if (!_room.Wait(0, CancellationToken.None))
        {
            if (Interlocked.Increment(ref _reserved) <= _options.ReservedCapacity)
            {
                place = QueuePlace.Reserve;
                _logger.LogWarning("Background queue full ({Capacity}); {Work} took a reserved place", _options.Capacity, work.Description);
            }
            else
            {
                Interlocked.Decrement(ref _reserved);
                _logger.LogWarning("Background queue and its reserve full ({Capacity} + {Reserved}); {Work} waits for room", _options.Capacity, _options.ReservedCapacity, work.Description);
                await _room.WaitAsync(cancellationToken);
            }
        }

        await AcceptAsync(work, place, mustRun: true, cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _workers = Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync()));
        if (!_inbox.IsDurable)
        {
            return _workers;
        }

        return Task.WhenAll(_workers, SweepAsync(stoppingToken), RenewAsync(stoppingToken));
    }

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The host calls this on every lifecycle service before it stops any of them one by one: the drain runs first, so
    /// a scheduler that waits for its jobs on stop cannot eat the drain budget and leave the inbox rows unreleased.
    /// </summary>
    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => DrainOnceAsync(cancellationToken);

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Hosts without lifecycle callbacks (and tests stopping this service alone) drain here.
        await DrainOnceAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    private Task DrainOnceAsync(CancellationToken cancellationToken)
    {
        lock (_drainLock)
        {
            return _drain ??= DrainAsync(cancellationToken);
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        BeginStopping();
        _ready.Writer.TryComplete();

        // Turns already running finish within the drain budget; queued ones are let go as the workers reach them.
        var drained = await Task.WhenAny(_workers, Task.Delay(_inboxOptions.DrainTimeout, _time, cancellationToken)) == _workers;
        if (!drained)
        {
            _logger.LogWarning("Turns still running after {DrainTimeout}; they stay in the inbox for the next start or another instance", _inboxOptions.DrainTimeout);
            await _abort.CancelAsync();
            await Task.WhenAny(_workers, Task.Delay(TimeSpan.FromSeconds(2), _time, CancellationToken.None));
        }

        // Releasing the rows is one short write; it gets its own few seconds even when the host's stop budget is spent,
        // so the next start or another instance takes them at once instead of after their leases run out.
        using var release = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
        await LetGoAsync(release.Token);
    }

    public override void Dispose()
    {
        foreach (var held in _held.Values)
        {
            held.Retry?.Dispose();
        }

        _depth.Dispose();
        _age.Dispose();
        _abort.Dispose();
        _room.Dispose();
        base.Dispose();
    }

    private void BeginStopping() => Interlocked.Exchange(ref _stopping, 1);

    private async ValueTask<bool> AcceptAsync<TWork>(TWork work, QueuePlace place, bool mustRun, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        var now = _time.GetUtcNow();
        var held = new HeldWork(_inbox, _types, work, WorkRunner.For<TWork>(), now, place, mustRun) { Parent = Activity.Current?.Context ?? default };
        if (held.Key is { } key)
        {
            var type = _inbox.IsDurable ? _types.Find(typeof(TWork)) : null;
            bool added;
            try
            {
                added = await _inbox.AddAsync(new InboxEntry(key, type?.Name ?? typeof(TWork).Name, type?.Serialize(work), now), now + _inboxOptions.Lease, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (mustRun)
                {
                    // It cannot be refused: deliver it now rather than lose it.
                    _logger.LogWarning(ex, "Could not record {Work} in the inbox; doing it now instead", work.Description);
                    GiveBack(held);
                    held.Place = QueuePlace.None;
                    await RunAsync(held);
                    return true;
                }

                _logger.LogWarning(ex, "Could not record {Work} in the inbox; the platform is asked to deliver it again", work.Description);
                GiveBack(held);
                return false;
            }
            catch
            {
                GiveBack(held);
                throw;
            }

            held.Recorded = type is not null;
            if (!added)
            {
                _logger.LogInformation("{Work} is already in the inbox: a platform retry, acknowledged without a second turn", work.Description);
                AlignmentBotTelemetry.RecordDuplicate(key.ChannelId);
                GiveBack(held);
                return true;
            }

            _held[key] = held;
        }

        if (mustRun)
        {
            // Counted before it is visible, like the reserve: an idle worker is woken to look for it.
            _urgent.Enqueue(held);
            if (_ready.Writer.TryWrite(null))
            {
                return true;
            }

            // The workers have stopped taking work: do it here rather than lose it.
            if (_urgent.TryDequeue(out var mine))
            {
                await RunAsync(mine);
            }

            return true;
        }

        if (_ready.Writer.TryWrite(held))
        {
            return true;
        }

        // Stopping. Recorded work stays in the inbox for the next start or another instance; the rest is refused.
        if (held.Recorded)
        {
            await LetGoAsync([held], CancellationToken.None);
            return true;
        }

        GiveBack(held);
        return false;
    }

    private async Task WorkAsync()
    {
        // Reading with CancellationToken.None: queued answers finish after stop is requested; the drain budget bounds it.
        while (await _ready.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (TryTake(out var held))
            {
                // Capacity counts work waiting for a worker: its place is free once a worker has it.
                GiveBack(held);
                // Stopping: what is written down waits in the inbox for the next start or another instance; what lives only
                // in memory is done now, within the drain budget, or it would be lost.
                if (Stopping && !held.MustRun && held.Recorded)
                {
                    await LetGoAsync([held], CancellationToken.None);
                    continue;
                }

                await RunAsync(held);
            }
        }
    }

    /// <summary>Answers to turns that already ran first: they were refused a place and have waited longest.</summary>
    private bool TryTake(out HeldWork held)
    {
        if (_urgent.TryDequeue(out held!))
        {
            return true;
        }

        while (_ready.Reader.TryRead(out var next))
        {
            if (next is not null)
            {
                held = next;
                return true;
            }

            if (_urgent.TryDequeue(out held!))
            {
                return true;
            }
        }

        return false;
    }

    private async Task RunAsync(HeldWork held)
    {
        var token = _abort.Token;
        using var span = held.Parent == default ? null : AlignmentBotTelemetry.Source.StartActivity("alignmentbot.background", ActivityKind.Internal, held.Parent);
        span?.SetTag("alignmentbot.work", held.Work.GetType().Name);
        try
        {
            var (work, runner) = held.Answer ?? (held.Work, held.Runner);
            await runner.Run(_services, work, held, token);
            if (held.Key is { } key)
            {
                _inbox.Complete(key, _time.GetUtcNow());
            }

            Finish(held);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The drain budget ran out: it stays in the inbox (let go with the rest on stop).
        }
        catch (Exception ex)
        {
            await FailedAsync(held, ex);
        }
    }

    private async Task FailedAsync(HeldWork held, Exception ex)
    {
        held.Attempts++;
        if (held.Key is not { } key)
        {
            // Nothing recorded to try again from.
            _logger.LogError(ex, "Background work failed: {Work}", held.Description);
            Finish(held);
            return;
        }

        var deferred = ex is TurnDeferredException || _faults.IsStorageFault(ex);
        var reason = Reason(ex);
        if (!deferred && held.Attempts >= _inboxOptions.MaxAttempts)
        {
            _logger.LogError(ex, "Gave up {Work} after {Attempts} attempts: {Reason}", held.Description, held.Attempts, reason);
            try
            {
                await held.Runner.GiveUp(_services, held.Work, _abort.Token);
            }
            catch (Exception notice) when (notice is not OperationCanceledException || !_abort.IsCancellationRequested)
            {
                _logger.LogWarning(notice, "Could not tell the person that {Work} failed", held.Description);
            }

            _inbox.Fail(key, held.Attempts, reason, _time.GetUtcNow());
            Finish(held);
            return;
        }

        var delay = Backoff(held.Attempts);
        _logger.LogWarning(deferred ? null : ex, "{Work} failed (attempt {Attempt}): {Reason}; trying again in {DelayMs} ms", held.Description, held.Attempts, reason, (long)delay.TotalMilliseconds);
        _inbox.Defer(key, held.Attempts, _time.GetUtcNow() + delay, reason);

        // What the failed attempt delivered is recorded; the step it was on may have reached the platform.
        held.Resumed = held.Answer is not null;
        held.Retry?.Dispose();
        held.Retry = _time.CreateTimer(static s => ((BackgroundTurns)((object[])s!)[0]).Requeue((HeldWork)((object[])s)[1]), new object[] { this, held }, delay, Timeout.InfiniteTimeSpan);
    }

    private void Requeue(HeldWork held)
    {
        if (!_ready.Writer.TryWrite(held))
        {
            // Stopping: it stays in the inbox, let go with the rest.
            return;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var exponential = _inboxOptions.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = exponential < _inboxOptions.MaxRetryDelay ? exponential : _inboxOptions.MaxRetryDelay;

        // Jitter spreads retries of a burst, so a database coming back is not hit by all of them at once.
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private static string Reason(Exception ex)
        => ex is TurnDeferredException deferred ? deferred.Message : $"{ex.GetType().Name}: {ex.Message}";

    /// <summary>Done, given up or let go: this process no longer holds it.</summary>
    private void Finish(HeldWork held)
    {
        held.Retry?.Dispose();
        if (held.Key is { } key)
        {
            _held.TryRemove(new KeyValuePair<TurnWorkKey, HeldWork>(key, held));
        }

        GiveBack(held);
    }

    private void GiveBack(HeldWork held)
    {
        switch (held.Place)
        {
            case QueuePlace.Room:
                _room.Release();
                break;
            case QueuePlace.Reserve:
                Interlocked.Decrement(ref _reserved);
                break;
        }

        held.Place = QueuePlace.None;
    }

    /// <summary>On stop: everything still held goes back to the inbox, free for the next start or another instance.</summary>
    private Task LetGoAsync(CancellationToken cancellationToken) => LetGoAsync(_held.Values.ToList(), cancellationToken);

    private async Task LetGoAsync(IReadOnlyCollection<HeldWork> work, CancellationToken cancellationToken)
    {
        foreach (var held in work)
        {
            Finish(held);
        }

        var keys = work.Where(h => h.Key is not null).Select(h => h.Key!).ToList();
        if (keys.Count == 0 || !_inbox.IsDurable)
        {
            return;
        }

        try
        {
            await _inbox.ReleaseAsync(keys, cancellationToken);
            _logger.LogInformation("Left {Count} unfinished item(s) in the inbox for the next start or another instance", keys.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Their leases run out by themselves.
            _logger.LogWarning(ex, "Could not release {Count} inbox item(s); they are taken over when their lease runs out", keys.Count);
        }
    }

    /// <summary>At start-up, then every <see cref="InboxOptions.SweepInterval"/>: take over unfinished rows nobody holds.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        var startup = true;
        using var timer = new PeriodicTimer(_inboxOptions.SweepInterval, _time);
        do
        {
            if (Stopping)
            {
                return;
            }

            try
            {
                await ClaimAsync(startup, stoppingToken);
                startup = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Could not look for unfinished work in the inbox; trying again in {Interval}", _inboxOptions.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ClaimAsync(bool startup, CancellationToken cancellationToken)
    {
        var free = _room.CurrentCount;
        if (free == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var claimed = await _inbox.ClaimAsync(new InboxClaim(now, now + _inboxOptions.Lease, free, IgnoreLeases: startup && !_inbox.IsShared), cancellationToken);
        foreach (var entry in claimed)
        {
            if (_held.ContainsKey(entry.Key))
            {
                // Ours already (its lease lapsed while the database was away); it is running or waiting to.
                continue;
            }

            if (_types.Find(entry.WorkType) is not { } type || entry.Work is null)
            {
                _logger.LogError("Inbox item {Key} ({Type}) cannot be resumed: this build has no way to read it", entry.Key, entry.WorkType);
                _inbox.Fail(entry.Key, entry.Attempts, $"cannot be resumed: no reader for '{entry.WorkType}'", now);
                continue;
            }

            HeldWork held;
            try
            {
                held = HeldWork.Claimed(_inbox, _types, entry, type, type.Deserialize(entry.Work));
            }
            catch (System.Text.Json.JsonException ex)
            {
                _logger.LogError(ex, "Inbox item {Key} ({Type}) cannot be read back", entry.Key, entry.WorkType);
                _inbox.Fail(entry.Key, entry.Attempts, "cannot be read back: " + ex.Message, now);
                continue;
            }

            if (!_room.Wait(0, CancellationToken.None))
            {
                // Full again: its lease runs out and the next sweep takes it.
                break;
            }

            _held[entry.Key] = held;
            _logger.LogInformation("Resuming {Work} from the inbox (received {ReceivedAt:O}, {Attempts} failed attempt(s), {Delivered} reply step(s) delivered)", held.Description, entry.ReceivedAt, entry.Attempts, entry.Delivered);
            if (!_ready.Writer.TryWrite(held))
            {
                await LetGoAsync([held], CancellationToken.None);
                return;
            }
        }
    }

    /// <summary>Every third of the lease, the leases of everything this process holds are extended in one statement.</summary>
    private async Task RenewAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_inboxOptions.Lease / 3, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_held.IsEmpty)
            {
                continue;
            }

            try
            {
                await _inbox.RenewAsync(_time.GetUtcNow() + _inboxOptions.Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Could not renew the inbox leases of {Count} item(s)", _held.Count);
            }
        }
    }
}
