namespace AlignmentBot.Storage.Copy;

/// <summary>
/// The tables <see cref="DatabaseCopier"/> moves, parents before children. Everything the bot owns is here:
/// domain data, conversation state and references, inbound ids, the digest records, shared items, card references,
/// the audit trail, pending workspace deletions, the inbox (unfinished work carries over), the CRM sync's tables and the
/// Data Protection keys (without them the copied CRM credentials could not be decrypted). Not here:
/// schema_migrations (the target is migrated by this build) and Quartz's QRTZ_ tables, which are derived state —
/// every host rebuilds the digest triggers from digest_subscriptions when it starts. A test fails when a
/// migration adds a table that is not listed.
/// </summary>
public static class CopiedTables
{
    public static IReadOnlyList<string> InOrder { get; } =
    [
        "workspaces",
        "people",
        "goals",
        "measurements",
        "requests",
        "leads",
        "lead_slas",
        "role_requests",
        "account_lists",
        "accounts",
        "conversation_state",
        "conversation_references",
        "inbound_activities",
        "digest_subscriptions",
        "digest_deliveries",
        "digest_holidays",
        "reminder_deliveries",
        "reminder_preferences",
        "check_in_answers",
        "shared_items",
        "action_references",
        "audit_log",
        "workspace_deletions",
        "turn_inbox",
        "crm_connections",
        "crm_stage_mappings",
        "crm_sync_state",
        "crm_cursors",
        "crm_records",
        "crm_sync_runs",
        "crm_sync_leases",
        "data_protection_keys",
    ];

    /// <summary>storage_probe holds one row the health check rewrites; it means nothing in another database.</summary>
    public static bool IsSkipped(string table)
        => table.Equals("schema_migrations", StringComparison.OrdinalIgnoreCase) || table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)
            || table.Equals("storage_probe", StringComparison.OrdinalIgnoreCase);
}
