-- Conversation state for the dialog engine, the addresses of conversations the bot is in (for
-- proactive posts), and inbound activity ids so a retried delivery is handled once, whichever
-- instance it reaches.

-- One row per dialog owner: a 1:1 conversation, or one person within a group conversation.
-- version increases on every write; a write that expects an older version is refused (optimistic concurrency).
-- data is the serialised state as written (text, not jsonb, which would reorder it).
CREATE TABLE conversation_state (
    workspace_id text NOT NULL,
    state_key    text NOT NULL,
    version      bigint NOT NULL,
    data         text NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, state_key)
);

CREATE TABLE conversation_references (
    workspace_id     text NOT NULL,
    conversation_key text NOT NULL,
    channel_id       text NOT NULL,
    address          text NOT NULL,
    first_seen_at    timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, conversation_key)
);

CREATE TABLE inbound_activities (
    channel_id  text NOT NULL,
    activity_id text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (channel_id, activity_id)
);
CREATE INDEX ix_inbound_activities_received ON inbound_activities (received_at);
