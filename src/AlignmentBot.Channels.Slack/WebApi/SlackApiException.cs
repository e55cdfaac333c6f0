using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>A Web API call that Slack answered with ok:false (or could not be made). <see cref="Error"/> is Slack's code.</summary>
public sealed class SlackApiException : Exception, IPermanentFailure
{
    /// <summary>Errors where retrying the same call cannot help: the bot is gone, the channel is gone, the token is bad.</summary>
    private static readonly HashSet<string> PermanentErrors = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth", "not_authed",
        "token_revoked", "token_expired", "no_permission", "missing_scope", "user_not_found", "user_disabled",
        "team_access_not_granted", "restricted_action", "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel", "cannot_dm_bot",
        "ekm_access_denied", "msg_too_long", "invalid_blocks", "invalid_blocks_format", "too_many_attachments",
        "team_disabled", "user_removed_from_team", "invalid_arguments", "not_allowed_token_type",
    };

    /// <summary>Slack's own codes for trouble on its side (the Web API documents them for every method): worth another try.</summary>
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "request_failed", "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
    };

    public SlackApiException(string method, string error, string? detail = null)
        : base(detail is null ? $"Slack {method} failed: {error}" : $"Slack {method} failed: {error} ({detail})")
    {
        Method = method;
        Error = error;
    }

    public SlackApiException(string method, string error, string? detail, Exception innerException)
        : base(detail is null ? $"Slack {method} failed: {error}" : $"Slack {method} failed: {error} ({detail})", innerException)
    {
        Method = method;
        Error = error;
    }

    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "request_failed";
    }

    public string Method { get; }

    /// <summary>Slack's error code ("channel_not_found"), or ours for transport failures ("http_503", "request_failed", "ratelimited").</summary>
    public string Error { get; }

    public bool IsPermanent => PermanentErrors.Contains(Error);

    /// <summary>Slack may still manage it a little later: its side or the network failed, or it asked us to slow down.</summary>
    public bool IsTransient => TransientErrors.Contains(Error) || Error is "http_408" || (Error.StartsWith("http_5", StringComparison.Ordinal) && Error.Length == 8);

    /// <summary>
    /// The request may have been carried out although no answer said so (a timeout, a connection cut after sending, a
    /// 5xx): sending it again could do it twice.
    /// </summary>
    public bool MayHaveLanded { get; init; }

    /// <summary>How long Slack asked us to wait (Retry-After), when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
