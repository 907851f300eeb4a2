//! Writing the directory: building a file from the bundled records or a feed snapshot, and
//! the writer a sync applies its changes through.

use super::{Origin, StoreError, get_in, meta_set, parse_record, set_origin};
use crate::model::Record;
use crate::search::{fold, index};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// Writes inside a transaction opened by [`Directory::transaction`].
pub struct Writer<'a> {
    pub(super) tx: &'a rusqlite::Transaction<'a>,
}

impl Writer<'_> {
    /// Inserts or replaces one record and its index entry.
    pub fn upsert(&self, record: &Record) -> Result<(), StoreError> {
        let org = match &record.organization {
            Some(id) => get_in(self.tx, id)?,
            None => None,
        };
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT rowid FROM record WHERE id = ?1",
                [&record.id],
                |r| r.get(0),
            )
            .optional()?;
        let rowid = match existing {
            Some(rowid) => {
                self.tx
                    .execute("DELETE FROM record_fts WHERE rowid = ?1", [rowid])?;
                rowid
            }
            None => {
                self.tx
                    .query_row("SELECT coalesce(max(rowid), 0) + 1 FROM record", [], |r| {
                        r.get(0)
                    })?
            }
        };
        insert_record(self.tx, rowid, record, org.as_ref())
    }

    /// Replaces every record with `records`, streamed in listing order (a feed snapshot).
    /// `written` hears how many records are in, every thousand.
    pub fn replace_all<I, E>(&self, records: I, written: &mut dyn FnMut(u64)) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<Record, E>>,
        I::IntoIter: Send,
        E: From<StoreError> + Send,
    {
        // `delete-all` empties the index without reading it: a damaged index is replaced.
        self.tx
            .execute(
                "INSERT INTO record_fts(record_fts) VALUES('delete-all')",
                [],
            )
            .map_err(StoreError::from)?;
        self.tx
            .execute("DELETE FROM record", [])
            .map_err(StoreError::from)?;
        insert_stream(self.tx, records, written)?;
        Ok(meta_set(
            self.tx,
            "fold_version",
            &fold::FOLD_VERSION.to_string(),
        )?)
    }

    /// Deletes a record by id. Returns whether it was there.
    pub fn delete(&self, id: &str) -> Result<bool, StoreError> {
        let rowid: Option<i64> = self
            .tx
            .query_row("SELECT rowid FROM record WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        let Some(rowid) = rowid else {
            return Ok(false);
        };
        self.tx
            .execute("DELETE FROM record_fts WHERE rowid = ?1", [rowid])?;
        self.tx
            .execute("DELETE FROM record WHERE rowid = ?1", [rowid])?;
        Ok(true)
    }

    pub fn set_origin(&self, origin: &Origin) -> Result<(), StoreError> {
        set_origin(self.tx, origin)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        meta_set(self.tx, key, value)
    }

    pub fn conn(&self) -> &Connection {
        self.tx
    }
}

/// Inserts streamed records with consecutive rowids. The stream itself (reading, checking,
/// folding, serialising each record) runs on a second thread while this one writes, so the
/// two halves of indexing share the two cores. A record whose organisation comes later in
/// the stream is indexed again at the end, with the organisation's names. `written` hears
/// how many records are in. An error from the input (a feed line that does not parse, a
/// record that fails validation, a cancel) stops the stream and is returned as it is.
pub(super) fn insert_stream<I, E>(
    tx: &Connection,
    records: I,
    written: &mut dyn FnMut(u64),
) -> Result<(), E>
where
    I: IntoIterator<Item = Result<Record, E>>,
    I::IntoIter: Send,
    E: From<StoreError> + Send,
{
    // Bulk loading: a large page cache, and no incremental FTS merging while the rows stream
    // in (merged once at the end instead).
    tx.pragma_update(None, "cache_size", -65536)
        .map_err(StoreError::from)?;
    tx.execute(
        "INSERT INTO record_fts(record_fts, rank) VALUES('automerge', 0)",
        [],
    )
    .map_err(StoreError::from)?;
    let mut fixups = Vec::new();
    let iter = records.into_iter();
    let (stored, input) = std::thread::scope(|scope| {
        let (to_writer, prepared) = std::sync::mpsc::sync_channel::<Prepared>(PIPELINE);
        let reader = scope.spawn(move || -> Option<E> {
            for r in iter {
                match r {
                    Ok(r) => {
                        if to_writer.send(Prepared::new(r)).is_err() {
                            return None;
                        }
                    }
                    Err(e) => return Some(e),
                }
            }
            None
        });
        let stored = (|| -> Result<(), StoreError> {
            let mut rowid = 0i64;
            for p in prepared {
                rowid += 1;
                let org = match &p.record.organization {
                    Some(id) => {
                        let org = get_in(tx, id)?;
                        if org.is_none() {
                            fixups.push(rowid);
                        }
                        org
                    }
                    None => None,
                };
                write_prepared(tx, rowid, p, org.as_ref())?;
                if rowid % 1000 == 0 {
                    written(rowid as u64);
                }
            }
            if rowid % 1000 != 0 {
                written(rowid as u64);
            }
            Ok(())
        })();
        (stored, reader.join().ok().flatten())
    });
    if let Some(e) = input {
        return Err(e);
    }
    stored?;
    finish_stream(tx, fixups).map_err(E::from)
}

/// Merges the index once the rows are in, and indexes the records whose organisation came
/// after them in the stream.
fn finish_stream(tx: &Connection, fixups: Vec<i64>) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO record_fts(record_fts, rank) VALUES('automerge', 4)",
        [],
    )?;
    tx.execute("INSERT INTO record_fts(record_fts) VALUES('optimize')", [])?;
    for rowid in fixups {
        let json: String =
            tx.query_row("SELECT json FROM record WHERE rowid = ?1", [rowid], |r| {
                r.get(0)
            })?;
        let r = parse_record(&json)?;
        let org = match &r.organization {
            Some(id) => get_in(tx, id)?,
            None => None,
        };
        tx.execute("DELETE FROM record_fts WHERE rowid = ?1", [rowid])?;
        insert_record(tx, rowid, &r, org.as_ref())?;
    }
    Ok(())
}

/// The listing order: services first (helplines and emergency numbers at their head), then
/// procedures, programmes, campaigns and organisations; by country, then English name.
pub fn listing_key(r: &Record) -> (u8, u8, String, String) {
    use crate::model::{Category, Kind};
    let kind = match r.kind {
        Kind::Service => 0,
        Kind::Procedure => 1,
        Kind::Programme => 2,
        Kind::Campaign => 3,
        Kind::Organization => 4,
    };
    let urgent = if r
        .categories
        .iter()
        .any(|c| matches!(c, Category::Helpline | Category::Emergency))
    {
        0
    } else {
        1
    };
    (
        kind,
        urgent,
        r.country.code().to_string(),
        r.name.show("en").to_lowercase(),
    )
}

pub(super) fn replace_all_in(tx: &Connection, records: &[Record]) -> Result<(), StoreError> {
    tx.execute("DELETE FROM record", [])?;
    // `delete-all` empties the index without reading it: a damaged index is replaced.
    tx.execute(
        "INSERT INTO record_fts(record_fts) VALUES('delete-all')",
        [],
    )?;
    let by_id: HashMap<&str, &Record> = records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut order: Vec<&Record> = records.iter().collect();
    order.sort_by_cached_key(|r| listing_key(r));
    for (i, r) in order.into_iter().enumerate() {
        let org = r
            .organization
            .as_deref()
            .and_then(|id| by_id.get(id).copied());
        insert_record(tx, i as i64 + 1, r, org)?;
    }
    meta_set(tx, "fold_version", &fold::FOLD_VERSION.to_string())?;
    Ok(())
}

/// How many records the indexing thread may work ahead of the writer.
const PIPELINE: usize = 256;

/// A record with its JSON and index columns computed (without its organisation's name,
/// which needs the database).
struct Prepared {
    record: Record,
    json: Result<String, String>,
    cols: index::Columns,
}

impl Prepared {
    fn new(record: Record) -> Prepared {
        Prepared {
            json: serde_json::to_string(&record).map_err(|e| e.to_string()),
            cols: index::columns(&record, None),
            record,
        }
    }
}

fn write_prepared(
    conn: &Connection,
    rowid: i64,
    mut p: Prepared,
    org: Option<&Record>,
) -> Result<(), StoreError> {
    if let Some(o) = org {
        index::add_organization(&mut p.cols, o);
    }
    let json = p.json.map_err(StoreError::Record)?;
    // The table was emptied for the stream: plain INSERTs (see `write_row`).
    write_row(conn, rowid, &p.record, json, p.cols, false)
}

/// Adds a row of the worker's layer, indexed with the worker's own text on it (empty for
/// none), so it is indexed once.
pub(super) fn insert_overlay_row(
    conn: &Connection,
    rowid: i64,
    r: &Record,
    json: String,
    org: Option<&Record>,
    worker_text: &str,
) -> Result<(), StoreError> {
    let mut cols = index::columns(r, org);
    if !worker_text.trim().is_empty() {
        index::add_worker_text(&mut cols, worker_text);
    }
    // The rowid is new: a plain INSERT (see `write_row`), then the mark, one row each.
    write_row(conn, rowid, r, json, cols, false)?;
    conn.prepare_cached("UPDATE record SET overlay = 1 WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

/// Indexes a stored row again, with text of the worker's added (empty for none).
pub(super) fn reindex_row(
    conn: &Connection,
    rowid: i64,
    r: &Record,
    org: Option<&Record>,
    worker_text: &str,
) -> Result<(), StoreError> {
    let mut cols = index::columns(r, org);
    if !worker_text.trim().is_empty() {
        index::add_worker_text(&mut cols, worker_text);
    }
    conn.execute("DELETE FROM record_fts WHERE rowid = ?1", [rowid])?;
    insert_fts(conn, rowid, &cols)
}

fn insert_fts(conn: &Connection, rowid: i64, cols: &index::Columns) -> Result<(), StoreError> {
    let mut fts = conn.prepare_cached(
        "INSERT INTO record_fts (rowid, name, place, body, latin, skel, pfx, marked)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    fts.execute(params![
        rowid,
        cols.name,
        cols.place,
        cols.body,
        cols.latin,
        cols.skel,
        cols.pfx,
        cols.marked
    ])?;
    Ok(())
}

fn insert_record(
    conn: &Connection,
    rowid: i64,
    r: &Record,
    org: Option<&Record>,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
    let cols = index::columns(r, org);
    write_row(conn, rowid, r, json, cols, true)
}

/// Writes a record's row and its index entry. `replace` when a row with that rowid or id may
/// already exist; otherwise a plain INSERT, which needs no statement journal (an INSERT OR
/// REPLACE opens a statement savepoint, and at every savepoint FTS5 flushes the terms it holds
/// to disk, so a stream of them is written one row at a time).
fn write_row(
    conn: &Connection,
    rowid: i64,
    r: &Record,
    json: String,
    cols: index::Columns,
    replace: bool,
) -> Result<(), StoreError> {
    let region = r.region.as_ref().map(|g| g.id.as_str());
    let mut stmt = conn.prepare_cached(if replace {
        "INSERT OR REPLACE INTO record
           (rowid, id, kind, country, region, categories, targets, languages, names_lc,
            verified_at, json, organization, hours)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    } else {
        "INSERT INTO record
           (rowid, id, kind, country, region, categories, targets, languages, names_lc,
            verified_at, json, organization, hours)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    })?;
    stmt.execute(params![
        rowid,
        r.id,
        r.kind.key(),
        r.country.code(),
        region,
        crate::model::Category::mask(&r.categories) as i64,
        crate::model::TargetGroup::mask(&r.target_groups) as i64,
        r.languages.join(","),
        cols.names_lc,
        r.verified_at.to_string(),
        json,
        r.organization,
        crate::model::open::hours_key(r),
    ])?;
    insert_fts(conn, rowid, &cols)
}
