using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Interactivity;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// Interactive payloads, each to its handler: button presses (block_actions), the button that opens a form as a
/// modal, modal submissions (view_submission) and the "Log as marketing request" message shortcut. A submission
/// runs the bot inside Slack's budget so invalid fields can be shown in the open modal; everything else is queued
/// and acknowledged first.
/// </summary>
internal sealed class SlackInteractionDispatcher(
    SlackBlockActionHandler actions,
    SlackOpenFormHandler openForm,
    SlackViewSubmissionHandler submissions,
    SlackMessageShortcutHandler shortcuts,
    ResponseUrlClient responseUrls,
    ILogger<SlackInteractionDispatcher> logger)
{
    public ValueTask<SlackAck> HandleAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (payload.Team?.Id is null || payload.User?.Id is null)
        {
            logger.LogWarning("Slack {Type} payload without team or user ignored", payload.Type);
            return ValueTask.FromResult(SlackAck.Ok);
        }

        responseUrls.Register(payload.ResponseUrl, receivedAt);
        return payload.Type switch
        {
            InteractionPayload.BlockActions when payload.Actions is [{ ActionId: SlackIds.OpenFormAction }, ..] => openForm.AcceptAsync(payload, receivedAt, cancellationToken),
            InteractionPayload.BlockActions when payload.Actions is [_, ..] => actions.AcceptAsync(payload, receivedAt, cancellationToken),
            InteractionPayload.ViewSubmission when payload.View?.CallbackId == SlackIds.FormCallback => new ValueTask<SlackAck>(submissions.AcceptAsync(payload, receivedAt, cancellationToken)),
            InteractionPayload.MessageAction when payload.CallbackId == SlackIds.LogRequestShortcut => shortcuts.AcceptAsync(payload, receivedAt, cancellationToken),
            _ => ValueTask.FromResult(SlackAck.Ok),
        };
    }
}
