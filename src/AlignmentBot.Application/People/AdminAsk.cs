using System.Text.RegularExpressions;

namespace AlignmentBot.Application.People;

/// <summary>
/// Asking to be made an admin oneself, in any words: "can I be admin?", "could I get admin access?", "how do I become an
/// admin?", "add me to the admins", "can you make me an admin so I can change the currency?". Read from small cues rather
/// than one more sentence shape per phrasing: the admin word, the speaker before it in its clause (me, I, my, for me after
/// it), and nothing in that clause that makes it about someone else ("the admin asked me"), a denial ("I don't want to be
/// an admin"), a removal or a question about who is one ("am I an admin?"). Read as <see cref="RoleCommandKind.MakeAdmin"/>
/// for "me", so the gate answers who may grant it, as it does for "make me an admin".
/// </summary>
public static partial class AdminAsk
{
    /// <summary>Whether <paramref name="text"/> asks for admin rights for the one who wrote it.</summary>
    public static bool IsAskingForSelf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 240)
        {
            return false;
        }

        var t = text.ToLowerInvariant().Replace('’', '\'');
        foreach (Match admin in AdminWord().Matches(t))
        {
            // The clause the admin word is in: from the last boundary before it to the next one after it.
            var start = LastBoundary(t, admin.Index);
            var before = t[start..admin.Index];
            var afterEnd = NextBoundary(t, admin.Index + admin.Length);
            var after = t[(admin.Index + admin.Length)..afterEnd];

            // "the admin asked me", "ask the admin": someone who is the admin, unless the speaker joins them ("add me to the admins").
            if (TheAdmin().IsMatch(before) && !JoinThem().IsMatch(before))
            {
                continue;
            }

            var forMe = ForMeAfter().IsMatch(after);
            if (!(Self().IsMatch(before) || forMe || ImpliedSelf().IsMatch(before)))
            {
                continue;
            }

            if (Denial().IsMatch(before) || Removal().IsMatch(before) || StatusQuestion().IsMatch(before))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static int LastBoundary(string t, int before)
    {
        var best = 0;
        foreach (Match b in Boundary().Matches(t[..before]))
        {
            best = b.Index + b.Length;
        }

        return best;
    }

    private static int NextBoundary(string t, int from) => Boundary().Match(t, from) is { Success: true } b ? b.Index : t.Length;

    /// <summary>"admin", "admins", "administrator", and the typo "admn".</summary>
    [GeneratedRegex(@"\badm(?:in|n)(?:istrator)?s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex AdminWord();

    /// <summary>Where a clause ends: sentence punctuation, a comma, a spaced dash, "so (that)", "because".</summary>
    [GeneratedRegex(@"[.!?;,:]+|\s[-–—]+\s|\s(?:so|because|cos|since|but)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    /// <summary>The speaker before the admin word: "make me", "can I", "I'd like", "my".</summary>
    [GeneratedRegex(@"\b(?:me|i|i'd|i'm|i've|myself|my)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Self();

    /// <summary>"would it be possible to get admin", "any way to become an admin": asked for whoever asks.</summary>
    [GeneratedRegex(@"\b(?:possible|way|chance|how)\b.*\bto\s+(?:get|have|become|be(?:\s+made)?)\s+(?:an?\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ImpliedSelf();

    /// <summary>"admin rights for me", "admin for myself".</summary>
    [GeneratedRegex(@"^\s*(?:rights|access|privileges|permissions?|role|status)?\s*for\s+(?:me|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForMeAfter();

    /// <summary>"the admin", "our admin", "an admin asked": a person who is one, when said right before the word.</summary>
    [GeneratedRegex(@"\b(?:the|our|your|their|ur)\s+(?:workspace\s+|bot\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TheAdmin();

    /// <summary>"add me to the admins", "put me among the admins": joining them.</summary>
    [GeneratedRegex(@"\b(?:to|among|into|in|with)\s+(?:the|our)\s+(?:workspace\s+|bot\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinThem();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|don't|dont|do\s+not|doesn't|won't|wouldn't|isn't|aren't|stop)\b|n't\b", RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:remove|revoke|take\s+away|drop|strip|demote|unmake)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Removal();

    /// <summary>"am I an admin?", "who made me an admin?", "why am I admin": a question about it, not an ask.</summary>
    [GeneratedRegex(@"\bam\s+i\b|\bi(?:'m|\s+am)\s+(?:an?\s+|the\s+)?$|\b(?:who|why|when)\b|\bwhat\s+(?:can|does|do)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatusQuestion();
}
