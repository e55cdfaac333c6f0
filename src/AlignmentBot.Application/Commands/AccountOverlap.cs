using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// The account overlap computed once from the imported account lists, for the look-up ("do marketing and sales reach the
/// same accounts?") and for an overlap goal's baseline, so both say the same figure (issue 16, one source of truth for numbers).
/// </summary>
public static class AccountOverlap
{
    /// <summary>The overlap, or null with what is missing ("either account list", ...) when a list has not been imported.</summary>
    public static async Task<(OverlapResult? Result, string Missing)> ComputeAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
    {
        var lists = await accountLists.ListAsync(workspace.Id, cancellationToken);
        var reached = lists.Where(l => l.Kind == AccountListKind.MarketingReached).ToArray();
        var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).ToArray();
        if (reached.Length == 0 || targets.Length == 0)
        {
            return (null, reached.Length == 0 && targets.Length == 0 ? "either account list" : reached.Length == 0 ? "the accounts marketing reached" : "sales' target accounts");
        }

        return (AudienceOverlap.Compute(reached.SelectMany(l => l.Accounts), targets.SelectMany(l => l.Accounts), workspace.Industry, workspace.Region), string.Empty);
    }

    /// <summary>The accounts marketing reached that are not on sales' target list, as marketing's list wrote them.</summary>
    public static async Task<IReadOnlyList<string>> OnlyReachedAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
    {
        var lists = await accountLists.ListAsync(workspace.Id, cancellationToken);
        var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).SelectMany(l => l.Accounts)
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(AccountNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var only = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in lists.Where(l => l.Kind == AccountListKind.MarketingReached).SelectMany(l => l.Accounts).Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            var key = AccountNames.Normalize(account);
            if (!targets.Contains(key))
            {
                only.TryAdd(key, account.Trim());
            }
        }

        return only.Values.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Today's overlap as the look-up shows it (one decimal), or null without both lists or with an empty target list.</summary>
    public static async Task<decimal?> TodayAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
    {
        var (result, _) = await ComputeAsync(accountLists, workspace, cancellationToken);
        return result?.OverlapPercent is { } percent ? Math.Round(percent, 1, MidpointRounding.AwayFromZero) : null;
    }
}
