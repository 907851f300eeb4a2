//! The directory database: SQLite (bundled, FTS5) in the per-user data folder.
//!
//! The directory is built on first run from the records compiled into the binary (`data/`,
//! see `build.rs`) rather than at build time: building ~60 records takes milliseconds, the
//! feed's snapshot apply uses the very same code path, and the build does not have to compile
//! SQLite twice. A second start opens the existing file in milliseconds.
//!
//! The directory holds only what can be rebuilt (bundled data, or the central feed). What a
//! worker adds lives elsewhere (settings in the config folder), so a rebuild never touches it.

mod derived;
mod error;
mod files;
pub mod frozen;
mod fts;
pub mod incoming;
pub mod moves;
mod overlay;
mod paths;
mod rederive;
mod schema;
mod synclog;
pub mod user;
mod watch;
mod write;

pub use error::{OpenEvent, StoreError};
pub use files::UpdateLock;
pub use paths::Paths;
pub use schema::SCHEMA_VERSION;
pub use synclog::SyncEntry;
pub use user::{LayerEvent, USER_FILE, UserLayer};
pub use watch::Seen;
pub use write::{Writer, listing_key};

use files::{Damage, move_aside, open_checked, remove_db_files};
use write::{insert_stream, replace_all_in};

use crate::model::{self, Record, Text};
use crate::search::facets::FacetTable;
use crate::search::fold;
use rusqlite::{Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// The bundled directory: every file of `data/` as one JSON array.
pub const BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/bundle.json"));

/// File name of the directory database inside the data folder.
pub const DIRECTORY_FILE: &str = "directory.sqlite3";

/// Where the directory's content came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled { hash: String },
    Feed { feed_id: String, sequence: u64 },
}

impl Origin {
    /// As the directory stores it (`feed:ID@SEQUENCE`, `bundled:HASH`).
    pub fn stored(&self) -> String {
        match self {
            Origin::Bundled { hash } => format!("bundled:{hash}"),
            Origin::Feed { feed_id, sequence } => format!("feed:{feed_id}@{sequence}"),
        }
    }
}

/// An open directory database and the facet table the search counts with.
pub struct Directory {
    conn: Connection,
    path: PathBuf,
    facets: FacetTable,
    /// Whether `facets` is kept up to date (a writer-only handle, such as the sync's, skips
    /// the table: loading it costs tens of milliseconds on a large directory).
    with_facets: bool,
    /// The worker's layer this directory carries (see `overlay`).
    layer: Option<PathBuf>,
    /// The publisher's term dictionary, kept beside the records (`derived`) or read from the
    /// index on first need; dropped when the records change.
    publisher_terms: std::cell::OnceCell<crate::search::terms::Terms>,
    /// Those terms and the worker's own, dropped when the layer changes too.
    terms: std::cell::OnceCell<crate::search::terms::Terms>,
    /// Match lists at least this long are kept beside the records (`derived`).
    keep_matches_from: usize,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("path", &self.path)
            .finish()
    }
}

/// The hash that identifies a bundled directory.
pub fn bundle_hash() -> String {
    use sha2::Digest;
    hex::encode(&sha2::Sha256::digest(BUNDLE.as_bytes())[..8])
}

/// The bundled records.
pub fn bundled_records() -> Result<Vec<Record>, StoreError> {
    model::parse_records(BUNDLE).map_err(|e| StoreError::Bundle(e.to_string()))
}

impl Directory {
    /// A handle on an open connection to the directory at `path`, nothing derived loaded yet.
    fn on(conn: Connection, path: &Path, with_facets: bool) -> Directory {
        Directory {
            conn,
            path: path.to_path_buf(),
            facets: FacetTable::default(),
            with_facets,
            layer: None,
            publisher_terms: Default::default(),
            terms: Default::default(),
            keep_matches_from: derived::KEEP_MATCHES_FROM,
        }
    }

    /// Opens the directory at `path`, creating, migrating or rebuilding it as needed.
    /// `quick_check` runs SQLite's integrity check first (a few milliseconds for the bundled
    /// directory; a large synced one may prefer to check in the background).
    pub fn open(path: &Path, quick_check: bool) -> Result<(Directory, Vec<OpenEvent>), StoreError> {
        Directory::open_inner(path, quick_check, true)
    }

    fn open_inner(
        path: &Path,
        quick_check: bool,
        with_facets: bool,
    ) -> Result<(Directory, Vec<OpenEvent>), StoreError> {
        let mut events = Vec::new();
        if let Some(dir) = path.parent() {
            let (private, was) =
                crate::private_dir_said(dir).map_err(|e| StoreError::io(dir, e))?;
            if let Some(mode) = was {
                events.push(OpenEvent::MadePrivate {
                    dir: dir.to_path_buf(),
                    mode,
                });
            }
            // Told once: where the folder cannot be private, the worker decides what to keep.
            let told = dir.join(TOLD_NOT_PRIVATE);
            if !private && !told.exists() {
                events.push(OpenEvent::NotPrivate {
                    dir: dir.to_path_buf(),
                });
                let _ = std::fs::write(&told, b"");
            }
        }
        if !path.exists() {
            let dir = Directory::build_bundled(path)?;
            events.push(OpenEvent::Created);
            return Ok((dir, events));
        }
        let conn = match open_checked(path, quick_check) {
            Ok(conn) => conn,
            Err(Damage::Corrupt) => {
                let backup = move_aside(path, "corrupt")?;
                events.push(OpenEvent::RebuiltCorrupt { backup });
                return Ok((Directory::build_bundled(path)?, events));
            }
            Err(Damage::Other(e)) => return Err(e),
        };
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            drop(conn);
            let backup = move_aside(path, "newer")?;
            events.push(OpenEvent::RebuiltNewer { backup });
            return Ok((Directory::build_bundled(path)?, events));
        }
        let mut conn = conn;
        if version < SCHEMA_VERSION {
            schema::migrate(&mut conn, SCHEMA_VERSION)?;
            events.push(OpenEvent::Migrated {
                from: version,
                to: SCHEMA_VERSION,
            });
        }
        let mut dir = Directory::on(conn, path, with_facets);
        match dir.origin() {
            // Only the bundled directory of another Haven version: nothing in it is lost.
            Ok(Origin::Bundled { hash }) if hash != bundle_hash() => {
                drop(dir);
                remove_db_files(path)?;
                events.push(OpenEvent::RebuiltNewBundle);
                return Ok((Directory::build_bundled(path)?, events));
            }
            Ok(_) => {}
            // Nobody knows what this file holds: keep it aside, as a damaged one.
            Err(StoreError::BadOrigin(_)) => {
                drop(dir);
                let backup = move_aside(path, "unknown-origin")?;
                events.push(OpenEvent::RebuiltCorrupt { backup });
                return Ok((Directory::build_bundled(path)?, events));
            }
            Err(e) => return Err(e),
        }
        if dir.meta("fold_version")?.as_deref() != Some(&fold::FOLD_VERSION.to_string()) {
            dir.reindex()?;
            events.push(OpenEvent::Reindexed);
        }
        dir.reload_facets()?;
        Ok((dir, events))
    }

    /// Throws the file away and builds it again from the bundled data.
    pub fn rebuild(path: &Path) -> Result<Directory, StoreError> {
        let _updating = UpdateLock::acquire(path)?;
        remove_db_files(path)?;
        Directory::build_bundled(path)
    }

    /// Builds the directory from the bundled records.
    fn build_bundled(path: &Path) -> Result<Directory, StoreError> {
        let records = bundled_records()?;
        let origin = Origin::Bundled {
            hash: bundle_hash(),
        };
        build_into(path, &origin, |tx| replace_all_in(tx, &records))
    }

    /// Creates a directory at `path` from records streamed in listing order (a feed snapshot,
    /// a synthetic benchmark directory), without holding them all in memory. Replaces any
    /// directory already there only once the new one is complete.
    pub fn create_from_iter<I>(
        path: &Path,
        records: I,
        origin: &Origin,
    ) -> Result<Directory, StoreError>
    where
        I: IntoIterator<Item = Result<Record, StoreError>>,
        I::IntoIter: Send,
    {
        Directory::create_reporting(path, records, origin, &mut |_| {})
    }

    /// [`Directory::create_from_iter`], telling `written` how many records are in so far.
    pub fn create_reporting<I>(
        path: &Path,
        records: I,
        origin: &Origin,
        written: &mut dyn FnMut(u64),
    ) -> Result<Directory, StoreError>
    where
        I: IntoIterator<Item = Result<Record, StoreError>>,
        I::IntoIter: Send,
    {
        build_into(path, origin, |tx| {
            insert_stream::<_, StoreError>(tx, records, written)
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn facets(&self) -> &FacetTable {
        &self.facets
    }

    /// Opens like [`Directory::open`], for writing only: no facet table is loaded or kept.
    pub fn open_for_writing(path: &Path) -> Result<(Directory, Vec<OpenEvent>), StoreError> {
        let (mut dir, events) = Directory::open_inner(path, false, false)?;
        dir.with_facets = false;
        Ok((dir, events))
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        meta_get(&self.conn, key)
    }

    /// Where the content came from. A stored origin that cannot be read is an error, never
    /// a guess: reading it as "sequence 0" would let any older feed roll the directory back.
    pub fn origin(&self) -> Result<Origin, StoreError> {
        let source = self.meta("origin")?.unwrap_or_default();
        let bad = || StoreError::BadOrigin(source.clone());
        match source.split_once(':') {
            Some(("feed", rest)) => {
                let (feed_id, seq) = rest.rsplit_once('@').ok_or_else(bad)?;
                let sequence = seq.parse().map_err(|_| bad())?;
                if feed_id.is_empty() {
                    return Err(bad());
                }
                Ok(Origin::Feed {
                    feed_id: feed_id.to_string(),
                    sequence,
                })
            }
            Some(("bundled", hash)) if !hash.is_empty() => Ok(Origin::Bundled {
                hash: hash.to_string(),
            }),
            _ => Err(bad()),
        }
    }

    /// One record by id.
    pub fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM record WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        json.map(|j| parse_record(&j)).transpose()
    }

    /// Records by row id (the search's hits), in the order given.
    pub fn get_by_rowids(&self, rowids: &[i64]) -> Result<Vec<Record>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM record WHERE rowid = ?1")?;
        let mut out = Vec::with_capacity(rowids.len());
        for rowid in rowids {
            let json: Option<String> = stmt.query_row([rowid], |r| r.get(0)).optional()?;
            if let Some(j) = json {
                out.push(parse_record(&j)?);
            }
        }
        Ok(out)
    }

    /// Every record, in the directory's listing order.
    pub fn all(&self) -> Result<Vec<Record>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT json FROM record ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for j in rows {
            out.push(parse_record(&j?)?);
        }
        Ok(out)
    }

    pub fn count(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM record", [], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The user layer's file beside this directory.
    pub fn layer_file(&self) -> PathBuf {
        self.path
            .parent()
            .map(|p| p.join(USER_FILE))
            .unwrap_or_else(|| PathBuf::from(USER_FILE))
    }

    /// The records an organisation runs: (id, name), in listing order.
    pub fn run_by(&self, organization: &str) -> Result<Vec<(String, Text)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM record WHERE organization = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([organization], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for j in rows {
            let r = parse_record(&j?)?;
            out.push((r.id, r.name));
        }
        Ok(out)
    }

    /// The records `r` points at, with their names, for presenting it: its organisation,
    /// related records, and for an organisation what it runs. Ids the directory no longer
    /// has are left out.
    pub fn links(&self, r: &Record) -> Result<crate::present::Links, StoreError> {
        let name_of = |id: &str| -> Result<Option<(String, Text)>, StoreError> {
            Ok(self.get(id)?.map(|o| (o.id, o.name)))
        };
        let organization = match &r.organization {
            Some(id) => name_of(id)?,
            None => None,
        };
        let mut related = Vec::new();
        for id in &r.related {
            related.extend(name_of(id)?);
        }
        let runs = if r.kind == crate::model::Kind::Organization {
            self.run_by(&r.id)?
        } else {
            Vec::new()
        };
        Ok(crate::present::Links {
            organization,
            related,
            runs,
            ..Default::default()
        })
    }

    /// Every region the directory has: (region id, its name).
    pub fn regions(&self) -> Result<Vec<(String, Text)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT json FROM record WHERE rowid IN
               (SELECT min(rowid) FROM record WHERE region IS NOT NULL GROUP BY region)",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for j in rows {
            if let Some(g) = parse_record(&j?)?.region {
                out.push((g.id, g.name));
            }
        }
        Ok(out)
    }

    /// Records per country code, most first.
    pub fn count_by_country(&self) -> Result<Vec<(String, usize)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT country, count(*) FROM record GROUP BY country ORDER BY count(*) DESC, country",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Rebuilds the search index from the stored records (after a folding change).
    pub fn reindex(&mut self) -> Result<(), StoreError> {
        let records = self.publisher_records()?;
        let tx = self.conn.transaction()?;
        replace_all_in(&tx, &records)?;
        derived::changed(&tx)?;
        overlay::within(&tx, self.layer.as_deref(), true)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the whole directory in one transaction (a feed snapshot). Everything or
    /// nothing: on error the previous directory stays.
    pub fn replace_all(&mut self, records: &[Record], origin: &Origin) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        replace_all_in(&tx, records)?;
        set_origin(&tx, origin)?;
        derived::changed(&tx)?;
        overlay::within(&tx, self.layer.as_deref(), true)?;
        tx.commit()?;
        self.reload_facets()
    }

    /// Runs `f` inside one transaction: everything it writes lands together, or nothing
    /// does (an error, a crash or a power cut before the commit leaves the directory as it
    /// was). Used by the feed client.
    pub fn transaction<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&Writer<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        let out = f(&Writer { tx: &tx })?;
        derived::changed(&tx)?;
        overlay::within(&tx, self.layer.as_deref(), false)?;
        tx.commit().map_err(StoreError::from)?;
        self.reload_facets()?;
        Ok(out)
    }

    /// Every record's id and kind (for checking a new record's links).
    pub fn kinds(
        &self,
    ) -> Result<std::collections::HashMap<String, crate::model::Kind>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, kind FROM record")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (id, kind) = row?;
            if let Some(k) = crate::model::Kind::from_key(&kind) {
                out.insert(id, k);
            }
        }
        Ok(out)
    }

    /// A record's kind, if the directory has it (for checking a delta's references).
    pub fn kind_of(&self, id: &str) -> Result<Option<crate::model::Kind>, StoreError> {
        let kind: Option<String> = self
            .conn
            .query_row("SELECT kind FROM record WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        Ok(kind.and_then(|k| crate::model::Kind::from_key(&k)))
    }
}

/// The directory and the worker's layer, opened together.
#[derive(Debug)]
pub struct Opened {
    pub dir: Directory,
    pub layer: UserLayer,
    pub events: Vec<OpenEvent>,
    pub layer_events: Vec<LayerEvent>,
}

/// Beside the directory once the worker was told its folder cannot be made private.
const TOLD_NOT_PRIVATE: &str = "told-not-private";

/// Directory files up to this size are integrity-checked (`quick_check`, which reads every
/// page) when opened to be shown; larger ones are checked after the first frame by the window
/// and by `haven db check`, not before each command (6 s for a 1.6 GB directory).
pub const QUICK_CHECK_INLINE: u64 = 32 << 20;

/// Whether the directory at `path` is small enough to check before it is used.
pub fn check_inline(path: &Path) -> bool {
    std::fs::metadata(path).map_or(true, |m| m.len() <= QUICK_CHECK_INLINE)
}

/// Opens the directory and the layer beside it, keeps the layer's copies of the
/// publisher's records current, and has the directory carry the layer.
pub fn open_with_layer(paths: &Paths, quick_check: bool) -> Result<Opened, StoreError> {
    let (mut dir, events) = Directory::open(&paths.directory_db(), quick_check)?;
    let (mut layer, layer_events) = UserLayer::open(&paths.user_layer())?;
    let current = dir.touched_records(&layer)?;
    layer.remember_all(&current)?;
    dir.attach_layer(layer.path())?;
    Ok(Opened {
        dir,
        layer,
        events,
        layer_events,
    })
}

/// Builds a directory into a temporary file with `fill`, then moves it into place, so a crash
/// halfway leaves no half-built directory behind.
fn build_into(
    path: &Path,
    origin: &Origin,
    fill: impl FnOnce(&Connection) -> Result<(), StoreError>,
) -> Result<Directory, StoreError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    let tmp = path.with_extension("building");
    remove_db_files(&tmp)?;
    {
        let mut conn = Connection::open(&tmp)?;
        conn.pragma_update(None, "synchronous", "OFF")?;
        schema::migrate(&mut conn, SCHEMA_VERSION)?;
        let tx = conn.transaction()?;
        fill(&tx)?;
        derived::changed(&tx)?;
        meta_set(&tx, "fold_version", &fold::FOLD_VERSION.to_string())?;
        set_origin(&tx, origin)?;
        tx.commit()?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
    }
    remove_db_files(path)?;
    std::fs::rename(&tmp, path).map_err(|e| StoreError::io(path, e))?;
    let conn = open_checked(path, false).map_err(|d| match d {
        Damage::Corrupt => StoreError::Bundle("the freshly built directory is unreadable".into()),
        Damage::Other(e) => e,
    })?;
    let mut dir = Directory::on(conn, path, true);
    dir.reload_facets()?;
    Ok(dir)
}

fn get_in(conn: &Connection, id: &str) -> Result<Option<Record>, StoreError> {
    let json: Option<String> = conn
        .query_row("SELECT json FROM record WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    json.map(|j| parse_record(&j)).transpose()
}

fn parse_record(json: &str) -> Result<Record, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Record(e.to_string()))
}

fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

fn set_origin(conn: &Connection, origin: &Origin) -> Result<(), StoreError> {
    meta_set(conn, "origin", &origin.stored())?;
    let now = jiff::Timestamp::now().to_string();
    meta_set(conn, "updated_at", &now)
}
