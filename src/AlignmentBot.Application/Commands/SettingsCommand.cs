using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "settings" shows the workspace settings to anyone in it; "set our currency to EUR", "our annual revenue is €40M",
/// "our fiscal year starts in April" change one, for admins only. The store audits each change.
/// </summary>
public sealed partial class SettingsCommand(WorkspaceSettingsService settings, PermissionGate gate) : IPhraseCommand
{
    public const string IntentName = "settings";

    public string Intent => IntentName;

    public bool Matches(string text) => SettingsRequest.Parse(text) is not null;

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        // "set the currency to GBP and the time zone to London": each change in turn, behind one admin check (so a refusal is said once).
        var requests = SettingsRequest.ParseAll(understanding.Text);
        if (requests.Count > 1 && !await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
        {
            return;
        }

        foreach (var request in requests)
        {
            await HandleRequestAsync(dc, request, understanding, cancellationToken);
        }
    }

    /// <summary>What <see cref="DialogContext.Recent"/> is right after one setting was shown: "who can change it?" names the
    /// admins, and "can you switch it to pacific?" changes that setting, behind the same admin check.</summary>
    public const string AskedKind = "setting-asked";

    /// <summary>
    /// Right after a setting was shown, a change of "it" in so many words ("and can you switch it to pacific for me?", "ok
    /// change that to euros"): the same change as naming the setting ("set the default time zone to pacific"), read by the
    /// same reader; null when the message is no such change.
    /// </summary>
    public static SettingsRequest? ChangeOfIt(string text, string key)
        => ItTo().Match(text.Trim()) is { Success: true } m && m.Groups["value"].Value.Trim() is { Length: > 0 } value
            ? SettingsRequest.Parse($"set the {WorkspaceSettings.Label(key).ToLowerInvariant()} to {value}") is { Key: { } k, Value: not null } change && k == key ? change : null
            : null;

    public async Task HandleRequestAsync(DialogContext dc, SettingsRequest request, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (request is { Key: { } asked, Value: null })
        {
            dc.Turn.Send($"{WorkspaceSettings.Label(asked)}: {WorkspaceSettings.Show(scope.Workspace, asked)}. An admin can change it; say \"settings\" to see them all.");
            dc.Recent = new RecentAction(AskedKind, asked);
            return;
        }

        if (request.Key is not { } key || request.Value is not { } value)
        {
            dc.Turn.Send($"Workspace settings:\n{WorkspaceSettingsService.Render(scope.Workspace)}\n\nAn admin can change one, e.g. \"set our currency to EUR\" or \"our annual revenue is €40M\".");
            return;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
        {
            return;
        }

        if (key == WorkspaceSettings.AnnualRevenue)
        {
            // Said in a sentence of its own ("we turn over about forty million quid a year"): its amount, with the currency it
            // names; when no amount can be read the sentence is left as it is, so the store says it is not one.
            value = !request.InWords ? InDigits(value, understanding.Entities)
                : RevenueSaid.Amount(understanding.Text, understanding.Entities) is { } said
                    ? $"{said.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Understanding.CurrencyWords.Named(understanding.Text) ?? understanding.Entities.AmountList.Select(a => a.Currency).FirstOrDefault(c => c is not null)}".TrimEnd()
                    : value;
        }

        var before = WorkspaceSettings.Show(scope.Workspace, key);
        var change = await settings.SetAsync(scope.Workspace, key, value, cancellationToken);
        if (change.Changed is not { } changed)
        {
            dc.Turn.Send($"{change.Error} Nothing changed.");
            return;
        }

        // The turn reads the workspace as changed, so a second setting in the same message ("… and the time zone to London")
        // starts from the first one's result instead of putting it back.
        dc.Turn.Set(scope with { Workspace = changed });
        var after = WorkspaceSettings.Show(changed, key);
        var note = key switch
        {
            WorkspaceSettings.Currency => " New amounts are shown in it; goals keep the currency they were set in.",
            WorkspaceSettings.AnnualRevenue => " The budget band is worked out from it.",
            WorkspaceSettings.FiscalYearStart => " Quarters (\"by end of Q3\") follow it.",
            _ => string.Empty,
        };
        dc.Turn.Send(before == after ? $"{WorkspaceSettings.Label(key)} was already {after}." : $"✓ {WorkspaceSettings.Label(key)}: {before} → {after}.{note}");
        if (key == WorkspaceSettings.AnnualRevenue)
        {
            dc.Recent = new RecentAction(RecentKind, key);
        }
        else if (before != after)
        {
            // "oops, undo that" right after puts back what it was (UndoAsync).
            dc.Recent = new RecentAction(ChangedKind, key, new Dictionary<string, string> { ["before"] = before });
        }
    }

    /// <summary>What <see cref="DialogContext.Recent"/> is right after a setting other than the annual revenue changed: "undo that" puts it back.</summary>
    public const string ChangedKind = "setting-changed";

    /// <summary>The setting just changed put back as it was, behind the same admin check as changing it.</summary>
    public async Task UndoAsync(DialogContext dc, RecentAction changed, CancellationToken cancellationToken)
    {
        dc.Recent = null;
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
        {
            return;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var key = changed.Key;
        var now = WorkspaceSettings.Show(scope.Workspace, key);
        if (changed.Value("before") is not { } before || (await settings.SetAsync(scope.Workspace, key, before, cancellationToken)) is not { Changed: { } restored })
        {
            dc.Turn.Send($"I can't put the {WorkspaceSettings.Label(key).ToLowerInvariant()} back by itself: say \"set our {WorkspaceSettings.Label(key).ToLowerInvariant()} to …\". Nothing changed.");
            return;
        }

        dc.Turn.Set(scope with { Workspace = restored });
        dc.Turn.Send($"Undone: {WorkspaceSettings.Label(key)}: {now} → {WorkspaceSettings.Show(restored, key)}.");
    }

    /// <summary>What <see cref="DialogContext.Recent"/> is right after the annual revenue was set: "oops, 13m not 30" sets it again.</summary>
    public const string RecentKind = "setting";

    /// <summary>
    /// Right after the total annual revenue was set, a correction of it ("oops, 13m not 30", "sorry, make that 13 million"):
    /// set again, behind the same admin check; false when the message is no such correction.
    /// </summary>
    public async Task<bool> TryCorrectAsync(DialogContext dc, string text, Conversations.Understanding.Entities entities, CancellationToken cancellationToken)
    {
        if (dc.Recent is not { Kind: RecentKind, Key: WorkspaceSettings.AnnualRevenue } || !BudgetCommand.ChangesAFigure(text)
            || BudgetCommand.AmountsSaid(text, entities) is not [var amount])
        {
            return false;
        }

        dc.Recent = null;
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
        {
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var value = $"{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Understanding.CurrencyWords.Named(text)}".TrimEnd();
        var before = WorkspaceSettings.Show(scope.Workspace, WorkspaceSettings.AnnualRevenue);
        var change = await settings.SetAsync(scope.Workspace, WorkspaceSettings.AnnualRevenue, value, cancellationToken);
        if (change.Changed is not { } changed)
        {
            dc.Turn.Send($"{change.Error} Nothing changed.");
            return true;
        }

        dc.Turn.Send($"✓ {WorkspaceSettings.Label(WorkspaceSettings.AnnualRevenue)}: {before} → {WorkspaceSettings.Show(changed, WorkspaceSettings.AnnualRevenue)}. The budget band is worked out from it.");
        dc.Recent = new RecentAction(RecentKind, WorkspaceSettings.AnnualRevenue);
        return true;
    }

    /// <summary>
    /// "twenty-two million" or "one point one million": the workspace store reads digits, and the sentence's number
    /// reader has already read the words, so its one amount (or its one number) is the value, with the currency said.
    /// </summary>
    private static string InDigits(string value, Conversations.Understanding.Entities entities)
    {
        if (value.Any(char.IsDigit))
        {
            return value;
        }

        if (entities.AmountList is [var money])
        {
            return $"{money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {money.Currency}".TrimEnd();
        }

        return entities.NumberList.Where(n => n.Value > 0).Select(n => n.Value).DefaultIfEmpty().Max() is > 0 and var n
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : value;
    }

    // "change it to euros", "and can you switch it to pacific for me?", "could you set that to April please", "could you change
    // it to euros? most of my campaigns are in the EU" (a reason after the question is not the value).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:and|ok|okay|so|then|fine|right)[,!]?\s+)*(?:(?:can|could|would|will)\s+(?:you|we|u)\s+(?:please\s+|pls\s+|just\s+)?|please\s+|pls\s+|let'?s\s+|just\s+)?(?:change|switch|set|move|make|update|put|flip)\s+(?:it|that|this)\s+(?:over\s+|back\s+)?(?:to|as|into)\s+(?<value>.+?)(?:[,\s]+(?:for\s+(?:me|us)|please|pls|instead|then|thanks|thx))*(?:\s*[?.!]+\s+\S.*|\s*[?.!]*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ItTo();
}
