//! The worker's layer as the directory carries it: the office's own records and the
//! publisher's removed records the worker still has notes on, as rows marked `overlay`, and
//! every touched record's marks and searchable worker text. All of it is derived from
//! `user.sqlite3` and applied in the same transaction as any change to the directory (a
//! sync, a rebuild), so a reader never sees the directory without the office's records.

use super::user::UserLayer;
use super::write::{insert_overlay_row, reindex_row};
use super::{Directory, StoreError, get_in, meta_get, meta_set, parse_record};
use crate::layer::{Mine, Overlay};
use crate::model::Record;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A store-only mark: the row's index holds worker text, so undoing the overlay must
/// index it again without.
const WORKER_TEXT: i64 = 1 << 7;

/// A publisher's record (not one the overlay put there).
fn publisher_record(conn: &Connection, id: &str) -> Result<Option<Record>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT json FROM record WHERE id = ?1 AND overlay = 0",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    json.map(|j| parse_record(&j)).transpose()
}

/// What the directory should carry of `layer`, given the publisher's records in `conn`.
pub(super) fn compute(conn: &Connection, layer: &UserLayer) -> Result<Overlay, StoreError> {
    let mut ov = Overlay::default();
    let mut local = layer.local_records()?;
    local.sort_by_cached_key(super::listing_key);
    for r in local {
        let mine = layer.mine(&r.id, false)?;
        ov.marks
            .push((r.id.clone(), mine.marks(&r), mine.searchable_text()));
        ov.records.push(r);
    }
    for id in layer.touched_ids()? {
        let (record, removed) = match publisher_record(conn, &id)? {
            Some(r) => (r, false),
            None => match layer.known(&id)? {
                Some(k) => (k, true),
                // Something on a record the worker never saw whole: nothing to show.
                None => continue,
            },
        };
        let mine = layer.mine(&id, removed)?;
        ov.marks
            .push((id, mine.marks(&record), mine.searchable_text()));
        if removed {
            ov.records.push(record);
        }
    }
    Ok(ov.seal())
}

/// The overlay entry by entry: record id → (marks, searchable text, the record's JSON when
/// the directory carries it as an overlay row).
type Entries = HashMap<String, (i64, String, Option<String>)>;

fn entries(ov: &Overlay) -> Result<Entries, StoreError> {
    let mut rows: HashMap<&str, String> = HashMap::new();
    for r in &ov.records {
        let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
        rows.insert(r.id.as_str(), json);
    }
    let mut out: Entries = ov
        .marks
        .iter()
        .map(|(id, marks, text)| {
            let row = rows.remove(id.as_str());
            (id.clone(), (*marks as i64, text.clone(), row))
        })
        .collect();
    for (id, json) in rows {
        out.insert(id.to_string(), (0, String::new(), Some(json)));
    }
    Ok(out)
}

/// Takes the carried overlay out: the worker's text out of the index, the marks off, the
/// layer's rows away (each a scan of every record).
fn undo(conn: &Connection) -> Result<(), StoreError> {
    let stale: Vec<(i64, String)> = {
        let mut stmt =
            conn.prepare("SELECT rowid, json FROM record WHERE overlay = 0 AND marks & ?1 <> 0")?;
        stmt.query_map([WORKER_TEXT], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (rowid, json) in stale {
        let r = parse_record(&json)?;
        let org = match &r.organization {
            Some(id) => get_in(conn, id)?,
            None => None,
        };
        reindex_row(conn, rowid, &r, org.as_ref(), "")?;
    }
    conn.execute("UPDATE record SET marks = 0 WHERE marks <> 0", [])?;
    conn.execute(
        "DELETE FROM record_fts WHERE rowid IN (SELECT rowid FROM record WHERE overlay = 1)",
        [],
    )?;
    conn.execute("DELETE FROM record WHERE overlay = 1", [])?;
    Ok(())
}

/// Records in `overlay_applied` what the directory now carries, and its hash.
fn remember_applied(conn: &Connection, ov: &Overlay) -> Result<(), StoreError> {
    conn.execute("DELETE FROM overlay_applied", [])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO overlay_applied (id, marks, text, record) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (id, (marks, text, record)) in entries(ov)? {
        stmt.execute(params![id, marks, text, record])?;
    }
    meta_set(conn, "overlay", &ov.hash)?;
    meta_set(conn, "overlay_applied", &ov.hash)
}

/// Changes only the entries of the carried overlay that differ from `ov`: a note saved
/// re-indexes one row, not every row the layer touches. Used when only the layer changed
/// and `overlay_applied` is known to describe the directory (its hash is the carried one);
/// otherwise [`apply`] rebuilds the whole overlay. A new office record is placed after the
/// others (the next whole apply, after an update, puts it in listing order again).
///
/// Returns the rows whose marks changed (rowid, marks), or `None` when rows were added or
/// removed (the facet table must then be read again).
fn apply_changes(conn: &Connection, ov: &Overlay) -> Result<Option<Vec<(i64, u8)>>, StoreError> {
    let mut marked = Some(Vec::new());
    let old: Entries = {
        let mut stmt = conn.prepare("SELECT id, marks, text, record FROM overlay_applied")?;
        stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?))))?
            .collect::<Result<_, _>>()?
    };
    let new = entries(ov)?;
    let none = (0, String::new(), None);
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    let records: HashMap<&str, &Record> = ov.records.iter().map(|r| (r.id.as_str(), r)).collect();
    // New rows go after the others, numbered here rather than asked of SQLite each time.
    let mut next: i64 =
        conn.query_row("SELECT coalesce(max(rowid), 0) + 1 FROM record", [], |r| {
            r.get(0)
        })?;
    for id in ids {
        let (was, now) = (old.get(id).unwrap_or(&none), new.get(id).unwrap_or(&none));
        if was == now {
            continue;
        }
        let mut fresh = false;
        if was.2 != now.2 {
            marked = None;
            if was.2.is_some() {
                conn.prepare_cached(
                    "DELETE FROM record_fts WHERE rowid IN
                     (SELECT rowid FROM record WHERE id = ?1 AND overlay = 1)",
                )?
                .execute([id])?;
                conn.prepare_cached("DELETE FROM record WHERE id = ?1 AND overlay = 1")?
                    .execute([id])?;
            }
            if let Some(json) = &now.2 {
                let parsed;
                let r = match records.get(id.as_str()) {
                    Some(r) => *r,
                    None => {
                        parsed = parse_record(json)?;
                        &parsed
                    }
                };
                let org = match &r.organization {
                    Some(o) => get_in(conn, o)?,
                    None => None,
                };
                next = conn
                    .prepare_cached("SELECT coalesce(max(rowid), 0) + 1 FROM record")?
                    .query_row([], |r| r.get(0))?;
                insert_overlay_row(conn, next, r, json.clone(), org.as_ref(), &now.1)?;
                fresh = true;
                next += 1;
            }
        }
        // A fresh row was indexed with the worker's words as it went in, at a known rowid.
        let row = if fresh {
            mark_row(conn, next - 1, now.0, &now.1)?;
            Some(next - 1)
        } else {
            set_marks(conn, id, now.0, &now.1, was.1 != now.1)?
        };
        if let (Some(m), Some(rowid)) = (marked.as_mut(), row) {
            m.push((rowid, (now.0 & 0x7f) as u8));
        }
        // Single-row statements: an INSERT OR REPLACE would open a statement savepoint, and
        // every savepoint makes FTS5 flush the terms it is holding.
        if new.contains_key(id) && old.contains_key(id) {
            conn.prepare_cached(
                "UPDATE overlay_applied SET marks = ?2, text = ?3, record = ?4 WHERE id = ?1",
            )?
            .execute(params![id, now.0, now.1, now.2])?;
        } else if new.contains_key(id) {
            conn.prepare_cached(
                "INSERT INTO overlay_applied (id, marks, text, record) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, now.0, now.1, now.2])?;
        } else {
            conn.prepare_cached("DELETE FROM overlay_applied WHERE id = ?1")?
                .execute([id])?;
        }
    }
    meta_set(conn, "overlay", &ov.hash)?;
    meta_set(conn, "overlay_applied", &ov.hash)?;
    Ok(marked)
}

/// Sets the marks of the row at `rowid` (with the store's own mark for worker text).
fn mark_row(conn: &Connection, rowid: i64, marks: i64, text: &str) -> Result<(), StoreError> {
    let extra = if text.trim().is_empty() {
        0
    } else {
        WORKER_TEXT
    };
    conn.prepare_cached("UPDATE record SET marks = ?2 WHERE rowid = ?1")?
        .execute(params![rowid, marks | extra])?;
    Ok(())
}

/// Sets the marks of the row `id` and, when `reindex`, indexes it again with `text`.
/// Returns the row's rowid, `None` if the directory has no such row.
fn set_marks(
    conn: &Connection,
    id: &str,
    marks: i64,
    text: &str,
    reindex: bool,
) -> Result<Option<i64>, StoreError> {
    let row: Option<(i64, String)> = conn
        .prepare_cached("SELECT rowid, json FROM record WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((rowid, json)) = row else {
        return Ok(None);
    };
    mark_row(conn, rowid, marks, text)?;
    if reindex {
        let r = parse_record(&json)?;
        let org = match &r.organization {
            Some(o) => get_in(conn, o)?,
            None => None,
        };
        reindex_row(conn, rowid, &r, org.as_ref(), text)?;
    }
    Ok(Some(rowid))
}

/// The worker's own terms: the words of the office's records, of removed records kept for
/// their notes, and of the worker's notes, as the directory carries them.
pub(super) fn worker_terms(conn: &Connection) -> Result<crate::search::terms::Terms, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT text, record FROM overlay_applied")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut texts = Vec::new();
    for row in rows {
        let (text, record) = row?;
        let mut c = match record.as_deref().map(parse_record).transpose()? {
            Some(r) => crate::search::index::columns(&r, None),
            None => Default::default(),
        };
        crate::search::index::add_worker_text(&mut c, &text);
        texts.push([c.name, c.place, c.body, c.latin].join("\n"));
    }
    Ok(crate::search::terms::Terms::from_texts(
        texts.iter().map(String::as_str),
    ))
}

/// Replaces whatever overlay the directory carries with `ov`. `fresh`: every row is the
/// publisher's as just written (none marked, none of the layer's), so there is nothing to undo.
pub(super) fn apply(conn: &Connection, ov: &Overlay, fresh: bool) -> Result<(), StoreError> {
    let org_of = |r: &Record| -> Result<Option<Record>, StoreError> {
        match &r.organization {
            Some(id) => get_in(conn, id),
            None => Ok(None),
        }
    };
    if !fresh {
        undo(conn)?;
    }
    let next: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) + 1 FROM record", [], |r| {
        r.get(0)
    })?;
    let texts: HashMap<&str, &str> = ov
        .marks
        .iter()
        .map(|(id, _, text)| (id.as_str(), text.as_str()))
        .collect();
    for (rowid, r) in (next..).zip(&ov.records) {
        let text = texts.get(r.id.as_str()).copied().unwrap_or("");
        let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
        insert_overlay_row(conn, rowid, r, json, org_of(r)?.as_ref(), text)?;
    }
    let carried: std::collections::HashSet<&str> =
        ov.records.iter().map(|r| r.id.as_str()).collect();
    for (id, marks, text) in &ov.marks {
        let reindex = !carried.contains(id.as_str()) && !text.trim().is_empty();
        set_marks(conn, id, *marks as i64, text, reindex)?;
    }
    remember_applied(conn, ov)
}

/// Applies the layer at `path` inside a transaction that changed the directory (`fresh`: one
/// that wrote every record anew, see [`apply`]). A layer that cannot be read right now
/// (damaged, from a newer Haven) does not stop the change: the overlay is marked stale, and
/// the next open, which restores the layer, applies it.
pub(super) fn within(
    conn: &Connection,
    path: Option<&Path>,
    fresh: bool,
) -> Result<(), StoreError> {
    // Whatever happens below, the directory changed under `overlay_applied`: only a whole
    // apply may describe it again.
    meta_set(conn, "overlay_applied", "")?;
    let Some(path) = path else {
        return meta_set(conn, "overlay", "");
    };
    let ov = match UserLayer::open_read(path) {
        Ok(Some(layer)) => match compute(conn, &layer) {
            Ok(ov) => ov,
            Err(StoreError::DiskFull(e)) => return Err(StoreError::DiskFull(e)),
            Err(_) => return meta_set(conn, "overlay", ""),
        },
        Ok(None) => Overlay::default().seal(),
        Err(_) => return meta_set(conn, "overlay", ""),
    };
    apply(conn, &ov, fresh)
}

impl Directory {
    /// Carries the layer at `path` from now on (and applies it now, if the directory does
    /// not already carry it).
    pub fn attach_layer(&mut self, path: &Path) -> Result<(), StoreError> {
        self.layer = Some(path.to_path_buf());
        self.refresh_overlay().map(|_| ())
    }

    pub fn layer_path(&self) -> Option<&PathBuf> {
        self.layer.as_ref()
    }

    /// Brings the directory's copy of the layer up to date after the layer changed.
    /// Returns whether anything changed.
    pub fn refresh_overlay(&mut self) -> Result<bool, StoreError> {
        let ov = match &self.layer {
            None => return Ok(false),
            Some(path) => match UserLayer::open_read(path)? {
                Some(layer) => compute(&self.conn, &layer)?,
                None => Overlay::default().seal(),
            },
        };
        let carried = meta_get(&self.conn, "overlay")?;
        if carried.as_deref() == Some(ov.hash.as_str()) {
            return Ok(false);
        }
        let described = meta_get(&self.conn, "overlay_applied")?;
        let tx = self.conn.transaction()?;
        let marked = if carried.as_deref().is_some_and(|c| !c.is_empty()) && described == carried {
            apply_changes(&tx, &ov)?
        } else {
            apply(&tx, &ov, false)?;
            None
        };
        let stamp = super::derived::stamp(&tx, true)?;
        tx.commit()?;
        // A note's words are the worker's terms: those are read again when next needed (the
        // publisher's stay).
        self.terms = Default::default();
        match marked {
            Some(rows) => {
                rows.into_iter()
                    .for_each(|(rowid, marks)| self.facets.set_marks(rowid, marks));
                if self.with_facets {
                    self.keep_facets(&stamp);
                }
            }
            None => self.reload_facets()?,
        }
        Ok(true)
    }

    /// Whether the directory has `id` only from the worker's layer.
    pub fn is_overlay(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT overlay FROM record WHERE id = ?1", [id], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?
            == Some(1))
    }

    /// What presenting `r` needs from the store: the records it points at and the
    /// worker's layer on it.
    pub fn around(
        &self,
        layer: &UserLayer,
        r: &Record,
    ) -> Result<crate::present::Links, StoreError> {
        let mut links = self.links(r)?;
        links.mine = self.mine(layer, r)?;
        Ok(links)
    }

    /// Everything of the worker's on `r`.
    pub fn mine(&self, layer: &UserLayer, r: &Record) -> Result<Mine, StoreError> {
        let removed = !crate::layer::is_local(&r.id) && self.is_overlay(&r.id)?;
        layer.mine(&r.id, removed)
    }

    /// The publisher's records the layer touches, as the directory has them now (to keep
    /// the layer's copies current).
    pub fn touched_records(&self, layer: &UserLayer) -> Result<Vec<Record>, StoreError> {
        let mut out = Vec::new();
        for id in layer.touched_ids()? {
            out.extend(publisher_record(&self.conn, &id)?);
        }
        Ok(out)
    }

    /// Every publisher record, in listing order (no overlay rows).
    pub fn publisher_records(&self) -> Result<Vec<Record>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT json FROM record WHERE overlay = 0 ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for j in rows {
            out.push(parse_record(&j?)?);
        }
        Ok(out)
    }
}
