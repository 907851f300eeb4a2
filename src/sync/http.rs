//! Fetching the feed: one HTTP client with the office's proxy, redirects kept on https,
//! retries with back-off, downloads held to their declared size, and failures told apart
//! (no network, an untrusted certificate, a server error).

use super::{Config, Limits, Progress, SyncError, feed};
use feed::Payload;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

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

pub(super) fn parse_key(text: &str) -> Result<minisign_verify::PublicKey, SyncError> {
    let t = text.trim();
    minisign_verify::PublicKey::from_base64(t)
        .or_else(|_| minisign_verify::PublicKey::decode(t))
        .map_err(|e| SyncError::BadKey(e.to_string()))
}

pub(super) struct Http<'a> {
    client: reqwest::blocking::Client,
    limits: &'a Limits,
    cancel: &'a AtomicBool,
}

pub(super) enum Fetched {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

impl Http<'_> {
    pub(super) fn new<'a>(cfg: &'a Config, cancel: &'a AtomicBool) -> Result<Http<'a>, SyncError> {
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
    pub(super) fn get(
        &self,
        url: &reqwest::Url,
        etag: Option<&str>,
        limit: u64,
        expect: Option<u64>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Fetched, SyncError> {
        let mut bytes = Vec::new();
        Ok(
            match self.get_into(url, etag, limit, expect, &mut bytes, progress)? {
                Got::NotModified => Fetched::NotModified,
                Got::Body { etag } => Fetched::Body { bytes, etag },
            },
        )
    }

    /// Like [`Http::get`], handing the body to `sink` as it arrives (started again on each
    /// attempt).
    pub(super) fn get_into(
        &self,
        url: &reqwest::Url,
        etag: Option<&str>,
        limit: u64,
        expect: Option<u64>,
        sink: &mut dyn Sink,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Got, SyncError> {
        let file = url
            .path_segments()
            .and_then(|mut s| s.next_back())
            .unwrap_or("")
            .to_string();
        let mut wait = self.limits.backoff;
        let mut last = SyncError::Offline(String::new());
        // One deadline for every attempt together: the base, and for a file whose size the
        // signed manifest gives, the time it takes at the slowest rate allowed. A file of
        // unknown size (the manifest, its signature) has the base alone, whatever size the
        // server claims: a manifest trickled a byte at a time gives up within the base.
        let allowed = self.limits.deadline_base
            + std::time::Duration::from_secs(
                expect.map_or(0, |e| e.min(limit)) / self.limits.min_rate.max(1),
            );
        let deadline = (std::time::Instant::now() + allowed, allowed);
        for attempt in 0..self.limits.attempts.max(1) {
            if attempt > 0 {
                std::thread::sleep(wait);
                wait *= 2;
            }
            if self.cancel.load(Ordering::Relaxed) {
                return Err(SyncError::Cancelled);
            }
            sink.restart()?;
            if attempt > 0 && std::time::Instant::now() > deadline.0 {
                return Err(SyncError::TooSlow {
                    file,
                    seconds: allowed.as_secs(),
                });
            }
            match self.get_once(url, &file, etag, limit, expect, deadline, sink, progress) {
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

    #[allow(clippy::too_many_arguments)]
    fn get_once(
        &self,
        url: &reqwest::Url,
        file: &str,
        etag: Option<&str>,
        limit: u64,
        expect: Option<u64>,
        (deadline, allowed): (std::time::Instant, std::time::Duration),
        sink: &mut dyn Sink,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Got, SyncError> {
        let mut req = self.client.get(url.clone());
        if let Some(tag) = etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, tag);
        }
        let mut resp = req.send().map_err(|e| {
            if untrusted_certificate(&e) {
                SyncError::Untrusted(describe(&e))
            } else {
                SyncError::Offline(describe(&e))
            }
        })?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Got::NotModified);
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
        let mut got = 0u64;
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
                        got,
                    });
                }
            };
            got += n as u64;
            if got > cap {
                return Err(SyncError::TooLarge {
                    file: file.into(),
                    limit: cap,
                });
            }
            sink.take(&buf[..n])?;
            if std::time::Instant::now() > deadline {
                return Err(SyncError::TooSlow {
                    file: file.into(),
                    seconds: allowed.as_secs(),
                });
            }
            progress(Progress::Downloading {
                file: file.into(),
                bytes: got,
                total,
            });
        }
        if let Some(e) = expect
            && got < e
        {
            return Err(SyncError::Truncated {
                file: file.into(),
                expected: e,
                got,
            });
        }
        Ok(Got::Body { etag })
    }
}

/// Where a download goes as it arrives.
pub(super) trait Sink {
    /// Forgets what an earlier attempt gave.
    fn restart(&mut self) -> Result<(), SyncError>;
    fn take(&mut self, chunk: &[u8]) -> Result<(), SyncError>;
}

impl Sink for Vec<u8> {
    fn restart(&mut self) -> Result<(), SyncError> {
        self.clear();
        Ok(())
    }

    fn take(&mut self, chunk: &[u8]) -> Result<(), SyncError> {
        self.extend_from_slice(chunk);
        Ok(())
    }
}

pub(super) enum Got {
    NotModified,
    Body { etag: Option<String> },
}

/// Whether the connection failed because the server's certificate is not trusted (an
/// office's own certificate authority missing from the system's store, say), rather than for
/// want of a network. rustls' error sits inside I/O errors (two, with hyper), whose `source`
/// skips what they wrap.
fn untrusted_certificate(e: &reqwest::Error) -> bool {
    fn tls_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        let inner = err.downcast_ref::<std::io::Error>()?.get_ref()?;
        tls_error(inner)
    }
    let mut src: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = src {
        if matches!(
            tls_error(err),
            Some(rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented)
        ) {
            return true;
        }
        src = err.source();
    }
    false
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

pub(super) fn manifest_url(url: &str) -> Result<reqwest::Url, SyncError> {
    let t = url.trim();
    // Nothing is taken out of what the worker typed: a space inside is an error, not a gap
    // to close silently.
    if t.is_empty() || t.contains(char::is_whitespace) || t.chars().any(char::is_control) {
        return Err(SyncError::BadUrl(t.to_string()));
    }
    let mut u = reqwest::Url::parse(t).map_err(|e| SyncError::BadUrl(format!("{t} ({e})")))?;
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

/// A payload's address: relative to the manifest's, and https (or loopback).
pub(super) fn payload_url(base: &reqwest::Url, p: &Payload) -> Result<reqwest::Url, SyncError> {
    let url = base
        .join(&p.url)
        .map_err(|e| SyncError::BadManifest(e.to_string()))?;
    if !url_allowed(&url) {
        return Err(SyncError::InsecureUrl(url.to_string()));
    }
    // A signed manifest still names only files of its own origin: never another port of the
    // same host (a service the office did not mean to expose), never another host.
    if url.origin() != base.origin() {
        return Err(SyncError::ForeignPayload(url.to_string()));
    }
    Ok(url)
}

pub(super) fn download(
    http: &Http<'_>,
    base: &reqwest::Url,
    p: &Payload,
    cfg: &Config,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, SyncError> {
    let url = payload_url(base, p)?;
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
