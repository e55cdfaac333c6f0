-- Permissions and identity: five roles instead of three, admins, people as references on records, versioned lead
-- agreements, role requests, and the opaque references that card buttons and forms carry.
-- The same changes as the SQLite migration, with PostgreSQL's types.

-- Roles: what people said about themselves becomes the plain role of their function; leads are granted by an admin.
UPDATE people SET role = 'Marketer' WHERE role = 'Marketing';
UPDATE people SET role = 'SalesRep' WHERE role = 'Sales';
ALTER TABLE people ADD COLUMN is_admin boolean NOT NULL DEFAULT false;
-- A platform admin or owner when last seen (Slack is_admin / is_owner): who to ask and name, never what decides a permission.
ALTER TABLE people ADD COLUMN platform_admin boolean NOT NULL DEFAULT false;
-- Teams: the channel account id ("29:…") used to address someone whose user_id is their AAD object id.
ALTER TABLE people ADD COLUMN address_id text NULL;
-- The key of the person's 1:1 conversation with the bot (conversation_references), for cards sent to them.
ALTER TABLE people ADD COLUMN personal_conversation text NULL;

-- Owners, requesters, deciders and signatories are people: keep the name to show, add the user id. Existing
-- free text is matched to a person of the same workspace by name where exactly one matches, and kept as text otherwise.
UPDATE goals SET owner_id = (SELECT p.user_id FROM people p WHERE p.workspace_id = goals.workspace_id AND lower(p.display_name) = lower(goals.owner_name))
WHERE owner_id IS NULL AND (SELECT count(*) FROM people p WHERE p.workspace_id = goals.workspace_id AND lower(p.display_name) = lower(goals.owner_name)) = 1;

ALTER TABLE requests ADD COLUMN requested_by_id text NULL;
ALTER TABLE requests ADD COLUMN logged_by_id text NULL;
UPDATE requests SET requested_by_id = (SELECT p.user_id FROM people p WHERE p.workspace_id = requests.workspace_id AND lower(p.display_name) = lower(requests.requested_by))
WHERE (SELECT count(*) FROM people p WHERE p.workspace_id = requests.workspace_id AND lower(p.display_name) = lower(requests.requested_by)) = 1;
UPDATE requests SET logged_by_id = (SELECT p.user_id FROM people p WHERE p.workspace_id = requests.workspace_id AND lower(p.display_name) = lower(requests.logged_by))
WHERE (SELECT count(*) FROM people p WHERE p.workspace_id = requests.workspace_id AND lower(p.display_name) = lower(requests.logged_by)) = 1;

ALTER TABLE leads ADD COLUMN decided_by_id text NULL;
UPDATE leads SET decided_by_id = (SELECT p.user_id FROM people p WHERE p.workspace_id = leads.workspace_id AND lower(p.display_name) = lower(leads.decided_by))
WHERE decided_by IS NOT NULL AND (SELECT count(*) FROM people p WHERE p.workspace_id = leads.workspace_id AND lower(p.display_name) = lower(leads.decided_by)) = 1;

-- A signature binds to a version: 1 for a workspace's first proposal, then one more for each new one.
ALTER TABLE lead_slas ADD COLUMN proposed_by_id text NULL;
ALTER TABLE lead_slas ADD COLUMN version integer NOT NULL DEFAULT 1;
UPDATE lead_slas SET proposed_by_id = (SELECT p.user_id FROM people p WHERE p.workspace_id = lead_slas.workspace_id AND lower(p.display_name) = lower(lead_slas.proposed_by))
WHERE (SELECT count(*) FROM people p WHERE p.workspace_id = lead_slas.workspace_id AND lower(p.display_name) = lower(lead_slas.proposed_by)) = 1;
UPDATE lead_slas SET version = (SELECT count(*) FROM lead_slas o WHERE o.workspace_id = lead_slas.workspace_id
    AND (o.proposed_at < lead_slas.proposed_at OR (o.proposed_at = lead_slas.proposed_at AND o.id <= lead_slas.id)));
CREATE UNIQUE INDEX ux_lead_slas_version ON lead_slas (workspace_id, version);
-- Until now a new proposal retired the agreement in force before anyone signed it. The newest agreement both sides signed
-- is in force again unless a later one was signed by both.
UPDATE lead_slas SET superseded = false
WHERE superseded = true AND marketing_user_id IS NOT NULL AND sales_user_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM lead_slas n WHERE n.workspace_id = lead_slas.workspace_id AND n.version > lead_slas.version
        AND n.marketing_user_id IS NOT NULL AND n.sales_user_id IS NOT NULL);

-- "I'm in sales now": a request an admin approves or declines with one click. Status: Pending, Approved, Declined.
CREATE TABLE role_requests (
    workspace_id   text NOT NULL REFERENCES workspaces (id),
    id             uuid NOT NULL,
    user_id        text NOT NULL,
    user_name      text NOT NULL,
    role           text NOT NULL,
    requested_at   timestamptz NOT NULL,
    status         text NOT NULL,
    decided_by_id  text NULL,
    decided_by     text NULL,
    decided_at     timestamptz NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX ix_role_requests_person ON role_requests (workspace_id, user_id);

-- What a card's button or form stands for, behind a random token: the server decides which row a press writes,
-- within the workspace of the person pressing, never the client. version is what the card showed (an agreement's
-- version); data holds what the server needs back (e.g. the decision an Undo restores).
CREATE TABLE action_references (
    token        text NOT NULL PRIMARY KEY,
    workspace_id text NOT NULL,
    kind         text NOT NULL,
    target_id    text NOT NULL,
    version      integer NOT NULL,
    data         text NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX ix_action_references_expires ON action_references (expires_at);
