using System.Text.RegularExpressions;

namespace AlignmentBot.Application.People;

/// <summary>
/// Asking who the workspace's admins are, or who grants roles and admin rights or changes the workspace settings, at any
/// point and not only right after a refusal: "fine, who are the admins then?", "who approves roles around here anyway?",
/// "who do I talk to about getting admin rights in here?", "who's allowed to change our currency?". Answered by naming the
/// admins the permission gate knows (<see cref="RoleCommandKind.WhoAdmins"/>); nothing changes. Read from small cues rather
/// than a sentence per phrasing: a word asking who ("who", "which of us", "anyone know who", "is there an admin"), and
/// after it either the admin word, a role or permission with a word of granting or handling it ("approves roles", "hands
/// out access", "handles role requests"), or a workspace setting with a word of being able or going to someone ("who can
/// change the time zone", "who would I go to about the fiscal year"). Who did something ("who made Priya an admin?", "who
/// changed the currency?"), who owns a goal, who may accept leads or sign the agreement name none of these and stay with
/// their own readers. Docs: docs/scenarios.md, "Paraphrase tables" (kind admins-question).
/// </summary>
public static partial class AdminsQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks who administers the workspace (its admins, roles or settings).</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        if (ListAdmins().IsMatch(t) || IsThereAnAdmin().IsMatch(t))
        {
            return true;
        }

        if (Who().Match(t) is not { Success: true } who || DidIt().IsMatch(t))
        {
            return false;
        }

        var after = t[who.Index..];
        if (AdminWord().IsMatch(after))
        {
            return true;
        }

        if (RoleWord().IsMatch(after) && Grants().IsMatch(after))
        {
            return true;
        }

        return SettingWord().IsMatch(after) && MayOrGoTo().IsMatch(after);
    }

    // "who", "whom", "which of us", "which person", "which people": asking who.
    [GeneratedRegex(@"\bwhom?\b|\bwhich\s+(?:of\s+us|one\s+of\s+us|person|people|ones?)\b", Options)]
    private static partial Regex Who();

    // "list the admins pls", "show me the admins".
    [GeneratedRegex(@"^(?:\w+[,!]?\s+)?(?:list|show)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?|our\s+)?(?:admins|administrators)\b", Options)]
    private static partial Regex ListAdmins();

    // "is there an admin I can ask?", "do we have an admin?".
    [GeneratedRegex(@"\b(?:is\s+there|do\s+we\s+have|have\s+we\s+got)\s+(?:an?\s+|any\s+)?(?:admins?|administrators?)\b", Options)]
    private static partial Regex IsThereAnAdmin();

    // Who did it, or owns it: a fact about the past or a goal, not who administers ("who made Priya an admin?", "who set
    // the MQL target?", "who approved the SLA?").
    [GeneratedRegex(@"\bwho\s+(?:\w+\s+)?(?:set|made|changed|added|removed|approved|signed|created|edited|updated|rejected|accepted|logged|owns|owned|granted|gave|handed|declined|hasn't|has\s+not|didn't|did)\b", Options)]
    private static partial Regex DidIt();

    // The admin word, or admin rights, access, or administering.
    [GeneratedRegex(@"\badmin(?:s|istrators?|ister\w*)?\b", Options)]
    private static partial Regex AdminWord();

    [GeneratedRegex(@"\b(?:roles?|role\s+requests?|permissions?|access|rights)\b", Options)]
    private static partial Regex RoleWord();

    // A word of granting or handling roles: approves, grants, gives (out), hands out, assigns, manages, handles, decides, sets up.
    [GeneratedRegex(@"\b(?:approv\w*|grant\w*|giv\w*|give|hand\w*|assign\w*|manag\w*|decid\w*|sets?\s+up|sort\w*|control\w*|in\s+charge)\b", Options)]
    private static partial Regex Grants();

    [GeneratedRegex(@"\b(?:settings?|config(?:uration)?|currency|time\s*zone|tz|fiscal|financial\s+year|fy|work\s*week|working\s+week|working\s+days|industry|region|company\s+name|annual\s+revenue)\b", Options)]
    private static partial Regex SettingWord();

    // Being able or allowed to change it, being in charge of it, or going to someone about it.
    [GeneratedRegex(@"\b(?:can|could|may|allowed|able|permitted|gets?\s+to|in\s+charge|responsible|go\s+to|talk|speak|ask|ping|bug|contact|change\w*|updat\w*|switch\w*|edit\w*|manag\w*|control\w*)\b", Options)]
    private static partial Regex MayOrGoTo();
}
