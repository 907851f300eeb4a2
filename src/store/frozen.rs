//! A data folder this account can only read (a read-only share, a locked-down profile, a
//! stick with its write switch on): Haven still searches, shows and prints from what is
//! there, and every write says why it cannot happen. Nothing in the folder is touched: the
//! files are opened immutable (no lock, no journal, no `-shm`), and whatever opening would
//! have had to write (a directory to build or upgrade, a layer to create) is built in a
//! private scratch folder that goes away with the process.

use super::{
    Directory, OpenEvent, Opened, Origin, Paths, SCHEMA_VERSION, StoreError, UserLayer,
    bundle_hash, fold, meta_get,
};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// What opening a read-only folder keeps alive: the scratch folder, when something had to be
/// built there.
#[derive(Debug)]
pub struct Frozen {
    /// The data folder that can only be read.
    pub dir: PathBuf,
    pub scratch: Option<tempfile::TempDir>,
}

/// Whether this account can write in Haven's data folder `dir` (and the directory and layer
/// files in it, when they exist). A folder that does not exist yet counts as writable when
/// it can be created. Only a refusal (no permission, a read-only file system) says no; any
/// other trouble is left to the open that follows, which reports it.
pub fn writable(paths: &Paths) -> bool {
    let dir = &paths.data_dir;
    if !dir.exists() {
        return true; // created (or refused, and said) by the usual open
    }
    let refused = |e: &std::io::Error| {
        matches!(
            e.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        )
    };
    let probe = dir.join(format!(".haven-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
        }
        Err(e) if refused(&e) => return false,
        Err(_) => {}
    }
    for file in [paths.directory_db(), paths.user_layer()] {
        if let Err(e) = std::fs::OpenOptions::new().write(true).open(&file)
            && refused(&e)
        {
            return false;
        }
    }
    true
}

/// Opens the directory and the layer of a folder that can only be read (see the module).
pub fn open(paths: &Paths, quick_check: bool) -> Result<(Opened, Frozen), StoreError> {
    let data = paths.data_dir.clone();
    let mut scratch: Option<tempfile::TempDir> = None;
    let mut scratch_dir = || -> Result<PathBuf, StoreError> {
        if scratch.is_none() {
            let t = tempfile::Builder::new()
                .prefix("haven-read-only-")
                .tempdir()
                .map_err(|e| StoreError::io(&std::env::temp_dir(), e))?;
            scratch = Some(t);
        }
        Ok(scratch
            .as_ref()
            .map(|t| t.path().to_path_buf())
            .unwrap_or_default())
    };
    let mut events = vec![OpenEvent::ReadOnly { dir: data.clone() }];
    let db = paths.directory_db();
    let (mut dir, in_place) = match open_directory(&db, quick_check)? {
        Some(dir) => (dir, true),
        None => {
            // Missing, damaged, or from another Haven version: the bundled directory, built
            // where it can be, and said (the worker sees the bundled records only).
            if db.exists() {
                events.push(OpenEvent::ReadOnlyBundled);
            }
            let built = scratch_dir()?.join("directory.sqlite3");
            (Directory::build_bundled(&built)?, false)
        }
    };
    let layer_file = paths.user_layer();
    let layer = match open_layer(&layer_file)? {
        Some(layer) => layer,
        None => UserLayer::open(&scratch_dir()?.join("user.sqlite3"))?.0,
    };
    if in_place {
        // The directory carried the layer when it was last written; nothing can change
        // either file now, so there is nothing new to carry (and nowhere to write it).
        dir.layer = Some(layer.path().to_path_buf());
    } else {
        dir.attach_layer(layer.path())?;
    }
    Ok((
        Opened {
            dir,
            layer,
            events,
            layer_events: Vec::new(),
        },
        Frozen { dir: data, scratch },
    ))
}

/// The directory at `path` as it is, when it can be used without writing to it: `None` when
/// it is missing, damaged, or would need building again, upgrading or reindexing.
fn open_directory(path: &Path, quick_check: bool) -> Result<Option<Directory>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    let Ok(conn) = immutable(path) else {
        return Ok(None);
    };
    let usable = || -> Result<bool, rusqlite::Error> {
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let ok = if quick_check {
            conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))?
        } else {
            "ok".into()
        };
        Ok(version == SCHEMA_VERSION && ok == "ok")
    };
    if !usable().unwrap_or(false) {
        return Ok(None);
    }
    let current = |key: &str, want: String| meta_get(&conn, key).ok().flatten() == Some(want);
    if !current("fold_version", fold::FOLD_VERSION.to_string()) {
        return Ok(None);
    }
    let mut dir = Directory::on(conn, path, true);
    match dir.origin() {
        Ok(Origin::Bundled { hash }) if hash != bundle_hash() => return Ok(None),
        Ok(_) => {}
        Err(_) => return Ok(None),
    }
    match dir.reload_facets() {
        Ok(()) => Ok(Some(dir)),
        Err(_) => Ok(None),
    }
}

/// The worker's layer as it is, read only; `None` when there is none (or it cannot be read:
/// the worker's notes are then not shown, and a write says why it cannot be kept).
fn open_layer(path: &Path) -> Result<Option<UserLayer>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    match immutable(path) {
        Ok(conn) => Ok(UserLayer::from_read_only(conn, path)),
        Err(_) => Ok(None),
    }
}

/// A connection to `path` that never writes: SQLite's `immutable` URI parameter (no lock,
/// no journal, no shared memory file), which reads a WAL database in a folder nobody can
/// write to.
fn immutable(path: &Path) -> Result<Connection, rusqlite::Error> {
    let conn = Connection::open_with_flags(
        uri(path),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Read-only and immutable already keep the file as it is. (Not `query_only`: search
    // builds its spelling dictionary through a table in the connection's own temporary
    // schema, which that pragma refuses too; once every search with a word not in the
    // index failed with "attempt to write a readonly database".)
    Ok(conn)
}

/// `file:` URI of `path` with `immutable=1`, its bytes percent-encoded where a URI needs it.
pub(super) fn uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file:");
    if !text.starts_with('/') {
        out.push('/'); // a Windows drive: file:/C:/…
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out.push_str("?immutable=1");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uri_names_the_path_whatever_it_holds() {
        assert_eq!(
            uri(Path::new("/home/a b/dane?#%/directory.sqlite3")),
            "file:/home/a%20b/dane%3F%23%25/directory.sqlite3?immutable=1"
        );
    }
}
