using AlignmentBot.Application.Ports;
using Microsoft.AspNetCore.DataProtection;

namespace AlignmentBot.Storage.Secrets;

/// <summary>CRM credentials encrypted with ASP.NET Core Data Protection (authenticated encryption, keys rotated every 90 days).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    // The purpose isolates these payloads: nothing else protected by the app can be unprotected as a CRM secret.
    private readonly IDataProtector _protector = provider.CreateProtector("AlignmentBot.CrmSync.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
