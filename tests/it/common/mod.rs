//! What the feed tests share: a small HTTP server on 127.0.0.1, signing keys, feeds built
//! from records, and a client data folder.

pub mod cli;

use haven::model::Record;
use haven::store::{Directory, Origin};
use haven::sync::{self, Config, Limits, Outcome, SyncError, feed};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does with a path.
#[derive(Clone)]
pub enum Serve {
    Body(Vec<u8>),
    /// Declares the full length, sends `keep` bytes, closes the connection.
    Truncate(Vec<u8>, usize),
    /// Answers 500 this many times, then the body.
    FailThen(u32, Vec<u8>),
    /// Declares the full length, then sends one byte per interval.
    Trickle(Vec<u8>, Duration),
    /// Writes these bytes as the whole answer, headers and all.
    Raw(Vec<u8>),
}

/// A small HTTP/1.1 server: one request per connection, `Connection: close`, ETags.
pub struct Server {
    pub port: u16,
    pub files: Arc<Mutex<HashMap<String, Serve>>>,
    pub hits: Arc<AtomicUsize>,
    pub stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let files: Arc<Mutex<HashMap<String, Serve>>> = Arc::default();
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (f, h, s) = (files.clone(), hits.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(mut conn) = conn else { continue };
                h.fetch_add(1, Ordering::Relaxed);
                let mut req = Vec::new();
                let mut buf = [0u8; 4096];
                while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                    match conn.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => req.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&req).to_string();
                let path = text
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or("/")
                    .trim_start_matches('/')
                    .to_string();
                let if_none_match = text
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("if-none-match: ")
                            .or(l.strip_prefix("If-None-Match: "))
                    })
                    .map(|v| v.trim().to_string());
                let entry = f.lock().unwrap().get(&path).cloned();
                let _ = match entry {
                    None => conn.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                    Some(Serve::Body(body)) => {
                        let etag = format!("\"{}\"", feed::sha256_hex(&body));
                        if if_none_match.as_deref() == Some(etag.as_str()) {
                            conn.write_all(format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n").as_bytes())
                        } else {
                            conn.write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nETag: {etag}\r\nConnection: close\r\n\r\n", body.len()).as_bytes())
                                .and_then(|_| conn.write_all(&body))
                        }
                    }
                    Some(Serve::Truncate(body, keep)) => conn
                        .write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes())
                        .and_then(|_| conn.write_all(&body[..keep.min(body.len())])),
                    Some(Serve::Trickle(body, every)) => conn
                        .write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes())
                        .and_then(|_| {
                            for b in &body {
                                if s.load(Ordering::Relaxed) {
                                    break;
                                }
                                std::thread::sleep(every);
                                conn.write_all(&[*b])?;
                            }
                            Ok(())
                        }),
                    Some(Serve::Raw(bytes)) => conn.write_all(&bytes),
                    Some(Serve::FailThen(n, body)) => {
                        if n > 0 {
                            f.lock().unwrap().insert(path.clone(), Serve::FailThen(n - 1, body));
                            conn.write_all(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        } else {
                            conn.write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes())
                                .and_then(|_| conn.write_all(&body))
                        }
                    }
                };
                let _ = conn.flush();
                let _ = conn.shutdown(std::net::Shutdown::Both);
            }
        });
        Server {
            port,
            files,
            hits,
            stop,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/manifest.json", self.port)
    }

    /// Serves every file of a feed folder.
    pub fn publish(&self, dir: &Path) {
        let mut files = self.files.lock().unwrap();
        files.clear();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            files.insert(name, Serve::Body(std::fs::read(&p).unwrap()));
        }
    }

    pub fn set(&self, name: &str, how: Serve) {
        self.files.lock().unwrap().insert(name.into(), how);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

pub struct Keys {
    pub public: String,
    pub secret: PathBuf,
    pub _dir: tempfile::TempDir,
}

pub fn keys() -> Keys {
    let dir = tempfile::tempdir().unwrap();
    let (public, secret, _) = feed::keygen(dir.path()).unwrap();
    Keys {
        public: std::fs::read_to_string(public).unwrap(),
        secret,
        _dir: dir,
    }
}

pub fn bundled() -> Vec<Record> {
    haven::store::bundled_records().unwrap()
}

/// A record only the feed has.
pub fn extra(id: &str, name: &str) -> Record {
    let mut r = bundled()
        .into_iter()
        .find(|r| r.id == "pl/niebieska-linia")
        .unwrap();
    r.id = id.into();
    r.name = haven::model::Text::new("pl", name).with("en", name);
    r.related.clear();
    r
}

/// Builds and signs a feed folder.
pub fn publish(
    records: Vec<Record>,
    out: &Path,
    previous: Option<&Path>,
    keys: &Keys,
) -> feed::Manifest {
    publish_for(
        records,
        out,
        previous,
        keys,
        jiff::Span::new().hours(24 * 30),
    )
}

pub fn publish_for(
    records: Vec<Record>,
    out: &Path,
    previous: Option<&Path>,
    keys: &Keys,
    valid: jiff::Span,
) -> feed::Manifest {
    let built = feed::build(records, out, previous, "central", valid, &mut |_| {}).unwrap();
    feed::sign(out, &keys.secret).unwrap();
    built.manifest
}

/// Rewrites the feed's manifest in `dir` with `edit` and signs it again.
pub fn amend(dir: &Path, keys: &Keys, edit: impl FnOnce(&mut feed::Manifest)) -> feed::Manifest {
    let path = dir.join(feed::MANIFEST);
    let mut m: feed::Manifest = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    edit(&mut m);
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    feed::sign(dir, &keys.secret).unwrap();
    m
}

/// The payload a first sync downloads: the ready-made database, or (`false`) the JSON
/// lines, as from a publisher that ships none (the manifest amended and signed again).
pub fn first_payload(dir: &Path, keys: &Keys, m: feed::Manifest, database: bool) -> feed::Payload {
    if database {
        m.database.unwrap().payload
    } else {
        amend(dir, keys, |m| {
            m.database = None;
            m.format = 1;
        })
        .snapshot
    }
}

pub fn config(server: &Server, keys: &Keys) -> Config {
    Config {
        url: server.url(),
        public_key: keys.public.clone(),
        proxy: None,
        limits: Limits {
            attempts: 3,
            backoff: Duration::from_millis(20),
            read_timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(2),
            ..Limits::default()
        },
    }
}

pub struct Client {
    pub _dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub fn client() -> Client {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("directory.sqlite3");
    drop(Directory::open(&db, true).unwrap());
    Client { _dir: dir, db }
}

pub fn run(c: &Client, cfg: &Config) -> Result<Outcome, SyncError> {
    sync::sync(&c.db, cfg, &mut |_| {}, &AtomicBool::new(false))
}

pub fn open(c: &Client) -> Directory {
    Directory::open(&c.db, true).unwrap().0
}

/// The directory is exactly the bundled one it started as.
#[track_caller]
pub fn unchanged(c: &Client) {
    let d = open(c);
    assert!(matches!(d.origin().unwrap(), Origin::Bundled { .. }));
    assert_eq!(d.count().unwrap(), bundled().len());
    assert_eq!(d.check().unwrap(), Ok(()));
}

/// Rewrites the JSON lines of the feed's snapshot in `dir` with `edit`, then signs a manifest
/// without a ready-made database that names the new payload (its hash, size and unpacked
/// size): a payload the publisher's own key vouches for, whatever it holds.
pub fn resign_snapshot(
    dir: &Path,
    m: &feed::Manifest,
    keys: &Keys,
    edit: impl FnOnce(String) -> String,
) {
    let snap = std::fs::read(dir.join(&m.snapshot.url)).unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&snap[..])
        .read_to_string(&mut text)
        .unwrap();
    let text = edit(text);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(text.as_bytes()).unwrap();
    let bad = enc.finish().unwrap();
    std::fs::write(dir.join(&m.snapshot.url), &bad).unwrap();
    let mut manifest = m.clone();
    manifest.database = None;
    manifest.snapshot.sha256 = feed::sha256_hex(&bad);
    manifest.snapshot.size = bad.len() as u64;
    manifest.snapshot.unpacked = Some(text.len() as u64);
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_string_pretty(&manifest).unwrap(),
    )
    .unwrap();
    feed::sign(dir, &keys.secret).unwrap();
}
