//! What another program did to the directory's file while this handle had it open: a
//! scheduled `haven sync` writes into it, `haven db rebuild` puts a new file in its place.

use super::{Directory, StoreError};

/// The directory's file as this handle last saw it: which file is at the path, and SQLite's
/// count of what other connections committed to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    version: i64,
    file: Option<(u64, u64)>,
}

impl Seen {
    /// A new file stands at the path: the handle must open it to see it.
    pub fn replaced(&self, before: &Seen) -> bool {
        self.file != before.file
    }
}

impl Directory {
    /// Where the directory's file stands now.
    pub fn seen(&self) -> Result<Seen, StoreError> {
        let version = self
            .conn
            .query_row("PRAGMA main.data_version", [], |r| r.get(0))?;
        Ok(Seen {
            version,
            file: file_identity(&self.path),
        })
    }

    /// Drops what this handle derived from the records, after another program changed them.
    pub fn forget_derived(&mut self) {
        self.publisher_terms = std::cell::OnceCell::new();
        self.terms = std::cell::OnceCell::new();
    }
}

#[cfg(unix)]
fn file_identity(path: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// On Windows an open database file cannot be deleted or replaced, so only writes into it
/// (`data_version`) tell a change.
#[cfg(not(unix))]
fn file_identity(_path: &std::path::Path) -> Option<(u64, u64)> {
    None
}
