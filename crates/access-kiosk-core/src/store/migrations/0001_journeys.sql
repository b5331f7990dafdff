-- Sign-up journeys. What reports need stays in `journey`, in clear; the person's
-- details live in `personal_details` so they can be encrypted and purged as one;
-- `journey_event` is the append-only history that reports and audit are built from.
CREATE TABLE journey (
    id                 INTEGER PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE CHECK (length(reference) = 6),
    created_at         TEXT NOT NULL,           -- UTC, RFC 3339
    channel            TEXT NOT NULL,
    locale             TEXT NOT NULL,
    status             TEXT NOT NULL,
    age_band           TEXT NOT NULL,
    wants_appointments INTEGER NOT NULL CHECK (wants_appointments IN (0, 1)),
    wants_test_results INTEGER NOT NULL CHECK (wants_test_results IN (0, 1)),
    wants_full_record  INTEGER NOT NULL CHECK (wants_full_record IN (0, 1)),
    for_someone_else   INTEGER NOT NULL CHECK (for_someone_else IN (0, 1)),
    id_documents_today TEXT NOT NULL
) STRICT;

CREATE TABLE personal_details (
    journey_id    INTEGER PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,                -- YYYY-MM-DD
    mobile        TEXT,                         -- +447XXXXXXXXX
    email         TEXT,
    nhs_number    TEXT                          -- 10 digits
) STRICT;

CREATE TABLE journey_event (
    id         INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey (id),
    at         TEXT NOT NULL,                   -- UTC, RFC 3339
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    details    TEXT NOT NULL CHECK (json_valid(details))
) STRICT;

CREATE INDEX journey_event_by_journey ON journey_event (journey_id, id);
CREATE INDEX journey_by_created ON journey (created_at);

CREATE TRIGGER journey_event_is_append_only_update BEFORE UPDATE ON journey_event
BEGIN
    SELECT RAISE(ABORT, 'journey events are append-only');
END;

CREATE TRIGGER journey_event_is_append_only_delete BEFORE DELETE ON journey_event
BEGIN
    SELECT RAISE(ABORT, 'journey events are append-only');
END;
