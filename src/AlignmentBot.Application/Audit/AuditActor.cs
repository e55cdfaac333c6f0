using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Audit;

/// <summary>Who made a change and where: a person in a conversation, or the command line, an import, the system.</summary>
/// <param name="PersonId">The platform's user id, for a person.</param>
/// <param name="ChannelId">"slack", "msteams", "webchat", "terminal", or "cli" for the command line.</param>
/// <param name="Place">How to name the conversation to a reader: "#marketing", "direct message".</param>
public sealed record AuditActor(
    AuditActorKind Kind,
    string Name,
    string? PersonId = null,
    string? ChannelId = null,
    string? ConversationId = null,
    string? Place = null)
{
    public const string CommandLineChannel = "cli";

    public static AuditActor CommandLine { get; } = new(AuditActorKind.CommandLine, "command line", ChannelId: CommandLineChannel, Place: "command line");

    public static AuditActor System { get; } = new(AuditActorKind.System, "system");

    public static AuditActor Person(string personId, string name, ConversationAddress where)
        => new(AuditActorKind.Person, string.IsNullOrWhiteSpace(name) ? personId : name, personId, where.ChannelId, where.ConversationId,
            where.IsGroup ? where.Name ?? where.ConversationId : "direct message");

    /// <summary>An import, run from wherever <paramref name="from"/> ran it (the command line, usually).</summary>
    public static AuditActor Import(AuditActor? from)
        => new(AuditActorKind.Import, "import", from?.PersonId, from?.ChannelId, from?.ConversationId, from?.Place);
}
