//! Taking the snapshot as the publisher's ready-made directory: downloaded and unpacked
//! straight to a file beside the directory (hashed as it comes, held to its signed sizes),
//! checked as untrusted input on both cores at once (`store::incoming`: the pages and the
//! index's structure on one, every record against the directory's rules on the other), then
//! copied in with the worker's layer in one transaction. Nothing is held in memory whole.

use super::apply::{Target, invalid};
use super::http::{Got, Http, Sink, payload_url};
use super::{Config, Progress, SyncError, feed};
use crate::store::StoreError;
use crate::store::incoming::{self, Incoming, Refused};
use feed::DatabaseRef;
use sha2::Digest;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether this build can take the manifest's database: written with its schema and folding.
pub(super) fn usable(d: &DatabaseRef, snapshot_records: u64) -> bool {
    d.schema == crate::store::SCHEMA_VERSION
        && d.fold == crate::search::fold::FOLD_VERSION
        && d.payload.records == snapshot_records
        && d.payload.unpacked.is_some()
}

/// Downloads, checks and installs the database `d` into the directory at `db`.
#[allow(clippy::too_many_arguments)]
pub(super) fn apply(
    db: &Path,
    layer: Option<&Path>,
    http: &Http<'_>,
    base: &reqwest::Url,
    d: &DatabaseRef,
    cfg: &Config,
    t: &Target<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, SyncError> {
    let (origin, today) = (&t.origin, t.today);
    let p = &d.payload;
    let file = p.url.clone();
    if p.size > cfg.limits.database_bytes {
        return Err(SyncError::TooLarge {
            file,
            limit: cfg.limits.database_bytes,
        });
    }
    let unpacked = p.unpacked.unwrap_or(0);
    if unpacked > cfg.limits.unpacked_bytes {
        return Err(SyncError::TooLarge {
            file,
            limit: cfg.limits.unpacked_bytes,
        });
    }
    let path = db.with_extension("incoming");
    let _gone = Removed(path.clone());
    let mut sink = Unpacking::new(&path, unpacked, &file);
    let url = payload_url(base, p)?;
    match http.get_into(
        &url,
        None,
        cfg.limits.database_bytes,
        Some(p.size),
        &mut sink,
        progress,
    )? {
        Got::Body { .. } => {}
        Got::NotModified => return Err(SyncError::Http(304)),
    }
    let (sha256, written) = sink.finish();
    if sha256 != p.sha256.to_ascii_lowercase() {
        return Err(SyncError::Checksum { file });
    }
    let written = written?;
    if written != unpacked {
        return Err(SyncError::BadFeed {
            file,
            line: 0,
            detail: format!("{written} bytes unpacked, the manifest says {unpacked}"),
        });
    }

    let refused = |r: Refused| match r {
        Refused::Content { row, detail } => SyncError::BadFeed {
            file: file.clone(),
            line: row,
            detail,
        },
        Refused::Store(e) => SyncError::Store(e),
    };
    let total = p.records;
    let inc = Incoming::open(&path).map_err(refused)?;
    // The form first (a few milliseconds): from here on the file holds this build's tables
    // and nothing else, so the copy may start while the rest is checked.
    inc.check_form(origin).map_err(refused)?;
    let kinds = inc.kinds(total).map_err(refused)?;
    let mut meta = Vec::new();
    if let Some(tag) = &t.etag {
        meta.push(("feed_etag", tag.as_str()));
    }
    let path = &path;
    let meta = &meta;
    // Three at once: the pages and the index's structure are checked, the records are
    // checked one by one (here, reporting progress), and the copy is made in a transaction
    // that commits only once both checks have passed.
    let (checked, installed) = std::thread::scope(|scope| {
        let pages = scope.spawn(move || Incoming::open(path)?.check_pages());
        let (verdict, heard) = std::sync::mpsc::channel::<bool>();
        let installer = scope.spawn(move || {
            incoming::install(db, path, layer, origin, meta, || match heard.recv() {
                Ok(true) => Ok(()),
                // Refused by a check (that refusal is the one told), or cancelled.
                _ => Err(Refused::Store(StoreError::Record(
                    "the publisher's database was refused".into(),
                ))),
            })
        });
        let mut validator = feed::validator(&kinds, today);
        let content = inc
            .scan(&mut |row, r| {
                if t.cancelled() {
                    return Err(String::new());
                }
                if row.is_multiple_of(1000) {
                    progress(Progress::Applying {
                        records: row,
                        total,
                    });
                }
                let problems = validator.check(r);
                if problems.is_empty() {
                    Ok(())
                } else {
                    match invalid(&file, problems, row) {
                        SyncError::BadFeed { detail, .. } => Err(detail),
                        other => Err(other.to_string()),
                    }
                }
            })
            .map_err(refused);
        let pages = pages
            .join()
            .unwrap_or_else(|_| Err(Refused::Store(StoreError::Stopped)));
        let checked = content.and(pages.map_err(refused));
        let _ = verdict.send(checked.is_ok() && !t.cancelled());
        let installed = installer
            .join()
            .unwrap_or_else(|_| Err(Refused::Store(StoreError::Stopped)))
            .map_err(refused);
        (checked, installed)
    });
    if t.cancelled() {
        return Err(SyncError::Cancelled);
    }
    checked?;
    installed?;
    progress(Progress::Applying {
        records: total,
        total,
    });
    Ok(total)
}

/// Removes the downloaded file however the update ends.
struct Removed(PathBuf);

impl Drop for Removed {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_file(self.0.with_extension("incoming-journal"));
    }
}

/// Unpacks a gzip download into a file as it arrives, hashing what came over the wire and
/// stopping once more than the signed size comes out.
struct Unpacking<'a> {
    path: &'a Path,
    file: &'a str,
    limit: u64,
    hash: sha2::Sha256,
    out: Option<flate2::write::GzDecoder<Limited>>,
    /// Why unpacking stopped; the rest is still hashed, so that a damaged download is told
    /// apart (by its checksum) from a signed file that does not unpack.
    broken: Option<SyncError>,
}

impl<'a> Unpacking<'a> {
    fn new(path: &'a Path, limit: u64, file: &'a str) -> Unpacking<'a> {
        Unpacking {
            path,
            file,
            limit,
            hash: sha2::Sha256::new(),
            out: None,
            broken: None,
        }
    }

    fn fail(&self, e: std::io::Error) -> SyncError {
        if e.kind() == std::io::ErrorKind::FileTooLarge {
            return SyncError::TooLarge {
                file: self.file.into(),
                limit: self.limit,
            };
        }
        if e.kind() == std::io::ErrorKind::InvalidInput
            || e.kind() == std::io::ErrorKind::InvalidData
        {
            return SyncError::BadFeed {
                file: self.file.into(),
                line: 0,
                detail: e.to_string(),
            };
        }
        SyncError::Store(StoreError::io(self.path, e))
    }

    /// The sha256 of what was downloaded, and how many bytes it unpacked to.
    fn finish(mut self) -> (String, Result<u64, SyncError>) {
        let hash = hex::encode(self.hash.clone().finalize());
        if let Some(e) = self.broken.take() {
            return (hash, Err(e));
        }
        let Some(out) = self.out.take() else {
            return (hash, Err(self.fail(std::io::ErrorKind::InvalidData.into())));
        };
        let written = out.finish().and_then(|mut inner| {
            inner.file.flush()?;
            Ok(inner.written)
        });
        (hash, written.map_err(|e| self.fail(e)))
    }
}

impl Sink for Unpacking<'_> {
    fn restart(&mut self) -> Result<(), SyncError> {
        let f = std::fs::File::create(self.path).map_err(|e| self.fail(e))?;
        self.hash = sha2::Sha256::new();
        self.broken = None;
        self.out = Some(flate2::write::GzDecoder::new(Limited {
            file: std::io::BufWriter::with_capacity(1 << 20, f),
            written: 0,
            limit: self.limit,
        }));
        Ok(())
    }

    fn take(&mut self, chunk: &[u8]) -> Result<(), SyncError> {
        self.hash.update(chunk);
        let Some(out) = self.out.as_mut() else {
            return Ok(());
        };
        match out.write_all(chunk) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => Err(self.fail(e)),
            Err(e) => {
                let e = self.fail(e);
                if matches!(e, SyncError::Store(_)) {
                    return Err(e);
                }
                self.out = None;
                self.broken = Some(e);
                Ok(())
            }
        }
    }
}

/// A file that refuses to grow past `limit` bytes.
struct Limited {
    file: std::io::BufWriter<std::fs::File>,
    written: u64,
    limit: u64,
}

impl Write for Limited {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.written + buf.len() as u64 > self.limit {
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        let n = self.file.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}
