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

pub(super) fn decode_all<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    p: &Payload,
    cfg: &Config,
    cancel: &AtomicBool,
) -> Result<Vec<T>, SyncError> {
    let mut out = Vec::new();
    for item in feed::decode_lines::<T>(bytes, unpack_limit(p, cfg)) {
        if cancel.load(Ordering::Relaxed) {
            return Err(SyncError::Cancelled);
        }
        out.push(item.map_err(|e| bad_feed(&p.url, e))?);
    }
    Ok(out)
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

pub(super) fn apply_deltas(
    dir: &mut Directory,
    deltas: Vec<Vec<Change>>,
    t: &Target<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, SyncError> {
    // The ids the changed records refer to, as they will stand once every change is made:
    // those in the delta, and the others looked up one by one (a delta is small, the
    // directory may not be).
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    for c in deltas.iter().flatten() {
        if let Change::Upsert { record } = c {
            for id in record.related.iter().chain(record.organization.iter()) {
                if !kinds.contains_key(id)
                    && let Some(k) = dir.kind_of(id)?
                {
                    kinds.insert(id.clone(), k);
                }
            }
        }
    }
    for changes in &deltas {
        for c in changes {
            match c {
                Change::Upsert { record } => {
                    kinds.insert(record.id.clone(), record.kind);
                }
                Change::Delete { id } => {
                    kinds.remove(id);
                }
            }
        }
    }
    let mut validator = feed::validator(&kinds, t.today);
    for (i, c) in deltas.iter().flatten().enumerate() {
        if let Change::Upsert { record } = c {
            let problems = validator.check(record);
            if !problems.is_empty() {
                return Err(invalid("delta", problems, i as u64 + 1));
            }
        }
    }
    let total: u64 = deltas.iter().map(|d| d.len() as u64).sum();
    let mut done = 0u64;
    let mut cancelled = false;
    let result = dir.transaction(|w| {
        for c in deltas.iter().flatten() {
            if t.cancelled() {
                cancelled = true;
                return Err(StoreError::Record("cancelled".into()));
            }
            match c {
                Change::Upsert { record } => w.upsert(record)?,
                Change::Delete { id } => {
                    w.delete(id)?;
                }
            }
            done += 1;
            if done.is_multiple_of(100) {
                progress(Progress::Applying {
                    records: done,
                    total,
                });
            }
        }
        t.stamp(w)?;
        Ok::<_, StoreError>(())
    });
    match result {
        Ok(()) => Ok(total),
        Err(_) if cancelled => Err(SyncError::Cancelled),
        Err(e) => Err(e.into()),
    }
}
