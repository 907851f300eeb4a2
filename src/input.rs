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
    pub fn into_io(self) -> std::io::Error {
        match self {
            ReadError::Io(e) => e,
            other => std::io::Error::new(std::io::ErrorKind::InvalidInput, other.to_string()),
        }
    }
}

/// What kind of thing is at a path that is not a regular file, in words.
fn what(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        "a folder, not a file"
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
