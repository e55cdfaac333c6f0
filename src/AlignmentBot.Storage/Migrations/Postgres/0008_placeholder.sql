-- Placeholder: keeps the migration numbers contiguous on this branch; another branch owns 0008.
SELECT 1;
