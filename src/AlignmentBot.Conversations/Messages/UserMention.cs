namespace AlignmentBot.Conversations.Messages;

/// <summary>A person mentioned in a message: Slack "&lt;@U123&gt;", a Teams mention entity.</summary>
/// <param name="Id">The mentioned person's key, as <see cref="UserRef.Id"/> would be for them.</param>
/// <param name="Name">The name the platform gave, when it gave one.</param>
/// <param name="Text">The mention as it appears in <see cref="IncomingActivity.Text"/>, so it can be told apart from the words around it.</param>
public sealed record UserMention(string Id, string? Name, string Text)
{
    /// <summary>Teams: the mentioned channel account id ("29:…") when <see cref="Id"/> is the AAD object id.</summary>
    public string? AddressId { get; init; }
}
