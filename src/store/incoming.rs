//! A directory the publisher built (a feed snapshot as a ready-made database file): read as
//! untrusted input, with SQLite's defensive settings, and checked before any of it is used;
//! then copied into the directory in one transaction, beside the worker's layer.
//!
//! What is checked: the file is an SQLite database in rollback-journal mode; SQLite's
//! `quick_check` and FTS5's own `integrity-check` of the index pass; its tables, indexes and
//! their definitions are exactly this build's (no trigger, no view, nothing extra); it was
//! built with this build's folding for the feed and sequence the signed manifest names; its
//! rows are numbered 1…n in listing order with n what the manifest says; and every record
//! reads, passes the caller's checks (the directory's rules, as a JSON-lines snapshot is
//! checked) and agrees with the columns search filters on. What is not recomputed is the
//! search index's content, which is the publisher's, bound to the signed manifest by the
//! file's hash: recomputing it is the work the file saves.

use super::files::{Damage, classify, open_checked};
use super::{Origin, StoreError, derived, meta_get, meta_set, overlay, schema, set_origin};
use crate::model::{Category, Kind, Record, TargetGroup};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::collections::HashMap;
use std::path::Path;

/// Why a publisher's database was not used: the row it concerns (0 for the file as a whole)
/// and what is wrong, or the store's own failure.
#[derive(Debug)]
pub enum Refused {
    Content { row: u64, detail: String },
    Store(StoreError),
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Store(e)
    }
}

impl From<rusqlite::Error> for Refused {
    fn from(e: rusqlite::Error) -> Self {
        match classify(e) {
            Damage::Corrupt => whole("the file is not a readable directory database"),
            Damage::Other(e) => Refused::Store(e),
        }
    }
}

fn whole(detail: impl Into<String>) -> Refused {
    Refused::Content {
        row: 0,
        detail: detail.into(),
    }
}

fn at(row: i64, detail: impl Into<String>) -> Refused {
    Refused::Content {
        row: row.max(0) as u64,
        detail: detail.into(),
    }
}

/// The publisher's database, open for checking.
pub struct Incoming {
    conn: Connection,
}

impl Incoming {
    /// Opens the file defensively: no triggers, no views, no writes to the index's own
    /// tables, no schema-named functions, every cell's size checked as it is read.
    pub fn open(path: &Path) -> Result<Incoming, Refused> {
        use std::io::Read;
        let mut header = [0u8; 100];
        std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut header))
            .map_err(|_| whole("the file is shorter than a database header"))?;
        if &header[..16] != b"SQLite format 3\0" {
            return Err(whole("the file is not an SQLite database"));
        }
        // Bytes 18 and 19: 1 for a rollback journal. A file in WAL mode would look for (and
        // make) files beside it.
        if header[18] != 1 || header[19] != 1 {
            return Err(whole("the database is not in rollback-journal mode"));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        defend(&conn)?;
        conn.pragma_update(None, "cell_size_check", true)?;
        conn.pragma_update(None, "mmap_size", 0)?;
        Ok(Incoming { conn })
    }

    /// The file's schema, folding and origin are this build's and the manifest's.
    pub fn check_form(&self, origin: &Origin) -> Result<(), Refused> {
        let version: u32 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != schema::SCHEMA_VERSION {
            return Err(whole(format!(
                "schema version {version}; this Haven reads {}",
                schema::SCHEMA_VERSION
            )));
        }
        let mut own = Connection::open_in_memory()?;
        schema::migrate(&mut own, schema::SCHEMA_VERSION)?;
        if objects(&self.conn)? != objects(&own)? {
            return Err(whole(
                "its tables are not this Haven's (something added, missing or changed)",
            ));
        }
        let fold = crate::search::fold::FOLD_VERSION.to_string();
        if meta_get(&self.conn, "fold_version")?.as_deref() != Some(fold.as_str()) {
            return Err(whole("its search index was built with other rules"));
        }
        if meta_get(&self.conn, "origin")? != Some(origin.stored()) {
            return Err(whole(format!(
                "it was built for another feed or sequence than {}",
                origin.stored()
            )));
        }
        Ok(())
    }

    /// Every record's id and kind, the rows numbered 1…`records`.
    pub fn kinds(&self, records: u64) -> Result<HashMap<String, Kind>, Refused> {
        let mut kinds = HashMap::new();
        let mut stmt = self
            .conn
            .prepare("SELECT rowid, id, kind FROM record ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        let mut expect = 1i64;
        while let Some(r) = rows.next()? {
            let rowid: i64 = r.get(0)?;
            if rowid != expect {
                return Err(at(rowid, "the rows are not numbered 1, 2, 3 …"));
            }
            expect += 1;
            let id: String = r.get(1)?;
            let kind: String = r.get(2)?;
            let kind = Kind::from_key(&kind).ok_or_else(|| at(rowid, "an unknown kind"))?;
            if kinds.insert(id, kind).is_some() {
                return Err(at(rowid, "an id appears twice"));
            }
        }
        if kinds.len() as u64 != records {
            return Err(whole(format!(
                "{} records, the manifest says {records}",
                kinds.len()
            )));
        }
        let indexed: i64 =
            self.conn
                .query_row("SELECT count(*) FROM record_fts_docsize", [], |r| r.get(0))?;
        if indexed as u64 != records {
            return Err(whole(format!(
                "{indexed} records in the search index, {records} in the directory"
            )));
        }
        Ok(kinds)
    }

    /// Reads every record in row order, checks it agrees with its row, and hands it to
    /// `check` (the directory's rules), which says what is wrong with it, if anything.
    pub fn scan(
        &self,
        check: &mut dyn FnMut(u64, &Record) -> Result<(), String>,
    ) -> Result<(), Refused> {
        let mut stmt = self.conn.prepare(
            "SELECT rowid, id, kind, country, region, categories, targets, languages,
                    verified_at, organization, hours, overlay, marks, json, names_lc
             FROM record ORDER BY rowid",
        )?;
        let mut rows = stmt.query([])?;
        let mut previous = None;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let json: String = row.get(13)?;
            let r: Record = serde_json::from_str(&json).map_err(|e| at(rowid, e.to_string()))?;
            let agrees = row.get::<_, String>(1)? == r.id
                && row.get::<_, String>(2)? == r.kind.key()
                && row.get::<_, String>(3)? == r.country.code()
                && row.get::<_, Option<String>>(4)?.as_deref()
                    == r.region.as_ref().map(|g| g.id.as_str())
                && row.get::<_, i64>(5)? == Category::mask(&r.categories) as i64
                && row.get::<_, i64>(6)? == TargetGroup::mask(&r.target_groups) as i64
                && row.get::<_, String>(7)? == r.languages.join(",")
                && row.get::<_, String>(8)? == r.verified_at.to_string()
                && row.get::<_, Option<String>>(9)? == r.organization
                && row.get::<_, String>(10)? == crate::model::open::hours_key(&r)
                && row.get::<_, i64>(11)? == 0
                && row.get::<_, i64>(12)? == 0;
            // Search reads each hit's folded names: they must at least be text (one damaged
            // byte there once installed, then failed every search that found that record).
            let names_read = row.get::<_, String>(14).is_ok();
            if !agrees || !names_read {
                return Err(at(rowid, format!("the row of {} disagrees with it", r.id)));
            }
            let key = super::listing_key(&r);
            if previous.as_ref().is_some_and(|p| *p > key) {
                return Err(at(rowid, "the records are not in listing order"));
            }
            previous = Some(key);
            check(rowid as u64, &r).map_err(|e| at(rowid, e))?;
        }
        Ok(())
    }

    /// SQLite's `quick_check` of every page (FTS5's check of the index's structure is made
    /// on the copy, see [`install`]).
    pub fn check_pages(&self) -> Result<(), Refused> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check")?;
        let found: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        if found != ["ok"] {
            return Err(whole(format!("damaged: {}", found.join("; "))));
        }
        Ok(())
    }
}

/// How many records, evenly spread, the copied index is asked to find.
const SPOT_CHECKS: i64 = 256;

/// FTS5's own check sees the index's structure, not what it holds (an index emptied by its
/// publisher passes it): the copy must find records evenly spread over it by a word of
/// their names, folded here as this build folds, and hold their names as this build
/// writes them.
fn spot_check(tx: &Connection) -> Result<(), Refused> {
    let n: i64 = tx.query_row("SELECT count(*) FROM main.record", [], |r| r.get(0))?;
    let step = (n / SPOT_CHECKS).max(1);
    let mut row = tx.prepare("SELECT json, names_lc FROM main.record WHERE rowid = ?1")?;
    let mut found = tx
        .prepare("SELECT count(*) FROM main.record_fts WHERE record_fts MATCH ?1 AND rowid = ?2")?;
    let mut rowid = 1;
    while rowid <= n {
        let (json, names_lc): (String, String) =
            row.query_row([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let r: Record = serde_json::from_str(&json).map_err(|e| at(rowid, e.to_string()))?;
        let cols = crate::search::index::columns(&r, None);
        if cols.names_lc != names_lc {
            return Err(at(rowid, format!("the row of {} disagrees with it", r.id)));
        }
        if let Some(word) = cols.name.split_whitespace().next() {
            let phrase = format!("name : \"{}\"", word.replace('"', "\"\""));
            let hits: i64 = found.query_row(rusqlite::params![phrase, rowid], |r| r.get(0))?;
            if hits == 0 {
                return Err(at(
                    rowid,
                    format!("its search index does not find {} by its name", r.id),
                ));
            }
        }
        rowid += step;
    }
    Ok(())
}

/// SQLite's defences for a file from elsewhere.
fn defend(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    Ok(())
}

/// A schema object as SQLite keeps it: type, name, table, definition.
type Object = (String, String, String, Option<String>);

/// Every table, index and virtual table with its definition, as SQLite keeps them.
fn objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name, tbl_name",
    )?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect()
}

/// The tables a directory's records live in: the records, and the search index's own
/// tables (its configuration stays the directory's).
const CONTENT: [&str; 4] = [
    "record",
    "record_fts_data",
    "record_fts_idx",
    "record_fts_docsize",
];

/// Replaces the publisher's records of the directory at `db` with those of the file
/// `incoming` (whose form [`Incoming::check_form`] has passed), in one transaction that also
/// sets the origin and `meta`, and carries the worker's layer at `layer` into the new
/// records. The copy is made first and FTS5 checks the structure of the index it holds; then
/// `ready` says whether the other checks passed, and only then is the transaction committed. Readers see the old directory or the new one.
/// Runs on a connection of its own: the index's state cached by another connection is
/// renewed when it sees the commit.
pub fn install(
    db: &Path,
    incoming: &Path,
    layer: Option<&Path>,
    origin: &Origin,
    meta: &[(&str, &str)],
    ready: impl FnOnce() -> Result<(), Refused>,
) -> Result<(), Refused> {
    let mut conn = open_checked(db, false).map_err(|d| match d {
        Damage::Corrupt => StoreError::Record("the directory cannot be read".into()),
        Damage::Other(e) => e,
    })?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.pragma_update(None, "cache_size", -16384)?;
    // The commit makes the new directory readable; copying it from the write-ahead log into
    // the file is left to the next writer (the sync log, straight after), not done first.
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS incoming",
        [incoming.to_string_lossy()],
    )?;
    let result = (|| {
        // Deferred: an immediate transaction would take the write lock of the attached file
        // too, which FTS5's check of it (on another connection, meanwhile) needs. The first
        // statement writes, so the directory's write lock is taken at once.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        tx.execute("DELETE FROM main.record", [])?;
        let ours: Option<String> = tx
            .query_row(
                "SELECT v FROM main.record_fts_config WHERE k = 'version'",
                [],
                |r| r.get(0),
            )
            .ok();
        let theirs: Option<String> = tx
            .query_row(
                "SELECT v FROM incoming.record_fts_config WHERE k = 'version'",
                [],
                |r| r.get(0),
            )
            .ok();
        if ours != theirs {
            return Err(whole("its search index is of another version"));
        }
        for table in CONTENT {
            tx.execute(&format!("DELETE FROM main.{table}"), [])?;
            tx.execute(
                &format!("INSERT INTO main.{table} SELECT * FROM incoming.{table}"),
                [],
            )?;
        }
        tx.execute(
            "INSERT INTO main.record_fts(record_fts) VALUES('integrity-check')",
            [],
        )
        .map_err(|e| whole(format!("its search index is damaged: {e}")))?;
        let found = super::fts::index_problems(&tx, "main")?;
        if !found.is_empty() {
            return Err(whole(format!(
                "its search index is damaged: {}",
                found.join("; ")
            )));
        }
        spot_check(&tx)?;
        ready()?;
        meta_set(
            &tx,
            "fold_version",
            &crate::search::fold::FOLD_VERSION.to_string(),
        )?;
        set_origin(&tx, origin)?;
        for (k, v) in meta {
            meta_set(&tx, k, v)?;
        }
        derived::changed(&tx)?;
        overlay::within(&tx, layer, true)?;
        tx.commit()?;
        Ok(())
    })();
    let _ = conn.execute("DETACH DATABASE incoming", []);
    result
}
