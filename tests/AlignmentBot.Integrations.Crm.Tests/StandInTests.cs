using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>The stand-ins keep the documented limits the client must respect, so the sync tests above mean something.</summary>
public sealed class StandInTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private HubSpotStandIn _hubspot = null!;

    public async Task InitializeAsync()
    {
        _hubspot = new HubSpotStandIn(Expected.Fixture(30, 5)).WithToken(SyncRig.Token);
        await _hubspot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hubspot.DisposeAsync();
    }

    [Theory]
    [InlineData("{\"limit\":201}", 400)]
    [InlineData("{\"limit\":10,\"after\":\"10000\"}", 400)]
    [InlineData("{\"limit\":10,\"after\":\"9990\"}", 200)]
    public async Task HubSpotSearch_PageSizeAndTheTenThousandResultLimit_AreEnforced(string body, int status)
    {
        using var response = await SearchAsync(body, SyncRig.Token);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task HubSpotSearch_Paging_AnswersWithTheNextAfterToken()
    {
        using var response = await SearchAsync("{\"limit\":10,\"sorts\":[{\"propertyName\":\"lastmodifieddate\",\"direction\":\"ASCENDING\"}]}", SyncRig.Token);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(30, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(10, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal("10", json.RootElement.GetProperty("paging").GetProperty("next").GetProperty("after").GetString());
    }

    [Fact]
    public async Task HubSpotSearch_Throttled_Answers429WithRetryAfterAndHubSpotsBody()
    {
        _hubspot.Throttle(1, 3);

        using var response = await SearchAsync("{}", SyncRig.Token);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Equal("RATE_LIMIT", json.RootElement.GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task HubSpotSearch_ExpiredToken_Answers401WithExpiredAuthentication()
    {
        _hubspot.Expire(SyncRig.Token);

        using var response = await SearchAsync("{}", SyncRig.Token);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("EXPIRED_AUTHENTICATION", json.RootElement.GetProperty("category").GetString());
    }

    private async Task<HttpResponseMessage> SearchAsync(string body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_hubspot.BaseUrl, "crm/v3/objects/contacts/search"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }
}
