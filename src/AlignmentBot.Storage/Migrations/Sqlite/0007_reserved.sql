-- Placeholder on the CRM sync branch only: migration numbers 0005-0007 belong to work merged separately, and the
-- catalog requires 1..n without gaps. DELETE this file when merging; the real 0007 takes its place.
SELECT 1;
