using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Slack.Diagnostics;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>The Slack token against Slack itself (auth.test), its scopes against what the bot needs, and how Slack reaches the bot.</summary>
internal static class SlackCheck
{
    public const string Token = "Slack bot token";
    public const string Scopes = "Slack scopes";
    public const string Delivery = "Slack requests";

    public static async Task<IReadOnlyList<DoctorResult>> RunAsync(SlackOptions? options, HttpClient http, CancellationToken cancellationToken)
    {
        if (options is null)
        {
            return [DoctorResult.Skip("Slack", "not checked: the Slack settings cannot be read (see Configuration)")];
        }

        if (!options.Enabled)
        {
            return [DoctorResult.Skip("Slack", "off: Slack:BotToken is not set")];
        }

        var results = new List<DoctorResult>();
        var token = await SlackDiagnostics.CheckBotTokenAsync(http, options, cancellationToken);
        if (!token.Ok)
        {
            results.Add(DoctorResult.Fail(Token, $"auth.test at {options.ApiBaseUri} answered {token.Error}", TokenFix(token.Error!, options)));
        }
        else
        {
            results.Add(DoctorResult.Pass(Token, $"valid: workspace {token.Team} ({token.TeamId}), bot user {token.BotUserId}{(token.BotId is null ? "" : $" (bot {token.BotId})")}"));
            results.Add(token.GrantedScopes is null
                ? DoctorResult.Skip(Scopes, "not checked: Slack did not list the token's scopes (no x-oauth-scopes header)")
                : token.MissingScopes.Count == 0
                    ? DoctorResult.Pass(Scopes, $"all {SlackScopes.Required.Count} the bot needs: {string.Join(", ", SlackScopes.Required)}")
                    : DoctorResult.Fail(Scopes, "missing " + string.Join("; ", token.MissingScopes.Select(s => $"{s} (for {SlackScopes.UsedFor(s)})")),
                        "add them under OAuth & Permissions → Bot Token Scopes (or paste manifests/slack/manifest.yaml under App Manifest), then reinstall the app: the token keeps its old scopes until then"));
        }

        if (options.UseSocketMode)
        {
            var error = await SlackDiagnostics.CheckAppTokenAsync(http, options, cancellationToken);
            results.Add(error is null
                ? DoctorResult.Pass(Delivery, "Socket Mode: the app-level token opens connections (no public URL needed)")
                : DoctorResult.Fail(Delivery, $"Socket Mode: apps.connections.open answered {error}",
                    "Slack:AppToken must be an app-level token (xapp-…) with connections:write from Basic Information → App-Level Tokens, and Socket Mode must be on for the app"));
        }
        else
        {
            results.Add(string.IsNullOrWhiteSpace(options.SigningSecret)
                ? DoctorResult.Fail(Delivery, "HTTP: Slack:SigningSecret is not set, so POST /slack/events refuses every request",
                    "set Slack__SigningSecret from Basic Information → App Credentials, or set Slack__AppToken to use Socket Mode instead")
                : DoctorResult.Pass(Delivery, "HTTP at POST /slack/events, every request checked against Slack:SigningSecret (Slack must reach this host over HTTPS)"));
        }

        return results;
    }

    private static string TokenFix(string error, SlackOptions options) => error switch
    {
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "account_inactive" or "not_configured"
            => "Slack:BotToken is not a live bot token: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, reinstalling the app if it was removed",
        "ratelimited" => "Slack is rate-limiting this token; run doctor again in a minute",
        _ when error.StartsWith("request_failed", StringComparison.Ordinal) || error.StartsWith("http_", StringComparison.Ordinal)
            => $"cannot reach Slack's Web API at {options.ApiBaseUri}: allow outbound HTTPS to slack.com (set HTTPS_PROXY if a proxy is required) and check Slack:ApiBaseUrl",
        _ => "see Slack's error code above (docs.slack.dev, method auth.test)",
    };
}
