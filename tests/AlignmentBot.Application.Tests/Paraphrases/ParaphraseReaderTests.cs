using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Commands;
using AlignmentBot.Application.Corrections;
using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.Dialogs.Onboarding;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Questions;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>
/// Every paraphrase table against the reader it was built for (docs/scenarios.md, "Paraphrase tables"): the training rows
/// must all be read as written, the held-out rows at or above their floor. One row of <see cref="Readers"/> per table, so a
/// new kind is one line here and two files in <c>Paraphrases/</c>; a table without a reader fails
/// <see cref="EveryTable_HasAReader"/>, so none sits unmeasured.
/// </summary>
public sealed class ParaphraseReaderTests
{
    /// <summary>The scenarios' fixed day (Monday 23 November 2026), for readers that resolve dates.</summary>
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly string[] DemoCompanies = Enumerable.Range(0, DemoNames.Count).Select(DemoNames.Company).ToArray();

    private static readonly Lazy<Recognizers> SharedRecognizers = new(() => new Recognizers());

    private static readonly Lazy<AlignmentLanguage> SharedLanguage = new(() => new AlignmentLanguage());

    /// <summary>Each table's kind and what its reader makes of a row's text, in the words its table's "expected" column uses.</summary>
    private static readonly IReadOnlyDictionary<string, Func<string, string?>> Readers = new Dictionary<string, Func<string, string?>>
    {
        // The currency a message's money is said in.
        ["currency-words"] = text => CurrencyWords.Named(text) ?? "none",
        // The period a budget check's marketing spend and revenue are each said per, as the check reads them before annualising.
        ["budget-per"] = text => BudgetCommand.DescribePeriods(text, SharedLanguage.Value.Understand(text, Today).Entities),
        // Asking to change the workspace currency in one's own words.
        ["currency-set"] = text => CurrencyChange.Read(text) ?? "no",
        // A digest's day and time said in words.
        ["digest-when-words"] = text => DigestWhenWords.Describe(text) ?? "none",
        // A goal's owner named in passing, as the goal dialog reads it: a set phrase, else in passing.
        ["goal-owner-words"] = text => (GoalWords.Owner(text) ?? OwnerInPassing.Read(text))?.Split(' ')[0].TrimStart('@').ToLowerInvariant() ?? "none",
        // A goal's owner said in one's own words ("Priya's problem", "sam and I agreed I'd own it"): the same readers, widened.
        ["goal-owner-said"] = text => (GoalWords.Owner(text) ?? OwnerInPassing.Read(text))?.Split(' ')[0].TrimStart('@').ToLowerInvariant() ?? "none",
        // The speaker taking a goal in a few words of their own ("my number", "I'm owner", "mine to carry"): the same readers.
        ["goal-owner-mine"] = text => (GoalWords.Owner(text) ?? OwnerInPassing.Read(text))?.Split(' ')[0].TrimStart('@').ToLowerInvariant() ?? "none",
        // A goal handed over or carried ("over to priya", "hand it to Sam", "Sam's carrying it", "both mine"): the same readers.
        ["goal-owner-handed"] = text => (GoalWords.Owner(text) ?? OwnerInPassing.Read(text))?.Split(' ')[0].TrimStart('@').ToLowerInvariant() ?? "none",
        // A change to an existing goal in other words, as the turn handler reads it: the change, else a close in a sentence.
        ["goal-edit-words"] = text => SharedLanguage.Value.Understand(text, Today).Entities is var e && (GoalEdits.Parse(text, e) ?? GoalEdits.Closing(text, e)) is { } edit
            ? edit.Kind switch
            {
                "target" => $"target {edit.Target?.ToString("0.##", CultureInfo.InvariantCulture)}" + (edit.Deadline is { } by ? $" by {by.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty),
                "deadline" => $"deadline {edit.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                "owner" => $"owner {edit.OwnerSaid?.ToLowerInvariant()}",
                _ => edit.Status,
            }
            : "no",
        // A goal that exists changed by an amount (its target by a figure or a percentage, its deadline by a length of time), as the
        // goal edit reads it; a change to a value is the near-miss, said as "target N".
        ["goal-change-by"] = text => SharedLanguage.Value.Understand(text, Today).Entities is var e && GoalEdits.Parse(text, e) is { } edit
            ? edit.TargetBy is { } by ? $"target {(by > 0 ? "+" : "-")}{Math.Abs(by).ToString("0.##", CultureInfo.InvariantCulture)}{(edit.TargetByPercent ? "%" : string.Empty)}"
            : edit.ShiftMonths is { } months && edit.Deadline is null ? $"deadline {(months > 0 ? "+" : "-")}{Math.Abs(months)} months"
            : edit.Kind == "target" && edit.Target is { } t ? $"target {t.ToString("0.##", CultureInfo.InvariantCulture)}"
            : "no"
            : "no",
        // A goal's handover said as news.
        ["handover-news"] = text => HandoverNews.NewOwner(text)?.TrimStart('@').ToLowerInvariant() ?? "none",
        // A goal closed in a sentence (achieved, missed, archived, dropped) and the reason or proof said with it.
        // A change to an existing goal asked for as a question.
        // A goal change corrected at its confirm card: each part said, what follows "not" left out.
        ["goal-card-correction"] = text => GoalCardCorrection.Read(text, s => SharedLanguage.Value.Understand(s, Today).Entities) is { } c
            ? string.Join(" | ", new[]
            {
                c.Target is { } t ? $"target {t.ToString("0.##", CultureInfo.InvariantCulture)}" : null,
                c.Deadline is { } d ? $"deadline {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : null,
                c.Owner is { } o ? $"owner {o.TrimStart('@').ToLowerInvariant()}" : null,
            }.Where(p => p is not null))
            : "no",
        // A goal that exists changed in few words, as the turn handler reads it: the change when the message is not a question
        // or asks for the change; each part said, in one order.
        ["goal-change-few-words"] = text => SharedLanguage.Value.Understand(text, Today).Entities is var e
            && (GoalChangeAsk.Asks(text) || !AlignmentBot.Application.Questions.QuestionAnswers.IsQuestion(text)) && GoalEdits.Parse(text, e) is { } edit
            ? edit.Kind == "status" ? edit.Status : string.Join(" | ", new[]
            {
                edit.Target is { } t ? $"target {t.ToString("0.##", CultureInfo.InvariantCulture)}" : null,
                edit.Deadline is { } d ? $"deadline {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : null,
                edit.OwnerSaid is { } o ? $"owner {o.TrimStart('@').ToLowerInvariant()}" : null,
            }.Where(p => p is not null))
            : "no",
        ["goal-change-ask"] = text => GoalChangeAsk.Asks(text) ? "yes" : "no",
        ["goal-lifecycle-ask"] = text => GoalChangeAsk.Read(text, SharedLanguage.Value.Understand(text, Today).Entities) ?? "no",
        // A change to a goal asked for as a question that names the goal's number and the new value, not the goal ("can we
        // tighten speed to lead to 18 hours?"), as the turn handler reads it: asked for, then read by the goal edit.
        ["goal-change-ask-metric"] = text => SharedLanguage.Value.Understand(text, Today).Entities is var e
            && GoalChangeAsk.Read(text, e) == "change" && GoalEdits.Parse(text, e) is { Kind: "target", Target: { } t }
            ? $"target {t.ToString("0.##", CultureInfo.InvariantCulture)}"
            : "no",
        ["goal-close"] = text => GoalClosing.Read(text) is { } close ? close.Reason is { } why ? $"{close.Status} | {why}" : close.Status : "no",
        // A verdict on a lead named by its company or id, said in passing, against the demo's company names.
        ["lead-verdict"] = text => LeadVerdicts.Read(text, DemoCompanies) is { } v ? $"{v.Decision} {v.Lead}" : "no",
        // A verdict on a lead in sales' own words: slang, typos, the verb last after a story.
        ["lead-verdict-words"] = text => LeadVerdicts.Verdict(text) ?? "no",
        ["lead-verdict-short"] = text => LeadVerdicts.ChatVerdict(text) ?? LeadVerdicts.Verdict(text) ?? "no",
        ["lead-verdict-after-figure"] = text => LeadVerdicts.OnLeadNumber(text) ? "yes" : "no",
        // A lead named first and only why it is no good: the reason told is the rejection.
        ["lead-reason-told"] = text => LeadVerdicts.ReasonTold(text, DemoCompanies) is { } told ? $"reject {told.Lead} {RejectionReasons.Label(told.Reason).Replace(' ', '-')}" : "no",
        // Why a lead is rejected in sales' own words, slang and typos, as the domain's reason ("none" when it is no reason).
        ["reject-reason-words"] = text => RejectionReasons.Normalize(text) is var r && r == RejectionReason.Other ? "none" : RejectionReasons.Label(r).Replace(' ', '-'),
        // A rejection reason told as who the contact is ("the guy's a grad student") or what the company does ("they do ready meals").
        ["reject-reason-who"] = text => RejectionReasons.Normalize(text) is var r && r == RejectionReason.Other ? "none" : RejectionReasons.Label(r).Replace(' ', '-'),
        // A rejection reason told as a story: bought elsewhere or not buying for a while is not in market, not wrong fit.
        ["not-in-market"] = text => RejectionReasons.Label(RejectionReasons.Normalize(text)).Replace(' ', '-'),
        // An absence announced in any words: the last day away.
        // An absence said loosely, as a chat message is read for reminders: the last day away.
        ["away-said"] = text => ReminderRequest.Parse(text) is { Kind: ReminderRequestKind.OutOfOffice } request && ReminderRequest.LastDayOut(request, Today) is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none",
        ["out-of-office"] = text => AbsenceWords.LastDayOut(text, Today) is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none",
        // Whether a figure is realistic, asked in any words: the figure asked about ("that" when it points back at one).
        ["realism-question"] = text => RealismQuestion.Figure(text) ?? "no",
        // The same asked right after a goal was set or talked about, leaving the number unsaid: the figure, about that goal.
        ["realism-about-goal"] = text => RealismQuestion.AboutTheGoal(text) ?? "no",
        // How often one funnel stage becomes the next, asked as a rate: the step ("mql-sql").
        ["stage-conversion"] = text => StageConversion.Read(text) ?? "no",
        // The cost of the request just logged, corrected in words: the new amount.
        ["request-cost-correction"] = text => RequestCostCorrection.Read(text, Extract(text)) is { } cost ? cost.ToString("0.##", CultureInfo.InvariantCulture) : "none",
        // The role a newcomer tells as theirs inside a longer answer at the role question.
        ["role-in-story"] = text => OwnRole.Read(text) switch
        {
            Role.Leadership => "leadership",
            Role.MarketingLead or Role.Marketer => "marketing",
            Role.SalesLead or Role.SalesRep => "sales",
            _ => "none",
        },
        // Signing the lead agreement in plain words, and for which side.
        ["sla-sign"] = text => Signed(SlaSigning.Read(text)),
        // Offering or asking to be the one who signs for a side ("pencil me in as the sales signatory"): the same reader.
        ["sla-sign-offer"] = text => Signed(SlaSigning.Read(text)),
        // Signing or agreeing in plain words with a proposal waiting for the speaker's side ("works for us, count sales in").
        ["sla-sign-plain"] = text => Signed(SlaSigning.Read(text, proposalWaiting: true)),
        // Plain assent from the other side with a proposal waiting ("yeah ok, sales can live with that", "✍️ signed on our end"): the same reader.
        ["sla-assent"] = text => Signed(SlaSigning.Read(text, proposalWaiting: true)),
        // Signing for a side named in everyday words ("put marketing's signature on it", "sign sales up"): the same reader.
        ["sla-sign-side"] = text => Signed(SlaSigning.Read(text)),
        // One person offering both sides' signatures, or the other side's, in everyday words: the same reader; the gate refuses it.
        ["sla-sign-other"] = text => Signed(SlaSigning.Read(text)),
        // The role said in a newcomer's first message, unasked, with a greeting, a name, a story or a question around it.
        ["role-first-message"] = text => OwnRole.SaidUnasked(text) switch
        {
            Role.Leadership => "leadership",
            Role.MarketingLead or Role.Marketer => "marketing",
            Role.SalesLead or Role.SalesRep => "sales",
            _ => "none",
        },
        // A counter that names the proposal's volume, turned down, and then the one the speaker would do.
        ["sla-counter-volume"] = text => SlaCounter.Read(text, Extract(text)) is { } cv
            ? $"{(cv.Leads is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}/{(cv.Hours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "-")}"
            : "no",
        // A counter-proposal to the lead agreement: leads and follow-up hours, either may be missing.
        ["sla-counter"] = text => SlaCounter.Read(text, Extract(text)) is { } c
            ? $"{(c.Leads is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}/{(c.Hours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "-")}"
            : "no",
        // A counter said in words: a term turned down with its unit on ("18h is a fantasy") and the one needed, or a volume the team can only work.
        ["sla-counter-words"] = text => SlaCounter.Read(text, Extract(text)) is { } cw
            ? $"{(cw.Leads is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}/{(cw.Hours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "-")}"
            : "no",
        // Asking leave to sign in other words ("ok if I sign this for marketing?", "mind if I sign it for sales?"): the signing reader.
        ["sla-sign-leave"] = text => Signed(SlaSigning.Read(text)),
        // The follow-up time said in words, as an answer to the hours question.
        ["sla-hours"] = text => FollowUpTime.Answer(text) is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "no",
        // Taking back what was just entered, in any words, right after a check-in or a verdict.
        ["undo-last"] = text => RecentCorrections.IsUndo(text) ? "yes" : "no",
        // Taking back whatever was just done (a goal change, an archive, an SLA proposal, a check-in) in other words.
        ["take-back"] = text => RecentCorrections.IsUndo(text) ? "yes" : "no",
        // Right after a refusal, who may do it instead, asked in other words.
        ["who-may"] = text => global::AlignmentBot.Application.Permissions.WhoMayQuestion.Asks(text) ? "yes" : "no",
        // The end of a year said as a goal's deadline ("EOY 2027", "end of next year"): that day.
        ["year-end-deadline"] = text => YearEnd.Read(text, Today) is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none",
        // Deals won named in other words ("new logos", "35 new custs", "closing 30 deals").
        ["deals-won-words"] = text => DealsWonWords.Names(text) ? "deals-won" : "none",
        // The work week said in words.
        ["work-week-words"] = text => WorkWeekWords.Read(text) ?? "none",
        // Who the admins are, or who grants roles or changes the settings, asked at any point: the admins are named.
        ["admins-question"] = text => global::AlignmentBot.Application.People.AdminsQuestion.Asks(text) ? "yes" : "no",
        // Asking to be made an admin oneself, in other words: read as the ask, the gate names who may grant it.
        ["admin-ask"] = text => AdminAsk.IsAskingForSelf(text) ? "yes" : "no",
        // A role asked for oneself in one's own words ("can u upgrade me to sales lead?"): the role, a request an admin approves.
        ["role-self-ask"] = text => RoleSelfAsk.Read(text) is { } wanted ? RoleKebab(wanted) : "no",
        // A verdict on a lead taken back by naming the lead ("undo the rejection on 1252"), whoever made it.
        ["verdict-undo"] = text => VerdictUndo.Read(text, DemoCompanies) is not null ? "yes" : "no",

        // Someone else given a role in one's own words (read by RoleCommands as an Assign), and who is waiting for a role.
        ["role-grant"] = text => RoleGrant.Read(text) is { } grant ? $"{grant.Who} {RoleKebab(grant.Role)}" : "no",
        ["role-waiting"] = text => RoleWaiting.Asks(text) ? "yes" : "no",
        // An admin approving a newcomer or giving someone else a role or admin rights in their own words (RoleCommands.Parse):
        // the role given, the waiting request approved ("approve"), admin rights ("admin"); "?" when only a pronoun says who.
        ["role-approval"] = text => RoleCommands.Parse(text) switch
        {
            { Kind: RoleCommandKind.Assign, Role: { } role } assign => $"{Who(assign.Who)} {RoleKebab(role)}",
            { Kind: RoleCommandKind.ApproveRequest } approve => $"{Who(approve.Who)} approve",
            { Kind: RoleCommandKind.MakeAdmin, Who: { } admin } when admin != "me" => $"{Who(admin)} admin",
            _ => "no",
        },
        // A newcomer's job said in their own words in a first message ("I'll be doing outbound for Sam"): the function asked for (conv101).
        ["role-job-said"] = text => OwnRole.SaidUnasked(text) switch
        {
            Role.Leadership => "leadership",
            Role.MarketingLead or Role.Marketer => "marketing",
            Role.SalesLead or Role.SalesRep => "sales",
            _ => "none",
        },
        // An admin's grant, approval or admin change said loosely, every command of the message in order (conv101).
        ["role-grant-loose"] = text => RoleCommands.ParseAll(text) is { Count: > 0 } all && all.Select(GrantLoose).ToArray() is var read && read.All(r => r != "no")
            ? string.Join(" + ", read)
            : "no",
        // Who is behind on check-ins, asked in other words.
        ["overdue-ask"] = text => OverdueQuestion.Asks(text) ? "yes" : "no",
        // Several leads' verdicts in one line, each with its reason, and a reason alone for the lead at hand.
        ["lead-verdicts-line"] = text => VerdictsInLine.Read(text) is { } items ? string.Join(" | ", items.Select(VerdictItem)) : "no",
        // A check-in for this period and the last in one line, each with its own figure ("51 last week and 19 so far this week").
        // Right after a check-in, the figures said to belong to another period ("no wait, that was last week's number").
        // Right after a follow-up time check-in, the hours a correction gives, days said as hours ("more like a day and a half" 36).
        ["check-in-hours-corrected"] = text => RecentCorrections.HoursCorrected(text, SharedLanguage.Value.Understand(text, Today).Entities) is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "none",
        ["check-in-moved"] = text => CheckInMove.Read(text) is { } f ? $"{(f.Back == 0 ? "this" : "last")}-{(f.Kind == AlignmentBot.Domain.Common.PeriodKind.Month ? "month" : "week")}" : "no",
        // Every number of a check-in on its own metric and week, in the metric's unit ("a day and a half" of follow-up is 36 h).
        ["check-in-entries"] = text => CheckInEntries.Read(text, SharedLanguage.Value.Understand(text, Today).Entities, Today, DayOfWeek.Monday,
            AlignmentBot.Domain.Common.Periods.Containing(Today, AlignmentBot.Domain.Common.PeriodKind.Week)) is { } entries ? CheckInEntries.Describe(entries) : "no",
        ["check-in-periods"] = text => TwoPeriodCheckIn.Read(text, SharedLanguage.Value.Understand(text, Today).Entities.NumberList) is { } figures ? TwoPeriodCheckIn.Describe(figures) : "no",
        // Several leads judged in one line, some named by their company ("Initech looks legit, accept. Globex Pharma - wrong contact").
        ["lead-verdicts-by-company"] = text => VerdictsInLine.Read(text, DemoCompanies) is { } items ? string.Join(" | ", items.Select(VerdictItem)) : "no",
        ["lead-verdicts-mixed"] = text => VerdictsInLine.Read(text, DemoCompanies) is { } items ? string.Join(" | ", items.Select(VerdictItem)) : "no",
        // A question about what already happened to a lead named by its company or id.
        ["lead-history"] = text => LeadHistory.Read(text, DemoCompanies) ?? "no",
        // What became of a company's lead in everyday words ("why'd we throw out globex?", "any update on the Wayne Enterprises lead?").
        ["lead-fate-words"] = text => LeadHistory.Read(text, DemoCompanies) ?? "no",
        // A number's target, today's level or the whole scorecard looked up, read as at an open question: without the words
        // that announce a side trip, the metric from the language model.
        ["metric-lookup"] = text =>
        {
            var said = RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text));
            return MetricLookup.Describe(MetricLookup.Read(said, SharedLanguage.Value.Understand(said, new DateOnly(2026, 12, 5)).Entities.Metric));
        },
        // A goal's target asked in other words ("the revenue number we're chasing?"), read by the look-up reader as above.
        ["target-words"] = text =>
        {
            var said = RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text));
            return MetricLookup.Describe(MetricLookup.Read(said, SharedLanguage.Value.Understand(said, new DateOnly(2026, 12, 5)).Entities.Metric));
        },
        // Whether a lead named by its company is still waiting, asked in other words: the lead as named.
        ["lead-waiting"] = text => LeadHistory.Read(text, DemoCompanies) ?? "no",
        // Why (or whether) sales keeps rejecting our leads, asked in other words.
        ["rejection-why"] = text => RejectionQuestion.Asks(text) ? "yes" : "no",
        // How many leads still wait for a verdict, asked in other words.
        ["lead-pending-count"] = text => PendingCountQuestion.Asks(text) ? "yes" : "no",
        // How taking something back works, asked rather than asked for.
        ["undo-how"] = text => UndoHowTo.Asks(text) ? "yes" : "no",
        // Why sales turns our leads down, asked in other words (knocked back, passed on, the usual excuse).
        ["rejection-why-words"] = text => RejectionQuestion.Asks(text) ? "yes" : "no",
        // Which goals sit under a goal (feed it, roll up into it, hang off it), asked in any words.
        ["goal-feeders"] = text => GoalFeeders.Asks(text) ? "yes" : "no",
        // Someone chased about a goal now, in other words.
        ["remind-now"] = text => RemindNowWords.Describe(text) ?? "none",
        // One or more people chased now, with the goal or only "their numbers" (*).
        ["remind-now-people"] = text => RemindNowWords.DescribePeople(text) ?? "none",
        // A goal opened in one message with everything said at once (number words, owner in passing, changes of mind): the draft.
        ["goal-draft"] = text => GoalOpening.Describe(text, said => SharedLanguage.Value.Model.Read(said, Today)),
        ["goal-said-whole"] = text => GoalOpening.Describe(text, said => SharedLanguage.Value.Model.Read(said, Today)),
        // A new owner said at a new goal's card in one's own words, the speaker taking it included ("no, mine actually", "let me own it").
        ["goal-card-owner"] = text => GoalCardCorrection.OwnerSaid(text)?.TrimStart('@').ToLowerInvariant() ?? "none",
        // A goal opened in fresh words (typed short names, rates said as what sales does, hours and days, a ramble, an owner taken back), read the same way.
        ["goal-fresh-words"] = text => GoalOpening.Describe(text, said => SharedLanguage.Value.Model.Read(said, Today)),
        // A goal whose metric is said loosely (a neighbouring key in its short name, acceptance as a share of what marketing sends, a target in words), read the same way.
        ["goal-metric-loose"] = text => GoalOpening.Describe(text, said => SharedLanguage.Value.Model.Read(said, Today)),
        // A retention goal said as churn, today's churn and the churn wanted both said: the wanted one, kept as retention.
        ["churn-said"] = text => GoalOpening.Describe(text, said => SharedLanguage.Value.Model.Read(said, Today)),
        // A reminder set to Monday 09:00, then its day or time corrected in a few words.
        ["reminder-correction"] = text => ReminderCorrection.Describe(text, DayOfWeek.Monday, new TimeOnly(9, 0)) ?? "none",
        // The same reminder corrected by naming what is wrong with it beside what is wanted ("9 clashes with standup, 11 pls").
        ["reminder-correction-old-said"] = text => ReminderCorrection.Describe(text, DayOfWeek.Monday, new TimeOnly(9, 0)) ?? "none",
        // A request's effort said in digits or words: the hours.
        ["effort-words"] = text => EffortWords.Hours(text) is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) : "none",
        // Who really asked for the request in hand, said at the "who asked?" question or right after it was logged.
        // Who asked for a request told in one message, named before or after the thing: "me" for the speaker.
        ["requester-in-request"] = text => RequestParsing.Requester(text)?.Split(' ')[0].ToLowerInvariant() ?? "none",
        // Who asked, typed in lower case ("for sam", "per alex", "dana needs …", "ken at our pr agency"), as the draft keeps it:
        // "?" after a guess the dialog checks against the workspace's people before keeping it.
        ["requester-lower-case"] = text => RequestParsing.Parse(text, Extract(text), Guid.Empty) is { RequestedBy: { } who } d
            ? who.Split(' ')[0].ToLowerInvariant() + (d.RequesterGuessed ? "?" : string.Empty)
            : "none",
        // Someone's ask for a piece of work told loosely: who asked, or no (RequestParsing.SomeoneAsked).
        ["request-odd-shape"] = text => RequestParsing.TellsRequest(text) ? RequestParsing.RequesterSaid(text)?.Split(' ')[0].ToLowerInvariant() ?? "none" : "no",
        ["request-told"] = text => RequestParsing.SomeoneAsked(text)?.Split(' ')[0].ToLowerInvariant() ?? "no",
        // A request asked logged after another sentence, or a second person's ask joined by "and" (SideCommand.RequestAfter).
        ["request-after-sentence"] = text => AlignmentBot.Application.Bot.SideCommand.RequestAfter(text) is not null ? "yes" : "no",
        ["requester-correction"] = text => RequestParsing.CorrectedRequester(text)?.Split(' ')[0].ToLowerInvariant() ?? "none",
        // One's own check-in reminders asked for on a day and/or at a time, in other words.
        ["reminder-schedule"] = text => ReminderWhenWords.Describe(text) ?? "none",
        // The same ask read whole by the reminder commands, in everyday words: typos, a.m. written oddly, hours in words, asked as a question or after a grumble, "same for me but …".
        ["reminder-ask-words"] = text => ReminderRequest.Parse(text) is { Kind: ReminderRequestKind.Schedule, Day: { } day, Time: { } at } ? $"{day.ToString().ToLowerInvariant()} {at.ToString("HH:mm", CultureInfo.InvariantCulture)}" : "none",
        // One's own check-in reminders switched off or back on in other words ("ok, pause the CPL ones then").
        ["reminder-mute-words"] = text => ReminderMuteWords.Describe(text) ?? "no",
        // The month the financial year starts in, in other words.
        ["fiscal-year-start"] = text => FiscalYearWords.StartMonth(text) ?? "none",
        // The figure whose numbers were just run made the goal in words ("ok make that the goal"): the figure, or "that".
        ["goal-from-figure"] = text => GoalFromFigure.Figure(text) ?? "no",
        // The same, locked in with the owner or deadline in the line ("fine, lock in 95 a month by end of june, Sam's").
        ["goal-lock-in"] = text => GoalFromFigure.Figure(text) ?? "no",
        // A look-up on the side typed while a dialog waits for an answer, not the answer nor a change to its draft.
        ["aside-at-question"] = text => AsideQuestion.Asks(text, SharedLanguage.Value.Understand(RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text)), Today).Entities.Metric) ? "yes" : "no",
        // A question about one goal's owner, deadline, history or status, in other words; the metric from the language model.
        // Right after an answer about one number, a short question about "it" or "that one": the fact it asks of that goal.
        ["goal-follow-up"] = text => GoalFollowUp.Describe(GoalFollowUp.Read(text)),
        ["goal-owners-all"] = text => GoalFactQuestion.AsksEveryOwner(text) ? "yes" : "no",
        ["goal-fact-question"] = text => GoalFactQuestion.Read(text, said => SharedLanguage.Value.Understand(said, Today).Entities.Metric)?.Fact.ToString().ToLowerInvariant() ?? "no",
        // A question about one part of the scorecard: the goals behind, or the numbers gone stale.
        ["scorecard-slice"] = text => ScorecardSlice.Read(text)?.ToString().ToLowerInvariant() ?? "no",
        // Whether the lead agreement is kept in practice, asked in any words.
        ["sla-compliance"] = text => SlaKept.Asks(text) ? "yes" : "no",
        // Whether marketing and sales go after the same accounts, asked in other words and typos.
        ["overlap-question"] = text => OverlapQuestion.Asks(text) ? "yes" : "no",
        ["overlap-follow-up"] = text => OverlapFollowUp.Describe(OverlapFollowUp.Read(text)),
        // Settings said in plain words, one or several: each as the settings then show it, "asked:<key>" for a question, or no.
        ["settings-plain-words"] = text => SettingsRequest.ParseAll(text) is { Count: > 0 } all
            ? string.Join(" + ", all.Select(r => r switch
            {
                { Key: { } key, Value: null } => $"asked:{key}",
                { Key: { } key, Value: { } value } => WorkspaceSettings.Set(new Workspace(new WorkspaceId("T-PARAPHRASE"), Platform.Slack, "Northwind Analytics"), key, value).Changed is { } changed
                    ? $"{key}={WorkspaceSettings.Show(changed, key)}"
                    : $"bad:{key}",
                _ => "all",
            }))
            : "no",
        // Changing the workspace time zone in other words: the zone asked for.
        ["time-zone-change"] = text => TimeZoneChange.Read(text) ?? "no",
        // A question about a setting (the key asked, "all" for every one), answered and changing nothing.
        ["settings-question"] = text => SettingsQuestion.Read(text) switch
        {
            null => "no",
            SettingsQuestion.All => "all",
            WorkspaceSettings.FiscalYearStart => "fiscal-year",
            var key => key,
        },
        // The reporting currency asked for when the speaker changes their mind: the last said wins.
        ["currency-change-mind"] = text => CurrencyChange.Read(text) ?? "no",
        // What the lead agreement says, asked in other words.
        ["sla-lookup"] = text => SlaLookup.Asks(text) ? "yes" : "no",
        // The agreement in force asked about in passing words (signed before, signed up for, owed to sales), often while a proposal waits.
        ["sla-lookup-passing"] = text => SlaLookup.Asks(text) ? "yes" : "no",
        // Which part of the lead agreement a question asks about (the one in force, what waits, the one before, whose signature is missing).
        // Who to go to for a side's signature on the lead agreement: the side named, the speaker's own, or no.
        ["sla-who-signs"] = text => SlaSigning.AsksWhoSigns(text, out var side) ? side?.ToString().ToLowerInvariant() ?? "own" : "no",
        ["sla-ask-part"] = text => SlaLookup.Read(text) switch
        {
            null => "no",
            SlaLookup.Part.InForce => "in-force",
            var part => part.ToString()!.ToLowerInvariant(),
        },
        // Said right after one's own out-of-office was noted, often after a reason ("flights changed, make it the 6th", "trip got
        // cut short, I'm back"): the new last day away, "back", or no.
        ["absence-changed"] = text => AbsenceWords.Corrected(text, Today) is { } moved ? moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : ReminderRequest.Parse(text) switch
            {
                { Kind: ReminderRequestKind.OutOfOffice } outOfOffice when ReminderRequest.LastDayOut(outOfOffice, Today) is { } until => until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                { Kind: ReminderRequestKind.Back } => "back",
                _ => "no",
            },
        // The company's name in the bot, asked in any words: answered, nothing changes.
        ["settings-name-question"] = text => SettingsQuestion.Read(text) ?? "no",
        // One's own out-of-office called off, in other words than "I'm back".
        ["absence-off"] = text => AbsenceCalledOff.Read(text) ? "yes" : "no",
        // A request said to serve none of the goals, in the requester's own words, at "which goal does it serve?".
        ["request-no-goal"] = text => UnalignedAnswer.Says(text) ? "yes" : "no",
        // Thanks alone after an answer or a saved change: welcomed, nothing cancelled or asked.
        ["thanks-only"] = text => AlignmentBot.Application.Bot.ThanksOnly.Says(text) ? "yes" : "no",
        // At "who asked for it?", a look-up, a question or an errand instead of the requester.
        ["aside-at-who-asked"] = text => WhoAskedAside.Asks(text) ? "yes" : "no",
        // Something else asked done at another dialog's open question: a request, a verdict, a digest, an admin made, or no.
        ["side-command"] = text => AlignmentBot.Application.Bot.SideCommand.Kind(text, DemoCompanies),
        // A check-in said whole (metric, figure and period) at another open question: done on the side, then the question again.
        // A check-in asked for without its number, also as leave asked ("can I log last week's MQLs?"): the metric, or "no".
        ["check-in-ask"] = text => AlignmentBot.Application.Commands.CheckInAskWords.Describe(text),
        ["side-check-in"] = text => AlignmentBot.Application.Bot.SideCommand.Kind(text, DemoCompanies) == AlignmentBot.Application.Bot.SideCommand.CheckIn ? "yes" : "no",
        // At the lead reason question, a look-up, a question about another lead or a request handed over instead of the reason.
        ["aside-at-reason"] = text => ReasonAside.Asks(text) ? "yes" : "no",
        // The marketing spend and the revenue a budget check says, as said (words, grand, k, mil, bucks), before periods apply.
        // The share of revenue a message setting marketing spend against revenue comes to, each annualised, or no.
        ["budget-share"] = text => BudgetCommand.DescribeShare(text, SharedLanguage.Value.Understand(text, Today).Entities),
        ["budget-amounts"] = text => BudgetCommand.DescribeAmounts(text, SharedLanguage.Value.Understand(text, Today).Entities),
        // The title, goal or currency of the request just logged, corrected in the next message: the new title, the goal's metric,
        // the currency's code, or the words swapped in the title (meant/replaced).
        ["request-fix"] = text => RequestFix.Read(text, said => SharedLanguage.Value.Understand(said, Today).Entities.MetricList) switch
        {
            { Field: RequestFixField.Title, Value: var title } => "title:" + title.ToLowerInvariant(),
            { Field: RequestFixField.Goal, Value: var metric } => "goal:" + (MetricCatalog.TryParse(metric, out var key) ? key.ToString().ToLowerInvariant() : metric),
            { Field: RequestFixField.Currency, Value: var code } => "currency:" + code,
            { Field: RequestFixField.Swap, Value: var meant, Replaced: var old } => $"swap:{meant.ToLowerInvariant()}/{old?.ToLowerInvariant()}",
            _ => "no",
        },
        // Right after a request was logged, another thing asked for (a new request), not a correction of that one.
        ["request-new-ask"] = text => RequestCorrection.IsNewAsk(text) ? "yes" : "no",
        // Any field of the request just logged (or whose goal question waits) corrected in one message, in the table's order.
        ["request-correction"] = text => RequestCorrection.Read(text, said => SharedLanguage.Value.Understand(said, Today).Entities,
            said => SharedLanguage.Value.Understand(said, Today).Entities.MetricList, Today) is { } c
            ? string.Join(' ', new[]
            {
                c.Requester is { } who ? "requester:" + who.Split(' ')[0].ToLowerInvariant() : null,
                c.Cost is { } cost ? "cost:" + cost.ToString("0.##", CultureInfo.InvariantCulture) : null,
                c.Currency is { } code ? "currency:" + code : null,
                c.Due is { } due ? "due:" + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                c.Fix switch
                {
                    { Field: RequestFixField.Swap, Value: var meant, Replaced: var old } => $"swap:{meant.ToLowerInvariant()}/{old?.ToLowerInvariant()}",
                    { Field: RequestFixField.Title, Value: var title } => "title:" + title.ToLowerInvariant(),
                    { Field: RequestFixField.Goal, Value: var metric } => "goal:" + (MetricCatalog.TryParse(metric, out var key) ? key.ToString().ToLowerInvariant() : metric),
                    _ => null,
                },
            }.Where(f => f is not null))
            : "no",
        // The goal a request's own message names as a detail ("…, $700, it's for the MQL goal", "…, for revenue"): its metric's key.
        // A request's message that ends by saying it serves no goal: logged unaligned without the goal question.
        ["request-no-goal-said"] = text => RequestParsing.NoGoalSaid(text) ? "unaligned" : "asked",
        ["request-goal-said"] = text => RequestParsing.GoalNamed(text) is { } goal && SharedLanguage.Value.Understand(goal, Today).Entities.MetricList is [var metric]
            && MetricCatalog.TryParse(metric, out var key) ? key.ToString().ToLowerInvariant() : "none",
        // A message that only names a goal (said right after logging a request): its metric's key.
        ["request-goal-alone"] = text => RequestParsing.GoalNamedAlone(text) && SharedLanguage.Value.Understand(text, Today).Entities.MetricList is [var alone]
            && MetricCatalog.TryParse(alone, out var aloneKey) ? aloneKey.ToString().ToLowerInvariant() : "none",
        // A request told in one message: who asked ("me" for the speaker), the cost and its currency as the draft keeps them.
        ["request-details"] = text => RequestParsing.TellsRequest(text) && RequestParsing.Parse(text, SharedLanguage.Value.Understand(text, Today).Entities, Guid.Empty) is { } d
            ? $"{d.RequestedBy?.Split(' ')[0].ToLowerInvariant() ?? "none"} {d.Cost?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none"} {d.Currency ?? "none"}"
            : "no",
        // A request told in one long or chatty message, every detail kept: who asked, the cost and its currency, and the goal
        // the message says it serves ("unaligned" when it says none, "asked" when it says nothing).
        ["request-every-detail"] = text => RequestParsing.TellsRequest(text) && RequestParsing.Parse(text, SharedLanguage.Value.Understand(text, Today).Entities, Guid.Empty) is { } d
            ? $"{d.RequestedBy?.Split(' ')[0].ToLowerInvariant() ?? "none"} {d.Cost?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none"} {d.Currency ?? "none"} "
              + (d.GoalSaid switch
              {
                  null => "asked",
                  RequestParsing.NoGoal => "unaligned",
                  var goal => SharedLanguage.Value.Understand(goal, Today).Entities.MetricList is [var said] && MetricCatalog.TryParse(said, out var saidKey) ? saidKey.ToString().ToLowerInvariant() : "?",
              })
            : "no",
        // Marketing asked, as a question, for a piece of work with its cost or due date: a request by the speaker.
        ["request-to-marketing"] = text => RequestParsing.AsksMarketingForWork(text) ? "yes" : "no",
        // A request's cost said in words or slang (quid, bucks, euros): the amount and its currency, as the money model reads them.
        ["request-money"] = text => RequestParsing.Parse(text, Extract(text), Guid.Empty) is { Cost: { } cost } draft ? $"{cost.ToString("0.##", CultureInfo.InvariantCulture)} {draft.Currency ?? "none"}" : "none",
        ["request-amount-words"] = text => Extract(text).Money is { } money ? $"{money.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {money.Currency ?? "none"}" : "none",

        // A channel's digest moved to another day or time in words ("make that tuesdays at ten instead").
        ["digest-move"] = text => DigestMove.Describe(text) ?? "none",
        ["digest-reschedule"] = DigestMove.DescribeFromMonday9,
        // The same reader on looser moves: the old day as the reason, "same time", "an hour and a half", "9 is too early, 11?".
        ["digest-moved-loosely"] = DigestMove.DescribeFromMonday9,
        // Right after it was set up, a correction of its day or time ("no wait 10", "same day but 11", "ugh, 10:30").
        ["digest-corrected"] = DigestMove.DescribeCorrectedFromMonday9,
        // A digest asked for in other words, with the digest the topic ("ok then can we get one fridays at noon").
        ["digest-ask-words"] = text => DigestAsk.Describe(text),
        // A digest's day, time and how often, typos and a change of mind included ("every 2nd thursday, 10 o'clock").
        ["digest-cadence-words"] = text => DigestCadence.Describe(text) ?? "none",
        // The channel's digest switched off in other words ("can the digest in this channel, nobody opens it").
        ["digest-off-words"] = text => DigestOff.Describe(text),
        // The company's yearly revenue said as a fact, in figures or words ("we turn over about forty million quid a year").
        ["revenue-said"] = text => RevenueSaid.Amount(text, SharedLanguage.Value.Understand(text, Today).Entities) is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) : "no",
    };

    /// <summary>What a signing reader heard, as the sla-sign tables write it: no, both, marketing, sales, or sign (no side said).</summary>
    private static string Signed(SlaSignature? signature) => signature switch
    {
        null => "no",
        { BothSides: true } => "both",
        { Side: Function.Marketing } => "marketing",
        { Side: Function.Sales } => "sales",
        _ => "sign",
    };

    public static TheoryData<string> Kinds() => new(Readers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Train_EveryRowReadAsWritten(string kind) => ParaphraseTable.AssertTrain(kind, Readers[kind]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void HeldOut_AtOrAboveItsFloor(string kind) => ParaphraseTable.AssertHeldOut(kind, Readers[kind]);

    [Fact]
    public void EveryTable_HasAReader()
    {
        var files = System.IO.Directory.GetFiles(ParaphraseTable.Directory, "*.txt").Select(Path.GetFileName).Select(n => n![..n!.IndexOf('.')]);
        var unread = files.Distinct().Where(kind => !Readers.ContainsKey(kind)).ToList();
        Assert.True(unread.Count == 0, "tables without a reader here: " + string.Join(", ", unread));
    }

    private static string VerdictItem(LeadVerdictInLine v) => v.Lead is null
        ? $"reason {Kebab(v.Reason)}"
        : $"{v.Decision} {v.Lead}" + (v.Reason is { } r ? " " + Kebab(r) : string.Empty);

    private static string Kebab(RejectionReason? reason) => reason switch
    {
        RejectionReason.NoBudget => "no-budget",
        RejectionReason.WrongFit => "wrong-fit",
        RejectionReason.WrongContact => "wrong-contact",
        RejectionReason.Duplicate => "duplicate",
        RejectionReason.NotInMarket => "not-in-market",
        _ => "other",
    };

    private static string GrantLoose(RoleCommand command) => command switch
    {
        { Kind: RoleCommandKind.Assign, Role: { } role } => $"{Who(command.Who)} {RoleKebab(role)}",
        { Kind: RoleCommandKind.ApproveRequest } => $"{Who(command.Who)} approve",
        { Kind: RoleCommandKind.MakeAdmin, Who: { } admin } when admin != "me" => $"{Who(admin)} admin",
        { Kind: RoleCommandKind.RemoveAdmin, Who: { } removed } => $"{Who(removed)} not-admin",
        _ => "no",
    };

    private static string Who(string? who) => who is null ? "?" : who.Trim().TrimStart('@').ToLowerInvariant();

    private static string RoleKebab(Role role) => role switch
    {
        Role.MarketingLead => "marketing-lead",
        Role.SalesLead => "sales-lead",
        Role.SalesRep => "sales-rep",
        _ => role.ToString().ToLowerInvariant(),
    };

        private static Entities Extract(string text) => new EntityExtractor(SharedRecognizers.Value, new Lexicon([])).Extract(text, Today);
}
