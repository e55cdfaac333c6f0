using System.Text.RegularExpressions;

namespace AlignmentBot.Application.People;

/// <summary>
/// Who is waiting for a role, asked in any words: "anyone waiting for a role?", "who's waiting for a role?", "any newcomers
/// waiting on approval?", "who needs a role?". Read from two small cues in one message rather than one sentence shape per
/// phrasing: what is waited for (a role, access, approval, a newcomer) and the waiting (waiting, pending, requests, asked
/// for, needs, to approve), without the speaker asking about their own role ("I'm waiting for my role") or how to ask for
/// one. Read as <see cref="RoleCommandKind.ListRequests"/>: an admin gets the requests with Approve and Decline.
/// </summary>
public static partial class RoleWaiting
{
    /// <summary>Whether <paramref name="text"/> asks who is waiting for a role.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.ToLowerInvariant().Replace('’', '\'');
        return Topic().IsMatch(t) && Waiting().IsMatch(t) && !Other().IsMatch(t);
    }

    [GeneratedRegex(@"\b(?:roles?|access|approv\w*|newcomers?|new\s+(?:people|joiners?|folks|starters?))\b|\banyone\s+new\b")]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:wait\w*|wating|awaiting|pending|requests?|requested|asked\s+for|queue[ds]?|outstanding|needs?\s+(?:an?\s+)?(?:role|access|approval)|wants?\s+(?:an?\s+)?role|(?:need|have|got)\s+to\s+approve)\b")]
    private static partial Regex Waiting();

    /// <summary>
    /// The speaker's own role or how to get one ("I'm waiting for my role", "how do I request a role?"), or something else
    /// waiting for approval ("which leads are pending approval?", "any requests waiting for approval?": requests logged
    /// against goals, not role requests).
    /// </summary>
    [GeneratedRegex(@"\b(?:i'?m|i\s+am|my\s+role|me\s+a\s+role)\b|\bhow\s+(?:do|can|would)\s+i\b|\b(?:leads?|sla|agreement|goals?|budget|spend|digest|campaigns?)\b|(?<!\brole\s|\baccess\s)\brequests?\b(?!\s+for\s+(?:an?\s+)?(?:roles?|access))")]
    private static partial Regex Other();
}
