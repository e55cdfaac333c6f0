-- Check-in reminders: one delivery record per (goal, person, period, kind), inserted as 'Sending' before the
-- direct message and completed after it, as digest deliveries are. The primary key is the at-most-once
-- guarantee. Several goals of one person go out in one message; their records share batch_id.
CREATE TABLE reminder_deliveries (
    workspace_id TEXT NOT NULL,
    goal_id      TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    period_key   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    state        TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    batch_id     TEXT NOT NULL,
    claimed_at   TEXT NULL,
    claimed_by   TEXT NULL,
    message_id   TEXT NULL,
    detail       TEXT NULL,
    PRIMARY KEY (workspace_id, goal_id, person_id, period_key, kind)
);
CREATE INDEX ix_reminder_deliveries_period ON reminder_deliveries (workspace_id, period_key);
CREATE INDEX ix_reminder_deliveries_state ON reminder_deliveries (workspace_id, state, claimed_at);

-- What a person said about their reminders: a day and time, out of office until a day, goals to leave out
-- (comma-separated goal ids).
CREATE TABLE reminder_preferences (
    workspace_id TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    day_of_week  TEXT NULL,
    time_of_day  TEXT NULL,
    out_until    TEXT NULL,
    muted_goals  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, person_id)
);

-- An owner's answer to a reminder other than a number: skip the period (with a reason) or snooze it.
CREATE TABLE check_in_answers (
    workspace_id TEXT NOT NULL,
    goal_id      TEXT NOT NULL,
    period_key   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    until_at     TEXT NULL,
    reason       TEXT NULL,
    answered_by  TEXT NOT NULL,
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (workspace_id, goal_id, period_key)
);
