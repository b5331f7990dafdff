-- The security round before a practice's information-governance review (issue 17;
-- SECURITY.md).

-- The practice key made by an older version was provisional before set-up, wrapped under a
-- phrase written in the app, so a copy of the file from then opens it. It is replaced by a
-- fresh key pair (every sealed row re-sealed, the old secret destroyed) at set-up, or at the
-- first administrator's login after this upgrade.
ALTER TABLE practice_key ADD COLUMN rotation_due INTEGER NOT NULL DEFAULT 0
    CHECK (rotation_due IN (0, 1));
UPDATE practice_key SET rotation_due = 1;

-- Lockout: when the last wrong PIN was tried. Wrong PINs older than a day no longer count;
-- a good PIN no longer wipes the count.
ALTER TABLE staff ADD COLUMN last_failed_at TEXT;

-- Staff free text (what was missing, a reason, who vouched, a proxy's relationship), sealed to
-- the practice key like personal details, one blob per event, bound to the journey's
-- reference and the event; the event keeps everything else in clear for reports. Deleted by
-- the retention purge with the journey's personal details.
CREATE TABLE sealed_note (
    event_id   INTEGER PRIMARY KEY REFERENCES journey_event (id),
    journey_id INTEGER NOT NULL REFERENCES journey (id),
    sealed     BLOB NOT NULL
) STRICT;

CREATE INDEX sealed_note_by_journey ON sealed_note (journey_id);

-- Audit entries name the staff account by its id as well as by its (reusable) name.
ALTER TABLE audit_log ADD COLUMN staff_id INTEGER REFERENCES staff (id);
