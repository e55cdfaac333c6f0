using System.Net;
using AlignmentBot.Channels.Teams.Configuration;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Where the bot may send Connector calls. An activity's serviceUrl is where its answer goes, so a serviceUrl the bot
/// trusted blindly would make it POST, with its own token, to any address a caller names. With an app id the inbound
/// token's serviceurl claim must already match; this check adds that the host is a Bot Connector host
/// (<see cref="BotFrameworkOptions.AllowedServiceUrlHosts"/>). Without one (local development) only this machine is allowed.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
{
    private readonly BotFrameworkOptions _options = options.Value;

    /// <summary>Null when the bot may call <paramref name="serviceUrl"/>; otherwise why not (safe to log).</summary>
    public string? Problem(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return "the serviceUrl is not an http(s) address";
        }

        if (!_options.AuthenticationEnabled)
        {
            return IsLoopback(uri) ? null : $"without a MicrosoftAppId replies go to this machine only, not to {uri.Host}";
        }

        if (uri.Scheme != "https" && !IsLoopback(uri))
        {
            return $"the serviceUrl for {uri.Host} is not https";
        }

        return _options.EffectiveAllowedServiceUrlHosts.Any(allowed => Matches(uri.IdnHost, allowed))
            ? null
            : $"{uri.Host} is not an allowed Bot Connector host (BotFramework:AllowedServiceUrlHosts)";
    }

    /// <summary>Throws a <see cref="ConnectorException"/> that is never retried when the address is not allowed.</summary>
    public void EnsureAllowed(string serviceUrl)
    {
        if (Problem(serviceUrl) is { } problem)
        {
            throw new ConnectorException($"Refused to call the Connector: {problem}.", null, "ServiceUrlNotAllowed", permanent: true);
        }
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1.</summary>
    public static bool IsLoopback(Uri uri)
        => string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool Matches(string host, string allowed)
    {
        allowed = allowed.Trim();
        return allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase);
    }
}
