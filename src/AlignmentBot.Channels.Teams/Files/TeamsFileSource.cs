using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Files;

/// <summary>
/// Downloads a file a person sent in a Teams personal chat. Its downloadUrl is pre-authorised, so no token goes with
/// it; https only (plain http to this machine for a test's stand-in), and no redirects.
/// </summary>
internal sealed class TeamsFileSource(IHttpClientFactory httpClients) : ISharedFileSource
{
    public string ChannelId => TeamsFileOffers.TeamsChannelId;

    public async Task<SharedFileDownload> DownloadAsync(SharedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url) || !FileConsentHandler.MayUploadTo(url))
        {
            return SharedFileDownload.Failed("Teams gave a download address that is not https");
        }

        try
        {
            using var response = await httpClients.CreateClient(FileConsentHandler.HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return SharedFileDownload.Failed($"Teams answered {(int)response.StatusCode} (the link may have expired: send the file again)");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return SharedFileDownload.Oversized(maxBytes);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await SharedFileDownload.ReadAsync(body, maxBytes, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return SharedFileDownload.Failed("Teams could not be reached");
        }
    }
}
