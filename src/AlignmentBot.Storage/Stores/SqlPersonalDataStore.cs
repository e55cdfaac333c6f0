using System.Data.Common;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlPersonalDataStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IPersonalDataStore
{
    /// <summary>Where records name a person, by table: columns holding their name or their platform id.</summary>
    internal static readonly IReadOnlyList<(string Table, string[] Columns)> NamingColumns =
    [
        ("goals", ["owner_name", "owner_id", "created_by"]),
        ("requests", ["requested_by", "logged_by", "requested_by_id", "logged_by_id"]),
        ("leads", ["decided_by", "decided_by_id", "before_decided_by", "before_decided_by_id"]),
        ("lead_slas", ["proposed_by", "proposed_by_id", "marketing_user_id", "marketing_name", "sales_user_id", "sales_name"]),
        ("role_requests", ["user_id", "decided_by_id"]),
        ("measurements", ["recorded_by"]),
        ("digest_subscriptions", ["created_by", "changed_by"]),
        ("digest_holidays", ["added_by"]),
        ("crm_connections", ["connected_by"]),
        ("crm_stage_mappings", ["changed_by"]),
        ("crm_sync_runs", ["started_by"]),
        ("reminder_deliveries", ["person_id"]),
        ("reminder_preferences", ["person_id"]),
        ("check_in_answers", ["answered_by"]),
    ];

    public async Task<ForgetReport> ForgetAsync(WorkspaceId workspaceId, string userId, string displayName, Pseudonym pseudonym, CancellationToken cancellationToken)
    {
        ForgetReport? report = null;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var ws = ("@ws", (object?)workspaceId.Value);
            var user = ("@user", (object?)userId);

            var dms = await FindAllAsync(connection, transaction, "SELECT conversation_key FROM conversation_references WHERE workspace_id = @ws AND person_id = @user",
                r => r.GetString(0), cancellationToken, ws, user);
            var groups = await FindAllAsync(connection, transaction, "SELECT state_key FROM conversation_state WHERE workspace_id = @ws AND state_key LIKE @suffix ESCAPE '\\'",
                r => r.GetString(0), cancellationToken, ws, ("@suffix", "%/" + Like(userId)));
            var stateKeys = dms.Concat(groups.Where(k => k.EndsWith("/" + userId, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var key in stateKeys)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM conversation_state WHERE workspace_id = @ws AND state_key = @key", cancellationToken, ws, ("@key", key));
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM conversation_references WHERE workspace_id = @ws AND person_id = @user", cancellationToken, ws, user);
            var removed = await CountAsync(connection, transaction, "DELETE FROM people WHERE workspace_id = @ws AND user_id = @user", cancellationToken, ws, user) > 0;

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (table, columns) in NamingColumns)
            {
                counts[table] = await AnonymiseAsync(connection, transaction, table, columns, workspaceId, userId, displayName, pseudonym, cancellationToken);
            }

            var signatures = await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM lead_slas WHERE workspace_id = @ws AND marketing_user_id = @pid", cancellationToken, ws, ("@pid", pseudonym.Id))
                + await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM lead_slas WHERE workspace_id = @ws AND sales_user_id = @pid", cancellationToken, ws, ("@pid", pseudonym.Id));

            // The entry saying it happened goes in before the trail is rewritten, so a person forgetting themselves is not
            // named by it either.
            await AuditAsync(connection, transaction, workspaceId, AuditKinds.PersonForgotten, null, new AuditSnapshot(pseudonym.Id, pseudonym.Name, AuditFields.Of(
                ("removed", removed ? "person record, direct-message addresses, conversation state" : "direct-message addresses, conversation state"),
                ("anonymised", "name and id on goals, requests, lead verdicts, agreement signatures, measurements, digest settings, CRM connections, mappings and sync runs, audit entries"))), cancellationToken);
            var entries = await AnonymiseAuditAsync(connection, transaction, workspaceId, userId, displayName, pseudonym, cancellationToken);

            report = new ForgetReport(pseudonym, removed, dms.Count, counts["goals"], counts["requests"], counts["leads"], signatures, counts["measurements"],
                counts["digest_subscriptions"] + counts["digest_holidays"], entries, stateKeys);
        }, cancellationToken);
        return report!;
    }

    private async Task<int> AnonymiseAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, WorkspaceId workspaceId, string userId,
        string displayName, Pseudonym pseudonym, CancellationToken cancellationToken)
    {
        // An id becomes the pseudonym's id, a name its name; names compare without case ("requested by dana").
        var set = string.Join(", ", columns.Select(c => $"{c} = CASE WHEN {c} = @user THEN @pid WHEN LOWER({c}) = LOWER(@name) THEN @pname ELSE {c} END"));
        var where = string.Join(" OR ", columns.Select(c => $"{c} = @user OR LOWER({c}) = LOWER(@name)"));
        return await CountAsync(connection, transaction, $"UPDATE {table} SET {set} WHERE workspace_id = @ws AND ({where})", cancellationToken,
            ("@ws", workspaceId.Value), ("@user", userId), ("@name", displayName), ("@pid", pseudonym.Id), ("@pname", pseudonym.Name));
    }

    private async Task<int> AnonymiseAuditAsync(DbConnection connection, DbTransaction transaction, WorkspaceId workspaceId, string userId, string displayName,
        Pseudonym pseudonym, CancellationToken cancellationToken)
    {
        var entries = await FindAllAsync(connection, transaction, $"""
            SELECT {AuditTrail.Columns} FROM audit_log WHERE workspace_id = @ws AND (actor_id = @user OR subject_id = @user OR LOWER(actor_name) = LOWER(@name)
                OR subject LIKE @userLike ESCAPE '\' OR before_data LIKE @userLike ESCAPE '\' OR after_data LIKE @userLike ESCAPE '\'
                OR LOWER(subject) LIKE LOWER(@nameLike) ESCAPE '\' OR LOWER(before_data) LIKE LOWER(@nameLike) ESCAPE '\' OR LOWER(after_data) LIKE LOWER(@nameLike) ESCAPE '\')
            """, SqlAuditLog.Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@user", userId), ("@name", displayName), ("@userLike", $"%{Like(userId)}%"), ("@nameLike", $"%{Like(displayName)}%"));
        var name = new Regex($@"(?<![\w]){Regex.Escape(displayName)}(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string Rewrite(string text) => name.Replace(text.Replace(userId, pseudonym.Id, StringComparison.Ordinal), pseudonym.Name);

        var changed = 0;
        foreach (var e in entries)
        {
            var byThem = e.Actor.PersonId == userId || string.Equals(e.Actor.Name, displayName, StringComparison.OrdinalIgnoreCase);
            var actor = byThem
                ? e.Actor with { PersonId = e.Actor.PersonId is null ? null : pseudonym.Id, Name = pseudonym.Name, ConversationId = e.Actor.Place == "direct message" ? null : e.Actor.ConversationId }
                : e.Actor;
            var before = e.Before?.Map((_, v) => Rewrite(v));
            var after = e.After?.Map((_, v) => Rewrite(v));
            var subjectId = e.SubjectId == userId ? pseudonym.Id : Rewrite(e.SubjectId);
            var subject = Rewrite(e.Subject);
            if (actor == e.Actor && subjectId == e.SubjectId && subject == e.Subject && before?.ToJson() == e.Before?.ToJson() && after?.ToJson() == e.After?.ToJson())
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, """
                UPDATE audit_log SET actor_id = @actorId, actor_name = @actorName, conversation_id = @conversation, subject_id = @subjectId, subject = @subject,
                    before_data = @before, after_data = @after
                WHERE workspace_id = @ws AND id = @id
                """, cancellationToken,
                ("@ws", workspaceId.Value), ("@id", e.Id), ("@actorId", actor.PersonId), ("@actorName", actor.Name), ("@conversation", actor.ConversationId),
                ("@subjectId", subjectId), ("@subject", subject), ("@before", before?.ToJson()), ("@after", after?.ToJson()));
            changed++;
        }

        return changed;
    }

    private async Task<int> CountAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction).With(Dialect, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction).With(Dialect, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes LIKE's wildcards so an id or name matches only itself.</summary>
    private static string Like(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
