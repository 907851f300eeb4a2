//! What can go wrong in the store, and what opening a directory did, in words a worker
//! reads in their language.

use crate::i18n::{Arg, Locale, tr, tr_args};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    /// The disk (or the database's page limit) is full: the cause as the system gave it.
    #[error("not enough disk space: {0}")]
    DiskFull(String),
    #[error("file error at {path}: {source}")]
    Io {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("the bundled directory cannot be read: {0}")]
    Bundle(String),
    #[error("no folder for Haven's data could be found; pass --data-dir")]
    NoDataDir,
    #[error("a record could not be read: {0}")]
    Record(String),
    /// The directory's record of where its content came from cannot be read.
    #[error("the directory's origin cannot be read: {0:?}")]
    BadOrigin(String),
    /// The window's directory thread ended or could not start.
    #[error("the directory thread stopped")]
    Stopped,
    /// The worker's layer was written by a newer Haven: it is left as it is.
    #[error("{0} was written by a newer Haven")]
    NewerLayer(PathBuf),
    #[error("no record {0}")]
    NoRecord(String),
    /// A flag names a value the record does not hold.
    #[error("{id} has no {field} {given:?}; it has: {known}")]
    NoValue {
        id: String,
        field: String,
        given: String,
        known: String,
    },
    /// One of the office's own records fails the directory's checks.
    #[error("the record is not valid:\n{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<crate::model::Problem>),
    #[error("{0}")]
    LayerFile(crate::layer::LayerFileError),
    /// Another Haven on this computer is replacing or updating the directory.
    #[error("another Haven is updating the directory")]
    UpdateRunning,
    /// The data folder can only be read by this account: nothing can be saved in it.
    #[error("{0} can only be read")]
    ReadOnly(PathBuf),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        // SQLite says "full" for a write the disk refused; for the shared-memory file of WAL
        // mode it says it could not enlarge it, which its documentation gives as what a full
        // volume causes.
        let shm_full = matches!(
            &e,
            rusqlite::Error::SqliteFailure(f, _)
                if f.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE
        );
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull(e.to_string()),
            _ if shm_full => StoreError::DiskFull(e.to_string()),
            _ => StoreError::Sqlite(Arc::new(e)),
        }
    }
}

impl StoreError {
    /// SQLite found the file damaged ("database disk image is malformed").
    pub fn is_corrupt(&self) -> bool {
        matches!(self, StoreError::Sqlite(e)
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt))
    }

    /// The error as a sentence in `locale`, with its cause.
    pub fn message(&self, locale: Locale) -> String {
        let detail = |d: String| -> [(&str, Arg); 1] { [("detail", d.into())] };
        match self {
            StoreError::Sqlite(e) => {
                tr_args(locale, "store-error-database", &detail(e.to_string()))
            }
            StoreError::DiskFull(_) => tr(locale, "store-error-disk-full"),
            StoreError::Io { path, source } => tr_args(
                locale,
                "store-error-file",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", crate::input::reason(source, locale).into()),
                ],
            ),
            StoreError::Bundle(d) => tr_args(locale, "store-error-bundle", &detail(d.clone())),
            StoreError::NoDataDir => tr(locale, "store-error-no-data-dir"),
            StoreError::Record(d) => tr_args(locale, "store-error-record", &detail(d.clone())),
            StoreError::Stopped => tr(locale, "store-error-stopped"),
            StoreError::BadOrigin(d) => tr_args(locale, "store-error-origin", &detail(d.clone())),
            StoreError::NewerLayer(p) => tr_args(
                locale,
                "store-error-newer-layer",
                &[("path", p.display().to_string().into())],
            ),
            StoreError::NoRecord(id) => tr_args(
                locale,
                "store-error-no-record",
                &[("id", id.as_str().into())],
            ),
            StoreError::NoValue {
                id,
                field,
                given,
                known,
            } => tr_args(
                locale,
                "store-error-no-value",
                &[
                    ("id", id.as_str().into()),
                    ("field", tr(locale, &format!("flag-field-{field}")).into()),
                    ("given", given.as_str().into()),
                    ("known", known.as_str().into()),
                ],
            ),
            StoreError::Invalid(problems) => {
                let list = problems
                    .iter()
                    .map(|p| format!("{}: {}", p.field, p.message(locale)))
                    .collect::<Vec<_>>()
                    .join("\n");
                tr_args(locale, "store-error-invalid", &[("problems", list.into())])
            }
            StoreError::LayerFile(e) => e.message(locale),
            StoreError::UpdateRunning => tr(locale, "store-error-update-running"),
            StoreError::ReadOnly(dir) => tr_args(
                locale,
                "store-error-read-only",
                &[("dir", dir.display().to_string().into())],
            ),
        }
    }

    /// A file error at `path`.
    pub fn io(path: &Path, e: std::io::Error) -> StoreError {
        if e.kind() == std::io::ErrorKind::StorageFull {
            return StoreError::DiskFull(format!("{}: {e}", path.display()));
        }
        StoreError::Io {
            path: path.to_path_buf(),
            source: Arc::new(e),
        }
    }
}

/// What happened while opening, for the user to be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenEvent {
    /// There was no directory yet; it was built from the bundled data.
    Created,
    /// The file was damaged or not a database; it was moved aside and rebuilt.
    RebuiltCorrupt { backup: Option<PathBuf> },
    /// The file was written by a newer Haven; it was moved aside and rebuilt.
    RebuiltNewer { backup: Option<PathBuf> },
    /// This Haven carries a newer bundled directory than the file had; it was rebuilt.
    RebuiltNewBundle,
    /// The schema was upgraded in place.
    Migrated { from: u32, to: u32 },
    /// The search index was rebuilt because text folding changed.
    Reindexed,
    /// The data folder cannot be made readable by this account alone (a team folder owned
    /// by another account, a stick without file modes): said once.
    NotPrivate { dir: PathBuf },
    /// The data folder others could read (its mode, e.g. 0755) was made the worker's alone.
    MadePrivate { dir: PathBuf, mode: u32 },
    /// The data folder can only be read: search, show and print work; nothing is saved.
    ReadOnly { dir: PathBuf },
    /// ... and its directory could not be used as it is (missing, damaged, or needing an
    /// upgrade): the bundled one is shown.
    ReadOnlyBundled,
}

impl OpenEvent {
    /// Whether the worker should take note (something was lost or kept aside).
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            OpenEvent::RebuiltCorrupt { .. }
                | OpenEvent::RebuiltNewer { .. }
                | OpenEvent::NotPrivate { .. }
                | OpenEvent::MadePrivate { .. }
                | OpenEvent::ReadOnly { .. }
                | OpenEvent::ReadOnlyBundled
        )
    }

    /// A translated sentence about what opening the directory did.
    pub fn message(&self, locale: Locale) -> String {
        let path_arg = |p: &Option<PathBuf>| -> Arg {
            p.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
                .into()
        };
        match self {
            OpenEvent::Created => tr(locale, "db-created"),
            OpenEvent::RebuiltCorrupt { backup } => {
                let mut s = tr(locale, "db-rebuilt-corrupt");
                if backup.is_some() {
                    s.push(' ');
                    s.push_str(&tr_args(
                        locale,
                        "db-rebuilt-corrupt-backup",
                        &[("path", path_arg(backup))],
                    ));
                }
                s
            }
            OpenEvent::RebuiltNewer { backup } => {
                tr_args(locale, "db-rebuilt-newer", &[("path", path_arg(backup))])
            }
            OpenEvent::RebuiltNewBundle => tr(locale, "db-rebuilt-bundle"),
            OpenEvent::NotPrivate { dir } => tr_args(
                locale,
                "db-not-private",
                &[("dir", dir.display().to_string().into())],
            ),
            OpenEvent::MadePrivate { dir, mode } => tr_args(
                locale,
                "db-made-private",
                &[
                    ("dir", dir.display().to_string().into()),
                    ("mode", format!("{mode:o}").into()),
                ],
            ),
            OpenEvent::Migrated { from, to } => tr_args(
                locale,
                "db-migrated",
                &[
                    ("from", Arg::from(*from as u64)),
                    ("to", Arg::from(*to as u64)),
                ],
            ),
            OpenEvent::Reindexed => tr(locale, "db-reindexed"),
            OpenEvent::ReadOnly { dir } => tr_args(
                locale,
                "db-read-only",
                &[("dir", dir.display().to_string().into())],
            ),
            OpenEvent::ReadOnlyBundled => tr(locale, "db-read-only-bundled"),
        }
    }
}
