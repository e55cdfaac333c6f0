using AlignmentBot.Application.Bot;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>"Reject lead 4512, no budget", "the lead from Acme was a bad fit": finds the lead, settles the decision and a normalised reason, records it.</summary>
public sealed class LeadFeedbackDialog(LeadFeedbackService service) : WaterfallDialog<LeadFeedbackDraft>(DialogIds.LeadFeedback, DialogJsonContext.Default.LeadFeedbackDraft)
{
    public static IReadOnlyList<PromptChoice> ReasonChoices { get; } = Enum.GetValues<RejectionReason>()
        .Select(r => new PromptChoice(char.ToUpperInvariant(RejectionReasons.Label(r)[0]) + RejectionReasons.Label(r)[1..], r.ToString(), [RejectionReasons.Label(r)])).ToArray();

    public override string Description => "the lead feedback we were recording";

    public override int StateVersion => 1;

    /// <summary>Whether the question that waits is why the lead is rejected, where only a reason answers (see <see cref="ReasonAside"/>).</summary>
    public bool AsksReason(DialogContext dc) => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "reason";

    /// <summary>Whether the question that waits is which lead is meant (a list of leads, or "which aperture lead?").</summary>
    public bool AsksWhichLead(DialogContext dc) => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "find";

    /// <summary>At the reason question, a reason named in any words ("wrong contact maybe?", "no budget till 2028") is the answer.</summary>
    public override AnswerFit Fit(DialogContext dc, string text)
        => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "reason" && RejectionReasons.Normalize(text) != RejectionReason.Other
            ? AnswerFit.Strong
            : AnswerFit.None;

    protected override LeadFeedbackDraft Start(object? options)
    {
        var (text, entities) = options is (string t, Entities e) ? (t, e) : (string.Empty, Entities.None);
        var reason = RejectionReasons.Normalize(text);
        var company = LeadParsing.Company(text);
        var reference = entities.Reference ?? (company is null ? LeadParsing.BareId(text) : null);
        // "accept 1252. and 1087 looks good too, accept", "1087 is good, bin 1092 - no budget": several verdicts in one line.
        // This dialog carries one of them (the first rejection still without its reason, else the first), and the others are
        // recorded as it starts.
        if (VerdictsInLine.Read(text) is { } several && several.Where(v => v.Lead is not null).ToArray() is { Length: >= 2 } named)
        {
            var own = named.FirstOrDefault(v => v.Decision == "reject" && v.Reason is null) ?? named[0];
            var others = named.Where(v => !ReferenceEquals(v, own)).Select(v => $"{v.Lead}|{v.Decision}|{v.Reason}").ToArray();
            return new LeadFeedbackDraft(text, own.Lead, null, null, own.Decision, own.Reason?.ToString(), Others: others);
        }

        // "Blue Yonder Systems is a no, not for us": a verdict in words the phrasings of LeadParsing do not have.
        // "and 1237, the guy's a receptionist, no say in buying": the reason told alone is the rejection (table lead-reason-told).
        return new LeadFeedbackDraft(text, reference, company, null, LeadVerdicts.Said(text) ?? (LeadVerdicts.RejectsByReason(text) is not null ? "reject" : null),
            reason == RejectionReason.Other ? null : reason.ToString());
    }

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<LeadFeedbackDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("find", FindAsync),
        ("find.take", TakeLeadAsync),
        ("decide", (step, ct) => step.State.Decision is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions($"Accept or reject lead {step.State.ExternalId}?", [new("Accept", "accept"), new("Reject", "reject")]), ct)),
        ("decide.take", (step, ct) =>
        {
            if (step.Result is string decision)
            {
                step.State = step.State with { Decision = decision };
            }

            return PromptFailed.Is(step.Result) ? GiveUpAsync(step, ct) : step.NextAsync(null, ct);
        }),
        ("reason", ReasonAsync),
        ("save", SaveAsync),
    ];

    private async Task<DialogTurnResult> ReasonAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        // "accept 1339" when it was accepted last week: said to be so (by whom, when), and changed only by its decider or an
        // admin, before any reason is asked.
        if (step.State is { ExternalId: { } id, Decision: { } decision }
            && await service.DecidedAlreadyAsync(step.Turn.Get<TurnScope>(), id, decision == "accept", Enum.TryParse<RejectionReason>(step.State.Reason, out var said) ? said : null, ct) is { } told)
        {
            step.Send(told);
            return await step.EndAsync(null, ct);
        }

        return step.State.Decision != "reject" || step.State.Reason is not null
            ? await step.NextAsync(null, ct)
            : await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions($"Why was lead {step.State.ExternalId} rejected? Pick a reason or say it in your words.", ReasonChoices, Expects: AnswerKind.Reason), ct);
    }

    private async Task<DialogTurnResult> FindAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        if (step.State is { Others: null, Attempts: 0, Offered: null, ExternalId: null } first
            && (VerdictsInLine.Read(first.Text)?.Count(v => v.Lead is not null) ?? 0) < 2
            && (await ReadByCompanyAsync(scope, first.Text, step.Turn.Now, ct, oneOpen: true))?.Where(v => v.Lead is not null).ToArray() is { Length: >= 2 } byCompany)
        {
            // "Initech and Blue Yonder both look good, accept both", "vandelay looks solid, take it; relecloud's a no - no budget":
            // several verdicts, the leads named by company (each company one waiting lead), read as the ids are. A company that
            // names several waiting leads ("Blue Yonder 👍 accept, Hooli 👎 reject" while two Hooli leads wait) is this dialog's:
            // the others are recorded, and it asks which of that company's leads is meant, with its verdict and reason kept.
            var open = byCompany.FirstOrDefault(v => IsCompanyWord(v.Lead!));
            var own = open ?? byCompany.FirstOrDefault(v => v.Decision == "reject" && v.Reason is null) ?? byCompany[0];
            step.State = first with { Reference = open is null ? own.Lead : null, Company = null, Decision = own.Decision, Reason = own.Reason?.ToString() };
            await RecordOthersAsync(step, byCompany.Where(v => !ReferenceEquals(v, own)), ct);
            if (open is not null)
            {
                var label = open.Lead!;
                var named = (await service.PendingAsync(scope, step.Turn.Now, ct)).Where(l => l.Company is { } c && c.StartsWith(label, StringComparison.OrdinalIgnoreCase)).ToArray();
                step.State = step.State with { Company = label, Offered = named.Take(6).Select(l => l.ExternalId).ToArray() };
                return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions($"Which {label} lead? (Or type its id.)",
                    named.Take(6).Select(l => new PromptChoice($"{l.ExternalId}: {l.Company ?? l.Contact} ({Formatting.Date(DateOnly.FromDateTime(l.CreatedAt.UtcDateTime))})", l.ExternalId, [l.ExternalId])).ToArray()), ct);
            }
        }

        if (step.State.Others is { Count: > 0 } others)
        {
            step.State = step.State with { Others = null };
            await RecordOthersAsync(step, others.Select(o => o.Split('|')).Select(p => new LeadVerdictInLine(p[0], p[1], Enum.TryParse<RejectionReason>(p[2], out var r) ? r : null)), ct);
        }

        var draft = step.State;
        var found = await service.FindAsync(scope, draft.Reference, draft.Company, step.Turn.Now, ct);
        // "nope on the Black Mesa lead": of a company's recent leads, a verdict is for the one still waiting for it, when only
        // one is (the others decided already); the note below names it.
        if (draft.Reference is null && found.Count > 1 && found.Where(l => l.Decision == LeadDecision.Pending).ToArray() is { Length: 1 } waiting)
        {
            found = waiting;
            step.Send($"I took {draft.Company} to be lead {waiting[0].ExternalId} ({waiting[0].Company}), the one still waiting for a decision.");
        }

        // "hooli's fine, we'll take it" right after an answer about the waiting Hooli Robotics lead: of the company's leads, the
        // one just talked about (LeadInTalk), said so, rather than "Which hooli lead?".
        if (draft.Reference is null && found.Count > 1 && TalkedAbout(step, found) is { } talked)
        {
            found = [talked];
            step.Send($"I took {draft.Company} to be lead {talked.ExternalId} ({talked.Company}), the one we just talked about.");
        }

        switch (found.Count)
        {
            case 1:
                step.State = draft with { ExternalId = found[0].ExternalId, Company = found[0].Company };
                if (draft.Reference is { } said && !said.Equals(found[0].ExternalId, StringComparison.OrdinalIgnoreCase))
                {
                    step.Send($"I took {said} to be lead {found[0].ExternalId}{(found[0].Company is null ? string.Empty : $" ({found[0].Company})")}.");
                }

                return await step.NextAsync(null, ct);
            case > 1:
                step.State = draft with { Offered = found.Select(l => l.ExternalId).ToArray() };
                return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions($"Which {draft.Company ?? draft.Reference} lead? (Or type its id.)",
                    found.Select(l => new PromptChoice($"{l.ExternalId}: {l.Company ?? l.Contact} ({Formatting.Date(DateOnly.FromDateTime(l.CreatedAt.UtcDateTime))})", l.ExternalId, [l.ExternalId])).ToArray()), ct);
            default:
                if (draft.Reference is null && draft.Company is null)
                {
                    // "Vandelay Telecom is just kicking tyres - reject", "the robotics lead": a pending lead's company, or a word of it.
                    var (named, label) = await service.PendingNamedAsync(scope, draft.Text, step.Turn.Now, ct);
                    if (named.Count > 1 && TalkedAbout(step, named) is { } talkedOf)
                    {
                        step.State = draft with { ExternalId = talkedOf.ExternalId, Company = talkedOf.Company };
                        step.Send($"I took {label} to be lead {talkedOf.ExternalId} ({talkedOf.Company}), the one we just talked about.");
                        return await step.NextAsync(null, ct);
                    }

                    // "ok it's fine, accept it" right after an answer about one waiting lead ("has anyone looked at the hooli
                    // robotics lead yet?"): no lead named, so the one just talked about (LeadInTalk), said so, not "Which lead?".
                    if (named.Count == 0 && step.Turn.Find<LeadInTalk.Topic>() is { } topic
                        && (await service.PendingAsync(scope, step.Turn.Now, ct)).FirstOrDefault(l => l.ExternalId.Equals(topic.ExternalId, StringComparison.OrdinalIgnoreCase)) is { } inTalk)
                    {
                        step.State = draft with { ExternalId = inTalk.ExternalId, Company = inTalk.Company };
                        step.Send($"I took that to be lead {inTalk.ExternalId}{(inTalk.Company is { } c ? $" ({c})" : string.Empty)}, the one we just talked about.");
                        return await step.NextAsync(null, ct);
                    }

                    if (named.Count == 1)
                    {
                        step.State = draft with { ExternalId = named[0].ExternalId, Company = named[0].Company };
                        step.Send($"I took {named[0].Company} to be lead {named[0].ExternalId}.");
                        return await step.NextAsync(null, ct);
                    }

                    if (named.Count > 1)
                    {
                        step.State = draft with { Company = label, Offered = named.Take(6).Select(l => l.ExternalId).ToArray() };
                        return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions($"Which {label} lead? (Or type its id.)",
                            named.Take(6).Select(l => new PromptChoice($"{l.ExternalId}: {l.Company ?? l.Contact} ({Formatting.Date(DateOnly.FromDateTime(l.CreatedAt.UtcDateTime))})", l.ExternalId, [l.ExternalId])).ToArray()), ct);
                    }
                }

                if (draft.Reference is not null || draft.Company is not null)
                {
                    // Never invent a lead: say what was not found and ask which one was meant.
                    step.Send($"I can't find lead {draft.Reference ?? draft.Company}, so I haven't recorded anything for it.");
                    step.State = draft = draft with { Reference = null, Company = null };
                }

                var pending = await service.PendingAsync(scope, step.Turn.Now, ct);
                step.State = draft with { Offered = pending.Take(6).Select(l => l.ExternalId).ToArray() };
                return pending.Count == 0
                    ? await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Which lead? Give its id (e.g. 4512) or the company."), ct)
                    : await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Which lead? These are waiting for a decision (or type an id or company):",
                        pending.Take(6).Select(l => new PromptChoice($"{l.ExternalId}: {l.Company ?? l.Contact}", l.ExternalId, l.Company is null ? null : [l.Company])).ToArray(), MaxAttempts: 2), ct);
        }
    }

    private async Task<DialogTurnResult> TakeLeadAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        if (step.State.ExternalId is not null)
        {
            return await step.NextAsync(null, ct);
        }

        if (step.Result is not string answer)
        {
            return await GiveUpAsync(step, ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        var offered = step.State.Offered ?? [];
        if (int.TryParse(answer.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pick) && pick >= 1 && pick <= offered.Count)
        {
            answer = offered[pick - 1];
        }
        else if (offered.FirstOrDefault(id => answer.Contains(id, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            answer = named;
        }
        else if (offered.Count > 1 && LeadParsing.BareId(answer) is null)
        {
            // "the robotics one", "the second one": one of the leads just listed, by a word only its company has or its place.
            var listed = new List<string>();
            foreach (var id in offered)
            {
                var lead = (await service.FindAsync(scope, id, null, step.Turn.Now, ct)).FirstOrDefault(l => l.ExternalId == id);
                listed.Add($"{id} {lead?.Company ?? lead?.Contact}");
            }

            if (ChoicePicking.Pick(answer, listed) is { } picked)
            {
                answer = offered[picked];
            }
            else if (step.State.Company is { } asked && !answer.Contains(asked, StringComparison.OrdinalIgnoreCase))
            {
                // More leads fit than the buttons show: "Logistics" after "which Aperture lead?" is Aperture Logistics.
                var narrowed = await service.FindAsync(scope, null, $"{asked} {answer.Trim()}", step.Turn.Now, ct);
                // "labs, and it's a dupe, already in salesforce", "the logistics one, no budget": the pick is the first part,
                // its words without "the … one"; the rest is the verdict and its reason, read below.
                if (narrowed.Count != 1 && FirstPart(answer) is { Length: > 0 } part)
                {
                    narrowed = await service.FindAsync(scope, null, $"{asked} {part}", step.Turn.Now, ct);
                }

                if (narrowed.Count == 1)
                {
                    answer = narrowed[0].ExternalId;
                }
            }
        }

        // The words typed with it may carry the verdict and the reason too ("DEMO-1063, no budget").
        var said = step.Turn.Submission is null && !string.IsNullOrWhiteSpace(step.Turn.Text) ? step.Turn.Text : answer;
        // "nope on this one, the contact is a student", "this one's fine ✅", "no cash, pass" at the list of waiting leads: a
        // verdict or a reason typed with no lead named is about the lead shown first, and the reply says which one it took.
        if (step.State is { Company: null, Reference: null } && offered.Count >= 1 && !offered.Contains(answer) && step.Turn.Submission is null
            && LeadParsing.BareId(answer) is null && !Questions.QuestionAnswers.IsQuestion(answer)
            && (LeadVerdicts.Said(answer) is not null || RejectionReasons.Normalize(answer) != RejectionReason.Other)
            && (await service.PendingNamedAsync(scope, answer, step.Turn.Now, ct)).Leads.Count == 0)
        {
            var shown = (await service.FindAsync(scope, offered[0], null, step.Turn.Now, ct)).FirstOrDefault(l => l.ExternalId == offered[0]);
            step.Send($"I took that to be lead {offered[0]}{(shown?.Company is { } c ? $" ({c})" : string.Empty)}, the first one listed.");
            answer = offered[0];
        }

        var reference = step.Turn.Entities.Read(answer, step.Turn.Today).Reference ?? LeadParsing.BareId(answer) ?? (answer.Any(char.IsDigit) && !answer.Contains(' ', StringComparison.Ordinal) ? answer : null);
        // "ok black mesa pharma then - student contact, reject" at "which lead?": one waiting lead's company, in any case, with
        // the verdict and its reason (read below), rather than the whole message taken for a company's name.
        if (reference is null && LeadParsing.Company(answer) is null && answer.Contains(' ', StringComparison.Ordinal)
            && (await service.PendingNamedAsync(scope, answer, step.Turn.Now, ct)).Leads is [var one])
        {
            reference = one.ExternalId;
        }
        var company = reference is null ? LeadParsing.Company(answer) ?? answer : null;
        var found = await service.FindAsync(scope, reference, company, step.Turn.Now, ct);
        if (found.Count != 1)
        {
            var attempts = step.State.Attempts + 1;
            if (attempts >= 3)
            {
                return await GiveUpAsync(step, ct);
            }

            step.State = step.State with { Reference = reference, Company = company, Attempts = attempts };
            return await step.GoToAsync("find", ct);
        }

        var reason = RejectionReasons.Normalize(said);
        // A verdict said with the pick ("1194 is good to go" at "which lead?" after "reject lead 4512") is the verdict, as it
        // would be opening a conversation; the draft's, and its reason, only when it says none or the same.
        var saidVerdict = step.Turn.Submission is null ? LeadVerdicts.Said(said) : null;
        var keepsDraft = saidVerdict is null || saidVerdict == step.State.Decision;
        step.State = step.State with
        {
            ExternalId = found[0].ExternalId,
            Company = found[0].Company,
            // A reason alone ("meh, tiny company, not our ICP") turns the lead down.
            Decision = saidVerdict ?? step.State.Decision ?? (reason == RejectionReason.Other ? null : "reject"),
            Reason = (keepsDraft ? step.State.Reason : null) ?? (reason == RejectionReason.Other ? null : reason.ToString()),
        };
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return await GiveUpAsync(step, ct);
        }

        var draft = step.State;
        var reason = step.Result is string chosen ? ReasonOf(chosen)
            : Enum.TryParse<RejectionReason>(draft.Reason, out var parsed) ? parsed : (RejectionReason?)null;

        // "they're a competitor's subsidiary, wrong fit. and 1087 looks good, accept": the reason for this lead said with other
        // leads' verdicts. The reason is what was said before them; the other leads are decided after this one.
        var alsoSaid = Array.Empty<LeadVerdictInLine>();
        // "no money. oh and Vandelay Telecom is fine, accept that one": the other lead may be named by its company.
        if (step.Result is string answer && (await ReadByCompanyAsync(step.Turn.Get<TurnScope>(), answer, step.Turn.Now, ct) ?? VerdictsInLine.Read(answer)) is { } several)
        {
            alsoSaid = several.Where(v => v.Lead is not null && !SameLead(v.Lead, draft.ExternalId!)).ToArray();
            var ownReason = several.Where(v => v.Lead is null || SameLead(v.Lead, draft.ExternalId!)).Select(v => v.Reason).FirstOrDefault(r => r is not null);
            if (alsoSaid.Length > 0 && ownReason is not null)
            {
                reason = ownReason;
            }
        }

        var scope = step.Turn.Get<TurnScope>();
        if (await service.RecordAsync(scope, draft.ExternalId!, draft.Decision == "accept", reason, draft.Decision == "reject" ? draft.Text : null,
                step.Turn.Now, step.Turn.Today, ct) is not { } recorded)
        {
            step.Send(LeadFeedbackService.NotFound(draft.ExternalId!));
            return await step.EndAsync(null, ct);
        }

        step.Context.Recent = Corrections.RecentCorrections.Decided(draft.ExternalId!, recorded);
        step.Send(recorded.Reply);
        if (alsoSaid.Length > 0)
        {
            await RecordOthersAsync(step, alsoSaid, ct);
        }

        return await step.EndAsync(null, ct);
    }

    /// <summary>The other leads' verdicts said in the same line, each recorded as if said alone (a lead not found is said, not guessed).</summary>
    private async Task RecordOthersAsync(WaterfallStep<LeadFeedbackDraft> step, IEnumerable<LeadVerdictInLine> others, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        foreach (var other in others)
        {
            var found = await service.FindAsync(scope, other.Lead, null, step.Turn.Now, ct);
            if (found.Count != 1)
            {
                step.Send($"I can't tell which lead {other.Lead} is, so I haven't recorded anything for it.");
                continue;
            }

            if (await service.DecidedAlreadyAsync(scope, found[0].ExternalId, other.Decision == "accept", other.Decision == "reject" ? other.Reason : null, ct) is { } told)
            {
                step.Send(told);
                continue;
            }

            if (await service.RecordAsync(scope, found[0].ExternalId, other.Decision == "accept", other.Decision == "reject" ? other.Reason : null,
                    other.Decision == "reject" ? step.Turn.Text : null, step.Turn.Now, step.Turn.Today, ct) is { } recorded)
            {
                step.Send(recorded.Reply);
            }
            else
            {
                step.Send(LeadFeedbackService.NotFound(found[0].ExternalId));
            }
        }
    }

    /// <summary>
    /// The verdicts in <paramref name="text"/>, the leads named by id or by the company of a waiting lead: each company must
    /// name exactly one waiting lead, whose id stands in for it; otherwise null (the line is then read by ids alone).
    /// </summary>
    /// <param name="oneOpen">One company may name several waiting leads; its verdict keeps the company's words as its lead.</param>
    private async Task<IReadOnlyList<LeadVerdictInLine>?> ReadByCompanyAsync(TurnScope scope, string text, DateTimeOffset now, CancellationToken ct, bool oneOpen = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var waiting = await service.PendingAsync(scope, now, ct);
        if (VerdictsInLine.Read(text, waiting.Select(l => l.Company).OfType<string>()) is not { } several)
        {
            return null;
        }

        var resolved = new List<LeadVerdictInLine>();
        foreach (var verdict in several)
        {
            if (verdict.Lead is { } said && said.Any(char.IsLetter) && !said.Any(char.IsDigit))
            {
                var matching = waiting.Where(l => l.Company is { } c && c.StartsWith(said, StringComparison.OrdinalIgnoreCase)).ToArray();
                if (matching.Length > 1 && oneOpen && !resolved.Any(v => v.Lead is { } other && IsCompanyWord(other)))
                {
                    resolved.Add(verdict);
                    continue;
                }

                if (matching.Length != 1)
                {
                    return null;
                }

                resolved.Add(verdict with { Lead = matching[0].ExternalId });
            }
            else
            {
                resolved.Add(verdict);
            }
        }

        // "reject 1237 (Black Mesa), no budget": the same lead named twice is one verdict, and two different verdicts for it are none.
        var leads = resolved.Where(v => v.Lead is not null).ToArray();
        for (var i = 0; i < leads.Length; i++)
        {
            for (var j = i + 1; j < leads.Length; j++)
            {
                if (SameLead(leads[i].Lead!, leads[j].Lead!) || SameLead(leads[j].Lead!, leads[i].Lead!))
                {
                    if (leads[i].Decision != leads[j].Decision)
                    {
                        return null;
                    }

                    resolved.Remove(leads[j]);
                }
            }
        }

        return resolved;
    }

    /// <summary>The words before the first break of a pick said with more ("labs, and it's a dupe" → "labs"), without "the", "one", "lead".</summary>
    private static string FirstPart(string answer)
    {
        var first = System.Text.RegularExpressions.Regex.Split(answer.Trim(), @"\s*(?:[,;:.!]|\s[-–—]\s|\band\b|\bbut\b)\s*")[0];
        return string.Join(' ', first.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.ToLowerInvariant() is not ("the" or "that" or "this" or "one" or "lead" or "it's" or "its" or "oh" or "ok" or "um")));
    }

    /// <summary>A lead named by a word of its company ("hooli"), not by an id.</summary>
    private static bool IsCompanyWord(string lead) => lead.Any(char.IsLetter) && !lead.Any(char.IsDigit);

    /// <summary>Of <paramref name="candidates"/>, the waiting lead the message before was answered about, if it is one of them.</summary>
    private static Lead? TalkedAbout(WaterfallStep<LeadFeedbackDraft> step, IReadOnlyList<Lead> candidates)
        => step.Turn.Find<LeadInTalk.Topic>() is { } topic
            ? candidates.FirstOrDefault(l => l.Decision == LeadDecision.Pending && l.ExternalId.Equals(topic.ExternalId, StringComparison.OrdinalIgnoreCase))
            : null;

    private static bool SameLead(string said, string externalId)
        => said.Equals(externalId, StringComparison.OrdinalIgnoreCase) || externalId.EndsWith("-" + said, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason from a button, its number, or the person's own words ("we already have this one, it's a dupe").</summary>
    private static RejectionReason ReasonOf(string answer)
    {
        var text = answer.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= ReasonChoices.Count)
        {
            return Enum.Parse<RejectionReason>(ReasonChoices[n - 1].Value);
        }

        return RejectionReasons.Normalize(text);
    }

    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        step.Send("Let's leave that lead for now; nothing was recorded.");
        return step.EndAsync(null, ct);
    }
}
