using System.Net.Http.Headers;
using AlignmentBot.Channels.Teams.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>
/// Checks an inbound request the way the Bot Connector requires (bot-docs "Authentication with the Bot Connector
/// API"; botbuilder-dotnet JwtTokenExtractor): bearer JWT, issuer, audience = our app id, lifetime with five
/// minutes of skew, a signing key from the OpenID keys document that is endorsed for the activity's channel, and
/// a serviceurl claim equal to the activity's serviceUrl. Bot-to-bot (skill) tokens are accepted only from
/// configured callers. Nothing here can be switched off except by leaving the app id empty, which limits the
/// endpoint to this machine.
/// </summary>
internal sealed class BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, OpenIdKeyCache keys, TimeProvider time)
{
    private readonly BotFrameworkOptions _options = options.Value;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <param name="notLocalBecause">Null when the request comes from this machine, directly and addressed to it (<see cref="LocalCaller"/>); otherwise why not.</param>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, string? channelId, string? serviceUrl, string? notLocalBecause, CancellationToken cancellationToken)
    {
        if (!_options.AuthenticationEnabled)
        {
            // The anonymous local mode: this machine only, and its answers go back in the response or to this machine.
            if (notLocalBecause is not null)
            {
                return AuthenticationResult.Fail($"no MicrosoftAppId configured and {notLocalBecause}");
            }

            return serviceUrl is null || Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && Connector.ServiceUrlPolicy.IsLoopback(uri)
                ? AuthenticationResult.Ok(CallerIdentity.Anonymous)
                : AuthenticationResult.Fail("no MicrosoftAppId configured and the activity's serviceUrl is not on this machine");
        }

        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return AuthenticationResult.Fail("missing or malformed Authorization header");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(header.Parameter);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("the bearer value is not a JWT");
        }

        if (string.Equals(unverified.Issuer, AuthenticationConstants.BotConnectorIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(header.Parameter, unverified.Kid, channelId, serviceUrl, cancellationToken);
        }

        if (_options.AllowedCallers.Count > 0 && BotToBotIssuers().Contains(unverified.Issuer, StringComparer.Ordinal))
        {
            return await ValidateBotTokenAsync(header.Parameter, unverified, cancellationToken);
        }

        return AuthenticationResult.Fail("untrusted issuer");
    }

    private async Task<AuthenticationResult> ValidateChannelTokenAsync(string token, string? kid, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var signingKeys = await keys.GetAsync(_options.OpenIdMetadataUrl, kid, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters([AuthenticationConstants.BotConnectorIssuer], signingKeys));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return AuthenticationResult.Fail($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        // The key must be endorsed for the channel the activity claims to come from, so a key the Connector uses
        // for one channel cannot vouch for activities pretending to come from another.
        if (string.IsNullOrEmpty(channelId)
            || jwt.Kid is null
            || !signingKeys.Endorsements.TryGetValue(jwt.Kid, out var endorsements)
            || !endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail("signing key not endorsed for the activity's channel");
        }

        if (!jwt.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var claimedServiceUrl)
            || string.IsNullOrWhiteSpace(claimedServiceUrl)
            || !string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity's serviceUrl");
        }

        return AuthenticationResult.Ok(new CallerIdentity(_options.OAuthScope, IsAnonymous: false));
    }

    private async Task<AuthenticationResult> ValidateBotTokenAsync(string token, JsonWebToken unverified, CancellationToken cancellationToken)
    {
        var signingKeys = await keys.GetAsync(_options.BotOpenIdMetadataUrl, unverified.Kid, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(BotToBotIssuers(), signingKeys));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return AuthenticationResult.Fail($"bot token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        // Entra puts the caller in appid (v1 tokens) or azp (v2), as SkillValidation reads it.
        jwt.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var version);
        var callerClaim = version switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (callerClaim is null || !jwt.TryGetPayloadValue<string>(callerClaim, out var caller) || string.IsNullOrEmpty(caller))
        {
            return AuthenticationResult.Fail("bot token without a version or caller claim");
        }

        if (!_options.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("calling bot is not in BotFramework:AllowedCallers");
        }

        return AuthenticationResult.Ok(new CallerIdentity(caller, IsAnonymous: false, caller));
    }

    private TokenValidationParameters Parameters(IEnumerable<string> issuers, SigningKeys signingKeys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = _options.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = signingKeys.Keys,
        ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
        // Our own lifetime check so "now" comes from the injected clock.
        LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, time.GetUtcNow().UtcDateTime),
    };

    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now)
        => expires is { } exp
            && now <= exp.ToUniversalTime() + AuthenticationConstants.ClockSkew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - AuthenticationConstants.ClockSkew);

    private List<string> BotToBotIssuers()
    {
        var issuers = new List<string>(AuthenticationConstants.BotFrameworkTenantIssuers);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            issuers.Add($"https://sts.windows.net/{_options.MicrosoftAppTenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{_options.MicrosoftAppTenantId}/v2.0");
        }

        return issuers;
    }
}
