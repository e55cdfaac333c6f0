using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>Evaluates <c>expect</c> lines against the state read through the ports. Null means it holds; otherwise why not.</summary>
public static class StateChecks
{
    /// <summary>Kinds the product has no store for yet; a check on them fails as "needs a feature" until one is wired in here.</summary>
    private static readonly Dictionary<string, string> Missing = new();

    public static async Task<string?> EvaluateAsync(StateExpectation e, StateSnapshot before, IServiceProvider services, string? hereConversationId, CancellationToken cancellationToken, string? lastSpeaker = null)
    {
        if (Missing.TryGetValue(e.Kind, out var missing))
        {
            return missing;
        }

        var now = await StateSnapshot.TakeAsync(services, cancellationToken);
        var scope = new FieldScope(before);
        if (e.Unchanged)
        {
            var kinds = e.Kind == "*" ? StateSnapshot.ComparableKinds : [e.Kind];
            var changes = kinds.SelectMany(k => Differences(k, before, now, scope)).ToList();
            return changes.Count == 0 ? null : "expected nothing to change, but: " + string.Join("; ", changes.Take(6)) + (changes.Count > 6 ? $"; and {changes.Count - 6} more" : string.Empty);
        }

        if (e.Kind == "person")
        {
            return await PersonAsync(e, now, services, cancellationToken);
        }

        if (e.Kind == "role-request")
        {
            return await RoleRequestAsync(e, services, cancellationToken);
        }

        if (e.Kind == "admin")
        {
            // "expect admin jordan": made admin in chat (or by the cast).
            var persona = e.Id is null ? null : Personas.Find(e.Id);
            return persona is null ? "an admin check names a persona: expect admin jordan"
                : now.People.GetValueOrDefault(persona.UserId) is { IsAdmin: true } ? null
                : $"expected {persona.Key} to be an admin, but they are not";
        }

        if (e.Kind == "reminder")
        {
            return await ReminderAsync(e, services, lastSpeaker, cancellationToken);
        }

        if (e.Kind == "goal-history")
        {
            return await GoalHistoryAsync(e, services, cancellationToken);
        }

        if (e.Kind == "agreement")
        {
            return await AgreementAsync(e, services, scope, cancellationToken);
        }

        var records = now.Records(e.Kind);
        var old = before.Records(e.Kind);
        IEnumerable<KeyValuePair<string, object>> inScope = e.Scope switch
        {
            // A measurement is one value per metric and period: a check-in for a week the demo already has replaces
            // that row (same id) instead of adding one, and is still the measurement recorded in this scenario.
            "new" when e.Kind == "measurement" => records.Where(r => !old.TryGetValue(r.Key, out var o) || !Equals(o, r.Value)),
            "new" => records.Where(r => !old.ContainsKey(r.Key)),
            "changed" => records.Where(r => old.TryGetValue(r.Key, out var o) && !Equals(o, r.Value)),
            _ => records,
        };

        if (e.Id is { } id)
        {
            var key = Resolve(e.Kind, id, records);
            if (key is null || !records.TryGetValue(key, out var record))
            {
                return $"expected {e.Kind} {id}, but there is no such {e.Kind}";
            }

            if (!inScope.Any(r => r.Key == key))
            {
                return $"expected {e.Kind} {id} to be {e.Scope}, but it is not: {RecordFields.Describe(e.Kind, record, scope)}";
            }

            foreach (var filter in e.Filters)
            {
                var (ok, why) = Matches(e.Kind, record, filter, scope, hereConversationId);
                if (!ok)
                {
                    return why ?? $"expected {e.Kind} {id} to have {filter}, but it has {RecordFields.Describe(e.Kind, record, scope)}";
                }
            }

            return null;
        }

        var candidates = inScope.Select(r => r.Value).ToList();
        var matching = new List<object>();
        foreach (var candidate in candidates)
        {
            var all = true;
            foreach (var filter in e.Filters)
            {
                var (ok, why) = Matches(e.Kind, candidate, filter, scope, hereConversationId);
                if (why is not null && why.StartsWith("needs a feature", StringComparison.Ordinal))
                {
                    return why;
                }

                all &= ok;
            }

            if (all)
            {
                matching.Add(candidate);
            }
        }

        var wanted = e.Count switch { null => "at least one", 0 => "no", var n => $"exactly {n}" };
        var holds = e.Count switch { null => matching.Count > 0, var n => matching.Count == n };
        if (holds)
        {
            return null;
        }

        var shown = (e.Count == 0 ? matching : candidates).Take(4).Select(c => RecordFields.Describe(e.Kind, c, scope)).ToList();
        var what = $"{(e.Scope == "all" ? string.Empty : e.Scope + " ")}{e.Kind}";
        return $"expected {wanted} {what}{(e.Filters.Count > 0 ? " with " + string.Join(" ", e.Filters) : string.Empty)}, but found {matching.Count}"
            + (candidates.Count == 0 ? $" (there is no {what} at all)" : $" among {candidates.Count}: {string.Join("; ", shown)}{(candidates.Count > shown.Count ? "; …" : string.Empty)}");
    }

    /// <summary>Whether a record passes one filter; the second value explains a failure that is not a plain mismatch.</summary>
    public static (bool Ok, string? Why) Matches(string kind, object record, FieldFilter filter, FieldScope scope, string? hereConversationId)
    {
        if (filter.Operator == "flag")
        {
            return filter.Field == "here" && record is DigestSubscription d
                ? (d.Address.ConversationId == hereConversationId, null)
                : (false, $"'{filter.Field}' is not a check on a {kind}");
        }

        var (value, missing) = RecordFields.Get(kind, record, filter.Field, scope);
        if (missing is not null)
        {
            return (false, missing);
        }

        return Compare(value, filter);
    }

    public static (bool Ok, string? Why) Compare(object? actual, FieldFilter filter)
    {
        var expected = filter.Value;
        var text = RecordFields.Text(actual);
        switch (filter.Operator)
        {
            case "~" or "!~":
                var found = actual is PersonValue pv
                    ? Regex.IsMatch(pv.Name ?? string.Empty, expected, RegexOptions.IgnoreCase) || Regex.IsMatch(pv.UserId ?? string.Empty, expected, RegexOptions.IgnoreCase)
                    : actual is not null && Regex.IsMatch(text, expected, RegexOptions.IgnoreCase);
                return (found == (filter.Operator == "~"), null);
            case "=" or "!=":
                var (equal, why) = Equal(actual, expected);
                return why is not null ? (false, why) : (equal == (filter.Operator == "="), null);
            default:
                var order = Order(text, expected);
                return order is null
                    ? (false, null)
                    : (filter.Operator switch { ">=" => order >= 0, "<=" => order <= 0, ">" => order > 0, _ => order < 0 }, null);
        }
    }

    private static (bool Equal, string? Why) Equal(object? actual, string expected)
    {
        if (expected.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return (actual is null || actual is PersonValue { IsEmpty: true } || actual is string s && string.IsNullOrWhiteSpace(s), null);
        }

        switch (actual)
        {
            case PersonValue person:
                return Personas.Find(expected) is { } persona ? (person.Is(persona), null) : (Normal(person.Name ?? person.UserId ?? string.Empty) == Normal(expected), null);
            case MetricKey metric:
                return MetricCatalog.TryParse(expected, out var key) ? (metric == key, null) : (false, $"'{expected}' is not a metric the catalog knows");
            case Enum e:
                var names = Enum.GetNames(e.GetType());
                return names.Any(n => Normal(n) == Normal(expected))
                    ? (Normal(e.ToString()) == Normal(expected), null)
                    : (false, $"needs a feature: {e.GetType().Name} has no '{expected}' (it has {string.Join(", ", names)})");
        }

        var text = RecordFields.Text(actual);
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return (a == b, null);
        }

        return (actual is not null && Normal(text) == Normal(expected), null);
    }

    private static int? Order(string actual, string expected)
    {
        if (decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }

        if (DateOnly.TryParseExact(actual, "yyyy-MM-dd", out var x) && DateOnly.TryParseExact(expected, "yyyy-MM-dd", out var y))
        {
            return x.CompareTo(y);
        }

        // A clock time ("time<=10:00"): before round 30 it compared as nothing, so every such check failed.
        if (TimeOnly.TryParseExact(actual, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)
            && TimeOnly.TryParseExact(expected, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var q))
        {
            return p.CompareTo(q);
        }

        return null;
    }

    private static string Normal(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? Resolve(string kind, string id, IReadOnlyDictionary<string, object> records) => kind switch
    {
        "goal" => RecordFields.DemoGoalId(id)?.ToString() ?? (records.ContainsKey(id) ? id : null),
        "lead" => records.Keys.FirstOrDefault(k => k.Equals(id, StringComparison.OrdinalIgnoreCase)),
        "person" => Personas.Find(id)?.UserId ?? id,
        "request" => records.FirstOrDefault(r => ((Domain.Requests.MarketingRequest)r.Value).Title.Equals(id, StringComparison.OrdinalIgnoreCase)).Key,
        _ => records.ContainsKey(id) ? id : null,
    };

    /// <summary><c>expect goal-history demo:mql</c>: the goal's audit trail holds at least one change to it (an edit, a close, an undo).</summary>
    private static async Task<string?> GoalHistoryAsync(StateExpectation e, IServiceProvider services, CancellationToken cancellationToken)
    {
        var id = e.Id is null ? null : RecordFields.DemoGoalId(e.Id)?.ToString() ?? e.Id;
        if (id is null)
        {
            return "a goal-history check names a goal: expect goal-history demo:mql";
        }

        var entries = await services.GetRequiredService<IAuditLog>().ListAsync(ScenarioWorkspace.Id, DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), cancellationToken);
        var changes = entries.Count(x => x.SubjectId == id && x.Kind == AlignmentBot.Application.Audit.AuditKinds.GoalChanged);
        return changes > 0 ? null : $"expected the goal's history to hold a change, but its audit trail has {entries.Count(x => x.SubjectId == id)} entries and no change";
    }

    /// <summary>
    /// <c>claims=sales</c>: the person told the bot they are in sales: they have a sales role, or a role request for one
    /// waits for an admin. <c>role=marketing</c> names a function or a role ("marketing lead"); <c>admin=true</c> is an
    /// admin right given in chat or by the cast.
    /// </summary>
    private static async Task<string?> PersonAsync(StateExpectation e, StateSnapshot now, IServiceProvider services, CancellationToken cancellationToken)
    {
        var persona = e.Id is null ? null : Personas.Find(e.Id);
        if (persona is null)
        {
            return "a person check names a persona: expect person jordan claims=sales";
        }

        // Someone the bot has never stored is a person without a role.
        var person = now.People.GetValueOrDefault(persona.UserId) ?? new Person(ScenarioWorkspace.Id, persona.UserId, persona.StoredName);
        foreach (var filter in e.Filters)
        {
            switch (filter.Field)
            {
                case "claims":
                {
                    var requests = await services.GetRequiredService<IRoleRequestStore>().ListForPersonAsync(ScenarioWorkspace.Id, persona.UserId, cancellationToken);
                    var asked = requests.Where(r => r.IsPending).Select(r => r.Role).ToList();
                    if (!IsRole(person.Role, filter.Value) && !asked.Any(r => IsRole(r, filter.Value)))
                    {
                        return $"expected {persona.Key} to have told the bot they are in {filter.Value}, but their role is {RoleText(person.Role)}"
                               + (asked.Count == 0 ? " and they asked for no role" : $" and they asked for {string.Join(", ", asked.Select(r => Roles.Noun(r)))}");
                    }

                    break;
                }

                case "role":
                    // role=… names a function or a role; role~… and role!~… match a pattern against the role's noun and its
                    // function's ("role~market" holds for a marketer and the marketing lead), role!=… is the negation.
                    if (!RoleHolds(person.Role, filter))
                    {
                        return $"expected {persona.Key} to have the role {filter}, but their role is {RoleText(person.Role)}";
                    }

                    break;
                case "admin":
                    if (!bool.TryParse(filter.Value, out var admin))
                    {
                        return $"admin is true or false, not '{filter.Value}'";
                    }

                    if (person.IsAdmin != admin)
                    {
                        return $"expected {persona.Key} {(admin ? "to be" : "not to be")} an admin, but they {(person.IsAdmin ? "are" : "are not")}";
                    }

                    break;
                default:
                {
                    var (ok, why) = Matches("person", person, filter, new FieldScope(now), null);
                    if (!ok)
                    {
                        return why ?? $"expected {persona.Key} to have {filter}, but: {person}";
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>expect reminders priya day=friday time=16:00 out-until=2026-12-12 muted=demo:retention reminded=demo:cpl</c>: what
    /// the person said about their check-in reminders, and the reminders sent to them (<c>none</c>: none at all).
    /// <c>muted~(cpl|cost)</c> and <c>reminded~follow</c> match a pattern against the goals' ids (demo:cpl), and for a goal
    /// made during the scenario against its id and metric ("3f2a… (CostPerLead)") or, when the pattern is a metric's name
    /// ("cpl"), by that metric.
    /// Without a persona (<c>expect reminders day=friday</c>) the check reads the reminders of the person who spoke last,
    /// as "my reminders" would.
    /// </summary>
    private static async Task<string?> ReminderAsync(StateExpectation e, IServiceProvider services, string? lastSpeaker, CancellationToken cancellationToken)
    {
        var key = e.Id ?? lastSpeaker;
        var persona = key is null ? null : Personas.Find(key);
        if (persona is null)
        {
            return e.Id is null
                ? "a reminders check without a persona reads the last speaker's, but nobody has spoken yet: expect reminders priya day=friday"
                : $"a reminders check names a persona, and '{e.Id}' is none: expect reminders priya day=friday";
        }

        var store = services.GetRequiredService<IReminderStore>();
        var prefs = (await store.ListPreferencesAsync(ScenarioWorkspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == persona.UserId)
            ?? Domain.Reminders.ReminderPreferences.None(persona.UserId);
        var sent = (await store.ListDeliveriesAsync(ScenarioWorkspace.Id, "2000-01-01", cancellationToken))
            .Where(d => d.PersonId == persona.UserId && d.State == AlignmentBot.Application.Reminders.ReminderDeliveryState.Sent).ToList();
        // A goal made during the scenario has no demo key: it reads as its id and its metric ("3f2a… (Cpl)"), so
        // "reminded~cpl" matches the CPL goal Marco just set as it matches demo:cpl.
        var metrics = (await services.GetRequiredService<IGoalStore>().ListAsync(ScenarioWorkspace.Id, cancellationToken)).ToDictionary(g => g.Id, g => g.Metric);
        string Key(Domain.Goals.GoalId id) => RecordFields.DemoGoalKey(id) ?? (metrics.TryGetValue(id, out var metric) ? $"{id} ({metric})" : id.ToString());
        foreach (var filter in e.Filters)
        {
            string Goals(IEnumerable<Domain.Goals.GoalId> ids) => string.Join(", ", ids.Select(Key)) is { Length: > 0 } list ? list : "none";
            bool Has(IEnumerable<Domain.Goals.GoalId> ids, out string? why)
            {
                why = null;
                var set = ids.ToHashSet();
                if (filter.Value == "none")
                {
                    return filter.Operator == "=" ? set.Count == 0 : set.Count > 0;
                }

                // "muted~(cpl|cost)": a pattern over the goals' ids, true when one matches ("!~": none does).
                if (filter.Operator is "~" or "!~")
                {
                    // A goal made during the scenario matches a metric's name too ("reminded~cpl" for its CostPerLead).
                    var named = MetricCatalog.TryParse(filter.Value, out var namedMetric) ? namedMetric : (MetricKey?)null;
                    return set.Any(g => System.Text.RegularExpressions.Regex.IsMatch(Key(g), filter.Value, System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                        || (named is { } n && RecordFields.DemoGoalKey(g) is null && metrics.TryGetValue(g, out var m) && m == n)) == (filter.Operator == "~");
                }

                if (RecordFields.DemoGoalId(filter.Value) is not { } goal)
                {
                    why = $"{filter.Field} names a goal (demo:retention) or none, not '{filter.Value}'";
                    return false;
                }

                return set.Contains(new Domain.Goals.GoalId(goal)) == (filter.Operator == "=");
            }

            // Day, time and last day out compare as any record's fields do: "out-until>=2026-12-04", "time<=10:00", "day~(mon|tue)".
            (bool, string, string?) Field(string? value)
            {
                var (same, why) = Compare(value, filter);
                return (same, value ?? "none", why);
            }

            var (ok, actual, problem) = filter.Field switch
            {
                "day" => Field(prefs.Day?.ToString()),
                "time" => Field(prefs.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)),
                "out-until" => Field(prefs.OutUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "muted" => (Has(prefs.Muted, out var w1), Goals(prefs.Muted), w1),
                "reminded" => (Has(sent.Select(d => d.GoalId), out var w2), Goals(sent.Select(d => d.GoalId)), w2),
                _ => (false, string.Empty, $"needs a feature: reminders have no '{filter.Field}' (they have day, time, out-until, muted, reminded)"),
            };
            if (problem is not null)
            {
                return problem;
            }

            if (!ok)
            {
                return $"expected {persona.Key}'s reminders to have {filter}, but {filter.Field} is {actual}";
            }
        }

        return null;
    }

    /// <summary><c>expect role-request priya role=sales</c>: a request waiting for an admin, for that role or a role of that function; <c>expect no role-request priya</c>: none waits.</summary>
    private static async Task<string?> RoleRequestAsync(StateExpectation e, IServiceProvider services, CancellationToken cancellationToken)
    {
        var persona = e.Id is null ? null : Personas.Find(e.Id);
        if (persona is null)
        {
            return "a role-request check names a persona: expect role-request priya role=sales";
        }

        var requests = (await services.GetRequiredService<IRoleRequestStore>().ListForPersonAsync(ScenarioWorkspace.Id, persona.UserId, cancellationToken))
            .Where(r => r.IsPending)
            .ToList();

        // "expect no role-request jordan": nothing waits for an admin any more (approved, declined or never asked).
        if (e.Count == 0)
        {
            return requests.Count == 0 ? null
                : $"expected no role request from {persona.Key} waiting for an admin, but {string.Join(", ", requests.Select(r => Roles.Noun(r.Role)))} waits";
        }

        if (requests.Count == 0)
        {
            return $"expected a role request from {persona.Key} waiting for an admin, but there is none";
        }

        foreach (var filter in e.Filters)
        {
            if (filter.Field != "role")
            {
                return $"needs a feature: a role-request has no '{filter.Field}' (it has role)";
            }

            if (!requests.Any(r => RoleHolds(r.Role, filter)))
            {
                return $"expected {persona.Key} to ask for {filter.Value}, but they asked for {string.Join(", ", requests.Select(r => Roles.Noun(r.Role)))}";
            }
        }

        return null;
    }

    /// <summary>"sales" matches a sales lead and a sales rep; "marketing lead" only that role; "none" no role.</summary>
    private static bool IsRole(Role? role, string expected)
    {
        var want = Normal(expected);
        if (role is not { } r)
        {
            return want == "none";
        }

        return want == Normal(Roles.Noun(r)) || want == Normal(Roles.Noun(Roles.FunctionOf(r))) || want == Normal(r.ToString());
    }

    /// <summary>A <c>role</c> check with its operator: = names a function or a role, != its negation, ~ and !~ a pattern.</summary>
    internal static bool RoleHolds(Role? role, FieldFilter filter) => filter.Operator switch
    {
        "~" => RoleMatches(role, filter.Value),
        "!~" => !RoleMatches(role, filter.Value),
        "!=" => !IsRole(role, filter.Value),
        _ => IsRole(role, filter.Value),
    };

    /// <summary>A pattern (case-insensitive) found in the role's noun, its function's noun or its name; "none" when there is no role.</summary>
    private static bool RoleMatches(Role? role, string pattern)
        => (role is { } r ? new[] { Roles.Noun(r), Roles.Noun(Roles.FunctionOf(r)), r.ToString() } : ["none"])
            .Any(text => System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));

    private static string RoleText(Role? role) => role is { } r ? Roles.Noun(r) : "none";

    private static IEnumerable<string> Differences(string kind, StateSnapshot before, StateSnapshot now, FieldScope scope)
    {
        var a = before.Comparable(kind);
        var b = now.Comparable(kind);
        foreach (var (key, value) in b)
        {
            if (!a.TryGetValue(key, out var old))
            {
                yield return $"a new {kind} {Describe(kind, value, scope)}";
            }
            else if (!Equals(old, value))
            {
                yield return $"{kind} {Describe(kind, old, scope)} changed: {Changes(old, value)}";
            }
        }

        foreach (var (key, value) in a.Where(x => !b.ContainsKey(x.Key)))
        {
            yield return $"{kind} {Describe(kind, value, scope)} is gone";
        }
    }

    /// <summary>"Day: Monday → Friday; ChangedBy: demo-marco → demo-priya": the properties that differ.</summary>
    private static string Changes(object before, object after)
    {
        if (before is string || before.GetType() != after.GetType())
        {
            return $"{before} → {after}";
        }

        var changes = before.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Before: p.GetValue(before), After: p.GetValue(after)))
            .Where(x => !Equals(x.Before, x.After))
            .Select(x => $"{x.Name}: {RecordFields.Text(x.Before)} → {RecordFields.Text(x.After)}")
            .ToList();
        return changes.Count == 0 ? "(a nested value differs)" : string.Join(", ", changes);
    }

    private static string Describe(string kind, object value, FieldScope scope)
        => value is string role ? role : RecordFields.Describe(kind, value, scope);

    private static async Task<string?> AgreementAsync(StateExpectation e, IServiceProvider services, FieldScope scope, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ISlaStore>();
        var inForce = await InForceAsync(services, cancellationToken);
        if (inForce is null)
        {
            var pending = await store.GetPendingAsync(ScenarioWorkspace.Id, cancellationToken);
            return pending is null
                ? "expected a lead agreement in force, but there is none"
                : $"expected a lead agreement in force, but there is only a proposal: {RecordFields.Describe("sla", pending, scope)}";
        }

        foreach (var filter in e.Filters)
        {
            var (ok, why) = Matches("sla", inForce, filter, scope, null);
            if (!ok)
            {
                return why ?? $"expected the agreement in force to have {filter}, but it has {RecordFields.Describe("sla", inForce, scope)}";
            }
        }

        return null;
    }

    /// <summary>The agreement in force: signed by both sides and not yet replaced.</summary>
    public static Task<LeadSla?> InForceAsync(IServiceProvider services, CancellationToken cancellationToken)
        => services.GetRequiredService<ISlaStore>().GetActiveAsync(ScenarioWorkspace.Id, cancellationToken);
}
