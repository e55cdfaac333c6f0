using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace AlignmentBot.Channels.Slack.Tests.Interop;

/// <summary>A node script running beside a test; its output lines are collected, and it is killed on dispose.</summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    public NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Lines.Enqueue(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                {
                    _errors.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public ConcurrentQueue<string> Lines { get; } = new();

    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var line = Lines.FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            if (_process.HasExited)
            {
                Assert.Fail($"node exited with {_process.ExitCode}: {Errors}");
            }

            await Task.Delay(20);
        }

        Assert.Fail($"node did not print the expected line in {timeout}. Output: {string.Join(" | ", Lines)}; errors: {Errors}");
        return string.Empty;
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
