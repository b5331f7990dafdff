//! Training mode in the store: while it is on, every journey and feedback answer written is
//! marked as training, which keeps it out of every report and export; ending training
//! deletes them, with their history, sealed details and notes. Only journeys made in training
//! are ever marked (the patient face never is: see `kiosk/training.rs`), so ending training
//! deletes no real sign-up.

use rusqlite::TransactionBehavior;

use super::{Store, StoreError};

impl Store {
    /// Marks what is written from now on as training (or not).
    pub fn set_training_mode(&mut self, on: bool) {
        self.training = on;
    }

    pub fn training_mode(&self) -> bool {
        self.training
    }

    /// Deletes every training journey (events, sealed details) and training feedback, in
    /// one transaction. Returns how many journeys went.
    pub fn clear_training_data(&mut self) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM sealed_note
             WHERE journey_id IN (SELECT id FROM journey WHERE training = 1)",
            [],
        )?;
        tx.execute(
            "DELETE FROM journey_event
             WHERE journey_id IN (SELECT id FROM journey WHERE training = 1)",
            [],
        )?;
        let n = tx.execute("DELETE FROM journey WHERE training = 1", [])?;
        tx.execute("DELETE FROM feedback WHERE training = 1", [])?;
        tx.commit()?;
        Ok(n)
    }

    /// How many training journeys there are.
    pub fn training_journeys(&self) -> Result<usize, StoreError> {
        let n: i64 =
            self.conn
                .query_row("SELECT count(*) FROM journey WHERE training = 1", [], |r| {
                    r.get(0)
                })?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}
