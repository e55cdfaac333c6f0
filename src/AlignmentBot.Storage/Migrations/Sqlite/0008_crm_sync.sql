-- CRM sync (HubSpot, Salesforce): each workspace's connections with their secret encrypted by ASP.NET Core Data
-- Protection, the stage mapping it chose, a cursor per CRM and object saved with every page, the records fetched (only
-- the fields the funnel needs, as JSON), the run history, the lease that lets one run at a time sync a workspace
-- across instances, and the data-protection key ring itself (when keys are kept in the database).

CREATE TABLE crm_connections (
    workspace_id     TEXT NOT NULL,
    source           TEXT NOT NULL,
    settings         TEXT NOT NULL,
    protected_secret TEXT NOT NULL,
    connected_at     TEXT NOT NULL,
    connected_by     TEXT NOT NULL,
    PRIMARY KEY (workspace_id, source)
);

CREATE TABLE crm_stage_mappings (
    workspace_id TEXT NOT NULL,
    source       TEXT NOT NULL,
    field        TEXT NOT NULL,
    value_key    TEXT NOT NULL,
    value        TEXT NOT NULL,
    stage        TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, source, field, value_key)
);

-- dirty: records changed since the numbers were last rebuilt. mapping_version counts mapping changes;
-- derived_version is the one the stored leads and numbers were derived under.
CREATE TABLE crm_sync_state (
    workspace_id    TEXT NOT NULL PRIMARY KEY,
    mapping_version INTEGER NOT NULL,
    derived_version INTEGER NOT NULL,
    dirty           INTEGER NOT NULL
);

CREATE TABLE crm_cursors (
    workspace_id TEXT NOT NULL,
    source       TEXT NOT NULL,
    object_kind  TEXT NOT NULL,
    cursor_data  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, source, object_kind)
);

CREATE TABLE crm_records (
    workspace_id TEXT NOT NULL,
    source       TEXT NOT NULL,
    object_kind  TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    stage        TEXT NULL,
    status       TEXT NULL,
    modified_at  TEXT NOT NULL,
    data         TEXT NOT NULL,
    PRIMARY KEY (workspace_id, source, object_kind, external_id)
);

CREATE TABLE crm_sync_runs (
    workspace_id TEXT NOT NULL,
    id           TEXT NOT NULL,
    source       TEXT NOT NULL,
    trigger_kind TEXT NOT NULL,
    state        TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NULL,
    fetched      INTEGER NOT NULL,
    changed      INTEGER NOT NULL,
    detail       TEXT NULL,
    started_by   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ix_crm_sync_runs_started ON crm_sync_runs (workspace_id, started_at);

-- One row per workspace while a run holds it. Taken with one INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now,
-- which only one of two racing callers can win; renewed with every stored page.
CREATE TABLE crm_sync_leases (
    workspace_id TEXT NOT NULL PRIMARY KEY,
    holder       TEXT NOT NULL,
    acquired_at  TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);

CREATE TABLE data_protection_keys (
    friendly_name TEXT NOT NULL PRIMARY KEY,
    xml           TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
