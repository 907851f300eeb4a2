//! The layer's automatic backups: one copy a day in `backups/` beside the file, the last
//! few days kept, and the newest good one restored when the file is damaged.

use crate::store::StoreError;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// How many daily backups are kept.
pub const BACKUPS_KEPT: usize = 7;

fn folder(layer: &Path) -> PathBuf {
    layer
        .parent()
        .map(|p| p.join("backups"))
        .unwrap_or_else(|| PathBuf::from("backups"))
}

fn file_for(layer: &Path, day: jiff::civil::Date) -> PathBuf {
    folder(layer).join(format!("user-{day}.sqlite3"))
}

/// The backups there are, newest first, with their day.
pub(super) fn list(layer: &Path) -> Vec<(jiff::civil::Date, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(folder(layer)) else {
        return Vec::new();
    };
    let mut out: Vec<(jiff::civil::Date, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let day = name.strip_prefix("user-")?.strip_suffix(".sqlite3")?;
            Some((day.parse().ok()?, e.path()))
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.0));
    out
}

/// Writes today's backup if there is none yet (on open), and drops the oldest beyond the
/// kept few. A backup that cannot be written (a full disk) does not stop the worker: the
/// layer itself is fine, and the next close or start tries again.
pub(super) fn daily(conn: &Connection, layer: &Path) {
    if file_for(layer, crate::today()).exists() {
        return;
    }
    write_today(conn, layer);
    for (_, old) in list(layer).into_iter().skip(super::BACKUPS_KEPT) {
        let _ = std::fs::remove_file(old);
    }
}

/// Writes today's backup again with what the layer holds now (on close, after writes), so a
/// damaged file loses at most what was written since Haven last closed. A layer that fails
/// SQLite's check is not copied over a good backup.
pub(super) fn refresh(conn: &Connection, layer: &Path) {
    let ok = conn
        .query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        .is_ok_and(|ok| ok == "ok");
    if ok {
        write_today(conn, layer);
    }
}

/// Copies the layer into today's backup file: whole, into a temporary file renamed into
/// place, readable by the worker only.
fn write_today(conn: &Connection, layer: &Path) {
    let target = file_for(layer, crate::today());
    let dir = folder(layer);
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    restrict_dir(&dir);
    let tmp = target.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    let Some(tmp_str) = tmp.to_str() else { return };
    if conn.execute("VACUUM INTO ?1", [tmp_str]).is_ok() && std::fs::rename(&tmp, &target).is_ok() {
        super::super::files::restrict(&target);
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Copies the newest backup that SQLite can read whole into `layer`'s place. Returns the
/// day it was made, or `None` when there is none.
pub(super) fn restore_newest(layer: &Path) -> Result<Option<jiff::civil::Date>, StoreError> {
    for (day, file) in list(layer) {
        let good = Connection::open_with_flags(&file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)))
            .is_ok_and(|ok| ok == "ok");
        if !good {
            continue;
        }
        std::fs::copy(&file, layer).map_err(|e| StoreError::io(layer, e))?;
        return Ok(Some(day));
    }
    Ok(None)
}

fn restrict_dir(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    #[cfg(not(unix))]
    let _ = dir;
}
