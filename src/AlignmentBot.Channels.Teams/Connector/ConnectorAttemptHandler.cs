using System.Net;
using System.Net.Http.Headers;
using AlignmentBot.Conversations.Diagnostics;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Runs inside the retry pipeline, once per attempt: waits for the attempt's slot under Teams' limits
/// (<see cref="ConnectorPacer"/>), then signs it with a Connector token. A 401 with a cached token (revoked before it
/// expired) fetches a fresh one and tries once more. Each attempt is counted in the outbound call metrics, with status 0
/// when no answer came.
/// </summary>
internal sealed class ConnectorAttemptHandler(ConnectorTokenProvider tokens, ConnectorPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(ConnectorRequest.Audience, out var audience);
        request.Options.TryGetValue(ConnectorRequest.Tenant, out var tenant);
        request.Options.TryGetValue(ConnectorRequest.Conversation, out var conversation);
        var operation = request.Options.TryGetValue(ConnectorRequest.Operation, out var op) ? op : request.Method.Method;
        await pacer.WaitAsync(tenant, conversation, cancellationToken);
        var token = await tokens.GetTokenAsync(audience, cancellationToken);
        Sign(request, token);
        var response = await AttemptAsync(request, operation, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || token is null)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(audience);
        Sign(request, await tokens.GetTokenAsync(audience, cancellationToken));
        return await AttemptAsync(request, operation, cancellationToken);
    }

    private async Task<HttpResponseMessage> AttemptAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            AlignmentBotTelemetry.RecordOutboundCall(ConnectorClient.Platform, operation, 0);
            throw;
        }

        AlignmentBotTelemetry.RecordOutboundCall(ConnectorClient.Platform, operation, (int)response.StatusCode);
        return response;
    }

    private static void Sign(HttpRequestMessage request, string? token)
        => request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
}
