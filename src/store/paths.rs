//! Where Haven keeps its files.

use super::{DIRECTORY_FILE, StoreError};
use std::path::PathBuf;

/// Where Haven keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub config_dir: PathBuf,
    /// Portable mode: everything is kept in a `data` folder beside the program, because a
    /// file named `portable` or that folder is there (a copy on a USB stick).
    pub portable: bool,
}

impl Paths {
    /// `--data-dir` / `HAVEN_DATA_DIR` puts everything in one folder (tests, a chosen
    /// folder); else a file named `portable` or a `data` folder beside the program puts
    /// everything in that `data` folder (portable mode: nothing is written under the
    /// worker's home); otherwise the operating system's per-user folders.
    pub fn resolve(data_dir: Option<PathBuf>) -> Result<Paths, StoreError> {
        if let Some(dir) = data_dir.filter(|d| !d.as_os_str().is_empty()) {
            return Ok(Paths {
                config_dir: dir.clone(),
                data_dir: dir,
                portable: false,
            });
        }
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().and_then(portable_dir))
        {
            return Ok(Paths {
                config_dir: dir.clone(),
                data_dir: dir,
                portable: true,
            });
        }
        let dirs =
            directories::ProjectDirs::from("org", "Haven", "Haven").ok_or(StoreError::NoDataDir)?;
        Ok(Paths {
            data_dir: dirs.data_dir().to_path_buf(),
            config_dir: dirs.config_dir().to_path_buf(),
            portable: false,
        })
    }

    pub fn directory_db(&self) -> PathBuf {
        self.data_dir.join(DIRECTORY_FILE)
    }

    /// The worker's own layer (notes, flags, the office's records).
    pub fn user_layer(&self) -> PathBuf {
        self.data_dir.join(super::USER_FILE)
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.json")
    }
}

/// The portable data folder of a program in `beside`: its `data` folder, when a file named
/// `portable` or that folder is there.
pub fn portable_dir(beside: &std::path::Path) -> Option<PathBuf> {
    let data = beside.join("data");
    (beside.join("portable").is_file() || data.is_dir()).then_some(data)
}
