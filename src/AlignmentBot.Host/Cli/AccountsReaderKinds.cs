using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Host.Cli;

internal static class AccountsReaderKinds
{
    public static bool TryParse(string text, out AccountListKind kind)
    {
        switch (text.Trim().ToLowerInvariant().Replace('-', '_'))
        {
            case "marketing_reached" or "marketing" or "reached":
                kind = AccountListKind.MarketingReached;
                return true;
            case "sales_target" or "sales_targets" or "sales" or "targets":
                kind = AccountListKind.SalesTarget;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
