-- Short-lived items every host instance must read, e.g. a Slack form waiting to be opened from a button another
-- instance posted. Written only when several instances share the database; expired rows are deleted hourly.
CREATE TABLE shared_items (
    scope      TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    data       TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (scope, item_key)
);
CREATE INDEX ix_shared_items_expires ON shared_items (expires_at);
