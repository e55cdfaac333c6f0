using System.Net;
using System.Net.Http.Headers;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// Downloads a file shared with the bot (url_private_download) with the bot token, as Slack requires. The token goes
/// only to Slack: the URL must be https on slack.com (or the configured Web API host, for a stand-in), redirects are
/// never followed automatically, and one to any other host is refused rather than sent the token.
/// </summary>
internal sealed class SlackFileSource(IHttpClientFactory httpClients, IOptions<SlackOptions> options) : ISharedFileSource
{
    public const string HttpClientName = "slack-files";

    private const int MaxRedirects = 3;

    public string ChannelId => SlackAddresses.ChannelId;

    public async Task<SharedFileDownload> DownloadAsync(SharedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        if (options.Value.BotToken is not { Length: > 0 } token)
        {
            return SharedFileDownload.Failed("Slack is not configured here");
        }

        if (!Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url) || !MayReceiveToken(url))
        {
            return SharedFileDownload.Failed("Slack gave a download address that is not Slack's");
        }

        var client = httpClients.CreateClient(HttpClientName);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode))
            {
                if (response.Headers.Location is not { } location)
                {
                    return SharedFileDownload.Failed("Slack redirected the download without saying where");
                }

                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (!MayReceiveToken(url))
                {
                    return SharedFileDownload.Failed("Slack redirected the download away from Slack, and I don't send my token there");
                }

                continue;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                return SharedFileDownload.Failed("Slack did not let me read it (the app may need the files:read scope: reinstall it from the current manifest)");
            }

            if (!response.IsSuccessStatusCode)
            {
                return SharedFileDownload.Failed($"Slack answered {(int)response.StatusCode}");
            }

            // Without files:read Slack answers 200 with its sign-in page instead of the file.
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                return SharedFileDownload.Failed("Slack sent a sign-in page instead of the file (the app may need the files:read scope: reinstall it from the current manifest)");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return SharedFileDownload.Oversized(maxBytes);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await SharedFileDownload.ReadAsync(body, maxBytes, cancellationToken);
        }

        return SharedFileDownload.Failed("Slack redirected the download too many times");
    }

    private bool MayReceiveToken(Uri url)
    {
        var api = options.Value.ApiBaseUri;
        if (url.Scheme == api.Scheme && string.Equals(url.Authority, api.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return url.Scheme == Uri.UriSchemeHttps && (url.Host.Equals("slack.com", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
