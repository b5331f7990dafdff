-- Patients' personal details sealed to the practice's public key (issue 7; SECURITY.md).

-- The practice's key pair. The public key is in clear: the unattended kiosk seals with it.
-- The secret key is stored only wrapped: under the recovery passphrase here, and under each
-- staff member's PIN in `staff_key_wrap`. Before the first administrator exists there is no
-- PIN to wrap it under, so it is kept `provisional`ly, wrapped under a phrase written in the
-- app (that is, not protected); setting up the first administrator replaces it with the
-- recovery wrap and scrubs the file.
CREATE TABLE practice_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL CHECK (length(public_key) = 64),
    recovery    BLOB,                           -- WrappedKey under the recovery passphrase
    provisional BLOB,                           -- WrappedKey under a known phrase, before set-up
    created_at  TEXT NOT NULL,
    CHECK ((recovery IS NULL) <> (provisional IS NULL))
) STRICT;

-- The practice's secret key wrapped under one staff member's PIN. Deleted with the account.
CREATE TABLE staff_key_wrap (
    staff_id    INTEGER PRIMARY KEY REFERENCES staff (id),
    wrapped_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- One sealed blob per journey: the JSON of its personal fields, sealed with the journey
-- reference as associated data. Deleted by the retention purge; the journey row stays.
CREATE TABLE sealed_personal (
    journey_id INTEGER PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    sealed     BLOB NOT NULL
) STRICT;
