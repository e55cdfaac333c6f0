using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>
/// The signed JWT of the OAuth 2.0 JWT bearer flow: RS256 over {"iss": consumer key, "sub": username, "aud": login URL,
/// "exp": a few minutes ahead}, signed with the private key whose certificate is uploaded to the connected app.
/// </summary>
internal static class JwtBearerAssertion
{
    public static string Create(string clientId, string username, string audience, string privateKeyPem, DateTimeOffset now)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (ArgumentException ex)
        {
            throw new CryptographicException("The private key is not a PEM-encoded RSA key.", ex);
        }

        var header = Encode(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\"}"));
        using var payloadJson = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payloadJson))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", clientId);
            writer.WriteString("sub", username);
            writer.WriteString("aud", audience);
            writer.WriteNumber("exp", now.AddMinutes(3).ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        var signed = header + "." + Encode(payloadJson.ToArray());
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Encode(signature);
    }

    /// <summary>Salesforce wants the login host as audience: test.salesforce.com for sandboxes, login.salesforce.com otherwise.</summary>
    public static string Audience(Uri loginUrl)
        => loginUrl.Host.Contains("test.salesforce.com", StringComparison.OrdinalIgnoreCase) || loginUrl.Host.Contains(".sandbox.", StringComparison.OrdinalIgnoreCase)
            ? "https://test.salesforce.com"
            : "https://login.salesforce.com";

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
