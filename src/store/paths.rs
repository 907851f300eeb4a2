//! Where Haven keeps its files.

use super::{DIRECTORY_FILE, StoreError};
use std::path::PathBuf;

/// Where Haven keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub config_dir: PathBuf,
}

impl Paths {
    /// `--data-dir` / `HAVEN_DATA_DIR` puts everything in one folder (tests, a portable copy
    /// on a USB stick); otherwise the operating system's per-user folders.
    pub fn resolve(data_dir: Option<PathBuf>) -> Result<Paths, StoreError> {
        if let Some(dir) = data_dir.filter(|d| !d.as_os_str().is_empty()) {
            return Ok(Paths {
                config_dir: dir.clone(),
                data_dir: dir,
            });
        }
        let dirs =
            directories::ProjectDirs::from("org", "Haven", "Haven").ok_or(StoreError::NoDataDir)?;
        Ok(Paths {
            data_dir: dirs.data_dir().to_path_buf(),
            config_dir: dirs.config_dir().to_path_buf(),
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
