//! Updating the directory from the central feed: signed, incremental, all or nothing.
//!
//! The feed is static files (see [`feed`] and `docs/feed.md`). The client fetches the
//! manifest (conditional GET), verifies its minisign signature against the publisher's
//! pinned key, refuses an older sequence (rollback) and an expired manifest (freeze), picks a
//! chain of deltas from its current sequence or else the snapshot, downloads each payload
//! within its declared size while hashing it, and applies everything in one SQLite
//! transaction together with the search index. A failure at any point leaves the directory
//! as it was; every attempt is written to the sync log.

mod apply;
mod database;
mod error;
pub mod feed;
mod http;
mod pins;

pub use error::{OUTCOMES, SyncError, error_message, outcome_message};
pub use http::url_allowed;

/// What is wrong with a feed address as the worker typed it, if anything: checked as it is
/// typed, so the error shows beside the field before any update is tried.
pub fn check_url(typed: &str) -> Result<(), SyncError> {
    http::manifest_url(typed).map(|_| ())
}

/// What is wrong with a publisher's key as the worker typed or pasted it, if anything.
pub fn check_key(typed: &str) -> Result<(), SyncError> {
    http::parse_key(typed).map(|_| ())
}

use apply::{DeltaFile, Target, apply_deltas, apply_snapshot};
use http::{Fetched, Http, download, manifest_url, parse_key};

use crate::store::{Directory, Origin, StoreError};
use feed::Manifest;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Where the feed is and whom to trust.
#[derive(Debug, Clone)]
pub struct Config {
    /// URL of `manifest.json` (or of the folder holding it).
    pub url: String,
    /// The publisher's minisign public key: the base64 line, or the whole `.pub` file.
    pub public_key: String,
    /// An explicit proxy; otherwise the system's.
    pub proxy: Option<String>,
    pub limits: Limits,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub manifest_bytes: u64,
    /// Largest payload accepted, whatever the manifest says.
    pub payload_bytes: u64,
    /// How far a payload without a signed unpacked size may unpack, as a multiple of its
    /// compressed size.
    pub unpack_ratio: u64,
    /// Largest unpacked payload accepted, whatever the manifest says.
    pub unpacked_bytes: u64,
    /// Largest ready-made directory database accepted (compressed), whatever the manifest
    /// says: it goes to a file as it arrives, not into memory.
    pub database_bytes: u64,
    /// A download slower than this (bytes a second, after `deadline_base`) is given up:
    /// a server that sends a byte a second never hangs an update. 16 KB/s is a poor mobile
    /// link (128 kbit/s): the slowest an office's network is expected to be.
    pub min_rate: u64,
    pub deadline_base: Duration,
    pub connect_timeout: Duration,
    /// Per read: a stalled connection fails after this.
    pub read_timeout: Duration,
    /// Attempts per request on server errors and dropped connections.
    pub attempts: u32,
    /// Wait before the second attempt; doubled each time.
    pub backoff: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            manifest_bytes: 1 << 20,
            payload_bytes: 512 << 20,
            unpack_ratio: 40,
            unpacked_bytes: 8 << 30,
            database_bytes: 4 << 30,
            min_rate: 16 << 10,
            deadline_base: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(15),
            read_timeout: Duration::from_secs(30),
            attempts: 4,
            backoff: Duration::from_millis(500),
        }
    }
}

/// How the directory was brought up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Method {
    Snapshot,
    Deltas(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    UpToDate {
        sequence: u64,
    },
    Updated {
        from: u64,
        to: u64,
        changed: u64,
        method: Method,
    },
}

/// What a sync is doing, for a progress bar.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    Checking,
    Downloading {
        file: String,
        bytes: u64,
        total: u64,
    },
    Applying {
        records: u64,
        total: u64,
    },
}

/// Updates the directory at `db_path` from the feed. `cancel` may be set from another thread.
pub fn sync(
    db_path: &Path,
    cfg: &Config,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Outcome, SyncError> {
    let started = jiff::Timestamp::now();
    // One update at a time on a computer (the window's and a scheduled `haven sync`): the
    // update lock is taken only once the signed manifest says there is something to fetch
    // and apply, so a feed that is slow to answer never keeps `db rebuild` waiting.
    let mut updating = None;
    let (mut dir, _) = Directory::open_for_writing(db_path)?;
    // The update carries the worker's layer into the new directory in its own transaction.
    let layer = dir.layer_file();
    dir.attach_layer(&layer)?;
    let before = current(&dir)?;
    let result = run(&mut dir, &mut updating, &before, cfg, progress, cancel);
    let (from, to, changed, outcome, detail) = match &result {
        Ok(Outcome::UpToDate { sequence }) => (
            Some(*sequence),
            Some(*sequence),
            0,
            "up-to-date",
            String::new(),
        ),
        Ok(Outcome::Updated {
            from,
            to,
            changed,
            method,
        }) => (
            Some(*from),
            Some(*to),
            *changed,
            "updated",
            match method {
                Method::Snapshot => "snapshot".to_string(),
                Method::Deltas(n) => format!("{n} deltas"),
            },
        ),
        Err(e) => (Some(before.sequence), None, 0, e.outcome(), e.to_string()),
    };
    let _ = dir.log_sync(&crate::store::SyncEntry {
        started_at: started.to_string(),
        feed_url: &cfg.url,
        from_sequence: from,
        to_sequence: to,
        changed: changed as usize,
        outcome,
        detail,
    });
    if let Ok(Outcome::Updated { .. }) = &result {
        // Best effort: a directory whose facet table and dictionary are not kept derives
        // them when next opened.
        let _ = dir.derive_now();
    }
    result
}

/// The directory's place in the feed.
struct Current {
    feed_id: Option<String>,
    sequence: u64,
    etag: Option<String>,
}

fn current(dir: &Directory) -> Result<Current, SyncError> {
    Ok(match dir.origin()? {
        Origin::Feed { feed_id, sequence } => Current {
            feed_id: Some(feed_id),
            sequence,
            etag: dir.meta("feed_etag")?,
        },
        Origin::Bundled { .. } => Current {
            feed_id: None,
            sequence: 0,
            etag: None,
        },
    })
}

fn run(
    dir: &mut Directory,
    updating: &mut Option<crate::store::UpdateLock>,
    cur: &Current,
    cfg: &Config,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Outcome, SyncError> {
    if cfg.url.trim().is_empty() || cfg.public_key.trim().is_empty() {
        return Err(SyncError::NotConfigured);
    }
    let key = parse_key(&cfg.public_key)?;
    let url = manifest_url(&cfg.url)?;
    let http = Http::new(cfg, cancel)?;
    progress(Progress::Checking);

    let (manifest_bytes, etag) = match http.get(
        &url,
        cur.etag.as_deref(),
        cfg.limits.manifest_bytes,
        None,
        &mut |_| {},
    )? {
        Fetched::NotModified => {
            return Ok(Outcome::UpToDate {
                sequence: cur.sequence,
            });
        }
        Fetched::Body { bytes, etag } => (bytes, etag),
    };
    let sig_url = url
        .join(feed::SIGNATURE)
        .map_err(|e| SyncError::BadManifest(e.to_string()))?;
    let sig_bytes = match http.get(&sig_url, None, 16 * 1024, None, &mut |_| {})? {
        Fetched::Body { bytes, .. } => bytes,
        Fetched::NotModified => return Err(SyncError::BadSignature("no signature".into())),
    };
    let sig_text =
        String::from_utf8(sig_bytes).map_err(|e| SyncError::BadSignature(e.to_string()))?;
    let sig = minisign_verify::Signature::decode(&sig_text)
        .map_err(|e| SyncError::BadSignature(e.to_string()))?;
    key.verify(&manifest_bytes, &sig, false)
        .map_err(|e| SyncError::BadSignature(e.to_string()))?;

    // From here on the manifest is the publisher's own words.
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| SyncError::BadManifest(e.to_string()))?;
    if manifest.format == 0 || manifest.format > feed::FORMAT {
        return Err(SyncError::TooNew(format!("format {}", manifest.format)));
    }
    if let Some(min) = &manifest.min_client
        && version_newer(min, env!("CARGO_PKG_VERSION"))
    {
        return Err(SyncError::TooNew(min.clone()));
    }
    let same_feed = cur.feed_id.as_deref() == Some(manifest.feed_id.as_str());
    let have = if same_feed { cur.sequence } else { 0 };
    // The highest sequence of this feed id ever applied here, whatever came between.
    let pinned = pins::read(dir.path())
        .get(&manifest.feed_id)
        .copied()
        .unwrap_or(0)
        .max(have);
    if manifest.sequence < pinned {
        return Err(SyncError::Rollback {
            have: pinned,
            got: manifest.sequence,
        });
    }
    if manifest.expires_at < jiff::Timestamp::now() {
        return Err(SyncError::Expired(manifest.expires_at.to_string()));
    }
    if manifest.sequence == have && same_feed {
        dir.transaction(|w| {
            if let Some(tag) = &etag {
                w.set_meta("feed_etag", tag)?;
            }
            Ok::<_, StoreError>(())
        })?;
        return Ok(Outcome::UpToDate { sequence: have });
    }

    // Now the update lock; and the directory as it is now, since another Haven (or a
    // rebuild) may have changed it while the manifest came.
    *updating = Some(
        crate::store::UpdateLock::acquire(dir.path()).map_err(|e| match e {
            StoreError::UpdateRunning => SyncError::Busy,
            e => SyncError::Store(e),
        })?,
    );
    let db_path = dir.path().to_path_buf();
    *dir = Directory::open_for_writing(&db_path)?.0;
    let layer = dir.layer_file();
    dir.attach_layer(&layer)?;
    let now = current(dir)?;
    if now.feed_id != cur.feed_id || now.sequence != cur.sequence {
        return Err(SyncError::Busy);
    }

    // A long chain of deltas costs more than the snapshot (and a hostile manifest may list
    // thousands): past MAX_DELTAS the snapshot is taken.
    // Deltas are decoded as they are applied, in one transaction, but read twice (ids, then
    // changes): a chain that would unpack past MAX_DELTA_BYTES (what the manifest signs, else
    // what its size allows) is replaced by the snapshot, which streams within its own budget.
    let chain = if same_feed && have > 0 {
        delta_chain(&manifest, have).filter(|c| {
            c.len() <= MAX_DELTAS
                && c.iter()
                    .map(|d| apply::unpack_limit(&d.payload, cfg))
                    .fold(0u64, u64::saturating_add)
                    <= MAX_DELTA_BYTES
        })
    } else {
        None
    };
    let target = Target {
        origin: Origin::Feed {
            feed_id: manifest.feed_id.clone(),
            sequence: manifest.sequence,
        },
        etag,
        today: crate::today(),
        cancel,
    };
    let (changed, method) = match chain {
        Some(chain) => {
            // Each delta is kept compressed and decoded as it is applied.
            let mut files = Vec::new();
            for d in &chain {
                let bytes = download(&http, &url, &d.payload, cfg, progress)?;
                files.push(DeltaFile {
                    bytes,
                    payload: &d.payload,
                });
            }
            let n = apply_deltas(dir, &files, cfg, &target, progress)?;
            (n, Method::Deltas(chain.len()))
        }
        None => match manifest
            .database
            .as_ref()
            .filter(|d| database::usable(d, manifest.snapshot.records))
        {
            // The publisher's ready-made directory: no record indexed here.
            Some(d) => {
                let db = dir.path().to_path_buf();
                let layer = dir.layer_path().cloned();
                let n = database::apply(
                    &db,
                    layer.as_deref(),
                    &http,
                    &url,
                    d,
                    cfg,
                    &target,
                    progress,
                )?;
                (n, Method::Snapshot)
            }
            None => {
                let bytes = download(&http, &url, &manifest.snapshot, cfg, progress)?;
                let n = apply_snapshot(dir, &bytes, &manifest.snapshot, cfg, &target, progress)?;
                (n, Method::Snapshot)
            }
        },
    };
    // Pinned once applied (and the place the directory left, which it no longer holds).
    // Best effort: the update itself has committed, and the directory's own origin still
    // refuses an older manifest of its feed.
    if let Some(id) = &cur.feed_id {
        let _ = pins::remember(dir.path(), id, cur.sequence);
    }
    let _ = pins::remember(dir.path(), &manifest.feed_id, manifest.sequence);
    Ok(Outcome::Updated {
        from: have,
        to: manifest.sequence,
        changed,
        method,
    })
}

/// `a` is a newer version than `b` (dotted numbers).
fn version_newer(a: &str, b: &str) -> bool {
    let parse = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parse(a) > parse(b)
}

/// Deltas leading from `have` to the manifest's sequence, if the manifest still lists them.
/// The most deltas applied in one update; more and the snapshot is taken instead.
const MAX_DELTAS: usize = 64;

/// The most the deltas of one update may unpack to together (a delta is the day's changes:
/// kilobytes); more and the snapshot is taken instead.
pub const MAX_DELTA_BYTES: u64 = 64 << 20;

fn delta_chain(m: &Manifest, have: u64) -> Option<Vec<feed::DeltaRef>> {
    let mut cur = have;
    let mut chain = Vec::new();
    while cur < m.sequence {
        let next = m.deltas.iter().find(|d| d.from == cur && d.to > cur)?;
        chain.push(next.clone());
        cur = next.to;
    }
    (cur == m.sequence).then_some(chain)
}
