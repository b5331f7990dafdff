-- Staff accounts, the audit log, and what the liaison officer records on a journey.

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    pin_hash        TEXT NOT NULL,              -- Argon2id, PHC string format
    is_admin        INTEGER NOT NULL CHECK (is_admin IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0, -- wrong PINs since the last good one
    locked_until    TEXT,                       -- UTC, RFC 3339; NULL when not locked
    created_at      TEXT NOT NULL,
    removed_at      TEXT                        -- NULL while the account is active
) STRICT;

-- One active account per name; a removed name can be used again.
CREATE UNIQUE INDEX staff_active_name ON staff (name COLLATE NOCASE) WHERE removed_at IS NULL;

-- Who did what, when. Never edited from the app.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,                      -- UTC, RFC 3339
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    details TEXT NOT NULL CHECK (json_valid(details))
) STRICT;

CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Cohort tags set by staff (JSON array of kebab-case names), and when the journey last changed.
ALTER TABLE journey ADD COLUMN cohorts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cohorts));
ALTER TABLE journey ADD COLUMN access_level TEXT;
ALTER TABLE journey ADD COLUMN updated_at TEXT;
