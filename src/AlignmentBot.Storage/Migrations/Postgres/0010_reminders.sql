-- Check-in reminders: one delivery record per (goal, person, period, kind), inserted as 'Sending' before the
-- direct message and completed after it, as digest deliveries are. The primary key is the at-most-once
-- guarantee. Several goals of one person go out in one message; their records share batch_id.
CREATE TABLE reminder_deliveries (
    workspace_id text NOT NULL,
    goal_id      uuid NOT NULL,
    person_id    text NOT NULL,
    period_key   text NOT NULL,
    kind         text NOT NULL,
    state        text NOT NULL,
    due_at       timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    batch_id     uuid NOT NULL,
    claimed_at   timestamptz NULL,
    claimed_by   text NULL,
    message_id   text NULL,
    detail       text NULL,
    PRIMARY KEY (workspace_id, goal_id, person_id, period_key, kind)
);
CREATE INDEX ix_reminder_deliveries_period ON reminder_deliveries (workspace_id, period_key);
CREATE INDEX ix_reminder_deliveries_state ON reminder_deliveries (workspace_id, state, claimed_at);

-- What a person said about their reminders: a day and time, out of office until a day, goals to leave out
-- (comma-separated goal ids).
CREATE TABLE reminder_preferences (
    workspace_id text NOT NULL,
    person_id    text NOT NULL,
    day_of_week  text NULL,
    time_of_day  text NULL,
    out_until    date NULL,
    muted_goals  text NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, person_id)
);

-- An owner's answer to a reminder other than a number: skip the period (with a reason) or snooze it.
CREATE TABLE check_in_answers (
    workspace_id text NOT NULL,
    goal_id      uuid NOT NULL,
    period_key   text NOT NULL,
    kind         text NOT NULL,
    until_at     timestamptz NULL,
    reason       text NULL,
    answered_by  text NOT NULL,
    answered_at  timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, goal_id, period_key)
);
