-- CRM sync (HubSpot, Salesforce): each workspace's connections with their secret encrypted by ASP.NET Core Data
-- Protection, the stage mapping it chose, a cursor per CRM and object saved with every page, the records fetched (only
-- the fields the funnel needs, as JSON), the run history, the lease that lets one run at a time sync a workspace
-- across instances, and the data-protection key ring itself (when keys are kept in the database).

CREATE TABLE crm_connections (
    workspace_id     text NOT NULL,
    source           text NOT NULL,
    settings         text NOT NULL,
    protected_secret text NOT NULL,
    connected_at     timestamptz NOT NULL,
    connected_by     text NOT NULL,
    PRIMARY KEY (workspace_id, source)
);

CREATE TABLE crm_stage_mappings (
    workspace_id text NOT NULL,
    source       text NOT NULL,
    field        text NOT NULL,
    value_key    text NOT NULL,
    value        text NOT NULL,
    stage        text NOT NULL,
    changed_at   timestamptz NOT NULL,
    changed_by   text NOT NULL,
    PRIMARY KEY (workspace_id, source, field, value_key)
);

-- dirty: records changed since the numbers were last rebuilt. mapping_version counts mapping changes;
-- derived_version is the one the stored leads and numbers were derived under.
CREATE TABLE crm_sync_state (
    workspace_id    text NOT NULL PRIMARY KEY,
    mapping_version integer NOT NULL,
    derived_version integer NOT NULL,
    dirty           boolean NOT NULL
);

CREATE TABLE crm_cursors (
    workspace_id text NOT NULL,
    source       text NOT NULL,
    object_kind  text NOT NULL,
    cursor_data  text NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, source, object_kind)
);

CREATE TABLE crm_records (
    workspace_id text NOT NULL,
    source       text NOT NULL,
    object_kind  text NOT NULL,
    external_id  text NOT NULL,
    stage        text NULL,
    status       text NULL,
    modified_at  timestamptz NOT NULL,
    data         text NOT NULL,
    PRIMARY KEY (workspace_id, source, object_kind, external_id)
);

CREATE TABLE crm_sync_runs (
    workspace_id text NOT NULL,
    id           uuid NOT NULL,
    source       text NOT NULL,
    trigger_kind text NOT NULL,
    state        text NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NULL,
    fetched      integer NOT NULL,
    changed      integer NOT NULL,
    detail       text NULL,
    started_by   text NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ix_crm_sync_runs_started ON crm_sync_runs (workspace_id, started_at);

-- One row per workspace while a run holds it. Taken with one INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now,
-- which only one of two racing callers can win; renewed with every stored page.
CREATE TABLE crm_sync_leases (
    workspace_id text NOT NULL PRIMARY KEY,
    holder       text NOT NULL,
    acquired_at  timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

CREATE TABLE data_protection_keys (
    friendly_name text NOT NULL PRIMARY KEY,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL
);
