//! Deriving again what search keeps beside the records (`derived`), from the index (`fts`):
//! after another connection changed the records, or right after an update by the writer
//! that made it. Apart from `derived` so that the kept entries' storage needs nothing of
//! the index.

use super::derived::{FACETS, keep, load, stamp};
use super::{Directory, StoreError};
use crate::search::facets::FacetTable;
use rusqlite::Connection;

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
        // The first letter typed, for each letter that begins a name or place word of many
        // records: what it matches, kept, so the first keystroke after an update is quick.
        if self.with_facets {
            for letter in broad_first_letters(&self.conn, self.keep_matches_from)? {
                crate::search::search(self, &crate::search::Query::new(letter))?;
            }
        }
        Ok(())
    }
}

/// The letters that begin a word of the names or places of at least `at_least` records.
fn broad_first_letters(conn: &Connection, at_least: usize) -> Result<Vec<String>, StoreError> {
    super::fts::vocabulary(conn)?;
    let token = crate::search::index::prefix_token("");
    let mut stmt = conn.prepare_cached(
        "SELECT term, doc FROM temp.record_vocab WHERE col = 'pfx' AND term > ?1 AND term < ?2",
    )?;
    let next = char::from_u32(token.chars().next().map_or(0, u32::from) + 1)
        .map(String::from)
        .unwrap_or_default();
    let rows = stmt.query_map([&token, &next], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    let mut letters = Vec::new();
    for row in rows {
        let (term, docs) = row?;
        let letter = term.strip_prefix(&token).unwrap_or_default();
        if letter.chars().count() == 1 && usize::try_from(docs).is_ok_and(|d| d >= at_least) {
            letters.push(letter.to_string());
        }
    }
    Ok(letters)
}
