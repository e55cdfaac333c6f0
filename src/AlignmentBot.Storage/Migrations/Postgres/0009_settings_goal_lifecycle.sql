-- Workspace settings an admin sets in chat or on the command line, and what a goal's lifecycle keeps.
-- The same changes as the SQLite migration, with PostgreSQL's types.
-- fiscal_year_start: the month (1-12) the fiscal year starts in; quarters follow it.
-- work_week: the working days, "Mon-Fri" or "Sun-Thu".
-- annual_revenue: total company revenue a year in the workspace currency; the budget band is a share of it. NULL: not said.
ALTER TABLE workspaces ADD COLUMN fiscal_year_start integer NOT NULL DEFAULT 1;
ALTER TABLE workspaces ADD COLUMN work_week text NOT NULL DEFAULT 'Mon-Fri';
ALTER TABLE workspaces ADD COLUMN annual_revenue numeric NULL;

-- A goal's money is in the currency it was set in (the one said, or the workspace's then). Existing goals were set in
-- their workspace's currency.
ALTER TABLE goals ADD COLUMN currency text NULL;
UPDATE goals SET currency = (SELECT w.currency FROM workspaces w WHERE w.id = goals.workspace_id) WHERE currency IS NULL;
-- Why a goal was closed as achieved, missed or dropped, as the person said it.
ALTER TABLE goals ADD COLUMN close_reason text NULL;
