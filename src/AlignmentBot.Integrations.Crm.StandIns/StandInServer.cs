using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>A Kestrel server on a loopback port (a free one unless given), with a log of the calls it served and a way to cut connections.</summary>
public abstract class StandInServer(CrmFixture fixture) : IAsyncDisposable
{
    private readonly ConcurrentQueue<StandInCall> _calls = new();
    private WebApplication? _app;
    private int _pagesLeft = int.MaxValue;
    private PageHold? _hold;

    public CrmFixture Fixture { get; } = fixture;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<StandInCall> Calls => [.. _calls];

    /// <summary>Serve <paramref name="pages"/> more pages of records, then cut the connection of every request for records until <see cref="Heal"/>.</summary>
    public void DropConnectionAfterPages(int pages) => Interlocked.Exchange(ref _pagesLeft, pages);

    public void Heal() => Interlocked.Exchange(ref _pagesLeft, int.MaxValue);

    /// <summary>Raised after every call, with what was answered: a deterministic signal for tests.</summary>
    public event Action<StandInCall>? Served;

    /// <summary>
    /// The next request for a page of records waits until <c>Release</c> is called; <c>Arrived</c> completes when it
    /// has come in. Lets a test hold a sync in the middle of a page.
    /// </summary>
    public (Task Arrived, Action Release) HoldNextPage()
    {
        var hold = new PageHold();
        _hold = hold;
        return (hold.Arrived.Task, () => hold.Release.TrySetResult());
    }

    public async Task<StandInServer> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();

        // Not the console lifetime: a stand-in inside another program (the CLI's demo, a benchmark) must leave Ctrl+C
        // and SIGTERM to that program.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return this;
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

    protected void Log(HttpContext context, string? body, int status)
    {
        var call = new StandInCall(DateTimeOffset.UtcNow, context.Request.Method, context.Request.Path + context.Request.QueryString, body, status);
        _calls.Enqueue(call);
        Served?.Invoke(call);
    }

    /// <summary>
    /// Before a page of records is served: waits while a test holds it, then says whether it must not be served — the
    /// connection is cut instead (the client sees a reset).
    /// </summary>
    protected async Task<bool> CutConnectionAsync(HttpContext context)
    {
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            hold.Arrived.TrySetResult();
            await hold.Release.Task.WaitAsync(context.RequestAborted);
        }

        if (Interlocked.Decrement(ref _pagesLeft) >= 0)
        {
            return false;
        }

        Interlocked.Exchange(ref _pagesLeft, -1);
        Log(context, null, 0);
        context.Abort();
        return true;
    }

    private sealed class PageHold
    {
        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
