namespace AlignmentBot.Application.Ports;

/// <summary>Encrypts secrets before they are stored and decrypts them when a connection is used (ASP.NET Core Data Protection underneath).</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the keys that protected it are gone.</summary>
    string Unprotect(string protectedSecret);
}
