using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;

namespace AlignmentBot.Channels.Slack.Diagnostics;

/// <summary>
/// One-shot checks of the Slack settings against Slack itself, for <c>doctor</c>. Unlike <see cref="SlackApiClient"/>
/// they keep the response headers (the granted scopes travel in x-oauth-scopes) and never retry or pace: a person
/// is waiting for one answer.
/// </summary>
public static class SlackDiagnostics
{
    /// <summary>auth.test with the bot token: valid or Slack's error code, which workspace and bot, which scopes.</summary>
    public static async Task<SlackTokenCheck> CheckBotTokenAsync(HttpClient http, SlackOptions options, CancellationToken cancellationToken)
    {
        var (response, scopes, error) = await CallAsync(http, options, "auth.test", options.BotToken, SlackJsonContext.Default.AuthTestResponse, cancellationToken);
        return response is null
            ? new SlackTokenCheck(error, null, null, null, null, scopes)
            : new SlackTokenCheck(null, response.Team, response.TeamId, response.UserId, response.BotId, scopes);
    }

    /// <summary>apps.connections.open with the app-level token, as Socket Mode does; <see langword="null"/> when it works, else Slack's error code.</summary>
    public static async Task<string?> CheckAppTokenAsync(HttpClient http, SlackOptions options, CancellationToken cancellationToken)
    {
        // The URL it returns is never connected to; Slack lets it expire.
        var (response, _, error) = await CallAsync(http, options, "apps.connections.open", options.AppToken, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);
        return response is null ? error : Uri.TryCreate(response.Url, UriKind.Absolute, out _) ? null : "invalid_response";
    }

    private static async Task<(T? Response, IReadOnlyList<string>? Scopes, string? Error)> CallAsync<T>(
        HttpClient http, SlackOptions options, string method, string? token, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : SlackApiResponse
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (null, null, "not_configured");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.ApiBaseUri, method)) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return (null, null, $"request_failed ({ex.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null, "request_failed (timed out)");
        }

        using (response)
        {
            IReadOnlyList<string>? scopes = response.Headers.TryGetValues("x-oauth-scopes", out var values)
                ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
                : null;
            if ((int)response.StatusCode == 429)
            {
                return (null, scopes, "ratelimited");
            }

            T? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken), type);
            }
            catch (JsonException)
            {
                parsed = null;
            }

            return parsed switch
            {
                null => (null, scopes, response.IsSuccessStatusCode ? "invalid_response" : $"http_{(int)response.StatusCode}"),
                { Ok: false } => (null, scopes, parsed.Error ?? "unknown_error"),
                _ => (parsed, scopes, null),
            };
        }
    }
}
