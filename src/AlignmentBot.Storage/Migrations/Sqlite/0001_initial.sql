-- Workspaces, people, goals, measurements, requests, leads, the lead agreement and account lists.
-- Every table is keyed by workspace_id first: no query may cross workspaces.
-- Decimals are TEXT in SQLite so money and rates stay exact; dates are ISO-8601 TEXT; timestamps are UTC.

CREATE TABLE workspaces (
    id          TEXT NOT NULL PRIMARY KEY,
    platform    TEXT NOT NULL,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    currency    TEXT NOT NULL,
    industry    TEXT NOT NULL,
    region      TEXT NOT NULL,
    week_start  TEXT NOT NULL
);

CREATE TABLE people (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    user_id      TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NULL,
    time_zone    TEXT NULL,
    PRIMARY KEY (workspace_id, user_id)
);

CREATE TABLE goals (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL,
    asked_as     TEXT NOT NULL,
    metric       TEXT NOT NULL,
    baseline     TEXT NULL,
    target       TEXT NOT NULL,
    direction    TEXT NOT NULL,
    per_period   TEXT NULL,
    start_date   TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    cadence      TEXT NOT NULL,
    owner_name   TEXT NOT NULL,
    owner_id     TEXT NULL,
    audience     TEXT NOT NULL,
    parent_id    TEXT NULL,
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

-- One value per metric, period and slice: a correction or a re-imported file replaces, never double-counts.
-- An absent slice is stored as '' so the unique key works the same in SQLite and PostgreSQL.
CREATE TABLE measurements (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL,
    metric       TEXT NOT NULL,
    value        TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    source       TEXT NOT NULL,
    campaign     TEXT NOT NULL,
    channel      TEXT NOT NULL,
    product      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, metric, period_start, period_end, campaign, channel, product)
);
CREATE INDEX ix_measurements_window ON measurements (workspace_id, period_end, period_start);

CREATE TABLE requests (
    workspace_id    TEXT NOT NULL REFERENCES workspaces (id),
    id              TEXT NOT NULL,
    title           TEXT NOT NULL,
    requested_by    TEXT NOT NULL,
    logged_by       TEXT NOT NULL,
    logged_at       TEXT NOT NULL,
    due_date        TEXT NULL,
    cost_amount     TEXT NULL,
    cost_currency   TEXT NULL,
    effort_hours    TEXT NULL,
    goal_id         TEXT NULL,
    status          TEXT NOT NULL,
    decision_reason TEXT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE leads (
    workspace_id       TEXT NOT NULL REFERENCES workspaces (id),
    id                 TEXT NOT NULL,
    external_id        TEXT NOT NULL,
    company            TEXT NULL,
    contact            TEXT NULL,
    stage              TEXT NOT NULL,
    campaign           TEXT NULL,
    channel            TEXT NULL,
    product            TEXT NULL,
    created_at         TEXT NOT NULL,
    first_follow_up_at TEXT NULL,
    decision           TEXT NOT NULL,
    rejection_reason   TEXT NULL,
    reason_note        TEXT NULL,
    decided_at         TEXT NULL,
    decided_by         TEXT NULL,
    deal_value         TEXT NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, external_id)
);
CREATE INDEX ix_leads_created ON leads (workspace_id, created_at);

CREATE TABLE lead_slas (
    workspace_id           TEXT NOT NULL REFERENCES workspaces (id),
    id                     TEXT NOT NULL,
    leads_per_period       INTEGER NOT NULL,
    period                 TEXT NOT NULL,
    follow_up_hours        TEXT NOT NULL,
    definition             TEXT NULL,
    proposed_by            TEXT NOT NULL,
    proposed_at            TEXT NOT NULL,
    marketing_user_id      TEXT NULL,
    marketing_name         TEXT NULL,
    marketing_confirmed_at TEXT NULL,
    sales_user_id          TEXT NULL,
    sales_name             TEXT NULL,
    sales_confirmed_at     TEXT NULL,
    superseded             INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE account_lists (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, kind, name)
);

CREATE TABLE accounts (
    workspace_id TEXT NOT NULL,
    list_id      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    account      TEXT NOT NULL,
    PRIMARY KEY (workspace_id, list_id, position),
    FOREIGN KEY (workspace_id, list_id) REFERENCES account_lists (workspace_id, id) ON DELETE CASCADE
);
