//! Reading a file that comes from outside, within a budget decided before anything is
//! allocated: only a regular file is read (a FIFO would block for ever, `/dev/zero` never
//! ends, a folder is not a file), and never more than its budget, whatever size it claims.

use std::io::Read;
use std::path::Path;

/// Why a file was not read. Each says what it found, in words for the person.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Not a regular file: a folder, a device, a pipe, a socket.
    #[error("{0}")]
    NotAFile(&'static str),
    /// More than the budget (at least this many bytes).
    #[error("{bytes} bytes: more than the {max} this file may have")]
    TooBig { bytes: u64, max: u64 },
    #[error("not text (UTF-8): {0}")]
    NotText(std::str::Utf8Error),
}

impl ReadError {
    /// As an `io::Error` (for the callers whose errors carry one), its words kept.
    /// The `ReadError` travels inside, so [`reason`] still says it in the person's language.
    pub fn into_io(self) -> std::io::Error {
        match self {
            ReadError::Io(e) => e,
            other => std::io::Error::new(std::io::ErrorKind::InvalidInput, other),
        }
    }
}

/// Why a file could not be read or written, in `locale`: the usual reasons in the person's
/// words, the system's own words for the rest.
pub fn reason(e: &std::io::Error, locale: crate::i18n::Locale) -> String {
    use crate::i18n::{tr, tr_args};
    if let Some(r) = e.get_ref().and_then(|r| r.downcast_ref::<ReadError>()) {
        return match r {
            ReadError::Io(e) => reason(e, locale),
            ReadError::NotAFile(FOLDER) => tr(locale, "io-folder"),
            ReadError::NotAFile(_) => tr(locale, "io-not-regular"),
            ReadError::TooBig { max, .. } => tr_args(
                locale,
                "io-too-big",
                &[("megabytes", max.div_ceil(1 << 20).to_string().into())],
            ),
            ReadError::NotText(_) => tr(locale, "io-not-text"),
        };
    }
    Why::from(e).say(locale)
}

/// Why a file could not be used, kept in an error that is compared and cloned: the kind,
/// said in the person's language where it is a usual one, and the system's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    kind: std::io::ErrorKind,
    text: String,
}

impl From<&std::io::Error> for Why {
    fn from(e: &std::io::Error) -> Why {
        Why {
            kind: e.kind(),
            text: e.to_string(),
        }
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl Why {
    /// In `locale`.
    pub fn say(&self, locale: crate::i18n::Locale) -> String {
        use std::io::ErrorKind as K;
        let id = match self.kind {
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission-denied",
            K::IsADirectory => "io-folder",
            K::ReadOnlyFilesystem => "io-read-only",
            K::StorageFull | K::QuotaExceeded => "io-disk-full",
            _ => return self.text.clone(),
        };
        crate::i18n::tr(locale, id)
    }
}

const FOLDER: &str = "a folder, not a file";

/// What kind of thing is at a path that is not a regular file, in words.
fn what(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        FOLDER
    } else {
        "not a regular file (a device, a pipe or a socket)"
    }
}

/// The bytes of the regular file at `path`, at most `max` of them (a symbolic link is
/// followed to what it names, which must be a regular file).
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(what(&meta)));
    }
    if meta.len() > max {
        return Err(ReadError::TooBig {
            bytes: meta.len(),
            max,
        });
    }
    let file = std::fs::File::open(path)?;
    // Checked again on the open file: the path may have been swapped in between.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(ReadError::NotAFile(what(&opened)));
    }
    let mut bytes = Vec::with_capacity(opened.len().min(max) as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooBig {
            bytes: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

/// The text of the regular file at `path`, at most `max` bytes of UTF-8.
pub fn read_text(path: &Path, max: u64) -> Result<String, ReadError> {
    let bytes = read_bytes(path, max)?;
    String::from_utf8(bytes).map_err(|e| ReadError::NotText(e.utf8_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reasons a worker meets are said in their language, not the system's English.
    #[test]
    fn reasons_are_said_in_the_persons_language() {
        use crate::i18n::{Locale, tr};
        let dir = tempfile::tempdir().unwrap();
        let folder = read_text(dir.path(), 10).unwrap_err().into_io();
        assert_eq!(reason(&folder, Locale::Pl), tr(Locale::Pl, "io-folder"));
        let missing = read_text(&dir.path().join("nothing"), 10)
            .unwrap_err()
            .into_io();
        assert_eq!(reason(&missing, Locale::Fa), tr(Locale::Fa, "io-not-found"));
        #[cfg(unix)]
        {
            let zero = read_text(Path::new("/dev/zero"), 10).unwrap_err().into_io();
            assert_eq!(reason(&zero, Locale::Ru), tr(Locale::Ru, "io-not-regular"));
        }
    }

    #[test]
    fn only_a_regular_file_within_its_budget_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.json");
        std::fs::write(&f, "{}").unwrap();
        assert_eq!(read_text(&f, 2).unwrap(), "{}");
        assert!(matches!(read_text(&f, 1), Err(ReadError::TooBig { .. })));
        assert!(matches!(
            read_text(dir.path(), 10),
            Err(ReadError::NotAFile(_))
        ));
        #[cfg(unix)]
        {
            // A device that never ends, and one that claims a size of 0.
            let zero = read_text(Path::new("/dev/zero"), 1 << 20);
            assert!(matches!(zero, Err(ReadError::NotAFile(_))), "{zero:?}");
        }
    }
}
