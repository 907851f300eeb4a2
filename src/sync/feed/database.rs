//! The publisher's side of a snapshot as a ready-made directory: the records written into a
//! directory database as a client would build it (indexed for search), in rollback-journal
//! mode, gzip-compressed. A client of the same schema and folding checks it and copies it in
//! instead of indexing every record itself (see `store::incoming`).

use super::{BuildProgress, DatabaseRef, FeedError, Payload, io_err};
use crate::model::Record;
use crate::store::{Directory, Origin, StoreError};
use sha2::Digest;
use std::io::{Read, Write};
use std::path::Path;

/// Writes `records` (validated, in listing order) as the database `name` in `out`.
pub(super) fn write(
    records: &[Record],
    out: &Path,
    name: &str,
    origin: &Origin,
    progress: &mut dyn FnMut(BuildProgress),
) -> Result<DatabaseRef, FeedError> {
    let store = |e: StoreError| FeedError::Other(e.to_string());
    let tmp = tempfile::Builder::new()
        .prefix(".database-")
        .tempdir_in(out)
        .map_err(|e| io_err(out, e))?;
    let db = tmp.path().join("directory.sqlite3");
    let total = records.len() as u64;
    progress(BuildProgress::Indexing { records: 0, total });
    let mut written = |records| progress(BuildProgress::Indexing { records, total });
    let built =
        Directory::create_reporting(&db, records.iter().cloned().map(Ok), origin, &mut written);
    drop(built.map_err(store)?);
    progress(BuildProgress::Compacting);
    {
        // What the client derives for itself is not shipped; the file leaves WAL mode so
        // that it is one file, opened as such.
        let conn = rusqlite::Connection::open(&db).map_err(|e| io_err(&db, e))?;
        conn.execute_batch("DELETE FROM derived; PRAGMA journal_mode = DELETE; VACUUM;")
            .map_err(|e| io_err(&db, e))?;
    }
    let unpacked = std::fs::metadata(&db).map_err(|e| io_err(&db, e))?.len();
    let path = out.join(name);
    let file = std::fs::File::create(&path).map_err(|e| io_err(&path, e))?;
    let mut hashed = Hashed {
        inner: std::io::BufWriter::new(file),
        hash: sha2::Sha256::new(),
        size: 0,
    };
    {
        let mut enc = flate2::write::GzEncoder::new(&mut hashed, flate2::Compression::default());
        let mut src = std::fs::File::open(&db).map_err(|e| io_err(&db, e))?;
        let mut buf = vec![0u8; 1 << 20];
        let mut bytes = 0;
        loop {
            let n = src.read(&mut buf).map_err(|e| io_err(&db, e))?;
            if n == 0 {
                break;
            }
            enc.write_all(&buf[..n]).map_err(|e| io_err(&path, e))?;
            bytes += n as u64;
            progress(BuildProgress::Packing {
                bytes,
                total: unpacked,
            });
        }
        enc.finish().map_err(|e| io_err(&path, e))?;
    }
    hashed.inner.flush().map_err(|e| io_err(&path, e))?;
    Ok(DatabaseRef {
        payload: Payload {
            url: name.to_string(),
            sha256: hex::encode(hashed.hash.finalize()),
            size: hashed.size,
            records: records.len() as u64,
            unpacked: Some(unpacked),
        },
        schema: crate::store::SCHEMA_VERSION,
        fold: crate::search::fold::FOLD_VERSION,
    })
}

/// A writer that hashes and counts what passes through it.
struct Hashed<W: Write> {
    inner: W,
    hash: sha2::Sha256,
    size: u64,
}

impl<W: Write> Write for Hashed<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
