using System.Net.Http.Headers;
using System.Text.Json;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Files;

/// <summary>
/// The <c>fileConsent/invoke</c> a file consent card sends. Accept: PUT the offered bytes to the uploadUrl Teams gives
/// (Content-Range, no token: the URL is the authorisation), then show the file with a file info card. Decline: say so.
/// Either way the offer is used up; one from another conversation or past its lifetime is refused.
/// </summary>
internal sealed class FileConsentHandler(TeamsFileOffers offers, ConnectorClient connector, IHttpClientFactory httpClients, ILogger<FileConsentHandler> logger)
{
    public const string InvokeName = "fileConsent/invoke";
    public const string HttpClientName = "teams-files";

    public async Task HandleAsync(HttpContext context, Activity activity, CallerIdentity caller)
    {
        var cancellationToken = context.RequestAborted;
        var value = Read(activity.Value);
        var offerId = value?.Context is { ValueKind: JsonValueKind.Object } ctx ? Read<FileOfferContext>(ctx)?.OfferId : null;
        if (value?.Action is not ("accept" or "decline") || string.IsNullOrEmpty(offerId) || activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var offer = await offers.GetAsync(offerId, cancellationToken);
        Activity reply;
        if (offer is null || offer.ConversationId != conversationId)
        {
            reply = Text("That file is no longer on offer. Ask me for the export again.");
        }
        else if (value.Action == "decline")
        {
            await offers.ForgetAsync(offerId, cancellationToken);
            reply = Text($"OK, I didn't send {offer.Name}.");
        }
        else if (value.UploadInfo is not { UploadUrl: { } uploadUrl } info || !Uri.TryCreate(uploadUrl, UriKind.Absolute, out var url) || !MayUploadTo(url))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        else
        {
            await offers.ForgetAsync(offerId, cancellationToken);
            reply = await UploadAsync(url, offer, info, cancellationToken);
        }

        await connector.SendToConversationAsync(serviceUrl, conversationId, reply.AsReplyTo(activity), caller.OutboundAudience, cancellationToken);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task<Activity> UploadAsync(Uri url, FileOffer offer, FileUploadInfo info, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(offer.Content) };
        request.Content.Headers.ContentLength = offer.Content.LongLength;
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, offer.Content.LongLength - 1), offer.Content.LongLength);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Uploading {FileName} to OneDrive failed with {Status}", offer.Name, (int)response.StatusCode);
                return Text($"I couldn't put {offer.Name} in your OneDrive (it answered {(int)response.StatusCode}). Ask me for the export again.");
            }
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Uploading {FileName} to OneDrive failed", offer.Name);
            return Text($"I couldn't reach your OneDrive to put {offer.Name} there. Ask me for the export again.");
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"{info.Name ?? offer.Name} is in your OneDrive.",
            Attachments = [new Attachment
            {
                ContentType = Attachment.FileInfoContentType,
                ContentUrl = info.ContentUrl,
                Name = info.Name ?? offer.Name,
                Content = JsonSerializer.SerializeToElement(new FileInfoCard(info.UniqueId, info.FileType ?? Path.GetExtension(offer.Name).TrimStart('.')), TeamsJsonContext.Default.FileInfoCard),
            }],
        };
    }

    /// <summary>The bytes go to OneDrive over https; plain http only to this machine (a test's stand-in).</summary>
    public static bool MayUploadTo(Uri url)
        => string.IsNullOrEmpty(url.UserInfo) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && ServiceUrlPolicy.IsLoopback(url)));

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    private static FileConsentInvokeValue? Read(JsonElement? value) => value is { ValueKind: JsonValueKind.Object } v ? Read<FileConsentInvokeValue>(v) : null;

    private static T? Read<T>(JsonElement element)
        where T : class
    {
        try
        {
            return (T?)element.Deserialize(typeof(T), TeamsJsonContext.Default);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
