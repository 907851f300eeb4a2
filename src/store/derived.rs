//! What search derives from the records, kept beside them in the `derived` table so that
//! opening a large directory does not read every row again: the facet table (seconds to
//! read at a million records) and the publisher's term dictionary (read from FTS5's
//! vocabulary, which walks the whole index).
//!
//! Each entry carries the stamp of the content it was derived from. Every transaction that
//! changes the publisher's records calls [`changed`], which gives the content a new stamp
//! and drops the entries; the facet table's stamp also names the worker's layer the
//! directory carries (its office records and marks are rows of the table). An entry whose
//! stamp is not the current one is never used. Keeping an entry is best effort: it waits for
//! no other writer, and a directory that cannot be written only derives again next time.

use super::{Directory, StoreError, meta_get, meta_set};
use crate::search::facets::FacetTable;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

/// The facet table (in `search::facets`' kept form; the name changes with that form).
pub(super) const FACETS: &str = "facets-1";
/// The publisher's term dictionary (an `fst` map).
pub(super) const TERMS: &str = "terms-1";

/// Gives the publisher's content a new stamp and drops every entry derived from the old one.
/// Runs inside the transaction that changes the records, so the two land together.
pub(super) fn changed(conn: &Connection) -> Result<(), StoreError> {
    conn.execute("DELETE FROM derived", [])?;
    let now = jiff::Timestamp::now().as_nanosecond();
    meta_set(conn, "content_stamp", &format!("{now:x}"))
}

/// The stamp an entry derived now carries: the content's, the build's schema and folding,
/// and for the facet table the layer the directory carries.
pub(super) fn stamp(conn: &Connection, with_layer: bool) -> Result<String, StoreError> {
    let content = meta_get(conn, "content_stamp")?.unwrap_or_default();
    let layer = if with_layer {
        meta_get(conn, "overlay")?.unwrap_or_default()
    } else {
        String::new()
    };
    Ok(format!(
        "{content}/{layer}/s{}/f{}",
        super::schema::SCHEMA_VERSION,
        crate::search::fold::FOLD_VERSION
    ))
}

/// The entry `name` if it was derived from the content `stamp` names.
pub(super) fn load(
    conn: &Connection,
    name: &str,
    stamp: &str,
) -> Result<Option<Vec<u8>>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT data FROM derived WHERE name = ?1 AND stamp = ?2")?;
    Ok(stmt
        .query_row([name, stamp], |r| r.get::<_, Vec<u8>>(0))
        .optional()?)
}

/// Keeps `data`, derived from the content `stamp` names, if that is still the content (a
/// sync may have committed since). Waits for no other writer; returns whether it was kept.
pub(super) fn keep(
    conn: &Connection,
    name: &str,
    stamp: &str,
    with_layer: bool,
    data: &[u8],
) -> bool {
    let wait = std::time::Duration::from_secs(5);
    if conn.busy_timeout(std::time::Duration::ZERO).is_err() {
        return false;
    }
    let kept = (|| -> Result<bool, StoreError> {
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        if self::stamp(&tx, with_layer)? != stamp {
            return Ok(false);
        }
        tx.execute(
            "INSERT OR REPLACE INTO derived (name, stamp, data) VALUES (?1, ?2, ?3)",
            rusqlite::params![name, stamp, data],
        )?;
        tx.commit()?;
        Ok(true)
    })()
    .unwrap_or(false);
    let _ = conn.busy_timeout(wait);
    kept
}

impl Directory {
    /// Re-reads the facet table after the records changed (a sync by another connection):
    /// the kept one if it was derived from the records as they are, else from the records
    /// (and then kept for the next time).
    pub fn reload_facets(&mut self) -> Result<(), StoreError> {
        self.publisher_terms = Default::default();
        self.terms = Default::default();
        if !self.with_facets {
            return Ok(());
        }
        let stamp = stamp(&self.conn, true)?;
        if let Some(table) =
            load(&self.conn, FACETS, &stamp)?.and_then(|bytes| FacetTable::from_bytes(&bytes))
        {
            self.facets = table;
            return Ok(());
        }
        self.facets = super::fts::load_facets(&self.conn)?;
        self.keep_facets(&stamp);
        Ok(())
    }

    /// Keeps the facet table in memory, which is that of the content `stamp` names.
    pub(super) fn keep_facets(&self, stamp: &str) {
        let bytes = self.facets.to_bytes();
        keep(&self.conn, FACETS, stamp, true, &bytes);
    }

    /// Derives what search keeps beside the records now (after a sync, by the writer that
    /// made it), so that the window's next start and first forgiving search need not.
    pub fn derive_now(&mut self) -> Result<(), StoreError> {
        let stamp = stamp(&self.conn, true)?;
        if load(&self.conn, FACETS, &stamp)?.is_none() {
            let facets = super::fts::load_facets(&self.conn)?;
            keep(&self.conn, FACETS, &stamp, true, &facets.to_bytes());
            if self.with_facets {
                self.facets = facets;
            }
        }
        self.publisher_terms = Default::default();
        self.terms = Default::default();
        crate::search::Index::terms(self)?;
        Ok(())
    }
}
