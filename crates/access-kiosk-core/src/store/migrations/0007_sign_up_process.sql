-- Today's sign-up process (issue 15): new record entries on by default from 16, the older
-- record as a request a clinician decides, proxy access as DAPB3051 asks, and the codes
-- staff add in the clinical system. Existing journeys move over faithfully; the event
-- history is never changed, only added to.

-- What the patient asked for, in today's parts. The choice of before 2023 maps over:
-- appointments and prescriptions -> services; test results -> services + new entries;
-- full record -> services + new entries + the older record.
ALTER TABLE journey ADD COLUMN wants_services INTEGER NOT NULL DEFAULT 0
    CHECK (wants_services IN (0, 1));
ALTER TABLE journey ADD COLUMN wants_new_entries INTEGER NOT NULL DEFAULT 0
    CHECK (wants_new_entries IN (0, 1));
ALTER TABLE journey ADD COLUMN wants_older_record INTEGER NOT NULL DEFAULT 0
    CHECK (wants_older_record IN (0, 1));
UPDATE journey SET
    wants_services = (wants_appointments OR wants_test_results OR wants_full_record),
    wants_new_entries = (wants_test_results OR wants_full_record),
    wants_older_record = wants_full_record;

-- The way the patient's age and answers led: adult (16+), young person (13-15, the
-- practice talks with them first), or a proxy asking for them. Before this version a
-- journey for someone else was a proxy's; a patient under 16 for themselves a young person.
ALTER TABLE journey ADD COLUMN path TEXT NOT NULL DEFAULT 'adult'
    CHECK (path IN ('adult', 'young-person', 'proxy'));
UPDATE journey SET path = CASE
    WHEN for_someone_else = 1 THEN 'proxy'
    WHEN age_band = '0-15' THEN 'young-person'
    ELSE 'adult' END;

-- "Do you have the NHS App and have you proved who you are in it?" NULL: not asked (a
-- journey from before this version).
ALTER TABLE journey ADD COLUMN nhs_app TEXT
    CHECK (nhs_app IS NULL OR nhs_app IN ('verified', 'started', 'no', 'not-sure'));
-- What a proxy said at the kiosk, from fixed lists (no free text).
ALTER TABLE journey ADD COLUMN proxy_relationship TEXT;
ALTER TABLE journey ADD COLUMN proxy_basis_stated TEXT;

-- The access given: services on or off; new entries on, opted out or withheld. NULL until
-- access is granted. A grant of "appointments and prescriptions" from before this version
-- did not include the record: its new entries stay NULL (not part of that grant).
ALTER TABLE journey ADD COLUMN services INTEGER CHECK (services IS NULL OR services IN (0, 1));
ALTER TABLE journey ADD COLUMN new_entries TEXT
    CHECK (new_entries IS NULL OR new_entries IN ('on', 'opted-out', 'withheld'));
UPDATE journey SET
    services = 1,
    new_entries = CASE access_level WHEN 'appointments-and-prescriptions' THEN NULL ELSE 'on' END
WHERE access_level IS NOT NULL;

-- Codes still to add in the clinical system (JSON array: sign-up, enhanced-review,
-- enhanced-review-not-indicated), ticked off one by one on the worklist.
ALTER TABLE journey ADD COLUMN codes_due TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(codes_due));
UPDATE journey SET codes_due = '["sign-up"]' WHERE status = 'access-granted';
CREATE INDEX journey_with_codes_due ON journey (id) WHERE codes_due <> '[]';

-- The older (historic) record: a request a clinician reviews, one per sign-up.
CREATE TABLE older_record_request (
    journey_id   INTEGER PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    scope        TEXT NOT NULL CHECK (scope IN ('detailed-coded-record', 'full-record')),
    status       TEXT NOT NULL CHECK (status IN ('requested', 'granted', 'declined', 'withdrawn')),
    requested_at TEXT NOT NULL,                 -- UTC, RFC 3339
    decided_at   TEXT,                          -- UTC, RFC 3339
    granted_from TEXT                           -- YYYY-MM-DD
) STRICT;
CREATE INDEX older_record_by_status ON older_record_request (status);

-- A full record granted before this version was the older record granted: a request,
-- granted from the day of that grant, by whoever recorded it.
INSERT INTO older_record_request (journey_id, scope, status, requested_at, decided_at, granted_from)
SELECT e.journey_id, 'full-record', 'granted', e.at, e.at, substr(e.at, 1, 10)
FROM journey_event e
WHERE e.kind = 'access-granted' AND json_extract(e.details, '$.level') = 'full-record'
ORDER BY e.id;

INSERT INTO journey_event (journey_id, at, actor, kind, details)
SELECT e.journey_id, e.at, e.actor, 'older-record-requested',
       json_object('scope', 'full-record', 'migrated', 'access level full-record')
FROM journey_event e JOIN older_record_request r ON r.journey_id = e.journey_id
WHERE e.kind = 'access-granted'
ORDER BY e.id;

INSERT INTO journey_event (journey_id, at, actor, kind, details)
SELECT e.journey_id, e.at, e.actor, 'older-record-granted',
       json_object('from', r.granted_from, 'migrated', 'access level full-record')
FROM journey_event e JOIN older_record_request r ON r.journey_id = e.journey_id
WHERE e.kind = 'access-granted'
ORDER BY e.id;

-- Proxy access (DAPB3051): basis, the kinds of evidence seen, scope, and where it stands.
-- Its review, end and suspension dates are sealed to the practice key with the patient's
-- details (a child's reveal their date of birth); NULL: none recorded, as for every proxy
-- from before this version, which the worklist then asks staff to date.
CREATE TABLE proxy_access (
    journey_id   INTEGER PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    basis        TEXT NOT NULL,
    evidence     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
    scope        TEXT NOT NULL CHECK (json_valid(scope)),
    child        INTEGER NOT NULL CHECK (child IN (0, 1)),  -- under 16 when granted
    status       TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'ended')),
    sealed_dates BLOB,
    granted_at   TEXT NOT NULL,                 -- UTC, RFC 3339
    changed_at   TEXT NOT NULL                  -- UTC, RFC 3339
) STRICT;
CREATE INDEX proxy_access_by_status ON proxy_access (status);

-- A proxy recorded with an access grant before this version: its scope is what the level
-- gave; the evidence was not recorded then.
INSERT INTO proxy_access (journey_id, basis, evidence, scope, child, status, sealed_dates,
                          granted_at, changed_at)
SELECT e.journey_id, json_extract(e.details, '$.proxy.basis'), '[]',
       CASE json_extract(e.details, '$.level')
           WHEN 'appointments-and-prescriptions' THEN '["services"]'
           WHEN 'test-results' THEN '["services","new-entries"]'
           ELSE '["services","new-entries","older-record"]' END,
       j.age_band = '0-15', 'active', NULL, e.at, e.at
FROM journey_event e JOIN journey j ON j.id = e.journey_id
WHERE e.kind = 'access-granted' AND json_type(e.details, '$.proxy') = 'object'
ORDER BY e.id;

INSERT INTO journey_event (journey_id, at, actor, kind, details)
SELECT e.journey_id, e.at, e.actor, 'proxy-access-granted',
       json_object('basis', p.basis, 'evidence', json('[]'), 'scope', json(p.scope),
                   'migrated', 'access grant with a proxy')
FROM journey_event e JOIN proxy_access p ON p.journey_id = e.journey_id
WHERE e.kind = 'access-granted'
ORDER BY e.id;

-- The choice and level of before 2023 are gone from the row (their events keep them).
ALTER TABLE journey DROP COLUMN wants_appointments;
ALTER TABLE journey DROP COLUMN wants_test_results;
ALTER TABLE journey DROP COLUMN wants_full_record;
ALTER TABLE journey DROP COLUMN access_level;
