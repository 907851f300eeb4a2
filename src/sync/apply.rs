//! Applying downloaded payloads: every line decoded and validated as it streams into one
//! transaction, so the directory changes whole or not at all.

use super::{Config, Progress, SyncError, feed};
use crate::model::{Kind, Record};
use crate::store::{Directory, Origin, StoreError, Writer};
use feed::{Change, Payload};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// How far a payload may unpack: the size signed in the manifest, else a multiple of its
/// compressed size; never past the client's own limit.
pub(super) fn unpack_limit(p: &Payload, cfg: &Config) -> u64 {
    let limit = match p.unpacked {
        Some(u) => u.saturating_add(1),
        None => p.size.saturating_mul(cfg.limits.unpack_ratio).max(1 << 20),
    };
    limit.min(cfg.limits.unpacked_bytes)
}

/// Where an update leads and under what: the directory's new origin and the manifest's
/// ETag, the day records are checked against, and the flag that cancels it.
pub(super) struct Target<'a> {
    pub origin: Origin,
    pub etag: Option<String>,
    pub today: jiff::civil::Date,
    pub cancel: &'a AtomicBool,
}

impl Target<'_> {
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Writes the new origin and ETag, in the update's transaction.
    pub fn stamp(&self, w: &Writer<'_>) -> Result<(), StoreError> {
        w.set_origin(&self.origin)?;
        if let Some(tag) = &self.etag {
            w.set_meta("feed_etag", tag)?;
        }
        Ok(())
    }
}

pub(super) fn bad_feed(file: &str, e: feed::FeedError) -> SyncError {
    match e {
        feed::FeedError::Line { line, detail } => SyncError::BadFeed {
            file: file.into(),
            line,
            detail,
        },
        other => SyncError::BadFeed {
            file: file.into(),
            line: 0,
            detail: other.to_string(),
        },
    }
}

pub(super) fn invalid(file: &str, problems: Vec<crate::model::Problem>, line: u64) -> SyncError {
    let detail = problems
        .iter()
        .take(5)
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    SyncError::BadFeed {
        file: file.into(),
        line,
        detail,
    }
}

pub(super) fn apply_snapshot(
    dir: &mut Directory,
    bytes: &[u8],
    p: &Payload,
    cfg: &Config,
    t: &Target<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, SyncError> {
    let limit = unpack_limit(p, cfg);
    // First pass: every id and kind, so references can be checked as records stream by.
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    #[derive(serde::Deserialize)]
    struct IdKind {
        id: String,
        kind: Kind,
    }
    for (i, item) in feed::decode_lines::<IdKind>(bytes, limit).enumerate() {
        let r = item.map_err(|e| bad_feed(&p.url, e))?;
        if kinds.insert(r.id.clone(), r.kind).is_some() {
            return Err(SyncError::BadFeed {
                file: p.url.clone(),
                line: i as u64 + 1,
                detail: format!("the id {} appears twice", r.id),
            });
        }
    }
    let total = kinds.len() as u64;
    if total != p.records {
        return Err(SyncError::BadFeed {
            file: p.url.clone(),
            line: 0,
            detail: format!("{total} records, the manifest says {}", p.records),
        });
    }
    let mut validator = feed::validator(&kinds, t.today);
    let mut count = 0u64;
    let result = dir.transaction(|w| {
        // Reading, checking and indexing run on the store's second thread; see
        // `Writer::replace_all`. The first refusal stops it and comes back as it is.
        let records = feed::decode_lines::<Record>(bytes, limit).map(|item| {
            count += 1;
            if t.cancelled() {
                return Err(SyncError::Cancelled);
            }
            let r = item.map_err(|e| bad_feed(&p.url, e))?;
            let problems = validator.check(&r);
            if !problems.is_empty() {
                return Err(invalid(&p.url, problems, count));
            }
            Ok(r)
        });
        w.replace_all(records, &mut |n| {
            progress(Progress::Applying { records: n, total })
        })?;
        t.stamp(w)?;
        Ok::<_, SyncError>(())
    });
    result?;
    progress(Progress::Applying {
        records: total,
        total,
    });
    Ok(total)
}

/// A downloaded delta: its compressed bytes, decoded line by line as they are used (twice:
/// once for the ids, once to check and write), never held decoded whole.
pub(super) struct DeltaFile<'a> {
    pub bytes: Vec<u8>,
    pub payload: &'a Payload,
}

pub(super) fn apply_deltas(
    dir: &mut Directory,
    files: &[DeltaFile<'_>],
    cfg: &Config,
    t: &Target<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, SyncError> {
    // First pass: the ids the changed records refer to, as they will stand once every change
    // is made (those in the deltas, the others looked up one by one: a delta is small, the
    // directory may not be). A record is dropped as soon as its ids are read.
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    let mut deleted: std::collections::HashSet<String> = Default::default();
    let mut total = 0u64;
    for f in files {
        for item in feed::decode_lines::<Change>(&f.bytes, unpack_limit(f.payload, cfg)) {
            if t.cancelled() {
                return Err(SyncError::Cancelled);
            }
            total += 1;
            match item.map_err(|e| bad_feed(&f.payload.url, e))? {
                Change::Upsert { record } => {
                    for id in record.related.iter().chain(record.organization.iter()) {
                        if !kinds.contains_key(id)
                            && !deleted.contains(id)
                            && let Some(k) = dir.kind_of(id)?
                        {
                            kinds.insert(id.clone(), k);
                        }
                    }
                    deleted.remove(&record.id);
                    kinds.insert(record.id, record.kind);
                }
                Change::Delete { id } => {
                    kinds.remove(&id);
                    deleted.insert(id);
                }
            }
        }
    }
    drop(deleted);
    // Second pass, in one transaction: each change checked, then written; the first that
    // fails leaves the directory as it was.
    let mut validator = feed::validator(&kinds, t.today);
    let mut done = 0u64;
    dir.transaction(|w| {
        for f in files {
            for item in feed::decode_lines::<Change>(&f.bytes, unpack_limit(f.payload, cfg)) {
                if t.cancelled() {
                    return Err(SyncError::Cancelled);
                }
                done += 1;
                match item.map_err(|e| bad_feed(&f.payload.url, e))? {
                    Change::Upsert { record } => {
                        let problems = validator.check(&record);
                        if !problems.is_empty() {
                            return Err(invalid("delta", problems, done));
                        }
                        w.upsert(&record)?;
                    }
                    Change::Delete { id } => {
                        w.delete(&id)?;
                    }
                }
                if done.is_multiple_of(100) {
                    progress(Progress::Applying {
                        records: done,
                        total,
                    });
                }
            }
        }
        t.stamp(w)?;
        Ok::<_, SyncError>(())
    })?;
    Ok(total)
}
