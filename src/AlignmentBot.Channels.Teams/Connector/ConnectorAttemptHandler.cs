using System.Net;
using System.Net.Http.Headers;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Runs inside the retry pipeline, once per attempt: waits for the attempt's slot under Teams' limits
/// (<see cref="ConnectorPacer"/>), then signs it with a Connector token. A 401 with a cached token (revoked before it
/// expired) fetches a fresh one and tries once more.
/// </summary>
internal sealed class ConnectorAttemptHandler(ConnectorTokenProvider tokens, ConnectorPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(ConnectorRequest.Audience, out var audience);
        request.Options.TryGetValue(ConnectorRequest.Tenant, out var tenant);
        request.Options.TryGetValue(ConnectorRequest.Conversation, out var conversation);
        await pacer.WaitAsync(tenant, conversation, cancellationToken);
        var token = await tokens.GetTokenAsync(audience, cancellationToken);
        Sign(request, token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || token is null)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(audience);
        Sign(request, await tokens.GetTokenAsync(audience, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Sign(HttpRequestMessage request, string? token)
        => request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
}
