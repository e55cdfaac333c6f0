using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "history of the MQL goal", "show the MQL goal's history": a goal's life from the audit trail, oldest first:
/// created, each edit, close (with the reason) and undo, with who and when.
/// </summary>
public sealed partial class GoalHistoryCommand(IGoalStore goals, IAuditLog audit, TimeProvider time) : IPhraseCommand
{
    public const string IntentName = "goal_history";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Intent => IntentName;

    public bool Matches(string text) => Named(text) is not null;

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var named = Named(understanding.Text) ?? string.Empty;
        var all = await goals.ListAsync(scope.Workspace.Id, cancellationToken);
        var metrics = understanding.Entities.MetricList;
        var found = all.Where(g => g.AskedAs.Contains(named, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (found.Length == 0)
        {
            found = all.Where(g => metrics.Contains(MetricCatalog.NameOf(g.Metric))
                || g.Definition.Label.Equals(named, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        // The open goal first, then the top-level one, then the newest.
        var goal = found.OrderBy(g => g.IsOpen ? 0 : 1).ThenBy(g => g.ParentId is null ? 0 : 1).ThenByDescending(g => g.CreatedAt).FirstOrDefault();
        if (goal is null)
        {
            dc.Turn.Send($"I can't find a goal matching \"{named}\". \"Is marketing working?\" lists the goals.");
            return;
        }

        await SendAsync(dc, goal, cancellationToken);
    }

    /// <summary>
    /// "what's been done to the cost per lead goal since we set it?", "is the acceptance goal still live?": the life of the
    /// goal of the metric a question names, archived and closed ones included (its status heads the answer). False when no
    /// goal has that metric, so the question gets its other readings. Nothing changes.
    /// </summary>
    public async Task<bool> TryAnswerForMetricAsync(DialogContext dc, IReadOnlyCollection<string> metrics, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var goal = (await goals.ListAsync(scope.Workspace.Id, cancellationToken)).Where(g => metrics.Contains(MetricCatalog.NameOf(g.Metric)))
            .OrderBy(g => g.IsOpen ? 0 : 1).ThenBy(g => g.ParentId is null ? 0 : 1).ThenByDescending(g => g.CreatedAt).FirstOrDefault();
        if (goal is null)
        {
            return false;
        }

        await SendAsync(dc, goal, cancellationToken);
        dc.Turn.Send("I haven't changed anything.");
        return true;
    }

    private async Task SendAsync(DialogContext dc, Goal goal, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var id = goal.Id.Value.ToString("D");
        var entries = (await audit.ListAsync(scope.Workspace.Id, goal.CreatedAt.AddDays(-1), time.GetUtcNow().AddMinutes(1), cancellationToken))
            .Where(e => e.SubjectId == id).OrderBy(e => e.At).ToArray();
        var zone = WorkspaceClock.Zone(scope.Person.TimeZone ?? scope.Workspace.TimeZone);
        dc.Turn.Send(Render(goal, entries, zone, scope.Currency));

        // "and who's got it now?" next is about this goal, as after any answer about one goal.
        dc.Turn.Set(new Questions.GoalFollowUp.Discussed(MetricCatalog.NameOf(goal.Metric)));
    }

    public static string Render(Goal goal, IReadOnlyList<AuditEntry> oldestFirst, TimeZoneInfo zone, string currency)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"History of **{goal.Title(currency)}** (now {goal.Status.ToString().ToLowerInvariant()}");
        text.Append(goal.CloseReason is { } reason && !goal.IsOpen ? $"; reason: {reason})" : ")");
        if (oldestFirst.Count == 0)
        {
            text.Append(Invariant, $":\n• {Formatting(goal.CreatedAt, zone)} created by {goal.CreatedBy}; no changes since.");
            return text.ToString();
        }

        text.Append(", oldest first:");
        foreach (var entry in oldestFirst)
        {
            text.Append("\n• ").Append(Formatting(entry.At, zone)).Append(' ').Append(ChangesReport.Line(entry));
        }

        return text.ToString();
    }

    /// <summary>The words naming the goal ("MQL"), or null when the text does not ask for a goal's history.</summary>
    public static string? Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160)
        {
            return null;
        }

        var m = HistoryOf().Match(text.Trim().TrimEnd('?', '.', '!'));
        if (m.Success)
        {
            return m.Groups["name"].Value.Trim();
        }

        // Asked as a question, or across two sentences ("what's changed on the MQL goal? show me its history", "how has
        // the MQL goal changed?", "what changes were made to the revenue goal?"): words about its past, and a goal named.
        return HistoryCue().IsMatch(text) && GoalNamed().Match(text) is { Success: true } named ? named.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\b(?:history|change\s*log|audit\s+trail|changes\s+(?:were\s+|have\s+been\s+)?(?:made|done)|what(?:'s|\s+has|\s+have)?\s+changed|what\s+changes|how\s+(?:has|have|did)\s+.{1,40}?\s+(?:changed?|evolved?)|changed\s+(?:on|in|with|about|for)|what\s+happened\s+(?:to|with))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoryCue();

    [GeneratedRegex(@"\bthe\s+(?<name>(?!goal\b)[\w%-]+(?:\s+(?!goal\b)[\w%-]+){0,3}?)\s+goal(?:'s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalNamed();

    private static string Formatting(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", Invariant);

    [GeneratedRegex(@"^(?:(?:show|give|tell)\s+(?:me\s+)?|what(?:'s|\s+is)\s+|can\s+i\s+see\s+)?(?:the\s+)?(?:history|changes|change\s+log|log)\s+(?:of|for|on)\s+the\s+(?<name>.+?)\s+goal$|^(?:(?:show|give)\s+(?:me\s+)?)?(?:the\s+)?(?<name>.+?)\s+goal(?:'s)?\s+history$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoryOf();
}
