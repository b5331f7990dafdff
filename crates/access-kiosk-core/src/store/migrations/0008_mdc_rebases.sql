-- Making Data Count rebases: a week from which a measure's chart starts a new stretch with
-- its own mean and limits, after a sustained change. Decided on purpose by an administrator,
-- with a reason; the audit log keeps who added and removed each one.
CREATE TABLE mdc_rebase (
    id        INTEGER PRIMARY KEY,
    measure   TEXT NOT NULL,
    week      TEXT NOT NULL,                    -- YYYY-MM-DD, the first day of the week
    reason    TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    UNIQUE (measure, week)
) STRICT;
