using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// The lead a question was just answered about: "@Sam could you have a look at the hooli robotics lead?" answered with the
/// one waiting Hooli Robotics lead keeps it the topic for the next message, so "hooli's fine, we'll take it" (a company word
/// two waiting leads share) is that lead's verdict rather than "Which hooli lead?". Only a lead still waiting is kept, and only
/// for the next message; the verdict still goes through the lead dialog and its permission check.
/// </summary>
public static class LeadInTalk
{
    public const string Talk = "lead-talk";

    /// <summary>Set on the turn by the answer that told about one waiting lead.</summary>
    public sealed record Told(string ExternalId);

    /// <summary>Set on the next turn for the lead dialog: the lead talked about in the message before.</summary>
    public sealed record Topic(string ExternalId);

    public static RecentAction Talked(string externalId) => new(Talk, externalId);
}
