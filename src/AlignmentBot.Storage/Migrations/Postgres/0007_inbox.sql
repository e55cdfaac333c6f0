-- The inbox: every Slack event, command and interaction and every Teams message the bot acknowledged, written down
-- before the acknowledgement, with how far its turn got. A platform retry finds its key and is acknowledged without a
-- second turn. Unfinished rows survive a crash or a stop and are resumed, by this instance or another: a row's lease
-- says which instance holds it, and claims skip rows another instance has locked (FOR UPDATE SKIP LOCKED).
-- state: pending (waiting, or between attempts), running (claimed, or its answer is stored), done, failed.
-- work and answer are JSON (text, as written); both are cleared when the row is done. Done and failed rows are
-- deleted after a day.
CREATE TABLE turn_inbox (
    channel_id       text NOT NULL,
    workspace_id     text NOT NULL,
    conversation_id  text NOT NULL,
    item_id          text NOT NULL,
    work_type        text NOT NULL,
    work             text NULL,
    received_at      timestamptz NOT NULL,
    state            text NOT NULL,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_owner      text NULL,
    lease_expires_at timestamptz NULL,
    answer_type      text NULL,
    answer           text NULL,
    delivered        integer NOT NULL DEFAULT 0,
    last_error       text NULL,
    done_at          timestamptz NULL,
    PRIMARY KEY (channel_id, workspace_id, conversation_id, item_id)
);
CREATE INDEX ix_turn_inbox_unfinished ON turn_inbox (next_attempt_at) WHERE state IN ('pending', 'running');
CREATE INDEX ix_turn_inbox_received ON turn_inbox (received_at);

-- One row, rewritten by the health check: /healthz is unhealthy when the database cannot be written.
CREATE TABLE storage_probe (
    id         integer NOT NULL PRIMARY KEY,
    written_at timestamptz NOT NULL,
    written_by text NOT NULL
);
