using Microsoft.IdentityModel.Tokens;

namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>One fetch of an OpenID keys document: the keys, and for each key id the channels it is endorsed for.</summary>
internal sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
{
    public bool Contains(string? kid) => kid is not null && Keys.Any(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));
}
