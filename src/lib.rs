//! Haven's core: the directory's model, its SQLite store, multilingual search, interface
//! text, referral sheets and feed sync. Nothing here depends on the GUI; the window
//! (`ui`, behind the default `gui` feature) and the command line call into these modules.

#[doc(hidden)]
pub mod fuzz;
pub mod hsds;
pub mod i18n;
pub mod import;
pub mod input;
pub mod layer;
pub mod model;
pub mod parse;
pub mod present;
pub mod referral;
pub mod search;
pub mod settings;
pub mod store;
pub mod sync;
pub mod text;
pub mod usecase;

#[cfg(feature = "gui")]
pub mod ui;

/// Today's date in the local time zone (for freshness marks and sheet dates).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Makes every file and folder this process creates the worker's alone (on Unix the
/// file-creation mask 077: files 0600, folders 0700), whoever writes them: SQLite's
/// database, journal and shared-memory files, backups, settings, exports, sheets. Called
/// first thing by the program; a library caller decides for itself.
pub fn private_files() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

/// Creates a folder of Haven's (data, settings) readable by the worker only: on Unix mode
/// 0700, set again on every open, and the files an older Haven left in it 0600. Returns
/// whether the folder is private now: a team folder owned by another account, or a FAT,
/// exFAT or NTFS stick that has no modes, cannot be made so, and the caller tells the
/// worker. Elsewhere (Windows) the user's profile folder protects it (see the README).
pub fn private_dir(dir: &std::path::Path) -> std::io::Result<bool> {
    private_dir_said(dir).map(|(private, _)| private)
}

/// [`private_dir`], and the folder's mode before, when it existed and Haven changed it (a
/// folder named with `--data-dir` that others could read): the worker is told, not left to
/// find out.
pub fn private_dir_said(dir: &std::path::Path) -> std::io::Result<(bool, Option<u32>)> {
    #[cfg(unix)]
    let before = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(dir)
            .ok()
            .map(|m| m.permissions().mode() & 0o777)
    };
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let mode = |m: u32| std::fs::Permissions::from_mode(m);
        // Best effort: a stick's file system refuses modes, and Haven must still run.
        let _ = std::fs::set_permissions(dir, mode(0o700));
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                if let Ok(m) = e.metadata()
                    && m.is_file()
                    && m.permissions().mode() & 0o077 != 0
                {
                    let _ = std::fs::set_permissions(e.path(), mode(0o600));
                }
            }
        }
        let m = std::fs::metadata(dir)?;
        let mine = m.uid() == rustix::process::getuid().as_raw();
        let now = m.permissions().mode() & 0o777;
        let changed = before.filter(|b| *b != now && b & 0o077 != 0);
        Ok((mine && now & 0o077 == 0, changed))
    }
    #[cfg(not(unix))]
    Ok((true, None))
}
