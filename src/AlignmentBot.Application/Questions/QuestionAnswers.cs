using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// Questions are never commands: "do we get a digest here?", "why is sales rejecting our leads?", "who owns the cost per
/// lead goal?" answer about the thing asked and change nothing. Used for any question whose intent, read as a command,
/// would change something (subscribe, record a verdict, log a request, start a goal, record a number).
/// </summary>
public sealed partial class QuestionAnswers(
    ScorecardService scorecards,
    ILeadStore leads,
    IRequestStore requests,
    IMeasurementStore measurements,
    DigestSubscriptions digests,
    LeadFeedbackService leadFeedback,
    ISlaStore slas)
{
    /// <summary>An interrogative ("do we…", "why is…", "what's…?"), not a polite command ("can you reject lead 12?").</summary>
    public static bool IsQuestion(string text)
    {
        // "what a morning. anyway, Sam needs …", "what a week lol": an exclamation first is chatter, not a question; what
        // follows it says whether one is asked.
        var t = Exclamation().Replace(text.Trim(), string.Empty, 1).Trim();
        // "be honest, is the 240 mql goal happening or is it a lost cause 🤔": a plea for candour before the question.
        t = Candour().Replace(t, string.Empty, 1).Trim();
        if (t.Length == 0)
        {
            return false;
        }

        // "could the digest land in here every tuesday morning at ten?": a day and a time for the digest ask for it, not about it.
        if (PoliteCommand().IsMatch(t) || Digests.DigestWhenWords.Read(t) is not null)
        {
            return false;
        }

        // "why does sales keep binning so many of our leads?? 🙄": an emoji after the question mark does not make it a statement.
        return Interrogative().IsMatch(t) || TrailingSymbols().Replace(t, string.Empty).EndsWith('?');
    }

    [GeneratedRegex(@"[\s\p{So}\p{Sk}\p{Cs}\uFE0F\u200D]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSymbols();

    [GeneratedRegex(@"^\W*(?:be\s+honest|(?:let'?s\s+)?be\s+real|honestly|real\s+talk|seriously|tbh|ngl)\s*[,:;.!-]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candour();

    /// <summary>
    /// The question inside a longer message that is not one as a whole ("ok so I've been in board prep all morning…, when is
    /// the acceptance rate goal actually due again? I need it for the deck"): a clause that starts with a question word and
    /// ends with a question mark, or null.
    /// </summary>
    public static string? QuestionInside(string text)
        => IsQuestion(text) || QuestionClause().Match(text) is not { Success: true } m ? null : m.Groups["q"].Value.Trim();

    [GeneratedRegex(@"(?:[.!?;,:]\s+|\s[-–—]+\s+)(?<q>(?:what|what's|whats|when|when's|whens|where|who|who's|whose|why|which|how|how's|is|are|do|does|did|will|r(?=\s+(?:we|u|you)\b))\b[^.!?;,]*\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionClause();

    /// <summary>Intents that change something when taken as a command.</summary>
    public static bool Changes(string intent) => intent is "digest" or "lead_feedback" or "log_request" or "define_goal" or "check_in";

    /// <summary>A question about one goal's facts or pace: "who owns the CPL goal?", "who's on the hook for MQLs?", "are we on pace for 240 MQLs a month?".</summary>
    public static bool AboutAGoal(string text, Conversations.Understanding.Understanding understanding)
        => understanding.Entities.Metric is not null && (GoalWord().IsMatch(text) || PaceWord().IsMatch(text) || OwnerWord().IsMatch(text) || TargetAsked().IsMatch(text)
            || (IsQuestion(text) && GoalFactAsked().IsMatch(text)));

    // "who set the MQL target and when's it due?": who set a number's goal, or when it is due, asked of a number named.
    [GeneratedRegex(@"\bwho\s+(?:set|made|created|defined|decided|came\s+up\s+with|agreed)\b|\bwhen(?:'s|’s|s|\s+is|\s+are)\s+(?:it|that|the\s+[\w\s-]{1,30}?)\s+due\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalFactAsked();

    // "what's our MQL target again?", "what is the company revenue target": the goal's target, asked.
    [GeneratedRegex(@"\bwhat(?:'s|s|\s+is|\s+are)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,3}?targets?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetAsked();

    /// <summary>"what was our weakest month for MQLs this year?", "best week for SQLs?": the best or worst period, not today's level.</summary>
    public static bool AsksBestPeriod(string text) => BestPeriod().IsMatch(text);

    /// <summary>A question about who answers for a number: "who owns CPL?", "who's on the hook for the MQL number?".</summary>
    public static bool AsksOwner(string text) => IsQuestion(text) && OwnerWord().IsMatch(text);

    /// <summary>
    /// "What's our cost per lead right now?", "what's our follow-up time at the moment?": today's figure of one number,
    /// whatever the intent model makes of the metric's other words (follow-up time is also in the lead agreement).
    /// </summary>
    public static bool AsksCurrent(string text, Conversations.Understanding.Understanding understanding)
        => IsQuestion(text) && understanding.Entities.Metric is not null && understanding.Entities.ReportedRange is null && CurrentWord().IsMatch(text) && !GoalOrTarget().IsMatch(text);

    /// <summary>What a question is about when its words say so whatever the intent model makes of it: "leads", "requests" or "number".</summary>
    public static string? Topic(string text, Conversations.Understanding.Understanding understanding)
    {
        // "is 1286 still pending?", "why did we bin the Globex Logistics lead?": where one lead stands, whatever the verb.
        if (LeadsTopic().IsMatch(text) || RejectionQuestion.Asks(text) || LeadParsing.AsksAboutALead(text, understanding.Entities.Reference))
        {
            return "leads";
        }

        // "is marketing working? asking for the board": the scorecard, though "asking for" sounds like the request list.
        if (ScorecardQuestion.AsksIfMarketingPays(text))
        {
            return null;
        }

        if (RequestsTopic().IsMatch(text))
        {
            return "requests";
        }

        if (understanding.Entities.Metric is not null && DefinitionTopic().IsMatch(text))
        {
            return "definition";
        }

        if (AsksCurrent(text, understanding))
        {
            return "current";
        }

        if (understanding.Entities.Metric is not null && BestPeriod().IsMatch(text))
        {
            return "best";
        }

        return understanding.Entities.Metric is not null && understanding.Entities.ReportedRange is not null && HowMany().IsMatch(text) ? "number" : null;
    }

    public async Task<bool> TryAnswerAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        var text = understanding.Text;
        // "how many leads are sitting in the queue rn": the leads still waiting for a verdict, before a look-up reads "leads" as
        // the inquiries marketing brought in.
        if (PendingCountQuestion.Asks(text))
        {
            await PendingCountAsync(dc, ct);
            return true;
        }

        // "why do you guys in sales keep binning our leads lately?": the reasons, before a look-up reads "leads lately" as MQLs.
        if (RejectionQuestion.Asks(text))
        {
            await RejectionsAsync(dc, ct);
            return true;
        }

        // "roughly what % of MQLs turn into SQLs for us?": the rate of that step, before a look-up reads "MQLs" as their count.
        if (StageConversion.Read(text) is { } step)
        {
            await StageConversionAsync(dc, step, ct);
            return true;
        }

        // "remind me what the revenue target is", "today's retention?": the goal's target, or where the number stands.
        if (MetricLookup.Read(text, understanding.Entities.Metric) is { Metric: { } asked } lookup && await LookUpAsync(dc, lookup, asked, understanding, ct))
        {
            return true;
        }

        if (AboutAGoal(text, understanding) && await GoalAsync(dc, understanding, ct))
        {
            return true;
        }

        switch (Topic(text, understanding))
        {
            case "leads":
                await LeadsAsync(dc, understanding, ct);
                return true;
            case "requests":
                await RequestsAsync(dc, text, ct);
                return true;
            case "number":
                await NumberAsync(dc, understanding, ct);
                return true;
            case "definition":
                await DefinitionAsync(dc, understanding, ct);
                return true;
            case "best":
                await BestAsync(dc, understanding, ct);
                return true;
            case "current":
                await CurrentAsync(dc, understanding, ct);
                return true;
        }

        switch (understanding.Intent)
        {
            case "digest":
                await DigestAsync(dc, ct);
                return true;
            case "lead_feedback":
                await LeadsAsync(dc, understanding, ct);
                return true;
            case "log_request":
                await RequestsAsync(dc, text, ct);
                return true;
            case "check_in" when understanding.Entities.Metric is not null:
                await NumberAsync(dc, understanding, ct);
                return true;
            case "define_goal" or "check_in":
                dc.Turn.Send("I read that as a question, so I haven't changed anything. To set a goal, say it as one, e.g. \"we need 200 MQLs a month by end of Q2\"; " +
                             "to record a number, \"MQLs this week: 42\". \"Is marketing working?\" shows the scorecard.");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A look-up: the goal's target (its line, with pace), else where the number stands. A count over a named period or
    /// the best period ("how many MQLs last week?") keeps its own answer.
    /// </summary>
    private async Task<bool> LookUpAsync(DialogContext dc, MetricLookupQuestion lookup, MetricKey metric, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        // "how's cost per lead trending?", "is cpl getting better or worse lately?", "revenue: up or down vs last quarter?":
        // which way the number moved, as the same question right after a look-up is answered (the scorecard's trend).
        if (!lookup.Target && GoalFollowUp.AsksTrend(understanding.Text) && await TrendAsync(dc, metric, ct))
        {
            return true;
        }

        if (lookup.Target && await GoalAsync(dc, understanding with { Entities = understanding.Entities with { Metric = MetricCatalog.NameOf(metric), Metrics = null } }, ct))
        {
            return true;
        }

        if (Topic(understanding.Text, understanding) is "number" or "best" or "definition")
        {
            return false;
        }

        if (lookup.Target)
        {
            dc.Turn.Send($"There's no goal for {MetricCatalog.Get(metric).Label} yet. To set one, say it as one, e.g. \"we need 200 MQLs a month by end of Q2\".");
        }

        await CurrentAsync(dc, understanding, ct, metric, lookup.Per);
        return true;
    }

    /// <summary>
    /// "why did we bin Globex?", "did sales bin the globex logistics one?": what became of the lead a question names, the
    /// decided ones first (a "why" or "did we bin" asks after a verdict). False when the message is not such a question or
    /// names no lead we have, so the other readings still get their turn.
    /// </summary>
    public async Task<bool> TryLeadHistoryAsync(DialogContext dc, string text, CancellationToken ct)
    {
        if (LeadHistory.Question(text) is null)
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var named = LeadHistory.Read(text, await leadFeedback.CompaniesAsync(scope, dc.Turn.Now, ct));
        var id = named is not null && LeadHistory.IsId(named);
        var found = named is null ? [] : await leadFeedback.FindAsync(scope, id ? named : null, id ? null : named, dc.Turn.Now, ct);
        if (found.Count == 0)
        {
            // "any update on the Wayne Enterprises lead?": a company said as one that we have no lead from is told so, not guessed at.
            if (LeadHistory.CompanySaid(text) is not { } said)
            {
                return false;
            }

            var company = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(said);
            dc.Turn.Send($"I can't find a lead from {company} in the last {LeadFeedbackService.RecentDays} days, so there's nothing on it to report. I haven't changed anything.");
            return true;
        }

        // "is the Aperture one still in the queue?" asks after the ones nobody has decided, so those come first then.
        var waitingFirst = LeadHistory.AsksIfWaiting(text);
        var shown = found.OrderBy(l => (l.Decision == LeadDecision.Pending) != waitingFirst).Take(3).ToArray();
        // "why did we bin the Initech one?" while Initech Retail still waits: the one still waiting is said too, so a question
        // about a rejection that never happened is not answered with other leads of the company alone.
        if (!shown.Any(l => l.Decision == LeadDecision.Pending) && found.FirstOrDefault(l => l.Decision == LeadDecision.Pending) is { } waiting)
        {
            shown = [waiting, .. shown.Take(2)];
        }

        var more = found.Count > shown.Length ? $"\n…and {found.Count - shown.Length} more from {named}." : string.Empty;
        dc.Turn.Send(string.Join("\n", shown.Select(Describe)) + more + "\nI haven't changed anything.");
        // One lead told about, and waiting, keeps it the topic, so "hooli's fine, accept it" next is its verdict (LeadInTalk); not
        // when the question found several ("what's happening with the hooli leads?": "accept hooli" is still asked which).
        if (found.Count == 1 && found[0].Decision == LeadDecision.Pending)
        {
            dc.Turn.Set(new Dialogs.Leads.LeadInTalk.Told(found.First(l => l.Decision == LeadDecision.Pending).ExternalId));
        }

        return true;
    }

    /// <summary>
    /// "which of our goals are in the red?", "whats stale?", "is the retention number even current?": one part of the
    /// scorecard (<see cref="ScorecardSlice"/>), each goal named with who owns it, each stale number with how old it is.
    /// A number named answers for that number alone. False when there are no goals (the scorecard's own offer answers then)
    /// or the number named has no goal, so the other readings still get their turn.
    /// </summary>
    public async Task<bool> TrySliceAsync(DialogContext dc, ScorecardPart part, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        if (part == ScorecardPart.Meaning)
        {
            // The rules docs/talking-to-the-bot.md states ("Here is how to read it"), in a sentence each.
            dc.Turn.Send("Pace compares where a goal is with where it should be by now. A goal per period (\"240 MQLs a month\") is **on track** " +
                         "when the last period's figure is within 5% of the target, **at risk** within 15%, and **off track** beyond that. A level goal " +
                         "(\"cost per lead $110 → $80\") follows a straight line from its baseline to its target, and the 5% and 15% are of that whole " +
                         "distance. A number older than two check-in periods is **stale**; **no data** means nobody has reported it yet. I haven't changed anything.");
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var lines = view.Scorecard.Lines;
        if (lines.Count == 0)
        {
            return false;
        }

        var today = dc.Turn.Today;
        string Owned(GoalProgress l) => $"**{l.Goal.Title(view.Currency)}** ({l.Goal.OwnerName})";
        string Age(GoalProgress l) => l.AsOf is { } d
            ? $"last reported {Formatting.Date(d)}, {((today.DayNumber - d.DayNumber) is var days && days >= 14 ? $"{days / 7} weeks" : $"{days} days")} old"
            : "never reported";
        if (part == ScorecardPart.Stale && understanding.Entities.Metric is { } named)
        {
            if ((lines.FirstOrDefault(l => MetricCatalog.NameOf(l.Goal.Metric) == named && l.Goal.ParentId is null) ?? lines.FirstOrDefault(l => MetricCatalog.NameOf(l.Goal.Metric) == named)) is not { } line)
            {
                return false;
            }

            var label = line.Goal.Definition.Label;
            dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(line.Goal.Metric)));
            dc.Turn.Send((line.IsStale || line.Pace == Pace.NoData
                ? $"{label} is out of date: {Age(line)}, so it is stale. Check in a new figure to bring it up to date."
                : $"{label} is current: {Age(line)}.") + " I haven't changed anything.");
            return true;
        }

        if (part == ScorecardPart.Mine)
        {
            var mine = lines.Where(l => l.Goal.OwnerId == scope.Person.UserId).OrderBy(l => l.Goal.ParentId is null ? 0 : 1).ToArray();
            if (mine.Length == 1)
            {
                dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(mine[0].Goal.Metric)));
            }

            dc.Turn.Send((mine.Length == 0
                ? "You don't own any goal yet. \"Is marketing working?\" shows everyone's."
                : "Your goals:\n" + string.Join("\n", mine.Select(l => $"• **{ShortNamed(l.Goal.Title(view.Currency), l.Goal.Metric)}**: {PaceLabels.Text(l.Pace)}. {l.Explanation}".TrimEnd())))
                + "\nI haven't changed anything.");
            return true;
        }

        if (part == ScorecardPart.Stale)
        {
            var stale = view.Scorecard.WithoutFreshData;
            dc.Turn.Send((stale.Count == 0
                ? "Every goal has fresh numbers; nothing is stale."
                : "Without fresh numbers: " + string.Join("; ", stale.Select(l => $"{Owned(l)}: {Age(l)}{(l.IsStale ? " (stale)" : string.Empty)}")) + ".")
                + " I haven't changed anything.");
            return true;
        }

        var behind = lines.Where(l => l.Pace is Pace.Missed or Pace.OffTrack or Pace.AtRisk)
            .OrderBy(l => l.Pace switch { Pace.Missed => 0, Pace.OffTrack => 1, _ => 2 }).ToArray();
        // "who owns that one?" next is about the goal furthest behind, the one named first.
        if (behind.Length > 0)
        {
            dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(behind[0].Goal.Metric)));
        }

        dc.Turn.Send((behind.Length == 0
            ? "Nothing is behind: every goal with numbers is on track."
            : "Behind: " + string.Join("\n", behind.Select(l => $"• {Owned(l)}: {PaceLabels.Text(l.Pace)}. {l.Explanation}".TrimEnd())))
            + "\nI haven't changed anything.");
        return true;
    }

    /// <summary>
    /// "who owns which goal?", "who owns what": every open goal with its owner, top-level goals first, and the pace each is
    /// at. Read from the scorecard; nothing changes.
    /// </summary>
    public async Task OwnersAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var lines = view.Scorecard.Lines.OrderBy(l => l.Goal.ParentId is null ? 0 : 1).ToArray();
        dc.Turn.Send(lines.Length == 0
            ? "There are no goals yet, so nobody owns one. To set one, say it, e.g. \"we need 200 MQLs a month by end of Q2\"."
            : "Who owns which goal:\n" + string.Join("\n", lines.Select(l => $"• **{l.Goal.Title(view.Currency)}**: {l.Goal.OwnerName} ({(l.Pace == Pace.NoData ? "no data yet" : PaceLabels.Text(l.Pace))})"))
              + "\nI haven't changed anything.");
    }

    /// <summary>
    /// "who's carrying the cost-per-lead number nowadays?", "when is the CPL goal actually due?": one goal's line (owner,
    /// deadline, pace, latest figure) for the number <paramref name="understanding"/> names; false when no live goal has it. When the
    /// conversation is about one goal of that number (<paramref name="inTalk"/>, just saved, changed or shown), that goal, or
    /// the other, older one when the question names it ("who owns the old 240 one?"); else the first on the scorecard.
    /// </summary>
    public Task<bool> TryGoalLineAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct, string? inTalk = null, bool older = false)
        => GoalAsync(dc, understanding, ct, inTalk, older);

    private async Task<bool> GoalAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct, string? inTalk = null, bool older = false, bool against = false)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var wanted = understanding.Entities.MetricList;
        var lines = view.Scorecard.Lines.Where(l => wanted.Contains(MetricCatalog.NameOf(l.Goal.Metric))).ToArray();
        var talked = inTalk is null ? null : lines.FirstOrDefault(l => l.Goal.Id.Value.ToString() == inTalk);
        var line = talked is null
            ? older ? lines.OrderBy(l => l.Goal.CreatedAt).FirstOrDefault()
            : GoalFollowUp.NamesTheNewer(understanding.Text) ? lines.OrderByDescending(l => l.Goal.CreatedAt).FirstOrDefault()
            : lines.FirstOrDefault()
            : older ? lines.Where(l => l.Goal.Id != talked.Goal.Id).OrderBy(l => l.Goal.CreatedAt).FirstOrDefault() ?? talked
            : talked;
        if (line is null)
        {
            return false;
        }

        var goal = line.Goal;
        dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(goal.Metric), goal.Id.Value.ToString()));
        var status = line.Pace == Pace.NoData ? "no data yet" : PaceLabels.Text(line.Pace);
        var current = line.Current is { } c ? $" Latest: {MetricFormat.Value(goal.Metric, c, goal.CurrencyOr(view.Currency))}." : string.Empty;
        if (against && line.Current is { } level)
        {
            // "are we above or below that right now?": the answer first, then the line it comes from.
            dc.Turn.Send(AgainstTarget(goal, level, goal.CurrencyOr(view.Currency)));
        }

        // "what was revenue when we set the revenue goal?", "what's the MQL goal's baseline?": where it started, said first.
        var start = StartAsked().IsMatch(understanding.Text)
            ? goal.Baseline is { } from
                ? $"When the goal was set, {goal.Definition.Label.ToLowerInvariant()} was {MetricFormat.Value(goal.Metric, from, goal.CurrencyOr(view.Currency))} (its baseline). "
                : "The goal was set without a baseline. "
            : string.Empty;
        dc.Turn.Send($"{start}**{goal.Title(view.Currency)}**: owned by {goal.OwnerName}, due {Formatting.Date(goal.Deadline)}. It is {status}.{current} {line.Explanation}".TrimEnd());

        // "which goals feed into the revenue goal?", "what hangs off revenue?": the goals that roll up to it, each with its pace.
        if (GoalFeeders.Names(understanding.Text))
        {
            var under = view.Scorecard.Lines.Where(l => l.Goal.ParentId == goal.Id).ToArray();
            dc.Turn.Send(under.Length == 0
                ? "No goals roll up to it yet; a goal is put under it when it is set up to feed it."
                : "Goals under it: " + string.Join("; ", under.Select(l => $"{ShortNamed(l.Goal.Title(view.Currency), l.Goal.Metric)} ({(l.Pace == Pace.NoData ? "no data yet" : PaceLabels.Text(l.Pace))})")) + ".");
        }

        return true;
    }

    /// <summary>
    /// A follow-up about the number just discussed ("and when's that one due again", "what's it at rn?"): its goal's line, which
    /// names the owner, deadline, target, pace and latest figure; today's level when that is what is asked, or when the number
    /// has no goal (then said so for a fact only a goal has). Nothing changes.
    /// </summary>
    /// <summary>
    /// "is that realistic btw?", "and is 100 a month realistic?" about the goal in talk (RealismQuestion.AboutTheGoal):
    /// the question the numbers answer, with the goal's target for "that" and its period when none was said, or null when
    /// no active rate goal of that number is on the scorecard (a level such as CPL is not run through the numbers).
    /// </summary>
    public async Task<string?> RealismOfGoalAsync(DialogContext dc, string metric, string? goal, string figure, bool periodSaid, string said, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var lines = view.Scorecard.Lines.Where(l => MetricCatalog.NameOf(l.Goal.Metric) == metric).ToArray();
        var line = lines.FirstOrDefault(l => l.Goal.Id.Value.ToString() == goal) ?? lines.OrderByDescending(l => l.Goal.CreatedAt).FirstOrDefault();
        if (line?.Goal is not { IsRate: true, Per: { } per } talked)
        {
            return null;
        }

        if (figure != "that" && periodSaid)
        {
            return said;
        }

        var target = figure == "that" ? talked.Target.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : figure;
        return $"is {target} a {Periods.Noun(per)} realistic?";
    }

    public async Task<bool> FollowUpAsync(DialogContext dc, string metric, GoalFollowUpFact fact, CancellationToken ct, string? goal = null, bool older = false, string said = "")
    {
        if (!MetricCatalog.TryParse(metric, out var key))
        {
            return false;
        }

        var about = new Conversations.Understanding.Understanding(Conversations.Understanding.Understanding.NoneIntent, 1, new Conversations.Understanding.Entities(Metric: metric), string.Empty);
        if (fact == GoalFollowUpFact.Now)
        {
            await CurrentAsync(dc, about, ct, key);
            return true;
        }

        if (fact == GoalFollowUpFact.Trend && await TrendAsync(dc, key, ct))
        {
            return true;
        }

        if (await GoalAsync(dc, about, ct, goal, older, against: fact == GoalFollowUpFact.Pace && GoalFollowUp.AsksAboveOrBelow(said)))
        {
            return true;
        }

        dc.Turn.Send($"There's no goal for {MetricCatalog.Get(key).Label} yet, so nobody owns it and it has no deadline or target. To set one, say it as one, e.g. \"we need 200 MQLs a month by end of Q2\".");
        dc.Turn.Set(new GoalFollowUp.Discussed(metric));
        return true;
    }

    /// <summary>
    /// Where a goal's latest figure sits against its target, said plainly ("Below the target: 228 against 240."), and for a
    /// number that should come down, which side is the good one. Nothing changes.
    /// </summary>
    private static string AgainstTarget(Domain.Goals.Goal goal, decimal level, string currency)
    {
        var now = MetricFormat.Value(goal.Metric, level, currency);
        var target = MetricFormat.Value(goal.Metric, goal.Target, currency);
        if (level == goal.Target)
        {
            return $"Right on the target: {now}.";
        }

        var side = level < goal.Target ? "Below" : "Above";
        var good = (level > goal.Target) == (goal.Direction == Domain.Goals.Direction.Increase);
        var lower = goal.Direction == Domain.Goals.Direction.Decrease ? $"; for {goal.Definition.Label} lower is better, so that is {(good ? "past it" : "short of it")}" : string.Empty;
        return $"{side} the target right now: {now} against {target}{lower}.";
    }

    /// <summary>
    /// "is it getting better or worse?", "is that one improving?" about the number just discussed: which way its goal's
    /// figure moved from the period before to the latest one, and whether that is the way the goal wants (the scorecard's
    /// trend). False when no live goal has the number; said so when there are not two periods to compare. Nothing changes.
    /// </summary>
    private async Task<bool> TrendAsync(DialogContext dc, MetricKey metric, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var name = MetricCatalog.NameOf(metric);
        var line = view.Scorecard.Lines.FirstOrDefault(l => MetricCatalog.NameOf(l.Goal.Metric) == name && l.Goal.ParentId is null)
            ?? view.Scorecard.Lines.FirstOrDefault(l => MetricCatalog.NameOf(l.Goal.Metric) == name);
        if (line is null)
        {
            return false;
        }

        var goal = line.Goal;
        var label = goal.Definition.Label;
        var currency = goal.CurrencyOr(view.Currency);
        var trend = line.Trend;
        dc.Turn.Set(new GoalFollowUp.Discussed(name));
        if (trend.Direction == TrendDirection.Unknown || trend.Previous is not { } before || trend.Latest is not { } after)
        {
            dc.Turn.Send($"I can't tell yet whether {label} is getting better or worse: there aren't two periods of numbers to compare. It is {PaceLabels.Text(line.Pace)} against **{goal.Title(view.Currency)}**. I haven't changed anything.");
            return true;
        }

        var moved = trend.Direction switch
        {
            TrendDirection.Flat => "holding flat",
            _ when trend.IsImprovement == true => "getting better",
            _ => "getting worse",
        };
        dc.Turn.Send($"{label} is {moved} ({PaceLabels.Trend(trend)}): {MetricFormat.Value(goal.Metric, after, currency)} in the latest period against {MetricFormat.Value(goal.Metric, before, currency)} the period before. "
            + $"Against **{goal.Title(view.Currency)}** it is {PaceLabels.Text(line.Pace)}. I haven't changed anything.");
        return true;
    }

    /// <summary>
    /// A goal's title with the short name people use for its number, "Marketing qualified leads (MQLs): 240 per month", so
    /// someone who asked about "the MQL goal" sees it named as they know it.
    /// </summary>
    private static string ShortNamed(string title, MetricKey metric)
    {
        var definition = MetricCatalog.Get(metric);
        var acronym = definition.Plural.Length > 1 && char.IsUpper(definition.Plural[1]);
        return acronym && title.StartsWith(definition.Label, StringComparison.Ordinal) && !title.Contains(definition.Plural, StringComparison.Ordinal)
            ? $"{definition.Label} ({definition.Plural}){title[definition.Label.Length..]}"
            : title;
    }

    /// <summary>The digests this conversation gets and when each goes out next; nothing changes.</summary>
    public async Task DigestAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var here = await digests.ListForConversationAsync(scope.Address, ct);
        var where = scope.Address.IsGroup ? "this channel" : "this conversation";
        dc.Turn.Send(here.Count == 0
            ? $"No digest goes to {where} yet, and I haven't changed that. The weekly digest sums up the scorecard, goals at risk, lead verdicts and unaligned requests; " +
              "to get it here, say \"send the weekly digest here every Monday at 9\"."
            : $"Digests to {where}:\n" + string.Join("\n", here.Select(s => $"• the {DigestAudiences.Noun(s.Subscription.Audience)} digest, {Rate(s.Subscription.Schedule)}; the next one {DigestSubscriptions.When(s.Subscription.Schedule, s.NextRun)}")) +
              "\nTo change it, say \"move the digest to Friday at 4pm\"; I haven't changed anything.");
    }

    /// <summary>"weekly on Thursdays at 11:00 (Europe/Berlin)", "every two weeks on Mondays at 08:00 (America/New_York)".</summary>
    private static string Rate(Domain.Digests.DigestSchedule schedule)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(schedule.EveryWeeks == 2 ? "every two weeks" : "weekly")} on {schedule.Day}s at {schedule.Time:HH\\:mm} ({schedule.TimeZone})");

    /// <summary>What a digest holds ("what's even in the digest?"), and what this conversation gets; nothing changes.</summary>
    public async Task DigestContentsAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var here = await digests.ListForConversationAsync(scope.Address, ct);
        var where = scope.Address.IsGroup ? "this channel" : "this conversation";
        dc.Turn.Send("The weekly digest sums up the scorecard (MQLs, pipeline and revenue against their goals), the goals at risk, sales' lead " +
            "verdicts and their top rejection reasons, the requests not tied to a goal, and a few asks for the week. " +
            (here.Count == 0
                ? $"No digest goes to {where} yet; I haven't changed anything."
                : $"{where[..1].ToUpperInvariant()}{where[1..]} gets " + string.Join(" and ", here.Select(s => $"the {DigestAudiences.Noun(s.Subscription.Audience)} digest, {Rate(s.Subscription.Schedule)}")) +
                  "; I haven't changed anything. Say \"preview the digest\" to see this week's."));
    }

    private async Task LeadsAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var company = LeadParsing.CompanyInQuestion(understanding.Text);
        var reference = understanding.Entities.Reference ?? (company is null ? LeadParsing.BareId(understanding.Text) : null);
        if (reference is not null || company is not null)
        {
            var found = await leadFeedback.FindAsync(scope, reference, company, dc.Turn.Now, ct);
            if (found.Count > 0)
            {
                // Several leads from one company: the ones still waiting first, since "did sales ever get to the Relecloud
                // lead?" asks after the one nobody has decided, and the rest counted rather than dropped silently.
                var shown = found.OrderBy(l => l.Decision != LeadDecision.Pending).Take(3).ToArray();
                var more = found.Count > shown.Length ? $"\n…and {found.Count - shown.Length} more from {company}." : string.Empty;
                dc.Turn.Send(string.Join("\n", shown.Select(Describe)) + more + "\nI haven't changed anything.");
                if (found.Count(l => l.Decision == LeadDecision.Pending) == 1)
                {
                    dc.Turn.Set(new Dialogs.Leads.LeadInTalk.Told(found.First(l => l.Decision == LeadDecision.Pending).ExternalId));
                }

                return;
            }

            // A lead nobody has is said to be missing, never answered with figures about other leads as if it were found.
            var named = company is not null ? $"a lead from {company}" : $"lead {reference}";
            dc.Turn.Send($"I can't find {named}. I haven't changed anything. To see the leads waiting for a decision, say \"review leads\".");
            return;
        }

        await RejectionsAsync(dc, ct);
    }

    /// <summary>
    /// "what % of MQLs become SQLs?": the step's rate over the last quarter of data, as the reverse funnel counts it
    /// (<see cref="Goals.GoalPlanner.Rates"/>), with the other steps beside it; a typical B2B value is named as one.
    /// </summary>
    private async Task StageConversionAsync(DialogContext dc, string step, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(dc.Turn.Today.AddDays(-Goals.GoalPlanner.HistoryDays), dc.Turn.Today), null, ct);
        var (rates, assumed) = Goals.GoalPlanner.Rates(history, dc.Turn.Today);
        (string Label, string Said, decimal Rate)[] steps =
        [
            ("MQL→SQL rate", "of MQLs become SQLs", rates.MqlToSql),
            ("SQL→opportunity rate", "of SQLs become opportunities", rates.SqlToOpportunity),
            ("win rate", "of opportunities become won deals", rates.WinRate),
        ];
        var asked = steps[step switch { "sql-opportunity" => 1, "opportunity-deal" => 2, _ => 0 }];
        var basis = assumed.Contains(asked.Label) ? "a typical B2B value: you have not recorded both numbers yet" : "over your last 90 days of data";
        var others = string.Join(", ", steps.Where(s => s.Label != asked.Label).Select(s => $"{s.Label} {Formatting.Percent(s.Rate * 100)}{(assumed.Contains(s.Label) ? " (typical B2B)" : string.Empty)}"));
        dc.Turn.Send($"About {Formatting.Percent(asked.Rate * 100)} {asked.Said} ({basis}). The rest of the funnel: {others}. I haven't changed anything.");
    }

    /// <summary>How many leads wait for a verdict, the oldest named: what "how many leads are sitting in the queue?" asks.</summary>
    private async Task PendingCountAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var pending = await leadFeedback.PendingAsync(scope, dc.Turn.Now, ct);
        if (pending.Count == 0)
        {
            dc.Turn.Send("No leads are waiting for a decision right now. I haven't changed anything.");
            return;
        }

        var oldest = pending.OrderBy(l => l.CreatedAt).First();
        var count = pending.Count == 1 ? "1 lead is" : $"{pending.Count} leads are";
        var since = Formatting.Date(DateOnly.FromDateTime(oldest.CreatedAt.UtcDateTime));
        dc.Turn.Send($"{count} waiting for a decision; the oldest is {oldest.ExternalId}{(oldest.Company is null ? string.Empty : $" ({oldest.Company})")}, in since {since}. I haven't changed anything. To go through them, say \"review leads\".");
    }

    /// <summary>This month's top rejection reasons and how many leads wait for a verdict: what "why is sales rejecting our leads?" asks.</summary>
    private async Task RejectionsAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var month = Periods.Containing(dc.Turn.Today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
        var top = SlaCompliance.TopReasons(monthLeads, 3);
        var pending = await leadFeedback.PendingAsync(scope, dc.Turn.Now, ct);
        var reasons = top.Count == 0
            ? "No leads have been rejected this month."
            : "Top rejection reasons this month: " + string.Join(", ", top.Select(t => $"{RejectionReasons.Label(t.Reason)} ({t.Count})")) + ".";
        dc.Turn.Send($"{reasons} {pending.Count} leads are waiting for a decision. To record a verdict, say \"reject lead 4512: no budget\" or \"review leads\".");
    }

    private static string Describe(Lead lead)
    {
        var name = $"Lead {lead.ExternalId}{(lead.Company is null ? string.Empty : $" ({lead.Company})")}";
        return lead.Decision switch
        {
            LeadDecision.Rejected => $"{name} was rejected: {RejectionReasons.Label(lead.RejectionReason ?? RejectionReason.Other)}{(lead.DecidedBy is null ? string.Empty : $", by {lead.DecidedBy}")}.",
            LeadDecision.Accepted => $"{name} was accepted{(lead.DecidedBy is null ? string.Empty : $" by {lead.DecidedBy}")}.",
            _ => $"{name} is still pending: waiting for a decision.",
        };
    }

    private async Task RequestsAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var all = await requests.ListAsync(scope.Workspace.Id, ct);
        var lines = new List<string>();
        var requester = all.Select(r => r.RequestedBy).Distinct(StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(name => FirstName(name) is { Length: > 1 } first && Regex.IsMatch(text, $@"\b{Regex.Escape(first)}\b", RegexOptions.IgnoreCase));
        if (requester is not null)
        {
            var theirs = all.Where(r => FirstName(r.RequestedBy).Equals(FirstName(requester), StringComparison.OrdinalIgnoreCase)).OrderByDescending(r => r.LoggedAt).Take(6).ToArray();
            lines.Add($"{FirstName(requester)} asked marketing for: " + string.Join("; ", theirs.Select(Title)) + ".");
        }

        else if (all.Count > 0)
        {
            // "what has sales been asking us for lately?": the latest asks, each with who asked.
            var latest = all.OrderByDescending(r => r.LoggedAt).Take(6).Select(r => $"{Title(r)}, asked by {FirstName(r.RequestedBy)}");
            lines.Add("Latest requests: " + string.Join("; ", latest) + ".");
        }

        var month = UnalignedWork.Summarize(all, Periods.Containing(dc.Turn.Today, PeriodKind.Month));
        if (month.SharePercent is { } share)
        {
            lines.Add($"This month {month.Unaligned} of {month.Logged} logged requests ({Formatting.Percent(share)}) are unaligned: they serve no agreed goal.");
        }

        var open = all.Where(r => r.IsOpen && !r.IsAligned).OrderBy(r => r.DueDate ?? DateOnly.MaxValue).Take(6).ToArray();
        if (open.Length > 0)
        {
            lines.Add("Open unaligned requests: " + string.Join("; ", open.Select(Title)) + ".");
        }

        lines.Add("To log a request, say who asked for what and by when, e.g. \"Dana asked for a one-pager by Friday\".");
        dc.Turn.Send(string.Join("\n", lines));
    }

    private static string Title(MarketingRequest r) => r.DueDate is { } due ? $"{r.Title} (due {Formatting.Date(due)})" : r.Title;

    private static string FirstName(string name) => name.Split([' ', '('], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;

    private async Task NumberAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!MetricCatalog.TryParse(understanding.Entities.Metric, out var metric))
        {
            return;
        }

        var range = understanding.Entities.ReportedRange is { RangeStart: { } start, RangeEnd: { } end } ? new DateRange(start, end) : Periods.Containing(dc.Turn.Today.AddDays(-7), PeriodKind.Week);
        var data = await measurements.ListAsync(scope.Workspace.Id, range, [metric], ct);
        var inRange = data.Where(m => m.Metric == metric && range.Contains(m.Period.Start)).ToArray();
        var label = Named(MetricCatalog.Get(metric));
        dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(metric)));
        dc.Turn.Send(inRange.Length == 0
            ? $"I have no {label} recorded for {Formatting.Date(range.Start)}–{Formatting.Date(range.End)}. I haven't recorded anything."
            : $"{label}, {Formatting.Date(range.Start)}–{Formatting.Date(range.End)}: {MetricFormat.Value(metric, MetricCatalog.Get(metric).IsFlow ? inRange.Sum(m => m.Value) : inRange.OrderBy(m => m.Period.End).Last().Value, scope.Currency)}. I haven't recorded anything.");
    }

    /// <summary>"Sales qualified leads (SQLs)": the label with the short name people ask by, when that is an abbreviation.</summary>
    private static string Named(MetricDefinition definition)
        => definition.Plural.Any(char.IsUpper) && !definition.Label.Contains(definition.Plural, StringComparison.OrdinalIgnoreCase)
            ? $"{definition.Label} ({definition.Plural})"
            : definition.Label;

    /// <summary>"What's our win rate right now?": where the number is today, as the goal dialog takes a baseline, and its goal's pace if it has one.</summary>
    private async Task CurrentAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct, MetricKey? asked = null, PeriodKind? per = null)
    {
        if (asked is not { } metric && !MetricCatalog.TryParse(understanding.Entities.Metric, out metric))
        {
            return;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var definition = MetricCatalog.Get(metric);
        dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(metric)));
        var view = await scorecards.BuildAsync(scope.Workspace.Id, ct);
        var goalLine = view.Scorecard.Lines.FirstOrDefault(l => l.Goal.Metric == metric && l.Goal.ParentId is null);
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(dc.Turn.Today.AddDays(-Goals.GoalPlanner.HistoryDays), dc.Turn.Today), null, ct);
        var (value, source) = Goals.GoalPlanner.Baseline(metric, definition.IsFlow ? (per ?? PeriodKind.Month).ToString().ToLowerInvariant() : null, history, dc.Turn.Today);
        var goal = goalLine is null ? string.Empty : $" The goal is **{goalLine.Goal.Title(view.Currency)}**: {(goalLine.Pace == Pace.NoData ? "no data yet" : PaceLabels.Text(goalLine.Pace))}.";
        // The latest reported, else what the data gives, else the goal's starting point, each said for what it is.
        // "MQLs per week lately": a count asked per period is the average of that period from the data, not the goal's monthly figure.
        var (now, basis) = per is not null && definition.IsFlow && value is { } perPeriod ? (perPeriod, $"{source}, a {Periods.Noun(per.Value)}")
            : goalLine?.Current is { } latest ? (latest, "latest")
            : value is { } fromData ? (fromData, source ?? "from your data")
            : goalLine?.Goal.Baseline is { } start ? (start, "the goal's starting point; nothing newer is recorded")
            : ((decimal?)null, (string?)null);
        dc.Turn.Send(now is not { } figure
            ? $"I have no {definition.Plural} recorded yet. Check one in with \"{definition.Plural} this week: 42\". I haven't changed anything."
            : $"{definition.Label} is {MetricFormat.Value(metric, figure, goalLine?.Goal.CurrencyOr(view.Currency) ?? scope.Currency)} ({basis}).{goal} I haven't changed anything.");
    }

    /// <summary>"What counts as an MQL here?": the definition the lead agreement gives, or what the bot counts.</summary>
    private async Task DefinitionAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        if (!MetricCatalog.TryParse(understanding.Entities.Metric, out var metric))
        {
            return;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var definition = MetricCatalog.Get(metric);
        var sla = await slas.GetActiveAsync(scope.Workspace.Id, ct) ?? await slas.GetPendingAsync(scope.Workspace.Id, ct);
        var agreed = sla?.Definition is { Length: > 0 } said && metric is MetricKey.Mql or MetricKey.Sal or MetricKey.Sql or MetricKey.Leads
            ? $"{(sla.IsActive ? "The lead agreement" : "The proposed lead agreement")} says: {said}"
            : metric == MetricKey.Mql
                ? "The lead agreement doesn't define an MQL yet; propose one with the definition, e.g. \"propose an SLA: 200 MQLs a month, follow-up within 24 hours\"."
                : null;
        var counted = definition.IsFlow
            ? $"I count {definition.Label} ({definition.Plural}) as the number reported per week or month, from check-ins and imports."
            : $"{definition.Label} is a level I take from the latest number reported.";
        dc.Turn.Send(agreed is null ? $"{counted} I haven't changed anything." : $"{agreed}\n{counted} I haven't changed anything.");
    }

    /// <summary>"What was our best month for MQLs?": the best and the average of the recent whole periods, as the goal dialog counts them.</summary>
    private async Task BestAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken ct)
    {
        if (!MetricCatalog.TryParse(understanding.Entities.Metric, out var metric))
        {
            return;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var definition = MetricCatalog.Get(metric);
        var match = BestPeriod().Match(understanding.Text);
        var unit = (match.Groups["unit"].Success ? match.Groups["unit"] : match.Groups["unit2"].Success ? match.Groups["unit2"] : match.Groups["unit3"]).Value;
        var period = Periods.TryParse(unit.ToLowerInvariant(), out var kind) ? kind : PeriodKind.Month;
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(dc.Turn.Today.AddDays(-Goals.GoalPlanner.HistoryDays), dc.Turn.Today), null, ct);
        string? basis = null;
        var rate = definition.IsFlow ? Goals.GoalPlanner.RunRate(metric, period, history, dc.Turn.Today, out basis) : new Domain.Funnel.RunRate([]);
        if (!rate.HasData)
        {
            dc.Turn.Send($"I don't have whole {Periods.Noun(period)}s of {definition.Plural} recorded yet. Check one in with \"{definition.Plural} this week: 42\". I haven't changed anything.");
            return;
        }

        dc.Turn.Set(new GoalFollowUp.Discussed(MetricCatalog.NameOf(metric)));
        var lowest = WorstWord().IsMatch(understanding.Text);
        var value = lowest ? rate.History.Min() : rate.Best;
        dc.Turn.Send($"Your {(lowest ? "weakest" : "best")} {Periods.Noun(period)} for {definition.Plural} was {MetricFormat.Value(metric, value, scope.Currency)}, over {basis}; " +
                     $"the average is {MetricFormat.Value(metric, Math.Round(rate.Average, 1), scope.Currency)} a {Periods.Noun(period)}. I haven't changed anything.");
    }

    // Where a goal started: its baseline, what the number was when the goal was set or where we started from.
    [GeneratedRegex(@"\b(?:baseline|starting\s+(?:point|figure|number|level)|start(?:ed)?\s+(?:from|at)|where\s+(?:did\s+)?(?:we|it)\s+start\w*|when\s+(?:we|you|they)\s+(?:first\s+)?(?:set|created|agreed|made|started)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartAsked();

    [GeneratedRegex(@"\b(what\s+(?:counts|qualifies)\s+as|what(?:\s+is|\s+are|'s)\s+(?:an?\s+|our\s+|the\s+)?(?:definition|mqls?|sqls?|sals?|qualified\s+leads?)\b(?!\s+(?:target|goal|number|count|pace|status|owner)s?\b)|what\s+(?:does|do)\s+(?:an?\s+)?[\w-]+\s+mean|definition\s+of|how\s+(?:do|does)\s+(?:we|you|it)\s+define|what\s+makes\s+(?:a|an)\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionTopic();

    // Also "the most SQLs we've done in a single month", "the highest number of MQLs we've had in one month".
    [GeneratedRegex(@"\b(?:most|max(?:imum)?|highest|biggest|record|fewest|least|lowest)\b[^?.!]{0,50}?\b(?:in|during|for|over)\s+(?:a|one|any|a\s+single|one\s+single|a\s+given)\s+(?<unit3>week|month|quarter|year)\b|\b(?:best|worst|highest|lowest|biggest|strongest|weakest|slowest|quietest|record|peak|top)\s+(?<unit>week|month|quarter|year)\b|\b(?<unit2>week|month|quarter|year)\s+(?:was|were|had)\s+(?:our\s+|the\s+)?(?:best|worst|highest|lowest|biggest|strongest|weakest|slowest|quietest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BestPeriod();

    [GeneratedRegex(@"\b(worst|lowest|weakest|slowest|quietest|fewest|least)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorstWord();

    [GeneratedRegex(@"^\W*(what|what's|whats|when|when's|whens|where|who|who's|whom|whose|why|which|how|how's|is|are|am|do|does|did|should|shall|has|have|was|were|will|won't|isn't|aren't|don't|doesn't|r(?=\s+(?:we|u|you|they)\b))\b|\b(?:or\s+(?:nah|not|no)|amirite)\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interrogative();

    // "what a morning.", "what a day!", "what a week lol.": "what a(n)" and up to four words, ended by a full stop or "!".
    // "what a day, three back-to-back calls and the wifi died twice. anyway …": the moan may go on after a comma to the end of
    // its sentence, with no question mark in it.
    [GeneratedRegex(@"^\W*what\s+an?\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*(?:,[^?.!;]{1,160})?[.!;]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Exclamation();

    // "can we get the sales digest here mondays at 9?", "could I have …", "can we set up …": asking for something, not
    // about it; "can we get to 300 MQLs?" asks whether a number is reachable, so it stays a question.
    [GeneratedRegex(@"^\W*(please\b|can you|could you|would you|will you|can u|pls\b|could we please|(can|could) (we|i) (get|have|set up)\b(?! to\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteCommand();

    [GeneratedRegex(@"\b(reject\w*|rejection|verdicts?|disqualif\w*|pending\s+leads?|leads?\s+(?:are\s+|is\s+|r\s+)?(?:still\s+)?(?:pending|waiting|undecided|sitting\s+with\s+(?:us|sales)|stuck\s+with\s+(?:us|sales))|undecided\s+leads?|accepted\s+leads?|how\s+many\s+(?:are|r)\s+(?:still\s+)?(?:pending|undecided|waiting\s+(?:on|for)\s+(?:us|a\s+decision)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadsTopic();

    [GeneratedRegex(@"\b(unaligned|requests?|ask(?:ed|ing|s)?\s+(?:(?:marketing|us|me|you|them)\s+)?for|my\s+work|our\s+work)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestsTopic();

    [GeneratedRegex(@"\b(how\s+many|how\s+much|what\s+(?:was|were|did)|did\s+we\s+(?:get|have|do|book|make))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\bgoals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalWord();

    // "What's our MQL target now?" asks about the goal, not today's figure.
    [GeneratedRegex(@"\b(?:goals?|targets?|deadlines?|owners?|plan)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalOrTarget();

    [GeneratedRegex(@"\b(?:right\s+now|at\s+the\s+moment|currently|current|these\s+days|at\s+present|as\s+of\s+(?:now|today)|today|now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrentWord();

    /// <summary>Who answers for a number, with or without the word "goal": "who's on the hook for the MQL number?", "who owns CPL?".</summary>
    [GeneratedRegex(@"\bwho(?:'s|’s|\s+is)?\s+(?:owns?|owning|on\s+the\s+hook|responsible|accountable|in\s+charge|driving|handling|running|managing|leading|covering|minding|looking\s+after|looks?\s+after|takes?\s+care\s+of|keeps?\s+(?:an\s+)?eye\s+on|(?:got|has|have)\s+(?=the\b|our\b)|on\s+(?!track\b|target\b|pace\b|leave\b|holiday\b|vacation\b|call\b|pto\b)(?=the\b|our\b|\w+\s+(?:thing|goal|number|metric|stuff)\b))\b|\bwhose\s+(?:number|metric|target|kpi|goal|thing|baby|call|job|responsibility|area|patch|problem|department)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerWord();

    // "we making 240 mqls or not?", "are we hitting the SQL number?": whether the goal is being made, asked of its pace.
    [GeneratedRegex(@"\b(on pace|on track|off track|behind|ahead|(?:going to|gonna|gunna) (miss|make|hit|reach)|will we (miss|make|hit|reach)|(?:are|r)\s+we\s+(?:making|hitting|reaching|missing)|we\s+(?:making|hitting|reaching|missing)\b(?=[^?]*\bor\s+(?:not|nah|no)\b)|at risk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaceWord();
}
