//! Updating the directory from the central feed: signed, incremental, all or nothing.
//!
//! The feed is static files (see [`feed`] and `docs/feed.md`). The client fetches the
//! manifest (conditional GET), verifies its minisign signature against the publisher's
//! pinned key, refuses an older sequence (rollback) and an expired manifest (freeze), picks a
//! chain of deltas from its current sequence or else the snapshot, downloads each payload
//! within its declared size while hashing it, and applies everything in one SQLite
//! transaction together with the search index. A failure at any point leaves the directory
//! as it was; every attempt is written to the sync log.

pub mod feed;

use crate::model::{Kind, Record};
use crate::store::{Directory, Origin, StoreError};
use feed::{Change, Manifest, Payload};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// How far a payload may unpack, as a multiple of its compressed size.
    pub unpack_ratio: u64,
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
            connect_timeout: Duration::from_secs(15),
            read_timeout: Duration::from_secs(30),
            attempts: 4,
            backoff: Duration::from_millis(500),
        }
    }
}

/// Why a sync did not happen. Each has a translated message (`sync-error-*`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error("no feed is set up")]
    NotConfigured,
    #[error("the feed address must use https: {0}")]
    InsecureUrl(String),
    #[error("the publisher's key is not a minisign public key: {0}")]
    BadKey(String),
    #[error("the feed cannot be reached: {0}")]
    Offline(String),
    #[error("the server answered {0}")]
    Http(u16),
    #[error("the feed's signature does not match the publisher's key: {0}")]
    BadSignature(String),
    #[error("the manifest cannot be read: {0}")]
    BadManifest(String),
    #[error("the feed is older ({got}) than the directory ({have}); refused")]
    Rollback { have: u64, got: u64 },
    #[error("the feed expired on {0}; refused")]
    Expired(String),
    #[error("the feed needs Haven {0} or newer")]
    TooNew(String),
    #[error("{file}: the download stopped after {got} of {expected} bytes")]
    Truncated {
        file: String,
        expected: u64,
        got: u64,
    },
    #[error("{file}: larger than allowed ({limit} bytes)")]
    TooLarge { file: String, limit: u64 },
    #[error("{file}: the content does not match its checksum")]
    Checksum { file: String },
    #[error("{file}, line {line}: {detail}")]
    BadFeed {
        file: String,
        line: u64,
        detail: String,
    },
    #[error("the cancel button was pressed")]
    Cancelled,
    #[error("the directory could not be updated: {0}")]
    Store(String),
}

impl From<StoreError> for SyncError {
    fn from(e: StoreError) -> Self {
        SyncError::Store(e.to_string())
    }
}

impl SyncError {
    /// The Fluent id of the message a worker sees.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::NotConfigured => "sync-error-not-configured",
            SyncError::InsecureUrl(_) => "sync-error-insecure",
            SyncError::BadKey(_) => "sync-error-bad-key",
            SyncError::Offline(_) => "sync-error-offline",
            SyncError::Http(_) => "sync-error-http",
            SyncError::BadSignature(_) => "sync-error-signature",
            SyncError::BadManifest(_) => "sync-error-manifest",
            SyncError::Rollback { .. } => "sync-error-rollback",
            SyncError::Expired(_) => "sync-error-expired",
            SyncError::TooNew(_) => "sync-error-too-new",
            SyncError::Truncated { .. } => "sync-error-truncated",
            SyncError::TooLarge { .. } => "sync-error-too-large",
            SyncError::Checksum { .. } => "sync-error-checksum",
            SyncError::BadFeed { .. } => "sync-error-bad-feed",
            SyncError::Cancelled => "sync-error-cancelled",
            SyncError::Store(_) => "sync-error-store",
        }
    }

    /// The specifics, without the headline the translated message already gives.
    pub fn detail(&self) -> String {
        match self {
            SyncError::NotConfigured | SyncError::Cancelled => String::new(),
            SyncError::InsecureUrl(s)
            | SyncError::BadKey(s)
            | SyncError::Offline(s)
            | SyncError::BadSignature(s)
            | SyncError::BadManifest(s)
            | SyncError::Expired(s)
            | SyncError::TooNew(s)
            | SyncError::Store(s) => s.clone(),
            SyncError::Http(code) => format!("HTTP {code}"),
            SyncError::Rollback { have, got } => format!("{got} < {have}"),
            SyncError::Truncated {
                file,
                expected,
                got,
            } => format!("{file}: {got}/{expected}"),
            SyncError::TooLarge { file, limit } => format!("{file} > {limit}"),
            SyncError::Checksum { file } => file.clone(),
            SyncError::BadFeed { file, line, detail } => format!("{file}:{line}: {detail}"),
        }
    }

    /// Short key stored in the sync log (`sync-outcome-<key>` in Fluent).
    pub fn outcome(&self) -> &'static str {
        self.message_id()
            .strip_prefix("sync-error-")
            .unwrap_or("error")
    }
}

/// Every outcome the sync log can hold: the successes and [`SyncError::outcome`]'s keys.
pub const OUTCOMES: [&str; 18] = [
    "up-to-date",
    "updated",
    "not-configured",
    "insecure",
    "bad-key",
    "offline",
    "http",
    "signature",
    "manifest",
    "rollback",
    "expired",
    "too-new",
    "truncated",
    "too-large",
    "checksum",
    "bad-feed",
    "cancelled",
    "store",
];

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

/// Loopback may use plain http (tests, a feed mirrored on the same machine); everything else
/// must be https.
pub fn url_allowed(url: &reqwest::Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => matches!(
            url.host_str(),
            Some("127.0.0.1") | Some("localhost") | Some("[::1]")
        ),
        _ => false,
    }
}

fn parse_key(text: &str) -> Result<minisign_verify::PublicKey, SyncError> {
    let t = text.trim();
    minisign_verify::PublicKey::from_base64(t)
        .or_else(|_| minisign_verify::PublicKey::decode(t))
        .map_err(|e| SyncError::BadKey(e.to_string()))
}

struct Http<'a> {
    client: reqwest::blocking::Client,
    limits: &'a Limits,
    cancel: &'a AtomicBool,
}

enum Fetched {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

impl Http<'_> {
    fn new<'a>(cfg: &'a Config, cancel: &'a AtomicBool) -> Result<Http<'a>, SyncError> {
        // Ring is the only TLS crypto compiled in; installing it twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let policy = reqwest::redirect::Policy::custom(|a| {
            if a.previous().len() >= 5 {
                a.error("too many redirects")
            } else if !url_allowed(a.url()) {
                a.error("redirected to an insecure address")
            } else {
                a.follow()
            }
        });
        let mut b = reqwest::blocking::Client::builder()
            .user_agent(concat!("haven/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(cfg.limits.connect_timeout)
            .timeout(cfg.limits.read_timeout)
            .redirect(policy);
        if let Some(p) = cfg.proxy.as_deref().filter(|p| !p.trim().is_empty()) {
            let proxy =
                reqwest::Proxy::all(p.trim()).map_err(|e| SyncError::Offline(e.to_string()))?;
            b = b.proxy(proxy);
        }
        let client = b.build().map_err(|e| SyncError::Offline(e.to_string()))?;
        Ok(Http {
            client,
            limits: &cfg.limits,
            cancel,
        })
    }

    /// GETs `url` with retries, reading at most `limit` bytes (and exactly `expect` when
    /// known), reporting progress.
    fn get(
        &self,
        url: &reqwest::Url,
        etag: Option<&str>,
        limit: u64,
        expect: Option<u64>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Fetched, SyncError> {
        let file = url
            .path_segments()
            .and_then(|mut s| s.next_back())
            .unwrap_or("")
            .to_string();
        let mut wait = self.limits.backoff;
        let mut last = SyncError::Offline(String::new());
        for attempt in 0..self.limits.attempts.max(1) {
            if attempt > 0 {
                std::thread::sleep(wait);
                wait *= 2;
            }
            if self.cancel.load(Ordering::Relaxed) {
                return Err(SyncError::Cancelled);
            }
            match self.get_once(url, &file, etag, limit, expect, progress) {
                Ok(f) => return Ok(f),
                Err(e) => {
                    let retry = match &e {
                        SyncError::Http(code) => *code >= 500,
                        SyncError::Offline(_) | SyncError::Truncated { .. } => true,
                        _ => false,
                    };
                    if !retry {
                        return Err(e);
                    }
                    last = e;
                }
            }
        }
        Err(last)
    }

    fn get_once(
        &self,
        url: &reqwest::Url,
        file: &str,
        etag: Option<&str>,
        limit: u64,
        expect: Option<u64>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Fetched, SyncError> {
        let mut req = self.client.get(url.clone());
        if let Some(tag) = etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, tag);
        }
        let mut resp = req.send().map_err(|e| SyncError::Offline(describe(&e)))?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(SyncError::Http(status.as_u16()));
        }
        let etag = resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let cap = expect.map_or(limit, |e| e.min(limit));
        if resp.content_length().is_some_and(|n| n > cap) {
            return Err(SyncError::TooLarge {
                file: file.into(),
                limit: cap,
            });
        }
        let total = expect.or(resp.content_length()).unwrap_or(0);
        let mut bytes = Vec::with_capacity(total.min(cap) as usize);
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            if self.cancel.load(Ordering::Relaxed) {
                return Err(SyncError::Cancelled);
            }
            let n = match resp.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(_) => {
                    return Err(SyncError::Truncated {
                        file: file.into(),
                        expected: total,
                        got: bytes.len() as u64,
                    });
                }
            };
            bytes.extend_from_slice(&buf[..n]);
            if bytes.len() as u64 > cap {
                return Err(SyncError::TooLarge {
                    file: file.into(),
                    limit: cap,
                });
            }
            progress(Progress::Downloading {
                file: file.into(),
                bytes: bytes.len() as u64,
                total,
            });
        }
        if let Some(e) = expect
            && (bytes.len() as u64) < e
        {
            return Err(SyncError::Truncated {
                file: file.into(),
                expected: e,
                got: bytes.len() as u64,
            });
        }
        Ok(Fetched::Body { bytes, etag })
    }
}

fn describe(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

fn manifest_url(url: &str) -> Result<reqwest::Url, SyncError> {
    let mut u =
        reqwest::Url::parse(url.trim()).map_err(|e| SyncError::BadManifest(e.to_string()))?;
    if !url_allowed(&u) {
        return Err(SyncError::InsecureUrl(url.to_string()));
    }
    if u.path().ends_with('/') {
        u = u
            .join(feed::MANIFEST)
            .map_err(|e| SyncError::BadManifest(e.to_string()))?;
    }
    Ok(u)
}

/// Updates the directory at `db_path` from the feed. `cancel` may be set from another thread.
pub fn sync(
    db_path: &Path,
    cfg: &Config,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Outcome, SyncError> {
    let started = jiff::Timestamp::now();
    let (mut dir, _) = Directory::open_for_writing(db_path)?;
    let before = current(&dir)?;
    let result = run(&mut dir, &before, cfg, progress, cancel);
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
    if manifest.format != feed::FORMAT {
        return Err(SyncError::TooNew(format!("format {}", manifest.format)));
    }
    if let Some(min) = &manifest.min_client
        && version_newer(min, env!("CARGO_PKG_VERSION"))
    {
        return Err(SyncError::TooNew(min.clone()));
    }
    let same_feed = cur.feed_id.as_deref() == Some(manifest.feed_id.as_str());
    let have = if same_feed { cur.sequence } else { 0 };
    if manifest.sequence < have {
        return Err(SyncError::Rollback {
            have,
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

    let chain = if same_feed && have > 0 {
        delta_chain(&manifest, have)
    } else {
        None
    };
    let today = crate::today();
    let origin = Origin::Feed {
        feed_id: manifest.feed_id.clone(),
        sequence: manifest.sequence,
    };
    let (changed, method) = match chain {
        Some(chain) => {
            let mut all = Vec::new();
            for d in &chain {
                let bytes = download(&http, &url, &d.payload, cfg, progress)?;
                let changes = decode_all::<Change>(&bytes, &d.payload, cfg, cancel)?;
                all.push(changes);
            }
            let n = apply_deltas(dir, all, &origin, etag.as_deref(), today, progress, cancel)?;
            (n, Method::Deltas(chain.len()))
        }
        None => {
            let bytes = download(&http, &url, &manifest.snapshot, cfg, progress)?;
            let n = apply_snapshot(
                dir,
                &bytes,
                &manifest.snapshot,
                cfg,
                &origin,
                etag.as_deref(),
                today,
                progress,
                cancel,
            )?;
            (n, Method::Snapshot)
        }
    };
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

fn download(
    http: &Http<'_>,
    base: &reqwest::Url,
    p: &Payload,
    cfg: &Config,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, SyncError> {
    let url = base
        .join(&p.url)
        .map_err(|e| SyncError::BadManifest(e.to_string()))?;
    if !url_allowed(&url) {
        return Err(SyncError::InsecureUrl(url.to_string()));
    }
    if p.size > cfg.limits.payload_bytes {
        return Err(SyncError::TooLarge {
            file: p.url.clone(),
            limit: cfg.limits.payload_bytes,
        });
    }
    let bytes = match http.get(&url, None, cfg.limits.payload_bytes, Some(p.size), progress)? {
        Fetched::Body { bytes, .. } => bytes,
        Fetched::NotModified => return Err(SyncError::Http(304)),
    };
    if feed::sha256_hex(&bytes) != p.sha256.to_ascii_lowercase() {
        return Err(SyncError::Checksum {
            file: p.url.clone(),
        });
    }
    Ok(bytes)
}

fn unpack_limit(p: &Payload, cfg: &Config) -> u64 {
    p.size.saturating_mul(cfg.limits.unpack_ratio).max(1 << 20)
}

fn decode_all<T: serde::de::DeserializeOwned>(
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

fn bad_feed(file: &str, e: feed::FeedError) -> SyncError {
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

fn invalid(file: &str, problems: Vec<crate::model::Problem>, line: u64) -> SyncError {
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

#[allow(clippy::too_many_arguments)]
fn apply_snapshot(
    dir: &mut Directory,
    bytes: &[u8],
    p: &Payload,
    cfg: &Config,
    origin: &Origin,
    etag: Option<&str>,
    today: jiff::civil::Date,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
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
    let mut validator = feed::validator(&kinds, today);
    let mut count = 0u64;
    let failure: std::sync::Mutex<Option<SyncError>> = std::sync::Mutex::new(None);
    let fail = |e: SyncError| {
        if let Ok(mut f) = failure.lock() {
            f.get_or_insert(e);
        }
        StoreError::Record("feed refused".into())
    };
    let result = dir.transaction(|w| {
        // Reading, checking and indexing run on the store's second thread; see
        // `Writer::replace_all`.
        let records = feed::decode_lines::<Record>(bytes, limit).map(|item| {
            count += 1;
            if cancel.load(Ordering::Relaxed) {
                return Err(fail(SyncError::Cancelled));
            }
            let r = item.map_err(|e| fail(bad_feed(&p.url, e)))?;
            let problems = validator.check(&r);
            if !problems.is_empty() {
                return Err(fail(invalid(&p.url, problems, count)));
            }
            Ok(r)
        });
        w.replace_all(records, &mut |n| {
            progress(Progress::Applying { records: n, total })
        })?;
        w.set_origin(origin)?;
        if let Some(tag) = etag {
            w.set_meta("feed_etag", tag)?;
        }
        Ok::<_, StoreError>(())
    });
    let failure = failure.into_inner().ok().flatten();
    match (result, failure) {
        (Ok(()), _) => {
            progress(Progress::Applying {
                records: total,
                total,
            });
            Ok(total)
        }
        (Err(_), Some(f)) => Err(f),
        (Err(e), None) => Err(e.into()),
    }
}

fn apply_deltas(
    dir: &mut Directory,
    deltas: Vec<Vec<Change>>,
    origin: &Origin,
    etag: Option<&str>,
    today: jiff::civil::Date,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
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
    let mut validator = feed::validator(&kinds, today);
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
            if cancel.load(Ordering::Relaxed) {
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
        w.set_origin(origin)?;
        if let Some(tag) = etag {
            w.set_meta("feed_etag", tag)?;
        }
        Ok::<_, StoreError>(())
    });
    match result {
        Ok(()) => Ok(total),
        Err(_) if cancelled => Err(SyncError::Cancelled),
        Err(e) => Err(e.into()),
    }
}

/// A translated sentence for a finished sync.
pub fn outcome_message(o: &Outcome, locale: crate::i18n::Locale) -> String {
    use crate::i18n::tr_args;
    match o {
        Outcome::UpToDate { sequence } => tr_args(
            locale,
            "sync-up-to-date",
            &[("sequence", (*sequence).into())],
        ),
        Outcome::Updated {
            from, to, changed, ..
        } => tr_args(
            locale,
            "sync-updated",
            &[
                ("from", (*from).into()),
                ("to", (*to).into()),
                ("count", (*changed).into()),
            ],
        ),
    }
}

/// A translated sentence for a failed sync: what happened, and that the directory in use
/// has not changed.
pub fn error_message(e: &SyncError, locale: crate::i18n::Locale) -> String {
    use crate::i18n::{tr, tr_args};
    format!(
        "{} {}",
        tr_args(locale, e.message_id(), &[("detail", e.detail().into())]),
        tr(locale, "sync-unchanged")
    )
}
