-- Workspaces, people, goals, measurements, requests, leads, the lead agreement and account lists.
-- The same tables and keys as the SQLite migration, with PostgreSQL's own types: uuid ids, date, timestamptz
-- (always UTC), numeric for money and rates (exact), boolean. Enums are stored by name, as in SQLite.
-- Every table is keyed by workspace_id first: no query may cross workspaces.

CREATE TABLE workspaces (
    id          text NOT NULL PRIMARY KEY,
    platform    text NOT NULL,
    name        text NOT NULL,
    time_zone   text NOT NULL,
    currency    text NOT NULL,
    industry    text NOT NULL,
    region      text NOT NULL,
    week_start  text NOT NULL
);

CREATE TABLE people (
    workspace_id text NOT NULL REFERENCES workspaces (id),
    user_id      text NOT NULL,
    display_name text NOT NULL,
    role         text NULL,
    time_zone    text NULL,
    PRIMARY KEY (workspace_id, user_id)
);

CREATE TABLE goals (
    workspace_id text NOT NULL REFERENCES workspaces (id),
    id           uuid NOT NULL,
    asked_as     text NOT NULL,
    metric       text NOT NULL,
    baseline     numeric NULL,
    target       numeric NOT NULL,
    direction    text NOT NULL,
    per_period   text NULL,
    start_date   date NOT NULL,
    deadline     date NOT NULL,
    cadence      text NOT NULL,
    owner_name   text NOT NULL,
    owner_id     text NULL,
    audience     text NOT NULL,
    parent_id    uuid NULL,
    status       text NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

-- One value per metric, period and slice: a correction or a re-imported file replaces, never double-counts.
-- An absent slice is stored as '' so the unique key works the same in SQLite and PostgreSQL.
CREATE TABLE measurements (
    workspace_id text NOT NULL REFERENCES workspaces (id),
    id           uuid NOT NULL,
    metric       text NOT NULL,
    value        numeric NOT NULL,
    period_start date NOT NULL,
    period_end   date NOT NULL,
    source       text NOT NULL,
    campaign     text NOT NULL,
    channel      text NOT NULL,
    product      text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, metric, period_start, period_end, campaign, channel, product)
);
CREATE INDEX ix_measurements_window ON measurements (workspace_id, period_end, period_start);

CREATE TABLE requests (
    workspace_id    text NOT NULL REFERENCES workspaces (id),
    id              uuid NOT NULL,
    title           text NOT NULL,
    requested_by    text NOT NULL,
    logged_by       text NOT NULL,
    logged_at       timestamptz NOT NULL,
    due_date        date NULL,
    cost_amount     numeric NULL,
    cost_currency   text NULL,
    effort_hours    numeric NULL,
    goal_id         uuid NULL,
    status          text NOT NULL,
    decision_reason text NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE leads (
    workspace_id       text NOT NULL REFERENCES workspaces (id),
    id                 uuid NOT NULL,
    external_id        text NOT NULL,
    company            text NULL,
    contact            text NULL,
    stage              text NOT NULL,
    campaign           text NULL,
    channel            text NULL,
    product            text NULL,
    created_at         timestamptz NOT NULL,
    first_follow_up_at timestamptz NULL,
    decision           text NOT NULL,
    rejection_reason   text NULL,
    reason_note        text NULL,
    decided_at         timestamptz NULL,
    decided_by         text NULL,
    deal_value         numeric NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, external_id)
);
CREATE INDEX ix_leads_created ON leads (workspace_id, created_at);

CREATE TABLE lead_slas (
    workspace_id           text NOT NULL REFERENCES workspaces (id),
    id                     uuid NOT NULL,
    leads_per_period       integer NOT NULL,
    period                 text NOT NULL,
    follow_up_hours        numeric NOT NULL,
    definition             text NULL,
    proposed_by            text NOT NULL,
    proposed_at            timestamptz NOT NULL,
    marketing_user_id      text NULL,
    marketing_name         text NULL,
    marketing_confirmed_at timestamptz NULL,
    sales_user_id          text NULL,
    sales_name             text NULL,
    sales_confirmed_at     timestamptz NULL,
    superseded             boolean NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE account_lists (
    workspace_id text NOT NULL REFERENCES workspaces (id),
    id           uuid NOT NULL,
    kind         text NOT NULL,
    name         text NOT NULL,
    imported_at  timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, kind, name)
);

CREATE TABLE accounts (
    workspace_id text NOT NULL,
    list_id      uuid NOT NULL,
    position     integer NOT NULL,
    account      text NOT NULL,
    PRIMARY KEY (workspace_id, list_id, position),
    FOREIGN KEY (workspace_id, list_id) REFERENCES account_lists (workspace_id, id) ON DELETE CASCADE
);
