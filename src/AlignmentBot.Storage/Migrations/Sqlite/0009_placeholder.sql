-- Placeholder: this number is taken by another branch; this file is replaced when that branch is merged.
SELECT 1;
