using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// Asking to take back a verdict already given on a lead, named by id or company, whoever gave it: "can you undo the
/// rejection on 1252? that was a mistake", "wait, undo sam's one on hooli", "un-reject 1252 pls", "put 1167 back to pending".
/// Read from small cues rather than one phrasing each: a verb of taking back (undo, reverse, revert, reopen, restore, roll
/// back, "un-" before a verdict, or put/mark/flip … back or pending again), a lead named as <see cref="LeadVerdicts"/> finds
/// one (an id, a known company's first words), and no question about it ("why was 1252 rejected?") and no "don't" before the
/// verb. "Undo that" with no lead named is the recent action's (<c>RecentCorrections</c>), not this. The caller checks who may
/// undo it (the one who decided it, or an admin), so a rep undoing the sales lead's verdict is refused naming them.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind verdict-undo).
/// </summary>
public static partial class VerdictUndo
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The lead whose verdict the text takes back, as named ("1252", "hooli robotics"), or null when it takes none back.</summary>
    public static string? Read(string? text, IEnumerable<string> companies)
    {
        if (Shape(text) is not { } t || LeadVerdicts.Named(t, companies) is not { } lead)
        {
            return null;
        }

        // A short number beside a goal's words ("undo the 250 target") is a figure, not a lead's id.
        return LeadHistory.IsId(lead) && lead.Length < 4 && !VerdictWord().IsMatch(t) ? null : lead;
    }

    /// <summary>Whether the text takes something back, before any lead is looked for (so the caller fetches companies only then).</summary>
    public static bool Shaped(string? text) => Shape(text) is not null;

    private static string? Shape(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Bot.AsideOpeners.WithoutGreeting(text.Trim()).Replace('’', '\'').ToLowerInvariant();
        return Asked().IsMatch(t) || TakeBack().Match(t) is not { Success: true } verb || Denied().IsMatch(t[..verb.Index]) ? null : t;
    }

    /// <summary>A question about a lead rather than an ask: "why was 1252 rejected?", "who binned hooli?", "is 1252 still pending?".</summary>
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|oh\s+|wait\W+)?(?:who|whom|what|which|why|how|when|where|is|are|was|were|did|does|has|have)\b", Options)]
    private static partial Regex Asked();

    /// <summary>Taking back: undo (and its typos), reverse, revert, reopen, restore, roll back, un-reject, scratch … verdict; or put/mark/flip … back, pending again, out of rejected.</summary>
    [GeneratedRegex(@"\b(?:un+do+|undoo|reverse|revert|re-?open|restore|roll\s*back|reset|scrap|cancel|back\s+out|take\s+back|un-?(?:reject|accept|bin|decline|approve|trash|junk)\w*|scratch\s+(?:(?:my|the|that|this|his|her|their|\w+'s)\s+)?(?:verdict|decision|call|rejection|acceptance))\b|\b(?:take|put|flip|set|move|mark|change|turn|send)\b[^.?!]{0,40}?(?:\bback\b|\bout\s+of\s+(?:rejected|accepted|the\s+bin)\b|\bpending\s+again\b|\b(?:as|to)\s+pending\b)", Options)]
    private static partial Regex TakeBack();

    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|never|no\s+need\s+to|not)\s+(?:\w+\s+)?$", Options)]
    private static partial Regex Denied();

    [GeneratedRegex(@"\b(?:lead|rejection|reject(?:ed)?|accept(?:ed|ance)?|verdict|decision|call|binned|pending)\b", Options)]
    private static partial Regex VerdictWord();
}
