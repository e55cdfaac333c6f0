-- Placeholder on the inbox branch only: migration number 0005 belongs to work merged separately, and the catalog
-- requires 1..n without gaps. DELETE this file when merging; the real 0005 takes its place.
SELECT 1;
