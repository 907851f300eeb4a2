//! Haven's core: the directory's model, its SQLite store, multilingual search, interface
//! text, referral sheets and feed sync. Nothing here depends on the GUI; the window
//! (`ui`, behind the default `gui` feature) and the command line call into these modules.

#[doc(hidden)]
pub mod fuzz;
pub mod hsds;
pub mod i18n;
pub mod import;
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

/// Creates a folder of Haven's (data, settings) readable by the worker only: on Unix mode
/// 0700, set again on every open, so no other account on the PC can read what is inside
/// (the layer's notes, its write-ahead log, the office's settings). Elsewhere the user's
/// profile folder protects it (and a FAT stick has no modes).
pub fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Best effort: a USB stick's FAT file system refuses modes, and Haven must still run.
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(())
}
