using System.Net;
using System.Text.Json;
using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// POST /api/messages. Authenticates, then: an Action.Execute invoke or an expectReplies delivery runs the turn
/// inside the request (the answer is the HTTP response); anything else is queued as a <see cref="TurnRequest{TReply}"/>
/// and acknowledged once it is recorded in the inbox, with replies going back through the Connector, because the
/// channel gives up after 15 seconds. A repeated delivery is acknowledged without a second turn; one that cannot be
/// recorded (queue full, database unavailable, host stopping) is answered 503 with Retry-After, so the channel retries. Every path runs the bot through <see cref="ITurnRunner"/>, so a failing turn apologises on each.
/// </summary>
internal sealed class MessagesEndpoint(
    BotFrameworkAuthenticator authenticator,
    FirstDelivery firstDelivery,
    IBackgroundTurns background,
    ITurnRunner runner,
    TeamsMemberDirectory members,
    InstallationUpdates installations,
    Files.FileConsentHandler fileConsent,
    TimeProvider time,
    ILogger<MessagesEndpoint> logger)
{
    /// <summary>Activities are a few KB; Teams itself caps messages near 100 KB.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = context.Request.HasJsonContentType()
                ? await JsonSerializer.DeserializeAsync(context.Request.Body, TeamsJsonContext.Default.Activity, cancellationToken)
                : null;
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            activity = null;
        }

        AuthenticationResult auth;
        try
        {
            auth = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity?.ChannelId, activity?.ServiceUrl, LocalCaller.Problem(context), cancellationToken);
        }
        catch (SigningKeysUnavailableException ex)
        {
            // Nothing can be verified without keys: refuse, but as a temporary failure the channel retries.
            logger.LogError(ex, "Cannot check /api/messages tokens: {Reason}", ex.Message);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            return;
        }

        if (!auth.Succeeded)
        {
            logger.LogWarning("Refused /api/messages from {RemoteIp}: {Reason}", context.Connection.RemoteIpAddress, auth.Failure);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (activity?.Type is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var caller = auth.Caller!;
        if (!caller.IsAnonymous && ActivityMapper.Tenant(activity) is null)
        {
            // With an app id every workspace is a tenant; an activity that names none is never filed under a shared one.
            logger.LogWarning("Refused activity {ActivityId} from channel {ChannelId}: it names no tenant", activity.Id, activity.ChannelId);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == ActivityMapper.AdaptiveCardActionInvoke:
                await HandleCardActionAsync(context, activity, caller);
                return;
            case ActivityTypes.Invoke when activity.Name == Files.FileConsentHandler.InvokeName:
                await fileConsent.HandleAsync(context, activity, caller);
                return;
            case ActivityTypes.Invoke:
                // The SDK's answer to an invoke nobody handles.
                context.Response.StatusCode = StatusCodes.Status501NotImplemented;
                return;
        }

        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            await installations.HandleAsync(activity, caller, cancellationToken);
        }

        var turn = activity.Type switch
        {
            ActivityTypes.Message => ActivityMapper.Message(activity, caller, time.GetUtcNow()),
            ActivityTypes.ConversationUpdate when ActivityMapper.BotWasAdded(activity) => ActivityMapper.ConversationStarted(activity, caller, time.GetUtcNow()),
            _ => null,
        };
        if (turn is null)
        {
            // installationUpdate arrives together with the conversationUpdate that greets; other types need nothing.
            logger.LogDebug("Acknowledged {Type} {Action} in conversation {ConversationId}", activity.Type, activity.Action, activity.Conversation?.Id);
            await WriteAcknowledgementAsync(context, expectReplies);
            return;
        }

        if (expectReplies)
        {
            await HandleExpectRepliesAsync(context, activity, turn, caller);
            return;
        }

        if (string.IsNullOrEmpty(turn.Id))
        {
            // No id to recognise a repeat by (a hand-written client): this delivery is its own key.
            turn = turn with { Id = "noid:" + Guid.NewGuid().ToString("N") };
        }

        if (!await background.EnqueueAsync(new TurnRequest<TeamsReply>(turn, new TeamsReply(activity, caller)), cancellationToken))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task HandleExpectRepliesAsync(HttpContext context, Activity activity, IncomingActivity turn, CallerIdentity caller)
    {
        var cancellationToken = context.RequestAborted;
        List<Activity> replies = [];
        if (await firstDelivery.IsFirstAsync(turn, cancellationToken))
        {
            turn = await members.EnrichAsync(turn, activity, caller, cancellationToken);

            // A failing turn answers with the apology in the body, like any other answer.
            var result = await runner.RunAsync(turn, cancellationToken);
            if (result.ReplaceCard is { } replacement && !string.IsNullOrEmpty(activity.ReplyToId))
            {
                // There is no Connector to PUT to: the caller gets the replacement as a messageUpdate for that activity id.
                replies.Add(OutgoingActivityFactory.Create(TurnDelivery.Replaceable(replacement), activity.Locale)[0].AsReplyTo(activity) with
                {
                    Type = ActivityTypes.MessageUpdate,
                    Id = activity.ReplyToId,
                });
            }

            replies.AddRange(TurnDelivery.Messages(result)
                .SelectMany(m => OutgoingActivityFactory.Create(m, activity.Locale))
                .Select(a => a.AsReplyTo(activity) with { Id = Guid.NewGuid().ToString("N"), Timestamp = time.GetUtcNow() }));
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new ExpectedReplies(replies), TeamsJsonContext.Default.ExpectedReplies, cancellationToken: cancellationToken);
    }

    private async Task HandleCardActionAsync(HttpContext context, Activity activity, CallerIdentity caller)
    {
        var cancellationToken = context.RequestAborted;
        var turn = ActivityMapper.CardAction(activity, caller, time.GetUtcNow());
        if (turn is null)
        {
            await WriteInvokeAsync(context, HttpStatusCode.BadRequest, Error("BadRequest", "Expected an Action.Execute with a verb."));
            return;
        }

        if (!await firstDelivery.IsFirstAsync(turn, cancellationToken))
        {
            await WriteInvokeAsync(context, HttpStatusCode.OK, Message("Already done."));
            return;
        }

        turn = await members.EnrichAsync(turn, activity, caller, cancellationToken);
        var result = await runner.RunAsync(turn, cancellationToken);
        if (result.IsApology)
        {
            // The invoke's own message, so it shows beside the card, which stays in place to be pressed again.
            await WriteInvokeAsync(context, HttpStatusCode.OK, Message(TurnApology.Text));
            return;
        }

        AdaptiveCardInvokeResponse response;
        if (result.ReplaceCard is { } replacement)
        {
            var card = OutgoingActivityFactory.Create(TurnDelivery.Replaceable(replacement), activity.Locale)[0].Attachments![0].Content!.Value;
            response = new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, card);
        }
        else if (result.InputErrors is { Count: > 0 } errors)
        {
            // Keep the card (and what was typed) in place; Teams shows this text beside it.
            response = Message("Please check: " + string.Join("; ", errors.Values));
        }
        else
        {
            response = Message("Done.");
        }

        // Replies are ordinary messages; post them after answering so the invoke is not held up. The turn has run
        // (it may have saved something), so they are queued even when the queue is full.
        var withoutErrors = result with { InputErrors = result.ReplaceCard is null ? null : result.InputErrors, ReplaceCard = null };
        if (TurnDelivery.Messages(withoutErrors).Any())
        {
            var request = new TurnRequest<TeamsReply>(turn, new TeamsReply(activity, caller));
            await background.EnqueueMustNotDropAsync(new PendingDelivery<TeamsReply>(request, withoutErrors), CancellationToken.None);
        }

        await WriteInvokeAsync(context, HttpStatusCode.OK, response);
    }

    private static Task WriteAcknowledgementAsync(HttpContext context, bool expectReplies)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return expectReplies
            ? context.Response.WriteAsJsonAsync(new ExpectedReplies([]), TeamsJsonContext.Default.ExpectedReplies, cancellationToken: context.RequestAborted)
            : Task.CompletedTask;
    }

    private static Task WriteInvokeAsync(HttpContext context, HttpStatusCode status, AdaptiveCardInvokeResponse body)
    {
        context.Response.StatusCode = (int)status;
        return context.Response.WriteAsJsonAsync(body, TeamsJsonContext.Default.AdaptiveCardInvokeResponse, cancellationToken: context.RequestAborted);
    }

    private static AdaptiveCardInvokeResponse Message(string text)
        => new(200, AdaptiveCardInvokeResponse.MessageType, JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String));

    private static AdaptiveCardInvokeResponse Error(string code, string message)
        => new(400, AdaptiveCardInvokeResponse.ErrorType, JsonSerializer.SerializeToElement(new ErrorBody(code, message), TeamsJsonContext.Default.ErrorBody));
}
