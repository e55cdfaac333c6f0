namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>The OpenID metadata or keys document could not be fetched and no earlier copy is cached.</summary>
public sealed class SigningKeysUnavailableException(string message, Exception inner) : Exception(message, inner);
