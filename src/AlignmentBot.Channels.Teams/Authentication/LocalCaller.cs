using System.Net;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>
/// Whether a request without a token may be served (the anonymous local mode, no MicrosoftAppId): it must come from
/// this machine, directly, and name this machine. A reverse proxy on the same machine would make every caller look
/// local, so any forwarding header refuses the request; a web page elsewhere can reach a loopback port through DNS
/// rebinding (its own name pointed at 127.0.0.1), so a Host header other than localhost or a loopback address refuses it too.
/// </summary>
internal static class LocalCaller
{
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded", "X-Real-IP"];

    /// <summary>Null when the request is from this machine, direct and addressed to it; otherwise why not (safe to log).</summary>
    public static string? Problem(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip))
        {
            return "the caller is not on this machine";
        }

        if (ForwardingHeaders.FirstOrDefault(h => context.Request.Headers.ContainsKey(h)) is { } header)
        {
            return $"the request carries {header}, so a proxy relayed it";
        }

        var host = context.Request.Host;
        return host.HasValue && IsLoopbackName(host.Host)
            ? null
            : $"the Host header names {(host.HasValue ? host.Host : "nothing")}, not this machine";
    }

    /// <summary>localhost or a loopback address (127.0.0.0/8, ::1); any other name could be an attacker's, pointed at 127.0.0.1.</summary>
    private static bool IsLoopbackName(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
