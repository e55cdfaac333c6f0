-- The inbox: every Slack event, command and interaction and every Teams message the bot acknowledged, written down
-- before the acknowledgement, with how far its turn got. A platform retry finds its key and is acknowledged without a
-- second turn. Unfinished rows survive a crash or a stop and are resumed; a row's lease says which instance holds it.
-- state: pending (waiting, or between attempts), running (claimed, or its answer is stored), done, failed.
-- work and answer are JSON; both are cleared when the row is done. Done and failed rows are deleted after a day.
CREATE TABLE turn_inbox (
    channel_id       TEXT NOT NULL,
    workspace_id     TEXT NOT NULL,
    conversation_id  TEXT NOT NULL,
    item_id          TEXT NOT NULL,
    work_type        TEXT NOT NULL,
    work             TEXT NULL,
    received_at      TEXT NOT NULL,
    state            TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    lease_owner      TEXT NULL,
    lease_expires_at TEXT NULL,
    answer_type      TEXT NULL,
    answer           TEXT NULL,
    delivered        INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT NULL,
    done_at          TEXT NULL,
    PRIMARY KEY (channel_id, workspace_id, conversation_id, item_id)
);
CREATE INDEX ix_turn_inbox_unfinished ON turn_inbox (next_attempt_at) WHERE state IN ('pending', 'running');
CREATE INDEX ix_turn_inbox_received ON turn_inbox (received_at);

-- One row, rewritten by the health check: /healthz is unhealthy when the database cannot be written.
CREATE TABLE storage_probe (
    id         INTEGER NOT NULL PRIMARY KEY,
    written_at TEXT NOT NULL,
    written_by TEXT NOT NULL
);
