namespace AlignmentBot.Storage.Inbox;

/// <summary>The inbox's statements. Written once for both engines, except the claim, which each engine does its own way.</summary>
internal static class InboxSql
{
    public const string Key = "channel_id = @c AND workspace_id = @w AND conversation_id = @v AND item_id = @i";

    public const string Columns = "channel_id, workspace_id, conversation_id, item_id, work_type, work, received_at, attempts, answer_type, answer, delivered";

    /// <summary>Affects no row when the key is already there: a platform retry.</summary>
    public const string Insert = """
        INSERT INTO turn_inbox (channel_id, workspace_id, conversation_id, item_id, work_type, work, received_at, state, attempts, next_attempt_at, lease_owner, lease_expires_at, delivered)
        VALUES (@c, @w, @v, @i, @type, @work, @at, 'pending', 0, @at, @owner, @until, 0)
        ON CONFLICT (channel_id, workspace_id, conversation_id, item_id) DO NOTHING
        """;

    public const string SaveAnswer = "UPDATE turn_inbox SET answer_type = @type, answer = @answer, state = 'running' WHERE " + Key;

    public const string Delivered = "UPDATE turn_inbox SET delivered = @n WHERE " + Key;

    /// <summary>What the person wrote and what the bot answered are not kept once the turn is done; the key stays for retries.</summary>
    public const string Complete = """
        UPDATE turn_inbox SET state = 'done', done_at = @at, work = NULL, answer = NULL, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE
        """ + " " + Key;

    public const string Defer = "UPDATE turn_inbox SET state = 'pending', attempts = @n, next_attempt_at = @next, last_error = @reason WHERE " + Key;

    public const string Fail = """
        UPDATE turn_inbox SET state = 'failed', attempts = @n, last_error = @reason, done_at = @at, answer = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE
        """ + " " + Key;

    public const string Release = "UPDATE turn_inbox SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner = @owner AND " + Key;

    public const string Renew = "UPDATE turn_inbox SET lease_expires_at = @until WHERE lease_owner = @owner AND state IN ('pending', 'running')";

    public const string ForgetFinished = "DELETE FROM turn_inbox WHERE state IN ('done', 'failed') AND received_at < @before";

    /// <summary>
    /// SQLite: one process owns the file, so no row locks are needed; at start-up it takes every unfinished row but the ones
    /// this process leased itself (requests that arrived before the start-up sweep ran: their turns are already under way,
    /// and taking them again ran them twice). The unary
    /// plus on <c>received_at</c> keeps SQLite off that index: it plans with the bound LIMIT, and for a large one (the free
    /// room of the turn queue) it walked every row ever received, done ones too, to skip a sort of the few unfinished
    /// ones, holding the write lock meanwhile. Every 10 s the sweep then stalled the acknowledgements waiting for the
    /// inbox writer, longer as the table grew (the load harness's p99 was 54–106 ms; 10 ms with this).
    /// </summary>
    public const string ClaimSqlite = """
        UPDATE turn_inbox SET lease_owner = @owner, lease_expires_at = @until, state = 'running'
        WHERE rowid IN (
            SELECT rowid FROM turn_inbox
            WHERE state IN ('pending', 'running') AND next_attempt_at <= @now
              AND (@all = 1 AND lease_owner IS NOT @owner OR lease_expires_at IS NULL OR lease_expires_at < @now)
            ORDER BY +received_at LIMIT @max)
        RETURNING
        """ + " " + Columns;

    /// <summary>PostgreSQL: rows another instance is claiming right now are skipped, not waited for.</summary>
    public const string ClaimPostgres = """
        WITH due AS (
            SELECT channel_id, workspace_id, conversation_id, item_id FROM turn_inbox
            WHERE state IN ('pending', 'running') AND next_attempt_at <= @now
              AND (@all AND lease_owner IS DISTINCT FROM @owner OR lease_expires_at IS NULL OR lease_expires_at < @now)
            ORDER BY received_at LIMIT @max
            FOR UPDATE SKIP LOCKED)
        UPDATE turn_inbox t SET lease_owner = @owner, lease_expires_at = @until, state = 'running'
        FROM due
        WHERE t.channel_id = due.channel_id AND t.workspace_id = due.workspace_id AND t.conversation_id = due.conversation_id AND t.item_id = due.item_id
        RETURNING t.channel_id, t.workspace_id, t.conversation_id, t.item_id, t.work_type, t.work, t.received_at, t.attempts, t.answer_type, t.answer, t.delivered
        """;
}
