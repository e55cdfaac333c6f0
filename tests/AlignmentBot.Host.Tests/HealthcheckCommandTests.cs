using AlignmentBot.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace AlignmentBot.Host.Tests;

public sealed class HealthcheckCommandTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData("urls", "http://+:5000;https://+:5001", "http://localhost:5000/")]
    [InlineData("urls", "http://[::]:8081", "http://localhost:8081/")]
    [InlineData("urls", "http://127.0.0.1:3978", "http://127.0.0.1:3978/")]
    [InlineData("http_ports", "8080;8081", "http://localhost:8080/")]
    public void ListenAddress_FromTheHostsSettings_IsALoopbackAddressOnTheSamePort(string key, string value, string expected)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(new Uri(expected), HealthcheckCommand.ListenAddress(settings));
    }

    [Fact]
    public void ListenAddress_NothingConfigured_IsTheWebHostsDefault()
        => Assert.Equal(new Uri("http://localhost:3978/"), HealthcheckCommand.ListenAddress(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task Healthcheck_NothingListening_ExitsOneWithOneLine()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var port = AlignmentBot.Testing.LoopbackPort.Free();

        var exit = await AlignmentCli.InvokeAsync(["healthcheck", "--url", $"http://127.0.0.1:{port}/healthz"], new CliContext(output, error));

        Assert.Equal(1, exit);
        Assert.StartsWith($"http://127.0.0.1:{port}/healthz: no answer", error.ToString(), StringComparison.Ordinal);
    }
}
