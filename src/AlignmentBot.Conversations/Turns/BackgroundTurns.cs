using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Turns;

/// <summary>A bounded queue drained by a fixed number of workers; on shutdown queued turns are finished first.</summary>
public sealed class BackgroundTurns : BackgroundService, IBackgroundTurns
{
    private readonly Channel<(string Description, Func<CancellationToken, Task> Work)> _queue;
    private readonly BackgroundTurnsOptions _options;
    private readonly ILogger<BackgroundTurns> _logger;

    public BackgroundTurns(IOptions<BackgroundTurnsOptions> options, ILogger<BackgroundTurns> logger)
    {
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<(string, Func<CancellationToken, Task>)>(new BoundedChannelOptions(_options.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
        });
    }

    public bool TryEnqueue(string description, Func<CancellationToken, Task> work)
    {
        if (_queue.Writer.TryWrite((description, work)))
        {
            return true;
        }

        _logger.LogWarning("Background queue full ({Capacity}); refusing {Work}", _options.Capacity, description);
        return false;
    }

    public async ValueTask<bool> EnqueueAsync(string description, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (_queue.Writer.TryWrite((description, work)))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_options.FullQueueWait);
        try
        {
            await _queue.Writer.WriteAsync((description, work), wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Background queue still full ({Capacity}) after {Wait}; refusing {Work}", _options.Capacity, _options.FullQueueWait, description);
            return false;
        }
        catch (ChannelClosedException)
        {
            // Shutting down: the platform delivers it again to whichever instance is up.
            return false;
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        // Reading with CancellationToken.None lets queued turns finish after stop is requested;
        // the host's shutdown timeout bounds how long that can take.
        await foreach (var (description, work) in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                _logger.LogError(ex, "Background turn failed: {Work}", description);
            }
        }
    }
}
