//! The sync log: one row per attempt to update the directory from the feed.

use super::{Directory, StoreError};
use rusqlite::OptionalExtension;

/// One attempt, as the feed client reports it.
#[derive(Debug, Clone)]
pub struct SyncEntry<'a> {
    pub started_at: String,
    pub feed_url: &'a str,
    pub from_sequence: Option<u64>,
    pub to_sequence: Option<u64>,
    pub changed: usize,
    pub outcome: &'a str,
    pub detail: String,
}

impl Directory {
    /// Adds an attempt to the log.
    pub fn log_sync(&self, e: &SyncEntry<'_>) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO sync_log (started_at, finished_at, feed_url, from_sequence, to_sequence,
                                   changed, outcome, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                e.started_at,
                jiff::Timestamp::now().to_string(),
                e.feed_url,
                e.from_sequence.map(|s| s as i64),
                e.to_sequence.map(|s| s as i64),
                e.changed as i64,
                e.outcome,
                e.detail
            ],
        )?;
        Ok(())
    }

    /// The last attempt: (finished at, outcome, detail).
    pub fn last_sync(&self) -> Result<Option<(String, String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT finished_at, outcome, detail FROM sync_log ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }
}
