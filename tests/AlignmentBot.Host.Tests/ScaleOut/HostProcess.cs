using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// One real AlignmentBot host: <c>dotnet AlignmentBot.Host.dll --urls http://127.0.0.1:port</c> with its configuration in
/// environment variables, as an operator runs it. Killing it is a hard kill (no shutdown hooks, no finished posts).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private HostProcess(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the digest poster writes into claimed_by for this process.</summary>
    public string ClaimedBy => $"{Environment.MachineName}:{ProcessId}";

    public bool HasExited => _process.HasExited;

    public IEnumerable<string> Log => _log;

    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = LoopbackPort.Free();
        return new HostProcess(name, port, Launch(environment, "--urls", $"http://127.0.0.1:{port}"));
    }

    /// <summary>
    /// One command of the same binary (e.g. <c>reminders send</c>), as an operator or a cron job runs it next to the web
    /// instances: its own process, the same configuration in environment variables. Wait for it with <see cref="ExitCodeAsync"/>.
    /// </summary>
    public static HostProcess Command(string name, IReadOnlyDictionary<string, string> environment, params string[] args)
        => new(name, 0, Launch(environment, args));

    /// <summary>The exit code, once the process has ended by itself (or been killed).</summary>
    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private static Process Launch(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "AlignmentBot.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(host);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was healthy:\n{Tail(40)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{Tail(40)}");
    }

    /// <summary>SIGKILL: the process gets no chance to finish posts or release anything.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, as a deploy stops a container: the host drains and exits by itself. Returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public string Tail(int lines) => string.Join('\n', _log.TakeLast(lines));

    public int CountLog(string fragment) => _log.Count(l => l.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 5_000 && _log.TryDequeue(out _))
        {
            // Keep the tail only: enough to explain a failure.
        }
    }
}
