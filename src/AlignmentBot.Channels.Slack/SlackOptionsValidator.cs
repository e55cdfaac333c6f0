using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack;

/// <summary>Start-up checks. Messages name the setting, never its value.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Slack:ApiBaseUrl must be an absolute http(s) URL, e.g. https://slack.com/api/.");
        }

        if (!string.IsNullOrWhiteSpace(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken must be a bot token (it starts with xoxb-).");
        }

        if (!string.IsNullOrWhiteSpace(options.AppToken) && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add("Slack:AppToken must be an app-level token (it starts with xapp-).");
        }

        if (options.SocketMode == true && string.IsNullOrWhiteSpace(options.AppToken))
        {
            errors.Add("Slack:SocketMode is true but Slack:AppToken is not set; create an app-level token with connections:write.");
        }

        if (options.SocketConnections is < 1 or > 10)
        {
            errors.Add("Slack:SocketConnections must be between 1 and 10 (Slack allows at most 10).");
        }

        if (options.PostMessagesPerMinute is < 1 or > 60_000)
        {
            errors.Add("Slack:PostMessagesPerMinute must be between 1 and 60000 (default 300).");
        }

        if (options.SubmissionBudget <= TimeSpan.Zero || options.SubmissionBudget > TimeSpan.FromSeconds(2.8))
        {
            errors.Add("Slack:SubmissionBudget must be positive and leave time within Slack's 3-second deadline (at most 00:00:02.8).");
        }

        var retry = options.Retry;
        if (retry.Timeout < TimeSpan.FromSeconds(1) || retry.AttemptTimeout < TimeSpan.FromSeconds(1) || retry.BaseDelay <= TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
        {
            errors.Add("Slack:Retry: Timeout and AttemptTimeout must be at least 00:00:01, BaseDelay positive and MaxDelay at least BaseDelay (defaults 00:02:00, 00:00:15, 00:00:01, 00:00:30).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
