using System.Security.Cryptography;

namespace AlignmentBot.Application.Privacy;

/// <summary>
/// What a forgotten person becomes in the records that stay: "Former member 3f2a" where their name was, and an id
/// that stands for theirs ("former-3f2a91c04b7e"). Random, not derived from the person's id, so nobody who knows the
/// old id can find their records again; the same value replaces them everywhere in one go, so the records still
/// show that one person did these things.
/// </summary>
public sealed record Pseudonym(string Name, string Id)
{
    public static Pseudonym New()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return new Pseudonym($"Former member {token[..4]}", $"former-{token}");
    }
}
