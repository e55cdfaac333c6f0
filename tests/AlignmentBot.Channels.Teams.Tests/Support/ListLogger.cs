using System.Collections.Concurrent;
using AlignmentBot.Testing;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>Keeps every log line so tests can check that failures are logged and secrets are not.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ChangeSignal _written = new();

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    /// <summary>The single line containing <paramref name="text"/>, once it is written.</summary>
    public async Task<(LogLevel Level, string Category, string Message, Exception? Exception)> WaitForAsync(string text, TimeSpan? timeout = null)
    {
        await _written.WaitAsync(() => Entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal)), timeout ?? TimeSpan.FromSeconds(10));
        return Xunit.Assert.Single(Entries, e => e.Message.Contains(text, StringComparison.Ordinal));
    }

    public void Dispose()
    {
    }

    public string All => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.Message}"));

    private sealed class ListLogger(ListLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            provider.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
            provider._written.Raise();
        }
    }
}
