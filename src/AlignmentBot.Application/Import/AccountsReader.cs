using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Application.Import;

/// <summary>Account lists: one account per row ("Account Name", "Company", "Domain" or "Website"), list kind from a "List" column or the command line.</summary>
internal static class AccountsReader
{
    private static readonly string[] AccountColumns = ["account_name", "company_name", "company", "account", "company_domain_name", "domain", "website"];

    public static bool Matches(CsvTable table) => table.Column(AccountColumns) >= 0;

    public static IReadOnlyList<AccountList> Read(CsvTable table, ImportContext context)
    {
        var accountCol = table.Column(AccountColumns);
        var listCol = table.Column("list", "list_type", "kind", "audience");
        var nameCol = table.Column("list_name");
        if (listCol < 0 && context.Options.ListKind is null)
        {
            context.Error(1, "Say which list this is: add a 'list' column (marketing_reached or sales_target) or pass --list.");
            return [];
        }

        var lists = new Dictionary<(AccountListKind, string), List<string>>();
        var defaultName = context.Options.ListName ?? Path.GetFileNameWithoutExtension(context.FileName);
        foreach (var record in table.Records)
        {
            var account = Cell(record, accountCol);
            if (account.Length == 0)
            {
                context.Error(record.Line, $"The account ('{table.Header[accountCol]}') is empty.");
                continue;
            }

            var kind = context.Options.ListKind;
            if (listCol >= 0 && Cell(record, listCol) is { Length: > 0 } kindText)
            {
                if (!TryKind(kindText, out var parsed))
                {
                    context.Error(record.Line, $"'{kindText}' is not a list kind (marketing_reached or sales_target).");
                    continue;
                }

                kind = parsed;
            }

            if (kind is null)
            {
                context.Error(record.Line, "This row does not say which list it belongs to.");
                continue;
            }

            var name = nameCol >= 0 && Cell(record, nameCol) is { Length: > 0 } n ? n : defaultName;
            if (!lists.TryGetValue((kind.Value, name), out var accounts))
            {
                lists[(kind.Value, name)] = accounts = [];
            }

            accounts.Add(account);
        }

        return lists.Select(l => new AccountList(Guid.NewGuid(), context.WorkspaceId, l.Key.Item1, l.Key.Item2, l.Value, context.Now)).ToArray();
    }

    internal static bool TryKind(string text, out AccountListKind kind)
    {
        var key = CsvTable.Key(text);
        if (key.Contains("market", StringComparison.Ordinal) || key.Contains("reach", StringComparison.Ordinal) || key.Contains("engaged", StringComparison.Ordinal) || key == "audience")
        {
            kind = AccountListKind.MarketingReached;
            return true;
        }

        if (key.Contains("sales", StringComparison.Ordinal) || key.Contains("target", StringComparison.Ordinal) || key is "abm" or "territory")
        {
            kind = AccountListKind.SalesTarget;
            return true;
        }

        kind = default;
        return false;
    }

    private static string Cell(CsvRecord record, int column) => column >= 0 && column < record.Fields.Count ? record.Fields[column].Trim() : string.Empty;
}
