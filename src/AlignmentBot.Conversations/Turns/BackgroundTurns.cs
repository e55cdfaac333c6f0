using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// A bounded queue drained by a fixed number of workers, with a small reserve for work that must not be refused;
/// on shutdown queued work is finished first. Each item is done by the <see cref="ITurnWorkHandler{TWork}"/>
/// registered for its type.
/// </summary>
public sealed class BackgroundTurns : BackgroundService, IBackgroundTurns
{
    private readonly Channel<Item> _queue;
    private readonly Channel<Item> _reserve;
    private readonly BackgroundTurnsOptions _options;
    private readonly IServiceProvider _services;
    private readonly ILogger<BackgroundTurns> _logger;

    // Items waiting in the reserve. Read on every dequeue, so workers look at the reserve only when it holds something.
    private int _reserved;

    public BackgroundTurns(IOptions<BackgroundTurnsOptions> options, IServiceProvider services, ILogger<BackgroundTurns> logger)
    {
        _options = options.Value;
        _services = services;
        _logger = logger;
        _queue = Channel.CreateBounded<Item>(new BoundedChannelOptions(_options.Capacity) { FullMode = BoundedChannelFullMode.Wait });
        _reserve = Channel.CreateBounded<Item>(new BoundedChannelOptions(Math.Max(1, _options.ReservedCapacity)) { FullMode = BoundedChannelFullMode.Wait });
    }

    public bool TryEnqueue<TWork>(TWork work)
        where TWork : class, ITurnWork
    {
        if (_queue.Writer.TryWrite(Item.For(work)))
        {
            return true;
        }

        _logger.LogWarning("Background queue full ({Capacity}); refusing {Work}", _options.Capacity, work.Description);
        return false;
    }

    public async ValueTask<bool> EnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        var item = Item.For(work);
        if (_queue.Writer.TryWrite(item))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_options.FullQueueWait);
        try
        {
            await _queue.Writer.WriteAsync(item, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Background queue still full ({Capacity}) after {Wait}; refusing {Work}", _options.Capacity, _options.FullQueueWait, work.Description);
            return false;
        }
        catch (ChannelClosedException)
        {
            // Shutting down: the platform delivers it again to whichever instance is up.
            return false;
        }
    }

    public async ValueTask EnqueueMustNotDropAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork
    {
        var item = Item.For(work);
        if (_queue.Writer.TryWrite(item))
        {
            return;
        }

        if (_options.ReservedCapacity > 0)
        {
            // Counted before it is visible, so a worker that finds it has already seen the count.
            Interlocked.Increment(ref _reserved);
            if (_reserve.Writer.TryWrite(item))
            {
                // Workers wait on the main queue. Had they emptied it since it was full, they would all be waiting there
                // now: wake one. When the main queue is full again they are busy and look at the reserve before each item.
                _queue.Writer.TryWrite(Item.WakeUp);
                _logger.LogWarning("Background queue full ({Capacity}); {Work} took a reserved place", _options.Capacity, work.Description);
                return;
            }

            Interlocked.Decrement(ref _reserved);
        }

        try
        {
            _logger.LogWarning("Background queue and its reserve full ({Capacity} + {Reserved}); {Work} waits for room", _options.Capacity, _options.ReservedCapacity, work.Description);
            await _queue.Writer.WriteAsync(item, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // Shutting down and nothing takes new items: do it here rather than lose it.
            await RunAsync(item, cancellationToken);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The reserve first: once the main queue reports completion, nothing can arrive in the reserve any more.
        _reserve.Writer.TryComplete();
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        // Reading with CancellationToken.None lets queued turns finish after stop is requested;
        // the host's shutdown timeout bounds how long that can take.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (TryTake(out var item))
            {
                await RunAsync(item, stoppingToken);
            }
        }

        while (TryTake(out var item))
        {
            await RunAsync(item, stoppingToken);
        }
    }

    /// <summary>Reserved items first: they were refused a place in the main queue and have waited longest.</summary>
    private bool TryTake(out Item item)
    {
        if (Volatile.Read(ref _reserved) > 0 && _reserve.Reader.TryRead(out item))
        {
            Interlocked.Decrement(ref _reserved);
            return true;
        }

        return _queue.Reader.TryRead(out item);
    }

    private async Task RunAsync(Item item, CancellationToken stoppingToken)
    {
        try
        {
            await item.Run(_services, item.Work, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            _logger.LogError(ex, "Background work failed: {Work}", item.Work.Description);
        }
    }

    private readonly record struct Item(ITurnWork Work, Func<IServiceProvider, ITurnWork, CancellationToken, Task> Run)
    {
        /// <summary>Does nothing; queued only so that an idle worker looks at the reserve.</summary>
        public static Item WakeUp { get; } = new(new Nothing(), static (_, _, _) => Task.CompletedTask);

        // A static lambda per work type: queuing allocates nothing beyond the work itself.
        public static Item For<TWork>(TWork work)
            where TWork : class, ITurnWork
            => new(work, static (services, w, ct) => services.GetRequiredService<ITurnWorkHandler<TWork>>().HandleAsync((TWork)w, ct));
    }

    private sealed class Nothing : ITurnWork
    {
        public string Description => "wake-up";
    }
}
