using System.Net;
using System.Text.Json;

namespace AlignmentBot.Host.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_FreshStart_MigratesAndReportsStorageReady()
    {
        await using var factory = new HostFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var storage = json.RootElement.GetProperty("checks").GetProperty("storage");
        Assert.Equal("Sqlite", storage.GetProperty("data").GetProperty("provider").GetString());
        Assert.True(storage.GetProperty("data").GetProperty("schemaVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Root_ServesAPage()
    {
        await using var factory = new HostFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
