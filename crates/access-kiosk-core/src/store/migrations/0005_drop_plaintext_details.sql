-- The plaintext personal details are gone: the app seals every row of `personal_details`
-- into `sealed_personal` (Store::seal_plaintext_rows) after migrating to schema 4 and before
-- this runs, then scrubs the file (secure_delete, VACUUM, WAL truncated).
DROP TABLE personal_details;
