-- Training mode: its journeys are removed when training ends, history and all. Every other
-- journey's events stay append-only.
DROP TRIGGER journey_event_is_append_only_delete;

CREATE TRIGGER journey_event_is_append_only_delete BEFORE DELETE ON journey_event
WHEN (SELECT training FROM journey WHERE id = OLD.journey_id) IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'journey events are append-only');
END;
