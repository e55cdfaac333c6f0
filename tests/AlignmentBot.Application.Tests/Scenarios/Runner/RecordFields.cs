using System.Globalization;
using System.Reflection;
using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The fields a scenario can check on each kind of record, named the way a person would ("owner", "due", "reason").
/// A field not listed here is looked up as a property of the record, so a check on something the product does not store
/// yet (a goal's close reason) fails as "needs a feature" today and works once the property exists.
/// </summary>
public static class RecordFields
{
    private static readonly string[] DemoGoals = ["revenue", "mql", "cpl", "followup", "acceptance", "retention", "cycle"];

    private static readonly Dictionary<string, Dictionary<string, Func<object, FieldScope, object?>>> Fields = new()
    {
        ["goal"] = new()
        {
            ["id"] = (r, s) => GoalKey(((Goal)r).Id, s),
            ["metric"] = (r, _) => ((Goal)r).Metric,
            ["target"] = (r, _) => ((Goal)r).Target,
            ["baseline"] = (r, _) => ((Goal)r).Baseline,
            ["per"] = (r, _) => ((Goal)r).Per,
            ["direction"] = (r, _) => ((Goal)r).Direction,
            ["deadline"] = (r, _) => ((Goal)r).Deadline,
            ["start"] = (r, _) => ((Goal)r).StartDate,
            ["owner"] = (r, _) => new PersonValue(((Goal)r).OwnerId, ((Goal)r).OwnerName),
            ["status"] = (r, _) => ((Goal)r).Status,
            ["audience"] = (r, _) => ((Goal)r).Audience,
            ["cadence"] = (r, _) => ((Goal)r).Cadence,
            ["parent"] = (r, s) => ((Goal)r).ParentId is { } p ? GoalKey(p, s) : null,
            ["created-by"] = (r, _) => new PersonValue(((Goal)r).CreatedBy, null),
            ["asked"] = (r, _) => ((Goal)r).AskedAs,
        },
        ["lead"] = new()
        {
            ["id"] = (r, _) => ((Lead)r).ExternalId,
            ["company"] = (r, _) => ((Lead)r).Company,
            ["contact"] = (r, _) => ((Lead)r).Contact,
            ["stage"] = (r, _) => ((Lead)r).Stage,
            ["decision"] = (r, _) => ((Lead)r).Decision,
            ["reason"] = (r, _) => ((Lead)r).RejectionReason,
            ["note"] = (r, _) => ((Lead)r).ReasonNote,
            ["by"] = (r, _) => new PersonValue(((Lead)r).DecidedBy, ((Lead)r).DecidedBy),
            ["campaign"] = (r, _) => ((Lead)r).Source.Campaign,
        },
        ["request"] = new()
        {
            ["title"] = (r, _) => ((MarketingRequest)r).Title,
            ["requested-by"] = (r, _) => new PersonValue(null, ((MarketingRequest)r).RequestedBy),
            ["logged-by"] = (r, _) => new PersonValue(null, ((MarketingRequest)r).LoggedBy),
            ["due"] = (r, _) => ((MarketingRequest)r).DueDate,
            ["cost"] = (r, _) => ((MarketingRequest)r).Cost?.Amount,
            ["currency"] = (r, _) => ((MarketingRequest)r).Cost?.Currency,
            ["effort"] = (r, _) => ((MarketingRequest)r).EffortHours,
            ["goal"] = (r, s) => ((MarketingRequest)r).GoalId is { } g ? GoalKey(g, s) : null,
            ["status"] = (r, _) => ((MarketingRequest)r).Status,
            ["reason"] = (r, _) => ((MarketingRequest)r).DecisionReason,
        },
        ["sla"] = new()
        {
            ["status"] = (r, _) => ((LeadSla)r).Status,
            ["leads"] = (r, _) => (decimal)((LeadSla)r).LeadsPerPeriod,
            ["period"] = (r, _) => ((LeadSla)r).Period,
            ["follow-up"] = (r, _) => ((LeadSla)r).FollowUpHours,
            ["definition"] = (r, _) => ((LeadSla)r).Definition,
            ["proposed-by"] = (r, _) => new PersonValue(null, ((LeadSla)r).ProposedBy),
            ["marketing"] = (r, _) => ((LeadSla)r).Marketing is { } m ? new PersonValue(m.UserId, m.Name) : new PersonValue(null, null),
            ["sales"] = (r, _) => ((LeadSla)r).Sales is { } m ? new PersonValue(m.UserId, m.Name) : new PersonValue(null, null),
        },
        ["measurement"] = new()
        {
            ["metric"] = (r, _) => ((Measurement)r).Metric,
            ["value"] = (r, _) => ((Measurement)r).Value,
            ["start"] = (r, _) => ((Measurement)r).Period.Start,
            ["end"] = (r, _) => ((Measurement)r).Period.End,
            ["source"] = (r, _) => ((Measurement)r).Source,
            ["by"] = (r, _) => new PersonValue(((Measurement)r).RecordedBy, null),
        },
        ["digest"] = new()
        {
            ["audience"] = (r, _) => ((DigestSubscription)r).Audience,
            ["day"] = (r, _) => ((DigestSubscription)r).Schedule.Day,
            ["time"] = (r, _) => ((DigestSubscription)r).Schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["zone"] = (r, _) => ((DigestSubscription)r).Schedule.TimeZone,
            ["every"] = (r, _) => (decimal)((DigestSubscription)r).Schedule.EveryWeeks,
            ["channel"] = (r, _) => ((DigestSubscription)r).ChannelLabel,
            ["created-by"] = (r, _) => new PersonValue(((DigestSubscription)r).CreatedBy, null),
        },
        ["person"] = new()
        {
            ["role"] = (r, _) => ((Person)r).Role,
            ["name"] = (r, _) => ((Person)r).DisplayName,
        },
    };

    /// <summary>The value of <paramref name="field"/>, or a "needs a feature" failure when the record has no such thing.</summary>
    public static (object? Value, string? Missing) Get(string kind, object record, string field, FieldScope scope)
    {
        if (Fields.TryGetValue(kind, out var fields) && fields.TryGetValue(field, out var getter))
        {
            return (getter(record, scope), null);
        }

        var wanted = field.Replace("-", string.Empty, StringComparison.Ordinal);
        var property = record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return property is null
            ? (null, $"needs a feature: a {kind} has no '{field}' ({record.GetType().Name} has no such property)")
            : (property.GetValue(record), null);
    }

    /// <summary>A short description of a record for failure messages.</summary>
    public static string Describe(string kind, object record, FieldScope scope)
    {
        if (!Fields.TryGetValue(kind, out var fields))
        {
            return record.ToString() ?? kind;
        }

        return "{" + string.Join(", ", fields.Select(f => $"{f.Key}={Text(f.Value(record, scope))}")) + "}";
    }

    /// <summary>A value as a check compares it: enums by name, dates as yyyy-MM-dd, numbers without trailing zeros, none for nothing.</summary>
    public static string Text(object? value) => value switch
    {
        null => "none",
        PersonValue p => p.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "none",
    };

    /// <summary>"demo:mql" for a demo goal, "new" for a goal created during the scenario, else its id.</summary>
    public static string GoalKey(GoalId id, FieldScope scope)
        => DemoGoalKey(id) ?? (scope.Before.Goals.ContainsKey(id.Value) ? id.Value.ToString() : "new");

    /// <summary>"demo:mql" for a demo goal's id, else null.</summary>
    public static string? DemoGoalKey(GoalId id)
        => DemoGoals.FirstOrDefault(key => DemoCompany.Id("goal:" + key) == id.Value) is { } found ? "demo:" + found : null;

    /// <summary>Resolves "demo:mql" to the demo goal's id.</summary>
    public static Guid? DemoGoalId(string key)
        => key.StartsWith("demo:", StringComparison.OrdinalIgnoreCase) && DemoGoals.Contains(key[5..], StringComparer.OrdinalIgnoreCase)
            ? DemoCompany.Id("goal:" + key[5..].ToLowerInvariant())
            : null;

    public static bool IsMetric(object? value) => value is MetricKey;
}
