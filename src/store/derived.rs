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
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

/// The facet table (in `search::facets`' kept form; the name changes with that form).
pub(super) const FACETS: &str = "facets-1";
/// The publisher's term dictionary (an `fst` map).
pub(super) const TERMS: &str = "terms-1";
/// The records a broad match expression matches (the first letters typed), by expression.
const MATCHES: &str = "matches-1:";
/// Match lists at least this long are kept: below it FTS5 reads them in a few milliseconds.
pub(super) const KEEP_MATCHES_FROM: usize = 50_000;

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
        if name.starts_with(MATCHES) {
            // Match lists of an older layer are never used again.
            tx.execute(
                "DELETE FROM derived WHERE substr(name, 1, ?1) = ?2 AND stamp != ?3",
                rusqlite::params![MATCHES.len() as i64, MATCHES, stamp],
            )?;
        }
        tx.commit()?;
        Ok(true)
    })()
    .unwrap_or(false);
    let _ = conn.busy_timeout(wait);
    kept
}

impl Directory {
    /// Keeps match lists from `n` records on instead of [`KEEP_MATCHES_FROM`], so tests can
    /// see lists kept on the bundled directory.
    #[doc(hidden)]
    pub fn keep_matches_from(&mut self, n: usize) {
        self.keep_matches_from = n.max(1);
    }
}

/// The kept records of the match expression `expr` (see [`keep_matches`]), if they were
/// derived from the records and the layer as they are.
pub(super) fn kept_matches(conn: &Connection, expr: &str) -> Result<Option<Vec<i64>>, StoreError> {
    let stamp = stamp(conn, true)?;
    Ok(load(conn, &format!("{MATCHES}{expr}"), &stamp)?.and_then(|b| decode_rowids(&b)))
}

/// Keeps the records a broad match expression matches, with the stamp of the records and the
/// layer (an office record or a note changes what matches); entries of older stamps go.
pub(super) fn keep_matches(conn: &Connection, expr: &str, rowids: &[i64]) {
    let Ok(stamp) = stamp(conn, true) else {
        return;
    };
    keep(
        conn,
        &format!("{MATCHES}{expr}"),
        &stamp,
        true,
        &encode_rowids(rowids),
    );
}

/// Ascending row ids as LEB128 gaps (one or two bytes each in a large directory).
fn encode_rowids(rowids: &[i64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rowids.len() * 2);
    let mut prev = 0i64;
    for &r in rowids {
        let mut gap = r.wrapping_sub(prev) as u64;
        prev = r;
        loop {
            let byte = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out
}

/// The row ids [`encode_rowids`] wrote; `None` for bytes it could not have written.
fn decode_rowids(bytes: &[u8]) -> Option<Vec<i64>> {
    let mut out = Vec::with_capacity(bytes.len());
    let (mut prev, mut gap, mut shift) = (0i64, 0u64, 0u32);
    for &b in bytes {
        if shift > 63 {
            return None;
        }
        gap |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            prev = prev.wrapping_add(gap as i64);
            out.push(prev);
            gap = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
    (shift == 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_id_lists_come_back_as_kept() {
        let ids = vec![1, 2, 130, 20_000, 1_000_000, i64::MAX];
        assert_eq!(decode_rowids(&encode_rowids(&ids)), Some(ids));
        assert_eq!(decode_rowids(&[0x80]), None);
        assert_eq!(decode_rowids(&[]), Some(vec![]));
    }
}
