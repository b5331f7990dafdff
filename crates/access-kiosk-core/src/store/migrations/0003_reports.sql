-- What the QI reports need beyond the journey history.

-- Journeys made in training mode: kept out of every report and export, removed when
-- training ends.
ALTER TABLE journey ADD COLUMN training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1));

-- Events are read by kind and time for the weekly measures.
CREATE INDEX journey_event_by_kind_time ON journey_event (kind, at);

-- Anonymous answers to "What might stop you using online access?". Not linked to a
-- journey, and no free text, so nothing here can identify anyone.
CREATE TABLE feedback (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,                     -- UTC, RFC 3339
    source   TEXT NOT NULL CHECK (source IN ('patient', 'staff')),
    channel  TEXT NOT NULL,
    locale   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1))
) STRICT;

CREATE INDEX feedback_by_time ON feedback (at);

-- Tests of change (Plan-Do-Study-Act cycles), drawn on the run charts.
CREATE TABLE pdsa_cycle (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    tried       TEXT NOT NULL,                  -- what was tried
    start_date  TEXT NOT NULL,                  -- YYYY-MM-DD
    end_date    TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;

-- A baseline frozen for a measure: its median becomes the chart's centre line.
CREATE TABLE run_chart_baseline (
    measure     TEXT PRIMARY KEY,
    first_week  TEXT NOT NULL,                  -- YYYY-MM-DD, the first week's first day
    last_week   TEXT NOT NULL CHECK (last_week >= first_week),
    frozen_at   TEXT NOT NULL,
    frozen_by   TEXT NOT NULL
) STRICT;
