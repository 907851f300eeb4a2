//! The worker's own layer on disk: `user.sqlite3` in the data folder, beside the directory
//! but never touched by a sync, a rebuild or a recovery of it.
//!
//! The file is versioned with migrations and opened in WAL mode. Once a day, on open, a copy
//! is written to `backups/` (the last [`BACKUPS_KEPT`] days are kept). A damaged file is moved
//! aside and the newest backup that passes SQLite's check is restored in its place; the
//! worker is told what was restored and from when.

mod backup;
mod transfer;

pub use backup::BACKUPS_KEPT;
pub use transfer::ImportSummary;

use super::StoreError;
use super::files::{Damage, classify, move_aside};
use crate::layer::{Flag, FlagField, Mine, Note};
use crate::model::Record;
use rusqlite::{Connection, OptionalExtension, params};

const _: () = assert!(MIGRATIONS.len() as u32 == USER_SCHEMA_VERSION);
use std::path::{Path, PathBuf};

/// File name of the layer inside the data folder.
pub const USER_FILE: &str = "user.sqlite3";

/// The layer's schema version.
pub const USER_SCHEMA_VERSION: u32 = 1;

const MIGRATIONS: &[&str] = &[
    // 1: notes, flags (a local correction is a flag with the correct value), favourites,
    // the office's own records, and the publisher's records as last seen (`known`), so one
    // the publisher removes can still be shown with the worker's note.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE note (
        record_id  TEXT PRIMARY KEY,
        text       TEXT NOT NULL,
        lang       TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE flag (
        record_id  TEXT NOT NULL,
        field      TEXT NOT NULL,
        value      TEXT NOT NULL,
        correct    TEXT,
        reason     TEXT,
        flagged_on TEXT NOT NULL,
        PRIMARY KEY (record_id, field, value)
    ) WITHOUT ROWID;
    CREATE TABLE favourite (
        record_id TEXT PRIMARY KEY,
        added_at  TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE local_record (
        id         TEXT PRIMARY KEY,
        json       TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE known (
        id      TEXT PRIMARY KEY,
        json    TEXT NOT NULL,
        seen_at TEXT NOT NULL
    ) WITHOUT ROWID;
    "#,
];

/// What opening the layer did, for the worker to be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayerEvent {
    /// The file was damaged: it was moved aside and the backup of `day` restored.
    Restored {
        day: jiff::civil::Date,
        aside: Option<PathBuf>,
    },
    /// The file was damaged and no usable backup existed: the layer starts empty, the
    /// damaged file kept aside.
    LostNoBackup { aside: Option<PathBuf> },
}

impl LayerEvent {
    pub fn message(&self, l: crate::i18n::Locale) -> String {
        use crate::i18n::tr_args;
        let path = |p: &Option<PathBuf>| -> crate::i18n::Arg {
            p.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
                .into()
        };
        match self {
            LayerEvent::Restored { day, aside } => tr_args(
                l,
                "layer-restored",
                &[
                    ("date", crate::present::date(*day, l).into()),
                    ("path", path(aside)),
                ],
            ),
            LayerEvent::LostNoBackup { aside } => {
                tr_args(l, "layer-lost", &[("path", path(aside))])
            }
        }
    }
}

/// The open layer.
pub struct UserLayer {
    conn: Connection,
    path: PathBuf,
    /// Something was written since opening: today's backup is refreshed on close.
    dirty: bool,
}

impl Drop for UserLayer {
    fn drop(&mut self) {
        if self.dirty {
            backup::refresh(&self.conn, &self.path);
        }
    }
}

impl std::fmt::Debug for UserLayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserLayer")
            .field("path", &self.path)
            .finish()
    }
}

fn open_conn(path: &Path) -> Result<Connection, Damage> {
    let conn = Connection::open(path).map_err(classify)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(classify)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(classify)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(classify)?;
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(classify)?;
    if ok != "ok" {
        return Err(Damage::Corrupt);
    }
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(classify)?;
    if version > 0 {
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'
                 AND name IN ('meta', 'note', 'flag', 'favourite', 'local_record', 'known')",
                [],
                |r| r.get(0),
            )
            .map_err(classify)?;
        if tables < 6 {
            return Err(Damage::Corrupt);
        }
    }
    Ok(conn)
}

impl UserLayer {
    /// Opens (or creates) the layer at `path`, restoring the newest good backup if the file
    /// is damaged, and writes today's backup if there is none yet.
    pub fn open(path: &Path) -> Result<(UserLayer, Vec<LayerEvent>), StoreError> {
        let mut events = Vec::new();
        if let Some(dir) = path.parent() {
            crate::private_dir(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let mut conn = match open_conn(path) {
            Ok(c) => c,
            Err(Damage::Other(e)) => return Err(e),
            Err(Damage::Corrupt) => {
                let aside = move_aside(path, "damaged")?;
                match backup::restore_newest(path)? {
                    Some(day) => events.push(LayerEvent::Restored { day, aside }),
                    None => events.push(LayerEvent::LostNoBackup { aside }),
                }
                open_conn(path).map_err(|d| match d {
                    Damage::Corrupt => {
                        StoreError::Record("the restored layer is unreadable".into())
                    }
                    Damage::Other(e) => e,
                })?
            }
        };
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > USER_SCHEMA_VERSION {
            return Err(StoreError::NewerLayer(path.to_path_buf()));
        }
        super::schema::run_migrations(&mut conn, MIGRATIONS, USER_SCHEMA_VERSION)?;
        super::files::restrict(path);
        let layer = UserLayer {
            conn,
            path: path.to_path_buf(),
            dirty: false,
        };
        backup::daily(&layer.conn, path);
        Ok((layer, events))
    }

    /// Opens an existing layer for reading only, with no backup and no restore (a sync
    /// reading marks while the window may be writing). `None` when there is no layer yet.
    pub fn open_read(path: &Path) -> Result<Option<UserLayer>, StoreError> {
        if !path.exists() {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != USER_SCHEMA_VERSION {
            return Err(StoreError::NewerLayer(path.to_path_buf()));
        }
        Ok(Some(UserLayer {
            conn,
            path: path.to_path_buf(),
            dirty: false,
        }))
    }

    /// A layer on a connection that never writes (a read-only data folder, `frozen`): `None`
    /// when it is not a layer this Haven reads.
    pub(super) fn from_read_only(conn: Connection, path: &Path) -> Option<UserLayer> {
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .ok()?;
        (version == USER_SCHEMA_VERSION).then(|| UserLayer {
            conn,
            path: path.to_path_buf(),
            dirty: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn note(&self, id: &str) -> Result<Option<Note>, StoreError> {
        let row = self
            .conn
            .prepare_cached("SELECT text, lang, updated_at FROM note WHERE record_id = ?1")?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .optional()?;
        row.map(|(text, lang, at)| {
            Ok(Note {
                text,
                lang,
                updated_at: parse_date(&at)?,
            })
        })
        .transpose()
    }

    /// Writes the note on `id` (an empty text removes it), remembering the record as the
    /// worker sees it.
    pub fn set_note(&mut self, r: &Record, note: &Note) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        if note.text.trim().is_empty() {
            tx.execute("DELETE FROM note WHERE record_id = ?1", [&r.id])?;
        } else {
            tx.execute(
                "INSERT INTO note (record_id, text, lang, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(record_id) DO UPDATE SET text = excluded.text,
                   lang = excluded.lang, updated_at = excluded.updated_at",
                params![
                    r.id,
                    note.text.trim(),
                    note.lang,
                    note.updated_at.to_string()
                ],
            )?;
            remember(&tx, r)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn flags(&self, id: &str) -> Result<Vec<Flag>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, value, correct, reason, flagged_on FROM flag
             WHERE record_id = ?1 ORDER BY field, value",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (field, value, correct, reason, on) = row?;
            // A field this build does not know (a newer Haven wrote it) is kept in the
            // file, just not shown.
            if let Some(field) = FlagField::from_key(&field) {
                out.push(Flag {
                    field,
                    value,
                    correct,
                    reason,
                    on: parse_date(&on)?,
                });
            }
        }
        Ok(out)
    }

    /// Raises (or updates) a flag on a value of `r`.
    pub fn add_flag(&mut self, r: &Record, flag: &Flag) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        put_flag(&tx, &r.id, flag)?;
        remember(&tx, r)?;
        tx.commit()?;
        Ok(())
    }

    /// Takes a flag back (the worker was wrong, or accepts the publisher's new value).
    pub fn remove_flag(
        &mut self,
        id: &str,
        field: FlagField,
        value: &str,
    ) -> Result<bool, StoreError> {
        self.dirty = true;
        let n = self.conn.execute(
            "DELETE FROM flag WHERE record_id = ?1 AND field = ?2 AND value = ?3",
            params![id, field.key(), value],
        )?;
        Ok(n > 0)
    }

    /// Keeps the worker's correction against the publisher's new value `now`.
    pub fn rebase_flag(
        &mut self,
        id: &str,
        field: FlagField,
        value: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM flag WHERE record_id = ?1 AND field = ?2 AND value = ?3
               AND EXISTS (SELECT 1 FROM flag WHERE record_id = ?1 AND field = ?2 AND value = ?4)",
            params![id, field.key(), now, value],
        )?;
        tx.execute(
            "UPDATE flag SET value = ?4 WHERE record_id = ?1 AND field = ?2 AND value = ?3",
            params![id, field.key(), value, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn is_favourite(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM favourite WHERE record_id = ?1")?
            .query_row([id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn set_favourite(&mut self, r: &Record, on: bool) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        if on {
            tx.execute(
                "INSERT OR IGNORE INTO favourite (record_id, added_at) VALUES (?1, ?2)",
                params![r.id, crate::today().to_string()],
            )?;
            remember(&tx, r)?;
        } else {
            tx.execute("DELETE FROM favourite WHERE record_id = ?1", [&r.id])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Adds or replaces one of the office's own records (already checked by the caller).
    pub fn put_local(&mut self, r: &Record) -> Result<(), StoreError> {
        self.dirty = true;
        let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO local_record (id, json, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
            params![r.id, json, jiff::Timestamp::now().to_string()],
        )?;
        Ok(())
    }

    /// Removes one of the office's own records, and what the worker had on it.
    pub fn remove_local(&mut self, id: &str) -> Result<bool, StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        let n = tx.execute("DELETE FROM local_record WHERE id = ?1", [id])?;
        forget_in(&tx, id)?;
        tx.commit()?;
        Ok(n > 0)
    }

    pub fn local(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM local_record WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|j| super::parse_record(&j)).transpose()
    }

    /// The office's own records, by id.
    pub fn local_records(&self) -> Result<Vec<Record>, StoreError> {
        self.records("SELECT json FROM local_record ORDER BY id")
    }

    /// The publisher's record as the worker last saw it.
    pub fn known(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM known WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        json.map(|j| super::parse_record(&j)).transpose()
    }

    /// Keeps the copies of the publisher's records current (after an update).
    pub fn remember_all(&mut self, records: &[Record]) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        for r in records {
            remember(&tx, r)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Lets a record go: its note, flags, favourite mark and remembered copy.
    pub fn forget(&mut self, id: &str) -> Result<(), StoreError> {
        self.dirty = true;
        let tx = self.conn.transaction()?;
        forget_in(&tx, id)?;
        tx.commit()?;
        Ok(())
    }

    /// Every record id the layer has something on that is not one of its own records.
    pub fn touched_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT record_id FROM note UNION SELECT record_id FROM flag
             UNION SELECT record_id FROM favourite ORDER BY 1",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let ids: Vec<String> = rows.collect::<Result<_, _>>()?;
        Ok(ids
            .into_iter()
            .filter(|id| !crate::layer::is_local(id))
            .collect())
    }

    /// Everything of the worker's on `id`; `removed` when the directory has it only from
    /// the layer's copy.
    pub fn mine(&self, id: &str, removed: bool) -> Result<Mine, StoreError> {
        Ok(Mine {
            note: self.note(id)?,
            flags: self.flags(id)?,
            favourite: self.is_favourite(id)?,
            local: crate::layer::is_local(id),
            removed,
        })
    }

    /// How many notes, flags, favourites and own records the layer holds.
    pub fn counts(&self) -> Result<[usize; 4], StoreError> {
        let mut out = [0; 4];
        for (i, t) in ["note", "flag", "favourite", "local_record"]
            .iter()
            .enumerate()
        {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
            out[i] = n as usize;
        }
        Ok(out)
    }

    fn records(&self, sql: &str) -> Result<Vec<Record>, StoreError> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for j in rows {
            out.push(super::parse_record(&j?)?);
        }
        Ok(out)
    }
}

fn put_flag(conn: &Connection, id: &str, f: &Flag) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO flag (record_id, field, value, correct, reason, flagged_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(record_id, field, value) DO UPDATE SET correct = excluded.correct,
           reason = excluded.reason, flagged_on = excluded.flagged_on",
        params![
            id,
            f.field.key(),
            f.value,
            f.correct
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty()),
            f.reason.as_deref().map(str::trim).filter(|c| !c.is_empty()),
            f.on.to_string()
        ],
    )?;
    Ok(())
}

/// Keeps a copy of a publisher's record the worker has something on.
fn remember(conn: &Connection, r: &Record) -> Result<(), StoreError> {
    if crate::layer::is_local(&r.id) {
        return Ok(());
    }
    let json = serde_json::to_string(r).map_err(|e| StoreError::Record(e.to_string()))?;
    conn.execute(
        "INSERT INTO known (id, json, seen_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(id) DO UPDATE SET json = excluded.json, seen_at = excluded.seen_at
         WHERE known.json <> excluded.json",
        params![r.id, json, crate::today().to_string()],
    )?;
    Ok(())
}

fn forget_in(conn: &Connection, id: &str) -> Result<(), StoreError> {
    for t in ["note", "flag", "favourite"] {
        conn.execute(&format!("DELETE FROM {t} WHERE record_id = ?1"), [id])?;
    }
    conn.execute("DELETE FROM known WHERE id = ?1", [id])?;
    Ok(())
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, StoreError> {
    s.parse()
        .map_err(|e: jiff::Error| StoreError::Record(format!("{s:?}: {e}")))
}
