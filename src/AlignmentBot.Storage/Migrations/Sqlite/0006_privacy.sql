-- Privacy: the audit trail of every change to shared data, workspaces waiting to be deleted after the app was
-- uninstalled, and who a 1:1 conversation is with (so "forget me" can find a person's direct-message address).

-- One row per change: who (a person, or the command line, an import, the system), when, where, what, and the
-- changed record before and after as compact JSON. Written in the same transaction as the change itself.
CREATE TABLE audit_log (
    workspace_id      TEXT NOT NULL,
    id                TEXT NOT NULL,
    at                TEXT NOT NULL,
    actor_kind        TEXT NOT NULL,
    actor_id          TEXT NULL,
    actor_name        TEXT NOT NULL,
    channel_id        TEXT NULL,
    conversation_id   TEXT NULL,
    conversation_name TEXT NULL,
    kind              TEXT NOT NULL,
    subject_id        TEXT NOT NULL,
    subject           TEXT NOT NULL,
    before_data       TEXT NULL,
    after_data        TEXT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ix_audit_log_at ON audit_log (workspace_id, at);
CREATE INDEX ix_audit_log_expiry ON audit_log (at);

-- A workspace whose app was uninstalled: its data is deleted once delete_after has passed, unless the app comes
-- back first. No foreign key: the workspace row itself goes with the purge.
CREATE TABLE workspace_deletions (
    workspace_id TEXT NOT NULL PRIMARY KEY,
    requested_at TEXT NOT NULL,
    delete_after TEXT NOT NULL,
    reason       TEXT NOT NULL
);

ALTER TABLE conversation_references ADD COLUMN person_id TEXT NULL;
CREATE INDEX ix_conversation_references_person ON conversation_references (workspace_id, person_id);
