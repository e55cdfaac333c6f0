using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests.Deploy;

/// <summary>
/// The host started as deploy/Dockerfile starts it, without Docker: its ENTRYPOINT and CMD, its ENV and nothing
/// else from this process's environment, its WORKDIR, and /app and /data mapped onto the build output and a temp
/// folder. Its HEALTHCHECK command decides when it is up.
/// </summary>
public sealed class ContainerLayoutTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "alignmentbot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed host still held is left to the OS temp policy.
        }
    }

    [Fact]
    public async Task Host_StartedLikeTheContainer_IsHealthyAnswersAChatTurnAndKeepsItsDatabaseInTheVolume()
    {
        var stage = DeployFiles.DockerfileRuntimeStage();
        var volume = stage.Last(i => i.Instruction == "VOLUME").Arguments;
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        var port = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Map(string value) => value.Replace("/app/", AppContext.BaseDirectory, StringComparison.Ordinal).Replace(volume, data, StringComparison.Ordinal);

        var environment = DeployFiles.DockerfileEnvironment().ToDictionary(e => e.Key, e => Map(e.Value));
        environment["ASPNETCORE_HTTP_PORTS"] = port; // EXPOSE 8080 becomes a free port here
        string[] command = [.. DeployFiles.ExecForm(stage.Last(i => i.Instruction == "ENTRYPOINT").Arguments), .. DeployFiles.ExecForm(stage.Last(i => i.Instruction == "CMD").Arguments)];
        var healthcheck = DeployFiles.ExecForm(stage.Last(i => i.Instruction == "HEALTHCHECK").Arguments);
        var workingDirectory = Map(stage.Last(i => i.Instruction == "WORKDIR").Arguments);

        using var host = Start(command.Select(Map).ToArray(), environment, workingDirectory, out var log);
        try
        {
            await WaitHealthyAsync(healthcheck.Select(Map).ToArray(), environment, workingDirectory, host, log);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("Sqlite", JsonNode.Parse(await health.Content.ReadAsStringAsync())!["checks"]!["storage"]!["data"]!["provider"]!.GetValue<string>());

            var turn = await http.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), new JsonObject
            {
                ["type"] = "message",
                ["id"] = Guid.NewGuid().ToString("N"),
                ["channelId"] = "webchat",
                ["serviceUrl"] = $"http://127.0.0.1:{port}/",
                ["from"] = new JsonObject { ["id"] = "container-test", ["name"] = "Container Test" },
                ["recipient"] = new JsonObject { ["id"] = "alignmentbot" },
                ["conversation"] = new JsonObject { ["id"] = "container-layout" },
                ["text"] = "help",
                ["deliveryMode"] = "expectReplies",
            });
            var body = await turn.Content.ReadAsStringAsync();
            Assert.True(turn.StatusCode == HttpStatusCode.OK, body);
            Assert.NotEmpty(JsonNode.Parse(body)!["activities"]!.AsArray());

            Assert.True(File.Exists(Path.Combine(data, "alignmentbot.db")), "the SQLite file is not in the volume");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static Process Start(string[] command, IReadOnlyDictionary<string, string> environment, string workingDirectory, out List<string> log)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // The image's environment only: nothing of this test process's settings may leak in and make it pass.
        var keep = new[] { "PATH", "HOME", "DOTNET_ROOT", "TMPDIR" }.Select(k => (k, Environment.GetEnvironmentVariable(k))).Where(p => p.Item2 is not null).ToArray();
        start.Environment.Clear();
        foreach (var (key, value) in keep)
        {
            start.Environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var lines = new List<string>();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        log = lines;
        return process;
    }

    /// <summary>Runs the HEALTHCHECK command as Docker would, every half second, until it exits 0.</summary>
    private static async Task WaitHealthyAsync(string[] healthcheck, IReadOnlyDictionary<string, string> environment, string workingDirectory, Process host, List<string> log)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            Assert.False(host.HasExited, $"the host exited with {(host.HasExited ? host.ExitCode : 0)}:\n{string.Join('\n', log)}");
            using var probe = Start(healthcheck, environment, workingDirectory, out _);
            await probe.WaitForExitAsync();
            if (probe.ExitCode == 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"the HEALTHCHECK command never succeeded:\n{string.Join('\n', log)}");
    }
}
