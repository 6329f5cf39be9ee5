-- Placeholder: this migration's owner fills it in.
SELECT 1;
