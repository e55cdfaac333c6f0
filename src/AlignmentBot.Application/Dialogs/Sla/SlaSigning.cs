using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>What a message that signs the lead agreement says: the side named (none: the signer's own), or both sides.</summary>
public sealed record SlaSignature(Function? Side, bool BothSides);

/// <summary>
/// Signing the lead agreement in plain words ("looks right to me, I'm good to sign for sales", "fine by marketing, signed",
/// "agreed, put my name on it", "Marketing accepts"). Built from small cues rather than one alternative per phrasing: a
/// verb of signing in some clause, whose words after it name only the agreement, a side or politeness, with no negation,
/// condition or question around it; a side is read from the side words anywhere in the message. A verb of agreeing that
/// is not "sign" ("confirm", "accept", "approve", "agree to") signs only with a side or the agreement named, so "confirm
/// it" stays with whatever card is waiting.
/// <para>
/// With a proposal waiting for the speaker's side, plain assent signs too ("works for us, count sales in", "lgtm 👍",
/// "we're on board, lock it in", "sure thing, we're good with those numbers"): an assent cue or an agreeing verb with
/// nothing named, in a clause with no negation, condition or question, and no number anywhere (numbers in a reply to a
/// proposal are a counter, not a yes). Without a proposal waiting, those words belong to whatever else was said.
/// </para>
/// <para>
/// Offering to be the one who signs is signing too ("pencil me in as the sales signatory", "I'll be the marketing
/// signatory on this one", "can I sign off the SLA for the sales team?", "I can sign for sales if Sam's busy"): the
/// speaker put down as signatory or signer, or asking for themselves whether they may sign; whose behalf, whose absence
/// or "instead of Sam" is an aside. So the gate answers it as it answers a signature: done for the speaker's own side,
/// refused naming who signs for any other.
/// </para>
/// <para>
/// A signature's mark put on, done or handled is signing as well ("put both signatures on it from me", "I'll just do
/// marketing's signature", "take care of the sales sign-off", "both signatures from me", "I'll just do both sides"), unless someone else does it later
/// ("Marco will do marketing's signature when he lands"); a reason after it ("to speed things up", "to save Sam the
/// trouble") is an aside. One person offering both sides, or the side that is not theirs, is thus heard, and the gate refuses it.
/// </para>
/// </summary>
public static partial class SlaSigning
{
    /// <summary>
    /// The signature the message gives, or null when it does not sign (a question, a refusal, "I'd sign if…", another thing
    /// to sign up for). <paramref name="proposalWaiting"/>: a proposal waits for the speaker's side, so plain assent signs.
    /// </summary>
    public static SlaSignature? Read(string text, bool proposalWaiting = false)
    {
        // "… and sign it for sales as well while you're at it": an aside that adds nothing to what is signed.
        var t = Aside().Replace(Normalize(text), " ").Trim();

        // "marco's on a plane, I'll do marketing's signature", "ok if I sign this for marketing? marco's out": where the side's
        // signer is, said beside the signature, is no part of what is signed.
        t = AwayAside().Replace(t, " ").Trim();

        // "have it signed for mktg too": the signature asked for, as "sign it" is, not a question that opens with "have it".
        t = HaveItSigned().Replace(t, "${lead}sign it");

        // "can I sign off the SLA for the sales team?", "could I be the sales signatory": asking to sign is offering to.
        if (SelfAsk().IsMatch(t))
        {
            t = SelfAsk().Replace(t, "i ").TrimEnd('?', ' ');
        }

        if (t.Length == 0 || AsksQuestion(t))
        {
            return null;
        }

        // "I'll just sign both sides so we can move on", "… to save time, Sam's out": the reason given after signing.
        t = ReasonAfter().Replace(t, string.Empty).Trim();
        t = SignerAway().Replace(t, string.Empty).Trim();

        var side = SideOf(t) ?? (Offer().Match(t) is { Success: true } offer && offer.Groups["side"].Success
            ? new SlaSignature(offer.Groups["side"].Value == "sales" ? Function.Sales : Function.Marketing, false)
            : null);
        var signs = false;
        var assentCounts = proposalWaiting && !t.Any(char.IsDigit);
        foreach (var clause in ClauseBreak().Split(t))
        {
            // "mark marketing as signed", "sign sales up": the side's mark names the side even where the verb alone signs.
            var marked = SideMarked(clause.Trim());
            if (marked is { Side: not null })
            {
                side ??= marked;
            }

            if (marked is not null || ClauseSigns(clause.Trim(), side is not null, assentCounts) || (assentCounts && ClauseAssents(clause.Trim())))
            {
                signs = true;
            }
            else if (Blocks().IsMatch(clause) && SignVerb().IsMatch(clause))
            {
                // "not signing this", "don't sign it yet": one clause refusing to sign outweighs an approval elsewhere.
                return null;
            }
        }

        return signs ? side ?? new SlaSignature(null, false) : null;
    }

    /// <summary>
    /// A side's mark put on the agreement in other words, the side being what is signed: "put marketing's signature on it",
    /// "stick marketing's name on it", "put me down for marketing", "sign sales up", "mark marketing as signed". Read only
    /// with nothing before it in its clause that denies, conditions or hands it to someone else later ("marco will put
    /// marketing's signature on it"); "put our name on it", with no side in the mark, is <see cref="SignVerb"/>'s.
    /// </summary>
    private static SlaSignature? SideMarked(string clause)
    {
        var m = SideMark().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        // As with a verb of signing, every word after the mark belongs to the agreement, a side or politeness ("… on it too",
        // "… for that one"): "put sales down as owner of the goal" is another sentence.
        var before = clause[..m.Index];
        var after = WordPattern().Matches(clause[(m.Index + m.Length)..]).Select(w => w.Value.EndsWith("'s", StringComparison.Ordinal) ? w.Value[..^2] : w.Value.TrimEnd('\''));
        if (Blocks().IsMatch(before) || ConditionalBefore().IsMatch(before) || OtherLater().IsMatch(before) || Condition().IsMatch(clause)
            || after.Any(w => !TrailingWords.Contains(w)))
        {
            return null;
        }

        return new SlaSignature(m.Groups["s"].Value == "sales" ? Function.Sales : Function.Marketing, false);
    }

    /// <summary>"works for us", "lgtm", "we're on board", "count us in": plain assent, with nothing before it that denies or conditions it.</summary>
    private static bool ClauseAssents(string clause)
    {
        var m = Assent().Match(clause);
        if (!m.Success)
        {
            return false;
        }

        var before = clause[..m.Index];
        return !Blocks().IsMatch(before) && !ConditionalBefore().IsMatch(before) && !Condition().IsMatch(clause);
    }

    private static bool ClauseSigns(string clause, bool sideNamed, bool assentCounts = false)
    {
        // "put me down as the signatory for sales", "let me be the one who signs for sales this time".
        if (Offer().Match(clause) is { Success: true } offer && !Blocks().IsMatch(clause[..offer.Index])
            && WordPattern().Matches(clause[(offer.Index + offer.Length)..]).All(w => TrailingWords.Contains(w.Value.EndsWith("'s", StringComparison.Ordinal) ? w.Value[..^2] : w.Value.TrimEnd('\''))))
        {
            return true;
        }

        var m = SignVerb().Match(clause);
        var strongVerb = m.Success;
        if (!m.Success)
        {
            m = AgreeVerb().Match(clause);
            if (!m.Success)
            {
                return false;
            }
        }

        var before = clause[..m.Index];
        var after = clause[(m.Index + m.Length)..];
        if (Blocks().IsMatch(before) || NounBefore().IsMatch(before) || ConditionalBefore().IsMatch(before) || OtherSigner().IsMatch(before)
            || (m.Groups["mark"].Success && OtherLater().IsMatch(before)))
        {
            return false;
        }

        // Every word after the verb belongs to the agreement, a side, or politeness: "sign it for sales pls", "sign off on the
        // new SLA". Anything else ("… if it were 30 hours", "… up for the weekly digest", "… yet") is another sentence.
        // A side's possessive is the side: "sign it on marketing's behalf".
        var words = WordPattern().Matches(after).Select(w => w.Value.EndsWith("'s", StringComparison.Ordinal) ? w.Value[..^2] : w.Value.TrimEnd('\'')).ToArray();
        if (words.Any(w => !TrailingWords.Contains(w)))
        {
            return false;
        }

        if (after.Contains(" up", StringComparison.Ordinal) && !Regex.IsMatch(after, @"^\s*(?:me|us)\s+up\b(?!\s+for\s+(?!(?:the\s+)?(?:sales|marketing|mktg|mkt|both)\b))"))
        {
            return false;
        }

        return strongVerb || sideNamed || assentCounts || AgreementObject().IsMatch(after);
    }

    private static SlaSignature? SideOf(string t)
    {
        var marketing = SideWord().Matches(t).Any(m => m.Groups["s"].Value != "sales");
        var sales = SideWord().Matches(t).Any(m => m.Groups["s"].Value == "sales");
        if (BothWord().IsMatch(t) || (marketing && sales))
        {
            return new SlaSignature(null, true);
        }

        return marketing ? new SlaSignature(Function.Marketing, false) : sales ? new SlaSignature(Function.Sales, false) : null;
    }

    /// <summary>
    /// "ok who do I chase for marketing's signature then?", "who should I ping to get sales to sign?": who to go to for a
    /// side's signature. <paramref name="side"/> is the side named, or null for the speaker's own.
    /// </summary>
    public static bool AsksWhoSigns(string text, out Function? side)
    {
        side = null;
        var t = Normalize(text);
        if (!WhoToChase().IsMatch(t) || !SignatureWord().IsMatch(t))
        {
            return false;
        }

        var named = SideNamed().Matches(t).Select(m => m.Groups["s"].Value).ToHashSet(StringComparer.Ordinal);
        var marketing = named.Any(s => s != "sales");
        var sales = named.Contains("sales");
        if (marketing == sales && marketing)
        {
            return false;
        }

        // "who should I ask to sign off the brochure?" is another thing signed: with no side named, the agreement must be.
        side = marketing ? Function.Marketing : sales ? Function.Sales : null;
        return side is not null || AgreementObject().IsMatch(t);
    }

    // "who do I chase", "who should I bug", "who can I ping", "who do we need to nudge"; and who signs, asked outright: "who
    // signs for sales?", "who's meant to sign for marketing?", "who'll sign it?" (never who did sign, "who signed for sales?",
    // nor who still has to, which SlaLookup answers with the proposal's missing signature).
    [GeneratedRegex(@"^(?:(?:ok|okay|so|fine|right|alright|hmm+|and|wait|remind\s+me)\W+)*who(?:\s+|(?='))(?:(?:do|should|can|could|would|must|shall)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:chase|bug|ping|nudge|poke|hassle|ask|go\s+to|talk\s+to|reach\s+out\s+to|get\s+hold\s+of|follow\s+up\s+with)\b|signs\b|(?:'ll|will|would|can|could|may|should|must|gets\s+to|has\s+to|needs\s+to|gotta)\s+sign\b|(?:'s|is)\s+(?:signing\b|(?:meant|supposed|going)\s+to\s+sign\b)|'ll\s+be\s+signing\b)", RegexOptions.CultureInvariant)]
    private static partial Regex WhoToChase();

    // A signature asked after: "sign", "signing", "signature", "sign-off".
    [GeneratedRegex(@"\b(?:sign\w*|signature|sign-?off|signoff)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureWord();

    // A side named anywhere in a question about who signs ("get sales to sign", "marketing's signature").
    [GeneratedRegex(@"\b(?<s>marketing|mktg|mkt|sales)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SideNamed();

    /// <summary>A question about signing ("should I sign it?", "who has to sign the SLA?"), never a signature.</summary>
    private static bool AsksQuestion(string t) => t.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(t);

    /// <summary>Lower case, emoji and marks dropped, curly quotes straightened, the typo "siging" mended.</summary>
    private static string Normalize(string text)
    {
        var t = text.Replace('’', '\'').ToLowerInvariant();
        t = NonText().Replace(t, " ");
        return Typos().Replace(t, "signing").Trim();
    }

    private static readonly HashSet<string> TrailingWords = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "one", "the", "a", "our", "sla", "agreement", "lead", "proposal", "new", "version", "v", "terms", "deal",
        "off", "on", "for", "as", "behalf", "of", "my", "side", "sides", "team", "teams", "marketing", "mktg", "mkt", "sales", "both", "and",
        "now", "too", "also", "well", "then", "please", "pls", "plz", "thanks", "thx", "ty", "me", "us", "up", "name", "today",
        "right", "away", "asap", "here", "from", "in", "latest", "current", "them", "those", "these", "numbers", "name", "names",
        "signer", "signatory", "time", "end", "ours", "myself", "personally", "ourselves",
    };

    [GeneratedRegex(@"[^\p{L}\p{N}\s'?,.;:!&/+–—-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonText();

    // "while you're at it", "if you could"; "on Sam's behalf", "instead of Sam": a person's name, not a side, is no part of what is signed.
    [GeneratedRegex(@"\b(?:while|whilst)\s+(?:you'?re|you\s+are|ur|u\s+are)\s+at\s+it\b|\bif\s+you\s+(?:can|could|would|don'?t\s+mind)\b"
        + @"|\bon\s+(?!(?:marketing|mktg|mkt|sales)\b)[\p{L}]+(?:'s|')\s+behalf\b|\binstead\s+of\s+(?!(?:marketing|mktg|mkt|sales)\b)[\p{L}]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    // "can I sign …", "could I be the sales signatory": the speaker asking for leave to sign, at the start of the message.
    // "ok if I sign this for marketing?", "mind if I sign it for sales?", "would it be alright if I signed it?": leave asked in other words.
    [GeneratedRegex(@"^(?:(?:so|also|hey|ok|okay)\s+)?(?:(?:can|could|may)\s+i|(?:(?:is|would|will)\s+it\s+(?:be\s+)?)?(?:ok|okay|alright|all\s+right|cool|fine)\s+(?:with\s+(?:you|everyone|y'?all)\s+)?if\s+i|(?:(?:do|would)\s+(?:you|anyone|anybody)\s+)?mind\s+if\s+i)\s+(?:(?:please|just|now|then|already|go\s+ahead(?:\s+and)?)\s+)*(?=(?:counter-?|co-?)?sign(?:ed)?\b|sign\s+off\b|be\s+(?:the|a)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfAsk();

    // "marco's on a plane", "sam's at the offsite", "marco is out sick": the side's signer away, said as a clause of its own
    // (at the start, or after a comma or a question mark), never a side or the agreement itself.
    [GeneratedRegex(@"(?:^|(?<=[,;?.!])|\s+[-–—]+(?=\s))\s*(?!(?:sla|it|that|this|marketing|mktg|mkt|sales|we|i|you|everything|everyone)\b)[\p{L}]+(?:'s|\s+is|\s+are)\s+(?:out|away|off|busy|flying|slammed|swamped|unavailable|travell?ing|sick|not\s+around|on\s+(?:leave|holiday|vacation|pto|a\s+(?:plane|flight|trip))|at\s+(?:the\s+|an?\s+)?[\p{L}-]+)(?:\s+(?:sick|today|tomorrow|this\s+week|all\s+(?:day|week)|again))?\s*(?:[,;.!]+|(?=\?)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AwayAside();

    // "… if Sam's busy", "… while Marco is out": why the speaker signs instead of the side's lead, no condition on signing.
    [GeneratedRegex(@"\s*[,;–—-]?\s*\b(?:if|while|whilst|as|now\s+that)\s+[\p{L}]+(?:'s|\s+is|\s+are)\s+(?:busy|out|away|off|slammed|swamped|on\s+leave|travell?ing|not\s+around|unavailable)\b[^?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignerAway();

    // The speaker put down as the one who signs: "pencil me in as the sales signatory", "I'll be the marketing signatory", "let me be the one who signs".
    [GeneratedRegex(@"\b(?:(?:put|pencil|pop|stick|mark|add|list|sign|count|set|have)\s+me\s+(?:(?:in|down|up)\s+)?(?:as\s+)?|(?:i'?ll|i\s+will|i\s+can|i|me|let\s+me|happy\s+to|i'?d\s+like\s+to|i\s+want\s+to)\s+be\s+)(?:the\s+|a\s+)?(?:(?<side>sales|marketing|mktg)(?:'s|')?\s+)?(?:signatory|signer|signee|one\s+(?:who\s+signs|signing|to\s+sign))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    // A side's mark put on the agreement: the mark (a name, a signature, a sign-off) put on it, the speaker put down for a
    // side, or the side signed up, put down or marked as signed; the side is group "s".
    [GeneratedRegex(@"\b(?:put|stick|slap|pop|add|record|cover)\s+(?:the\s+)?(?<s>marketing|mktg|mkt|sales)(?:'s|')?\s+(?:names?|signatures?|sign-?off|signoff)\b"
        + @"|\b(?:put|pencil|pop|stick|mark|add|list|count|sign)\s+(?:me|us)\s+(?:(?:down|in|up)\s+)?for\s+(?:the\s+)?(?<s>marketing|mktg|mkt|sales)\b"
        + @"|\b(?:sign|count)\s+(?:(?:me|us)\s+)?(?<s>marketing|mktg|mkt|sales)\s+(?:up|in|onto|on)\b"
        + @"|\b(?:put|mark)\s+(?<s>marketing|mktg|mkt|sales)\s+(?:down\s+)?as\s+(?:signed|agreed|in)\b"
        + @"|\btick\s+(?:the\s+)?(?<s>marketing|mktg|mkt|sales)\s+box\b", RegexOptions.CultureInvariant)]
    private static partial Regex SideMark();

    // "marco will put marketing's signature on it when he's back": someone else's signature, later.
    [GeneratedRegex(@"(?<!\bi)(?<!\bwe)(?:\s+will|'ll|\s+is\s+going\s+to|\s+gonna)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherLater();

    [GeneratedRegex(@"^(?<lead>(?:just|pls|please|ok|okay)\s+)?(?:have|get)\s+(?:it|this|that)\s+signed\b", RegexOptions.CultureInvariant)]
    private static partial Regex HaveItSigned();

    [GeneratedRegex(@"\bsiging\b", RegexOptions.CultureInvariant)]
    private static partial Regex Typos();

    [GeneratedRegex(@"[,;:!.]+\s*|\s+[-–—]+\s+|\s+(?=(?:and\s+)?(?:i'?ll|i'?m|let'?s|go\s+ahead)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\s*[,;–—-]?\s*\b(?:to\s+(?:save|speed|keep|move|spare|get\s+(?:it|this|things)\s+(?:done|moving|going|over))|so\s+(?:we|that|it|things|i(?!'ll\b|\s+will\b))|since|because|cos)\b[^?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonAfter();

    // "sign", "signs", "signed", "signing", "countersign", "co-sign", "sign off"; "put my name on it"; "sign-ups" is a metric.
    [GeneratedRegex(@"\b(?:counter-?|co-?)?sign(?:s|ed|ing)?\b(?!-ups?\b|ups?\b)(?:\s+off\b)?|\bput\s+(?:my|our|(?:the\s+)?(?:sales|marketing|mktg)(?:'s|')?)\s+names?\s+(?:on|to|down)\b"
        + @"|\b(?:you\s+have|you'?ve\s+got|here'?s|take|with)\s+(?:my|our|(?:sales|marketing|mktg)(?:'s|')?)\s+(?:signature|sign-?off|signoff)\b"
        + @"|(?<mark>\b(?:put|stick|slap|pop|add|throw|do|handle|cover|take\s+care\s+of|sort(?:\s+out)?)\s+(?:(?:both|my|our|the|(?:sales|marketing|mktg|mkt)(?:'s|')?)\s+){1,3}(?:names?|signatures?|sign-?offs?|signoffs?)\b"
        + @"|\b(?:both|all)\s+(?:the\s+)?(?:signatures|names|sign-?offs|signoffs)\s+(?:from|by)\s+me\b"
        + @"|\b(?:do|handle|cover|take\s+care\s+of)\s+(?:both|each)\s+(?:sides?|teams?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SignVerb();

    // "lock it in for sales", "seal the deal for marketing": agreeing in other words, which signs only with a side named.
    [GeneratedRegex(@"\b(?:confirm(?:s|ed|ing)?|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|agree(?:s|d)?\s+to|ratif(?:y|ies|ied)|rubber[\s-]?stamp(?:s|ed|ing)?|lock(?:s|ed|ing)?\s+(?:it|this|that|the\s+(?:sla|agreement|new\s+one))(?:\s+in)?|seal(?:ing)?\s+(?:it|the\s+deal)|count(?:ing)?\s+(?:sales|marketing|mktg)\s+in)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgreeVerb();

    // Plain assent, read only with a proposal waiting for the speaker's side: "works for us", "lgtm", "we're on board",
    // "sales is in", "count us in", "sounds fair", "ship it", "done deal", "happy with that".
    [GeneratedRegex(@"\b(?:works?\s+for\s+(?:us|me|sales|marketing|mktg|both\s+of\s+us)|(?:that|this|it)\s+works|agreed|agrees?|lgtm|sgtm|(?:sounds|looks|seems)\s+(?:good|great|fair|fine|right|ok|okay)|(?:we'?re|we\s+are|i'?m|i\s+am|(?:sales|marketing|mktg)(?:'s|\s+is))\s+(?:in|on\s+board|good|ok|okay|fine|happy)|count\s+(?:us|me)\s+in|(?:we|i)\s+accept|make\s+it\s+official|finali[sz]e\s+it|done\s+deal|deal|go\s+for\s+it|ship\s+it|seal\s+it|happy\s+with\s+(?:that|this|it)|(?:we|i|(?:sales|marketing|mktg)(?:\s+team)?)\s+can\s+(?:live|work)\s+with\s+(?:that|this|it|those|these|the\s+(?:terms|numbers))|(?:we|i|(?:sales|marketing|mktg)(?:\s+team)?)\s+can\s+get\s+behind\s+(?:that|this|it)"
        + @"|(?:you'?ve|you\s+have)\s+got\s+(?:yourself\s+)?a\s+deal|you\s+have\s+a\s+deal|(?:we|i|(?:sales|marketing|mktg))(?:'ll|\s+will)\s+take\s+(?:it|that|this)|(?:that'?s|it'?s)\s+a\s+yes|(?:sales|marketing|mktg|we)\s+says?\s+yes"
        + @"|(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:good|fine|happy|ok|okay)\s+(?:to\s+go|with\s+(?:that|this|it|those|these|the\s+(?:terms|numbers)))|good\s+to\s+go|fine\s+by\s+(?:us|me|sales|marketing|mktg)"
        + @"|(?:let'?s\s+)?go\s+(?:ahead\s+)?with\s+(?:that|this|it)(?:\s+(?:one|version))?|no\s+complaints|consider\s+it\s+(?:done|signed)|(?:signed|done)\s+on\s+(?:our|my)\s+(?:end|side)"
        + @"|no\s+objections?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Assent();

    // "works for us if you make it 220", "fine once Sam has seen it": assent on a condition is not a yes yet.
    [GeneratedRegex(@"\b(?:if|unless|once|provided|as\s+long\s+as|only\s+when)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(?:sla|agreement|proposal|terms|version)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgreementObject();

    [GeneratedRegex(@"\b(?:not|never|no|won'?t|don'?t|can'?t|cannot|shouldn'?t|wouldn'?t|isn'?t|ain'?t|refuse|hold\s+off)\b|n't\b", RegexOptions.CultureInvariant)]
    private static partial Regex Blocks();

    // "a new sign for the booth": the noun, not the verb.
    [GeneratedRegex(@"\b(?:a|an|the|new|our|their|your)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NounBefore();

    // "I'd sign if…", "we would sign", "should I sign": a condition or a question, not a signature.
    [GeneratedRegex(@"(?:'d|\bwould|\bcould|\bshould|\bmight|\bhas\s+to|\bhave\s+to|\bneeds?\s+to|\bwho|\bwhat|\bwhen|\bhasn't|\bhas|\bhave|\bdid|\bremind\s+\w+\s+to|\bbefore|\buntil|\btill|\bonce|\bif|\bunless)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalBefore();

    // "Acme signed", "they signed the contract": somebody else signing something, reported.
    [GeneratedRegex(@"\b(?:they|he|she|customer|client|acme|deal|contract|prospect)\s+(?:has\s+|have\s+|just\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSigner();

    [GeneratedRegex(@"^\s*(?:who|what|when|which|why|how|has|have|had|did|does|do|was|were|is|are|should|shall|could|would|will|can|may|must)\s+(?!(?:counter-?|co-?)?sign)(?:i|we|you|he|she|they|it|sales|marketing|mktg|the|someone|anyone|everyone|somebody|anybody|both|this|that|there)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // A side as the one signing: after "for", "on behalf of", "as", "from", "by" ("fine by marketing"), "on marketing's behalf", as the subject
    // ("sales signs off", "marketing is in", "Marketing accepts"), or opening the message. "Sales is happy" in Marco's
    // mouth is not him signing for sales, so a side word elsewhere is not read.
    [GeneratedRegex(@"(?:\b(?:for|behalf\s+of|as|from|by)\s+(?:the\s+)?|^\W*)(?<s>marketing|mktg|mkt|sales)\b|\bon\s+(?<s>marketing|mktg|mkt|sales)(?:'s|')?\s+behalf\b|\b(?<s>marketing|mktg|mkt|sales)(?:'s)?\s+(?:side|team|is\s+(?:in|signing|ok|good|fine|on\s+board)|signs?|accepts?|approves?|agrees?|confirms?|here|says\s+yes|can\s+(?:live|work)\s+with|can\s+get\s+behind|(?:'ll|will)\s+take\s+it)\b|(?<!\w)(?<s>marketing|mktg|mkt|sales)(?:'s|')\s+(?:name|signature|sign-?off|on\s+board)\b|\b(?<s>marketing|mktg|mkt|sales)\s+(?:signature|sign-?off|signoff)\b|\bcount\s+(?<s>marketing|mktg|mkt|sales)\s+in\b", RegexOptions.CultureInvariant)]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\bboth(?:\s+sides)?\b|\beach\s+side\b|\b(?:marketing|mktg)\s+(?:and|&|\+)\s+sales\b|\bsales\s+(?:and|&|\+)\s+(?:marketing|mktg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BothWord();
}
