using System.Text.RegularExpressions;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// The cost of the request just logged, corrected in any words: "ah no, it's four hundred", "make that 2k", "typo, 350 not
/// 300", "sorry i said 300 but it's really four hundred", "scratch that, three grand". Read from small parts rather than one
/// phrasing each: an amount (the money model's, or a plain number from the number model, so words, "k" and "grand" come with
/// them) that is not the one being replaced ("not 300", "i said 300", "instead of 300"), and a word that owns up to a change
/// (<see cref="GoalWords.IsCorrection"/> or "sorry", "it's", "should be", "update", ...). Not a question ("is it four hundred
/// or three?"), not a count of something ("four hundred leads"), and not denied ("don't change the cost"). Only asked right
/// after a request was logged, so a bare "actually 400" there is its cost.
/// </summary>
public static partial class RequestCostCorrection
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static decimal? Read(string? text, Entities e)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || Questions.QuestionAnswers.IsQuestion(text) || Denied().IsMatch(text)
            || e.MetricList.Count > 0 || !(GoalWords.IsCorrection(text) || OwnsUp().IsMatch(text)))
        {
            return null;
        }

        // "two thousand five hundred not two grand": the money model may take the amount being replaced; a number said as
        // the old one never wins over one that is not.
        var kept = e.NumberList.Where(n => n.Value > 0 && !Replaced().IsMatch(text[..n.Span.Start])).Select(n => n.Value).ToList();
        if (e.Money is { Amount: > 0 } money)
        {
            // The amounts said before "not …" are the new ones; money that is none of them was said as the old one.
            var old = OldAmount().Match(text);
            var before = old.Success ? e.NumberList.Where(n => n.Value > 0 && n.Span.Start < old.Index).Select(n => n.Value).ToList() : [];
            return before.Count > 0 && !before.Contains(money.Amount) ? before[0] : money.Amount;
        }

        // "six fifty", "two seventy-five": hundreds said the way prices are, which the number model reads as two numbers or a
        // time of day; the replaced amount beside it ("not 500") says the scale.
        foreach (Match m in SaidLikeAPrice().Matches(text))
        {
            if (!Replaced().IsMatch(text[..m.Index]) && SmallNumberWords.Value(m.Groups["h"].Value) is { } h && SmallNumberWords.Value(m.Groups["t"].Value) is { } t)
            {
                return h * 100 + t;
            }
        }

        // The entities put a value said after a change of mind first; one said as what is replaced never counts.
        if (kept.Count > 0)
        {
            return kept[0];
        }

        // "oops typo, should've been 1700", "ugh wrong amount, it's 1850": four digits the date model takes for a year are the
        // amount when they are what the message says the cost is (no month or "in"/"by" before them).
        return YearLikeAmount().Match(text) is { Success: true } year && !Replaced().IsMatch(text[..year.Index])
            ? decimal.Parse(year.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>An amount of four digits that reads like a year, said as the cost: "should've been 1700", "it's 2050", "make it 1850".</summary>
    [GeneratedRegex(@"\b(?:been|be|it'?s|its|it\s+is|is|was|make\s+(?:it|that)|meant|actually)\s+\$?(?<n>[12]\d{3})\b(?!\s*(?:%|percent|leads?|mqls?|sqls?|hours?|h\b|days?|people|deals?))", Options)]
    private static partial Regex YearLikeAmount();

    /// <summary>Words that own up to a change or state the right amount, beyond the correction words goals use.</summary>
    [GeneratedRegex(@"\b(?:sorry|soz|oops|whoops|my\s+bad|typo|fat[\s-]?finger(?:ed)?|mis-?typed|gah|wrong\s+(?:amount|number|cost|price)|correct(?:ion|ed)?|meant|should\s+(?:be|have\s+been)|it'?s|it\s+is|it\s+was|costs?|budget|price|amount|update|fix|change|set|really|instead|scratch\s+that|nope|not)\b", Options)]
    private static partial Regex OwnsUp();

    /// <summary>The text just before a number that says it is the amount being replaced: "not 300", "i said 300", "instead of 300".</summary>
    [GeneratedRegex(@"\b(?:not|said|from|than|instead\s+of|wrote|typed|put)\s*\$?\s*$", Options)]
    private static partial Regex Replaced();

    /// <summary>"… not two grand", "… instead of 2k": where the amount being replaced begins.</summary>
    [GeneratedRegex(@"\b(?:not|instead\s+of)\s+(?=[$€£\d]|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b)", Options)]
    private static partial Regex OldAmount();

    /// <summary>A unit then a tens count, alone ("six fifty", "two seventy-five"): not "six fifty-page decks" or "the six fifty leads".</summary>
    [GeneratedRegex(@"\b(?<h>one|two|three|four|five|six|seven|eight|nine)\s+(?<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?![\s-]+(?:\w+\s+)?(?:leads?|mqls?|sqls?|people|pages?|hours?|days?|percent|%))", Options)]
    private static partial Regex SaidLikeAPrice();

    /// <summary>"don't change the cost", "no need to update it": a change declined.</summary>
    [GeneratedRegex(@"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never\s*mind)\s+(?:\w+\s+)?(?:change|update|fix|touch|correct)\b", Options)]
    private static partial Regex Denied();
}
