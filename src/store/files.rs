//! The database file itself: opening it checked, and moving a damaged one aside.

use super::StoreError;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub(super) enum Damage {
    Corrupt,
    Other(StoreError),
}

/// Opens with WAL and foreign keys and reads the header (and, if asked, runs quick_check).
/// A file that is not a database, or fails the check, is `Corrupt`.
pub(super) fn open_checked(path: &Path, quick_check: bool) -> Result<Connection, Damage> {
    let conn = Connection::open(path).map_err(classify)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(classify)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(classify)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(classify)?;
    let _: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(classify)?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('record', 'record_fts', 'meta')",
            [],
            |r| r.get(0),
        )
        .map_err(classify)?;
    if tables < 3 {
        return Err(Damage::Corrupt);
    }
    if quick_check {
        let ok: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(classify)?;
        if ok != "ok" {
            return Err(Damage::Corrupt);
        }
    }
    Ok(conn)
}

pub(super) fn classify(e: rusqlite::Error) -> Damage {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DatabaseCorrupt | NotADatabase | CannotOpen | SchemaChanged) => Damage::Corrupt,
        _ => Damage::Other(e.into()),
    }
}

/// Renames a damaged file out of the way (kept for inspection) and returns its new path.
pub(super) fn move_aside(path: &Path, why: &str) -> Result<Option<PathBuf>, StoreError> {
    let stamp = jiff::Timestamp::now().as_second();
    let backup = path.with_extension(format!("{why}-{stamp}.sqlite3"));
    let moved = std::fs::rename(path, &backup).is_ok();
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        let _ = std::fs::remove_file(side);
    }
    if moved {
        Ok(Some(backup))
    } else {
        remove_db_files(path)?;
        Ok(None)
    }
}

/// Removes a database file and its WAL and shared-memory files. A WAL left beside a new file
/// would be replayed into it.
pub(super) fn remove_db_files(path: &Path) -> Result<(), StoreError> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = PathBuf::from(format!("{}{suffix}", path.display()));
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&p, e)),
        }
    }
    Ok(())
}

/// Makes a file readable and writable by its owner only (Unix): the layer holds what an
/// office knows about the services it uses. Elsewhere the user's profile folder protects it.
pub(super) fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        // SQLite gave its write-ahead log and index the file's mode when it made them.
        for end in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_owned();
            side.push(end);
            let _ = std::fs::set_permissions(side, std::fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Held while the directory is updated or rebuilt, so that a second Haven on the computer (the
/// window and `haven sync` from a scheduled task, or two syncs) is told an update is running
/// instead of both writing. The operating system lets go of it when the process ends, however
/// it ends: a killed sync leaves no lock behind.
#[derive(Debug)]
pub struct UpdateLock {
    _file: std::fs::File,
}

impl UpdateLock {
    /// Takes the lock of the directory at `db`, or says another Haven holds it.
    pub fn acquire(db: &Path) -> Result<UpdateLock, StoreError> {
        let path = db.with_extension("update-lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(UpdateLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::UpdateRunning),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
        }
    }
}
