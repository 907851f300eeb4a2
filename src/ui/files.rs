//! Choosing a file: the desktop's own dialog where there is one. When the desktop offers no
//! dialog at all (no portal, a locked-down kiosk, headless tests) Haven does not fail: it
//! uses a known folder under a predictable name and says where.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A person takes longer than this to cancel a dialog: an answer this fast means no dialog
/// could be shown.
const NO_DIALOG: Duration = Duration::from_millis(250);

/// The file type a dialog offers: its name and extensions.
pub type Filter = (&'static str, &'static [&'static str]);

/// Where to save `file_name`: the path the worker chose, `fallback_dir/file_name` when no
/// dialog can be shown (or `dialogs` is off), `None` if the worker cancelled.
pub async fn choose_save(
    dialogs: bool,
    folder: Option<PathBuf>,
    fallback_dir: PathBuf,
    file_name: String,
    filter: Filter,
) -> Option<PathBuf> {
    if !dialogs {
        return Some(fallback_dir.join(file_name));
    }
    let started = Instant::now();
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_file_name(&file_name)
        .add_filter(filter.0, filter.1);
    if let Some(f) = &folder {
        dialog = dialog.set_directory(f);
    }
    match dialog.save_file().await {
        Some(handle) => Some(handle.path().to_path_buf()),
        None if started.elapsed() < NO_DIALOG => Some(fallback_dir.join(file_name)),
        None => None,
    }
}

/// Which file to open: the one the worker chose; when no dialog can be shown (or `dialogs`
/// is off), the newest file in `fallback_dir` whose name starts with `prefix` and has one of
/// the filter's extensions (what [`choose_save`] would have written there); `None` if the
/// worker cancelled or there is no such file.
pub async fn choose_open(
    dialogs: bool,
    folder: Option<PathBuf>,
    fallback_dir: PathBuf,
    prefix: &'static str,
    filter: Filter,
) -> Option<PathBuf> {
    if dialogs {
        let started = Instant::now();
        let mut dialog = rfd::AsyncFileDialog::new().add_filter(filter.0, filter.1);
        if let Some(f) = &folder {
            dialog = dialog.set_directory(f);
        }
        match dialog.pick_file().await {
            Some(handle) => return Some(handle.path().to_path_buf()),
            None if started.elapsed() >= NO_DIALOG => return None,
            None => {}
        }
    }
    newest(&fallback_dir, prefix, filter.1)
}

/// The file in `dir` named `prefix…` with one of `extensions` that sorts last: the dated
/// names Haven writes sort by date.
fn newest(dir: &Path, prefix: &str, extensions: &[&str]) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            name.starts_with(prefix) && extensions.contains(&ext) && p.is_file()
        })
        .max()
}
