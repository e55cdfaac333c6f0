using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>What a goal's opening message said, everything at once: the entities as the goal dialog reads them and the owner.</summary>
/// <param name="Entities">The metric, figures, period and deadline, the last-said value of each winning.</param>
/// <param name="Owner">The owner as written, <see cref="GoalWords.Me"/> for the speaker, or null.</param>
/// <param name="Proposes">Whether the message proposes a goal at all: a metric and a figure for it, not asked about or refused.</param>
public sealed record GoalSaid(Entities Entities, string? Owner, bool Proposes);

/// <summary>
/// One reading of a goal said in one message, however much it carries: the metric, a number (in words, "k", millions), a
/// per-period, a deadline and an owner named in passing, with changes of mind inside it ("MQLs, no wait, SQLs", "owner Priya,
/// actually Marco"). Rather than one pattern per phrasing it composes the existing models: the message is cut at each change
/// of mind (<see cref="SelfCorrection"/>) and each part is read by the entity model and the owner readers
/// (<see cref="GoalWords.Owner"/>, <see cref="OwnerInPassing"/>, and the speaker or a name beside a word of ownership); a
/// later part's value replaces an earlier one, and a part that opens with a bare name replaces an owner said before it.
/// A few small corrections to what the models give alone: a deadline is the date said after a change of mind, else the one
/// said with a word of due-ness ("by", "due", "end of", "through"), not one said with "since" or "last" ("inbound has been
/// thin since September"); of several metrics the one in the figure's clause is the goal's; a percentage metric
/// said with a level and a number it goes "to" ("churn's at 10%, down to 7") takes the latter as the target; a share of
/// deals or opportunities closed or won is the win rate. Hundreds said the short way ("two sixty", "two fifty five") are
/// put in digits first. Built against <c>Paraphrases/goal-draft.*.txt</c>.
/// </summary>
public static partial class GoalOpening
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="whole"/> is what the language model already read from all of it, if at hand.</summary>
    public static GoalSaid Read(string text, Func<string, Entities> read, Entities? whole = null)
    {
        var said = SpokenHundreds().Replace(text.Trim(), m => AtAClock(m) || Hundreds(m) == m.Value ? m.Value : m.Groups["at"].Value + Hundreds(m));
        var e = said == text && whole is not null ? whole : read(said);
        var parts = Parts(said);
        string? owner = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = TrailingIMean().Replace(parts[i], string.Empty);
            var heard = OwnerOf(part) ?? (i > 0 && owner is not null ? BareMe().IsMatch(part) ? GoalWords.Me : BareName(part) : null);
            owner = heard ?? owner;

            // A metric or a period named after a change of mind is the one meant ("MQLs, no wait, SQLs", "a week?? no, per month").
            var after = i > 0 ? read(part) : null;
            if (after?.Metric is { } metric && MetricCatalog.TryParse(metric, out _))
            {
                e = e with { Metric = metric, Metrics = [metric] };
            }

            if (after?.Period is { } period)
            {
                e = e with { Period = period };
            }
        }

        // "25 deals closed a quarter": deals won, a count the entity model has no word for.
        if (e.Metric is null && DealsWonWords.Counts(said))
        {
            var won = MetricCatalog.NameOf(MetricKey.DealsWon);
            e = e with { Metric = won, Metrics = [won] };
        }

        // Other numbers around the goal ("ugh, pipeline review ran 2 hours over … pipeline to 3m by end of Q2", "spent 2 days on
        // the post-mortem, 40 attendees, meh. real point: MQLs to 300 a month"): the figure is the one said for the metric.
        if (parts.Count == 1)
        {
            e = FigureOfTheMetric(said, e, read);
        }

        // Several metrics named ("not enough top of funnel … 275 MQLs", "from the pipeline review: SQLs to 140 a month"): the
        // one said in the clause that holds the figure is the goal's.
        if (e.MetricList.Count > 1 && e.Money is null && e.Percent is null && e.Target is { } figure && e.NumberList.FirstOrDefault(n => n.Value == figure) is { } number
            && number.Span.End <= said.Length && read(ClauseAround(said, number.Span)).Metric is { } near && MetricCatalog.TryParse(near, out _))
        {
            e = e with { Metric = near };
        }

        if (e.Metric is null or "opportunities" or "deals_won" or "pipeline" && WinShare().IsMatch(said)
            && (e.Percent ?? (PercentAt().Match(said) is { Success: true } p && decimal.TryParse(p.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null)) is { } share)
        {
            var winRate = MetricCatalog.NameOf(MetricKey.WinRate);
            e = e with { Metric = winRate, Metrics = [winRate], Percent = share };
        }

        // A rate said as what sales does with the leads handed over ("sales accepting 90% of our leads", "the share of leads
        // sales accepts", "75% of our leads taken by sales"): the lead acceptance rate, not a count of leads.
        if ((e.Metric is null || (MetricCatalog.TryParse(e.Metric, out var counted) && counted is MetricKey.Leads or MetricKey.Mql or MetricKey.Sal or MetricKey.Sql))
            && AcceptShare().IsMatch(said)
            && (e.Percent ?? (PercentSaid().Match(said.ToLowerInvariant()) is { Success: true } ap ? CountOf(ap.Groups["n"].Value) : null)) is { } accepted)
        {
            var rate = MetricCatalog.NameOf(MetricKey.AcceptanceRate);
            e = e with { Metric = rate, Metrics = [rate], Percent = accepted };
        }

        e = Duration(said, e);
        e = e with { Deadline = Deadline(said, e, parts.Count > 1 ? SelfCorrection.LastAt(said) : -1) };
        e = LevelThenTarget(said, e);
        var proposes = e.Metric is { } m2 && MetricCatalog.TryParse(m2, out var key) && Figure(key, e) is not null
                       && !Asks(said) && !Refused().IsMatch(said) && !(e.Deadline is null && Reported().IsMatch(said));
        return new GoalSaid(e, owner, proposes);
    }

    /// <summary>"mql 250 month 2027-03-31 priya" ("-" where nothing was said, the owner's first name), or "no": for the paraphrase table.</summary>
    public static string Describe(string text, Func<string, Entities> read)
    {
        var said = Read(text, read);
        if (!said.Proposes || !MetricCatalog.TryParse(said.Entities.Metric, out var key))
        {
            return "no";
        }

        var e = said.Entities;
        var figure = Figure(key, e)!.Value;
        if (key == MetricKey.Retention && GoalWords.MentionsChurn(text) && e.Percent is not null)
        {
            figure = 100 - figure;
        }

        var metric = key == MetricKey.CostPerLead ? "cpl" : MetricCatalog.NameOf(key);
        var owner = said.Owner?.Split(' ')[0].TrimStart('@').ToLowerInvariant();
        return string.Join(' ', metric, figure.ToString("0.##", CultureInfo.InvariantCulture), e.Period ?? "-",
            e.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", owner ?? "-");
    }

    /// <summary>
    /// Asked rather than proposed: a question word first, or a last sentence ending in a question mark that is not a request
    /// to act on what was said ("… Can you set that up?") or a tag ("thoughts?", "ok?").
    /// </summary>
    private static bool Asks(string text)
    {
        if (Question().IsMatch(text))
        {
            return true;
        }

        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith('?'))
        {
            return false;
        }

        var last = Sentences().Split(trimmed).Last(s => s.Trim().Length > 0);
        return !RequestOrTag().IsMatch(last);
    }

    /// <summary>
    /// The figure of a metric not measured in time, when the message carries other numbers: a number said with a unit of time
    /// ("ran 2 hours over", "spent 2 days on it") is how long something took, not the figure; and when the figure heard sits
    /// in a clause that names no metric ("40 attendees") while another clause names the goal's metric with a figure it goes
    /// to ("MQLs to 300 a month", "revenue of 1.2m a quarter", "commit to 1.05m"), that clause's figure is the goal's. A level
    /// said in the metric's clause ("MQLs are at 200 now, we need 250") is not a figure gone to, so the one heard stays.
    /// </summary>
    private static Entities FigureOfTheMetric(string text, Entities e, Func<string, Entities> read)
    {
        if (!MetricCatalog.TryParse(e.Metric, out var key) || MetricCatalog.Get(key).Unit is MetricUnit.Hours or MetricUnit.Days or MetricUnit.Percent)
        {
            return e;
        }

        var money = MetricCatalog.Get(key).Unit == MetricUnit.Money;
        decimal? FigureOf(Entities c) => money ? c.Money?.Amount ?? c.Target : c.Target;
        var stripped = TimeSpent().Replace(text, m => new string(' ', m.Length));
        var clauses = ClauseBreak().Split(stripped).Where(c => c.Trim().Length > 0).ToList();
        if (stripped == text && clauses.Count < 2)
        {
            return e;
        }

        var current = FigureOf(e);
        Entities? gone = null;
        Entities? otherNamed = null;
        var currentNamed = false;
        foreach (var clause in clauses)
        {
            var c = read(clause);
            // "… two big deals slipped … what I really want is 25 new customers a month": deals won are named in words the
            // entity model does not know, so the clause that counts them names the metric.
            var named = c.Metric ?? (key == MetricKey.DealsWon && DealsWonWords.Counts(clause) ? e.Metric : null);
            if (named != e.Metric || FigureOf(c) is not { } figure)
            {
                continue;
            }

            currentNamed |= figure == current;
            if (figure != current)
            {
                otherNamed = c;
            }

            // "after four deals slipped … we need 15 new customers a month": the figure gone to is the one after the cue, not
            // the first number of its clause.
            if (FigureCue().Match(clause) is { Success: true } cue)
            {
                gone = read(clause[cue.Index..]) is var after && FigureOf(after) is not null ? after : c;
            }
        }

        if (currentNamed && stripped == text && (gone is null || FigureOf(gone) == current))
        {
            return e;
        }

        // "… we went through 12 campaigns, but bottom line: 260 MQLs a month": with no cue, the figure said in the metric's own
        // clause, when the one heard was said in none.
        var chosen = gone ?? (currentNamed ? null : otherNamed) ?? (stripped == text ? null : read(stripped));
        if (chosen is null || FigureOf(chosen) == current)
        {
            return e;
        }

        return money
            ? e with { Money = chosen.Money, Target = chosen.Money is null ? chosen.Target : e.Target, Period = e.Period ?? chosen.Period }
            : e with { Target = chosen.Target, Period = e.Period ?? chosen.Period };
    }

    /// <summary>
    /// <paramref name="text"/> with how long something took blanked out ("the offsite ran 2 hours over", "the call took 3 hours",
    /// "the board deck ate 2 days", "spent 2 days on it"): hours said so are no follow-up time, so a goal in a long message is not
    /// heard as the lead agreement's terms.
    /// </summary>
    public static string WithoutTimeSpent(string text) => TookTime().Replace(text, m => new string(' ', m.Length));

    /// <summary>"two sixty", "two fifty five": the first hundreds said the short way, for readers of a bare new target.</summary>
    public static decimal? ShortHundreds(string text)
        => SpokenHundreds().Match(text) is { Success: true } m && !AtAClock(m) && decimal.TryParse(Hundreds(m), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>"at two thirty" is a time of day; "at two sixty a month", "at two fifty per week" is a rate.</summary>
    private static bool AtAClock(Match m) => m.Groups["at"].Success && !RateAfter().IsMatch(m.Result("$'"));

    /// <summary>The figure said for a metric of <paramref name="key"/>'s unit, as the goal dialog takes it.</summary>
    private static decimal? Figure(MetricKey key, Entities e) => MetricCatalog.Get(key).Unit switch
    {
        MetricUnit.Money => e.Money?.Amount ?? e.Target,
        MetricUnit.Percent => e.Percent ?? e.Target,
        _ => e.Target,
    };

    /// <summary>The clause around <paramref name="span"/>: from the separator before it to the one after it.</summary>
    private static string ClauseAround(string text, TextSpan span)
    {
        var start = 0;
        var end = text.Length;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (m.Index + m.Length <= span.Start)
            {
                start = m.Index + m.Length;
            }
            else if (m.Index >= span.End)
            {
                end = m.Index;
                break;
            }
        }

        return text[start..end];
    }

    /// <summary>The message cut at each change of mind, in order; one part when there is none.</summary>
    private static List<string> Parts(string text)
    {
        var parts = new List<string>();
        var rest = text;
        while (SelfCorrection.LastAt(rest) is > 0 and var at)
        {
            parts.Insert(0, rest[at..].Trim());
            rest = rest[..at];
        }

        parts.Insert(0, rest.Trim());
        return parts;
    }

    /// <summary>Who owns it in one part: a set phrase, a name in passing, the speaker, or a name beside a word of ownership.</summary>
    private static string? OwnerOf(string part)
    {
        if (SpeakerOwns().IsMatch(part))
        {
            return GoalWords.Owner(part) is { } set && set != GoalWords.Me ? set : GoalWords.Me;
        }

        if ((GoalWords.Owner(part) ?? OwnerInPassing.Read(part)) is { } named)
        {
            return named;
        }

        return NameOwns().Match(part) is { Success: true } m && OwnerInPassing.CouldBeName(m.Groups["name"].Value) ? m.Groups["name"].Value : null;
    }

    /// <summary>"actually Marco: 300 MQLs …", "no actually marco": a part that opens with a name names the owner again.</summary>
    private static string? BareName(string part)
        => LeadingName().Match(part) is { Success: true } m && OwnerInPassing.CouldBeName(m.Groups["name"].Value) && !NotHead().IsMatch(m.Groups["name"].Value) ? m.Groups["name"].Value : null;

    /// <summary>
    /// The deadline: the first future date said with a word of due-ness, else the first not said as the past ("since
    /// September", "last month"); after a change of mind, one said after it first.
    /// </summary>
    private static DateOnly? Deadline(string text, Entities e, int meant)
    {
        var lower = text.ToLowerInvariant();
        var dates = e.DateList.Where(d => d.Deadline is not null).ToList();
        // Spans read from other words than these (the language model's own normalising) are not placed here: keep its choice.
        if (dates.Count == 0 || dates.Any(d => d.Span.End > lower.Length || !lower.AsSpan(d.Span.Start, d.Span.Length).Equals(d.Text, StringComparison.OrdinalIgnoreCase)))
        {
            return e.Deadline;
        }

        bool Cued(DateMention d) => DueWord().IsMatch(lower[..d.Span.Start]) || DueStart().IsMatch(d.Text);
        bool Past(DateMention d) => PastWord().IsMatch(lower[..d.Span.Start]) || PastStart().IsMatch(d.Text);
        var ordered = dates.OrderBy(d => d.Span.Start).ToList();
        var meantDate = meant > 0 ? ordered.FirstOrDefault(d => d.Span.Start >= meant && !Past(d)) : null;
        return (meantDate ?? ordered.FirstOrDefault(Cued) ?? ordered.FirstOrDefault(d => !Past(d)))?.Deadline;
    }

    /// <summary>
    /// A time said for a metric measured in time: "a call back within 6 hours", "inside of a day" (24 hours), "within two days"
    /// (48), "the sales cycle down to 45 days": the last such duration is the target in the metric's unit (hours for follow-up,
    /// days for the sales cycle), whatever other numbers the message carries ("a 2 hour forecast call", "3 demos").
    /// </summary>
    private static Entities Duration(string text, Entities e)
    {
        var keys = e.MetricList.Select(m => MetricCatalog.TryParse(m, out var k) ? k : (MetricKey?)null).ToList();
        MetricKey? timed = keys.Contains(MetricKey.FollowUpTime) ? MetricKey.FollowUpTime : keys.Contains(MetricKey.SalesCycle) ? MetricKey.SalesCycle : null;
        if (timed is not { } key)
        {
            return e;
        }

        // "follow-up under 30 hours in 3 weeks": a duration read as the deadline is not the target, unless the deadline is said
        // elsewhere ("within two days by end of march").
        var durations = CuedDuration().Matches(text).ToList();
        bool Overlap(DateMention d, Match m) => d.Span.Start < m.Index + m.Length && m.Index < d.Span.End;
        var deadlineElsewhere = e.DateList.Any(d => !durations.Any(m => Overlap(d, m)));
        var said = durations.LastOrDefault(m => deadlineElsewhere || !e.DateList.Any(d => Overlap(d, m)));
        if (said is null)
        {
            return e;
        }

        var count = said.Groups["n"].Value;
        var n = decimal.TryParse(count, NumberStyles.Number, CultureInfo.InvariantCulture, out var digits) ? digits : SmallNumberWords.Value(count);
        if (n is not { } value)
        {
            return e;
        }

        var unit = said.Groups["u"].Value.ToLowerInvariant();
        var hours = unit.StartsWith('d') ? value * 24 : unit.StartsWith('w') ? value * 24 * 7 : value;
        var name = MetricCatalog.NameOf(key);
        return e with { Metric = name, Metrics = [name], Target = key == MetricKey.FollowUpTime ? hours : hours / 24, Percent = null, Money = null };
    }

    /// <summary>
    /// A percentage metric said with today's level and the level wanted: "churn's sitting at 10%, I need it down to 7", "churn's
    /// about 10%, I want it at 6%", "churn is running around nine percent, let's get it to six". The first percentage said is
    /// the level; a later figure said after a word of aiming ("to", "at", "under", "want", "like", "target", "for", "make that")
    /// is the target, in digits or words, with or without its percent sign. The direction is left to the metric's meaning.
    /// </summary>
    private static Entities LevelThenTarget(string text, Entities e)
    {
        if (e.Baseline is not null || !MetricCatalog.TryParse(e.Metric, out var key) || MetricCatalog.Get(key).Unit != MetricUnit.Percent)
        {
            return e;
        }

        var lower = text.ToLowerInvariant();
        var first = PercentSaid().Match(lower);
        if (!first.Success || CountOf(first.Groups["n"].Value) is not { } level)
        {
            return e;
        }

        foreach (Match m in AimedFigure().Matches(lower, first.Index + first.Length))
        {
            // "churn at 12% is killing us. 5% by end of Q3": a later percentage said as such is the one wanted, unless said as now.
            var aimed = AimWord().IsMatch(lower[..m.Index]) || (m.Groups["pct"].Success && !NowAfter().IsMatch(lower[(m.Index + m.Length)..]));
            if (!aimed || CountOf(m.Groups["n"].Value) is not { } wanted || wanted > 100 || wanted == level)
            {
                continue;
            }

            return e with { Percent = wanted, Baseline = level, Target = null };
        }

        return e;
    }

    /// <summary>A count in digits or words ("6.5", "seven", "forty five"); not "a".</summary>
    private static decimal? CountOf(string said)
        => decimal.TryParse(said, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n
            : said.Trim() is "a" or "an" ? null : SmallNumberWords.Value(said);

    private static string Hundreds(Match m)
    {
        var hundreds = SmallNumberWords.Value(m.Groups["h"].Value);
        var rest = SmallNumberWords.Value(m.Groups["rest"].Value.Replace('-', ' '));
        return hundreds is { } h && rest is { } r ? (h * 100 + r).ToString(CultureInfo.InvariantCulture) : m.Value;
    }

    // "two sixty", "two fifty five", "three twenty": hundreds said without "hundred"; not a clock time ("at two thirty", "two fifteen pm").
    [GeneratedRegex(@"(?<at>\bat\s)?(?<![\w-])(?<h>one|two|three|four|five|six|seven|eight|nine)[\s-]+(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?!\s*(?:am|pm|o['’]?clock|hundred|thousand|minutes?|mins?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenHundreds();

    // A rate right after a figure: "a month", "per week", "every quarter", "/mo", "mqls".
    [GeneratedRegex(@"^\s*(?:(?:a|an|per|every|each)\s+(?:week|wk|month|mo|mnth|quarter|qtr|year|yr)\b|/|(?:mqls?|sqls?|leads|deals|opps)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateAfter();

    // "… the owner I mean": a filler said last, not a name.
    [GeneratedRegex(@"[\s,]+i\s+mean\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingIMean();

    // The speaker as owner: "I'm on it", "im accountable", "I'll be accountable", "I own this", "I'll take it", "that's on me", "my goal".
    [GeneratedRegex(@"\b(?:i|im|i['’]m|i\s+am|i['’]ll|ill|i\s+will)\s+(?:be\s+)?(?:the\s+one\s+)?(?:on\s+(?:it|this|that|point|the\s+hook)\b|accountable\b|responsible\b|own(?:ing)?\s+(?:it|this|that)\b|own\b|driv(?:e|ing)\s+(?:it|this|that)\b|run(?:ning)?\s+(?:it|this|that|point)\b|tak(?:e|ing)\s+(?:it|this|that|ownership|point)\b|the\s+owner\b|in\s+charge\b)|\b(?:that['’]?s|thats|it['’]?s|its|this\s+is)\s+on\s+me\b|\bmy\s+(?:goal|call|baby)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerOwns();

    // A name beside a word of ownership the set phrases leave out: "Alex is point", "alex has it", "sam's the owner", "priya runs it",
    // "priya can own it", "alex should run this one".
    [GeneratedRegex(@"(?<![\w@'’])@?(?<name>[A-Za-z][a-z]+)(?:(?:['’]s|\s+is|\s+has|\s+will\s+be)?\s+(?:the\s+)?(?:point|owner|has\s+it|got\s+it|runs\s+it|accountable|responsible)|\s+(?:can|could|should|will|would|gonna|is\s+going\s+to|is\s+gonna)\s+(?:own|run|drive|take)\s+(?:it|this|that|this\s+one|that\s+one)|\s+to\s+(?:own|run|drive|lead)(?:\s+(?:it|this|that))?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameOwns();

    // "… alex owns it... actually no, me": the speaker said alone after a change of mind owns it.
    [GeneratedRegex(@"^\W*(?:me|myself|mine|i\s+do|i\s+will|i['’]?ll)\b(?:\s+(?:instead|then|actually))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareMe();

    [GeneratedRegex(@"^\W*@?(?<name>[A-Za-z][a-z]+)\b(?!['’])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingName();

    // Words that open what a change of mind says other than a name: "per month", "by June", "make that", "eoq2".
    [GeneratedRegex(@"^(?:per|by|due|make|set|put|go|eo[qmy]\w*|q[1-4]|mid|early|late|more|less|up|down|to|at|for|with|just|only|hundred|thousand|million|k|m|sqls?|mqls?|opps?|deals?|pct|percent|from)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHead();

    // A share of deals or opportunities closed or won: "closing 30 pct of our opps", "win 35% of opportunities".
    [GeneratedRegex(@"\b(?:clos(?:e|es|ing)|win(?:s|ning)?|won|convert(?:s|ing)?)\b.{0,40}?\b(?:opps?|opportunit(?:y|ies)|deals|pipeline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WinShare();

    [GeneratedRegex(@"\b(?:by|due|until|till|til|through|thru|before|deadline|for)\W*(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DueWord();

    [GeneratedRegex(@"^(?:by|due|end|eo[qmy]|until|through|thru|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueStart();

    [GeneratedRegex(@"\b(?:since|last|from|after|was|were|back\s+in)\W*(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PastWord();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s?(?:%|percent\b|pct\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentAt();

    // Not the comma of a thousands figure ("3,000 leads a quarter" is one clause, not "3" and "000 leads a quarter").
    [GeneratedRegex(@"(?<!\d),|,(?!\d{3}(?!\d))|[;:!?…]|\.(?!\d)|\s[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:since|last|from|after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastStart();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();

    // "can you set that up?", "could u add it?", "thoughts?", "ok?", "sound good?"
    [GeneratedRegex(@"^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:set|add|create|save|log|put|make|get|lock|draft|write|do|book)\b|(?:ok|okay|thoughts|right|yeah|sound\s+good|sounds\s+good|good|cool|pls|please)\W*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestOrTag();

    // "within 6 hours", "inside of a day", "under 2 hrs", "down to 45 days", "to sixty days": a duration said as a bound or a target.
    [GeneratedRegex(@"\b(?:within|inside(?:\s+of)?|in|under|below|to|than|max(?:imum)?|tops)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?(?<n>\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\s*-?\s*(?<u>hours?|hrs?|h|days?|weeks?|wks?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedDuration();

    // What sales does with the leads handed over, said as a share: "sales accepting 90% of our leads", "sales should accept
    // ninety percent of our MQLs", "have sales take 85% of the leads", "the share of leads sales accepts", "75% of our leads
    // taken by sales", "acceptance of our leads by sales should be at ninety percent"; what is accepted said as what marketing
    // hands over ("sales to accept 88% of what we send them", "sales taking 92% of what we pass over"). Not "sales accepted 78%
    // of our leads last month": a report of what happened.
    [GeneratedRegex(@"\bsales\b.{0,30}?\b(?:accept(?:s|ing)?|tak(?:e|es|ing))\b.{0,40}?\b(?:leads?|mqls?|sqls?|what\s+(?:we|marketing|mktg|mkting)\s+(?:send|pass|hand|give|push|throw)(?:s|es)?)\b|\b(?:leads?|mqls?)\b.{0,30}?\b(?:sales\s+(?:accepts?|takes?)|(?:accepted|taken)\s+by\s+sales)\b|\bacceptance\s+of\s+(?:our\s+|the\s+|all\s+)?(?:leads?|mqls?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcceptShare();

    // A figure said of the past, with no deadline: a report ("sales accepted 78% of our leads last month"), not a goal.
    [GeneratedRegex(@"\b(?:last\s+(?:week|month|quarter|year)|yesterday|so\s+far)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    // A duration said as how long something took: "ran 2 hours over", "took 3 hours", "ate 2 days", "spent two days", "3 hours late".
    [GeneratedRegex(@"\b(?:ran|run|running|took|take|taking|ate|eats|spent|spend|spending|lasted|lost|wasted|burned|burnt)\s+(?:(?:about|around|almost|nearly|over|like|another|an?\s+extra|a\s+good|a\s+full|us|me)\s+)*(?:\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\s*-?\s*(?:hours?|hrs?|h|days?|minutes?|mins?)\b(?:\s+(?:over|late|long))?|(?:\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\s*-?\s*(?:hours?|hrs?|h|days?|minutes?|mins?)\s+(?:over|late|overtime|behind)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TookTime();

    // How long something took, not a figure: "2 hours", "two hours", "3 days", "45 mins".
    [GeneratedRegex(@"(?<![\w.])(?:\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\s*-?\s*(?:hours?|hrs?|days?|weeks?|wks?|minutes?|mins?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeSpent();

    // A figure gone to in a clause: "to 300", "of 1.2m", "need 250", "commit to 1.05m", "hit $2m"; not a level ("at 200 now"),
    // nor a year ("by end of 2027").
    [GeneratedRegex(@"\b(?:to|of|need|needs|want|target|hit|reach|doing|do)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?(?:[$€£]\s?|(?:usd|eur|gbp)\s?)?(?:(?!20\d\d\b)\d|" + SmallNumberWords.Pattern + @"\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureCue();

    // A percentage said in digits or words: "10%", "9.3 %", "ten percent", "12 pct".
    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\s?(?:%|percent\b|pct\b|per\s+cent\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PercentSaid();

    // A figure that may be the level wanted: digits or words, with an optional percent sign; not one with another unit after it.
    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")\b(?!\.\d)(?<pct>\s?(?:%|percent\b|pct\b))?(?!\s*(?:k|m|x|days?|hours?|hrs?|weeks?|months?|years?|quarters?|customers?|clients?|accounts?|deals?|people|logos?|of\s+(?:our|the|them))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AimedFigure();

    // A word of aiming just before the figure wanted: "down to 7", "at 6%", "under 5", "want 6%", "I'd like 5%", "target 7%",
    // "aiming for five percent", "make that 4%", "should be 6%".
    [GeneratedRegex(@"\b(?:to|at|under|below|above|over|want|like|target|for|be|hit|reach|make\s+that|make\s+it|making\s+it)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|~\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AimWord();

    [GeneratedRegex(@"^\s*(?:right\s+)?(?:now|today|currently|atm|at\s+the\s+moment|these\s+days)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NowAfter();

    [GeneratedRegex(@"^\s*(?:who|what|whats|what['’]s|how|hows|how['’]s|is|are|does|do|did|when|which|why|where)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:let['’]?s\s+not|don['’]?t|do\s+not|not\s+yet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refused();
}
