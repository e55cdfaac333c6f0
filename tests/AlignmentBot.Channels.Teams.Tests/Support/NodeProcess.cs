using System.Diagnostics;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>
/// Runs a script from tests/interop/teams with node and waits for its "LISTENING port" line. A missing node or
/// missing node_modules fails the test with the command that fixes it; nothing is skipped silently.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output;

    private NodeProcess(Process process, int port, List<string> output)
    {
        _process = process;
        Port = port;
        _output = output;
    }

    /// <summary>Everything the script printed so far, for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static string InteropFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "interop", "teams");
                }
            }

            throw new InvalidOperationException("Cannot find the repository root (AlignmentBot.sln) above " + AppContext.BaseDirectory);
        }
    }

    public static async Task<NodeProcess> StartAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var folder = InteropFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            throw new InvalidOperationException($"Microsoft's Bot Framework SDK is not installed for the interop tests. Run `npm ci` in {folder} (.ci/run does).");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("ALIGNMENTBOT_NODE") ?? "node", script)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("node is not installed; the interop tests need Node.js 18 or later (`apt-get install nodejs npm`, as .ci/run does) or ALIGNMENTBOT_NODE.", ex);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (e.Data.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                listening.TrySetResult(int.Parse(e.Data["LISTENING ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Add(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (finished != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            lock (output)
            {
                throw new InvalidOperationException($"{script} did not start listening:\n{string.Join("\n", output)}");
            }
        }

        return new NodeProcess(process, await listening.Task, output);
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
