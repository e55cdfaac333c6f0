using System.ComponentModel;
using System.Diagnostics;

namespace AlignmentBot.Channels.Slack.Tests.Interop;

/// <summary>
/// Runs the scripts in tests/interop/slack with Slack's own npm packages. Missing node or packages fail the test
/// with what to do; these checks are never skipped silently.
/// </summary>
internal static class NodeInterop
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "tests", "interop", "slack");

    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments, string? input = null, TimeSpan? timeout = null)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"node (20 or later) is required for the Slack interop checks and was not found on PATH: {ex.Message}. CI installs it.");
            throw;
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(input ?? string.Empty);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish in time");
            }

            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {script} exited with {process.ExitCode}: {await errors}");
            }

            return await output;
        }
    }

    /// <summary>Starts a long-running script and waits until it prints "ready".</summary>
    public static async Task<NodeProcess> StartAsync(string script, IReadOnlyList<string> arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"node (20 or later) is required for the Slack interop checks and was not found on PATH: {ex.Message}. CI installs it.");
            throw;
        }

        var node = new NodeProcess(process);
        await node.WaitForLineAsync(line => line == "ready", TimeSpan.FromSeconds(30));
        return node;
    }

    private static void EnsureInstalled()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@slack", "bolt")))
        {
            Assert.Fail($"Slack's npm packages are not installed: run `npm ci` in {Directory} (.ci/run does this).");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AlignmentBot.sln not found above the test output folder");
    }
}
