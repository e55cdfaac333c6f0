using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Schema;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// Where and how to answer a Bot Framework activity: the inbound activity (serviceUrl, conversation, its id and
/// replyToId, sender and bot) and who called, for the Connector token's audience. Both are wire data, so a queued
/// turn can be stored as it is and answered from another instance.
/// </summary>
internal sealed record TeamsReply(Activity Inbound, CallerIdentity Caller);
