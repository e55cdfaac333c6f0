-- Privacy: the audit trail of every change to shared data, workspaces waiting to be deleted after the app was
-- uninstalled, and who a 1:1 conversation is with (so "forget me" can find a person's direct-message address).

-- One row per change: who (a person, or the command line, an import, the system), when, where, what, and the
-- changed record before and after as compact JSON (text, not jsonb, which would reorder it). Written in the same
-- transaction as the change itself.
CREATE TABLE audit_log (
    workspace_id      text NOT NULL,
    id                uuid NOT NULL,
    at                timestamptz NOT NULL,
    actor_kind        text NOT NULL,
    actor_id          text NULL,
    actor_name        text NOT NULL,
    channel_id        text NULL,
    conversation_id   text NULL,
    conversation_name text NULL,
    kind              text NOT NULL,
    subject_id        text NOT NULL,
    subject           text NOT NULL,
    before_data       text NULL,
    after_data        text NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ix_audit_log_at ON audit_log (workspace_id, at);
CREATE INDEX ix_audit_log_expiry ON audit_log (at);

-- A workspace whose app was uninstalled: its data is deleted once delete_after has passed, unless the app comes
-- back first. No foreign key: the workspace row itself goes with the purge.
CREATE TABLE workspace_deletions (
    workspace_id text NOT NULL PRIMARY KEY,
    requested_at timestamptz NOT NULL,
    delete_after timestamptz NOT NULL,
    reason       text NOT NULL
);

ALTER TABLE conversation_references ADD COLUMN person_id text NULL;
CREATE INDEX ix_conversation_references_person ON conversation_references (workspace_id, person_id);
