-- Placeholder: migration 0005 belongs to the permissions work (roles, admins, agreement versions), built in
-- parallel. It exists only so this branch's 0006 follows an unbroken 1..n sequence. Delete this file when the
-- real 0005 is merged; the two must never both be present.
SELECT 1;
