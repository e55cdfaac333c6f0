-- Conversation state for the dialog engine, the addresses of conversations the bot is in (for
-- proactive posts), and inbound activity ids so a retried delivery is handled once.

-- One row per dialog owner: a 1:1 conversation, or one person within a group conversation.
-- version increases on every write; a write that expects an older version is refused (optimistic concurrency).
CREATE TABLE conversation_state (
    workspace_id TEXT NOT NULL,
    state_key    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    data         TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, state_key)
);

CREATE TABLE conversation_references (
    workspace_id     TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    channel_id       TEXT NOT NULL,
    address          TEXT NOT NULL,
    first_seen_at    TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    PRIMARY KEY (workspace_id, conversation_key)
);

CREATE TABLE inbound_activities (
    channel_id  TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (channel_id, activity_id)
);
CREATE INDEX ix_inbound_activities_received ON inbound_activities (received_at);
