//! Applying the feed: a 100k-record snapshot and a 100-record delta, each a whole sync over
//! loopback HTTP (download, signature, checksum, decode, validation, one transaction), and the
//! delta's size beside the snapshot's. `cargo bench --bench feed`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use haven::store::Directory;
use haven::sync::{self, Config, Limits, feed};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// Serves a folder over HTTP/1.1 on loopback, one request per connection.
fn serve(dir: PathBuf) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut req = Vec::new();
            let mut buf = [0u8; 2048];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&req).to_string();
            let name = text
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_string();
            let _ = match std::fs::read(dir.join(&name)) {
                Ok(body) => conn
                    .write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .as_bytes(),
                    )
                    .and_then(|_| conn.write_all(&body)),
                Err(_) => conn.write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                ),
            };
        }
    });
    port
}

fn sync_once(db: &Path, port: u16, key: &str) -> (sync::Outcome, f64) {
    let cfg = Config {
        url: format!("http://127.0.0.1:{port}/manifest.json"),
        public_key: key.to_string(),
        proxy: None,
        limits: Limits::default(),
    };
    let t = Instant::now();
    let out = sync::sync(db, &cfg, &mut |_| {}, &AtomicBool::new(false)).expect("sync");
    (out, t.elapsed().as_secs_f64() * 1000.0)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n: usize = std::env::var("HAVEN_FEED_BENCH_RECORDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let work = tempfile::tempdir().expect("tmp");
    let keys = work.path().join("keys");
    let (public, secret, _) = feed::keygen(&keys).expect("keys");
    let key = std::fs::read_to_string(public).expect("pub");

    let v1: Vec<_> = haven_synth::records(n, 11).collect();
    let f1 = work.path().join("f1");
    let t = Instant::now();
    feed::build(v1.clone(), &f1, None, "bench", jiff::Span::new().hours(240)).expect("build");
    println!(
        "built a {n}-record snapshot feed in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    feed::sign(&f1, &secret).expect("sign");

    // 100 changes: 60 edits, 20 deletions, 20 additions.
    let mut v2 = v1.clone();
    for r in v2.iter_mut().step_by(n / 60).take(60) {
        r.verified_by = "re-checked by phone".into();
    }
    let gone: Vec<String> = v2.iter().rev().take(20).map(|r| r.id.clone()).collect();
    v2.retain(|r| !gone.contains(&r.id));
    v2.extend(haven_synth::records(20, 99).map(|mut r| {
        r.id = format!("{}-new", r.id);
        r
    }));
    let f2 = work.path().join("f2");
    let built =
        feed::build(v2, &f2, Some(&f1), "bench", jiff::Span::new().hours(240)).expect("build 2");
    feed::sign(&f2, &secret).expect("sign 2");
    let snapshot_bytes = built.manifest.snapshot.size;
    let delta = built.manifest.deltas.last().expect("delta");

    let client = work.path().join("client");
    let db = client.join("directory.sqlite3");
    drop(Directory::open(&db, true).expect("open"));

    let p1 = serve(f1.clone());
    let (o1, ms1) = sync_once(&db, p1, &key);
    println!("snapshot sync ({n} records): {ms1:.0} ms  [{o1:?}]");
    let p2 = serve(f2.clone());
    let (o2, ms2) = sync_once(&db, p2, &key);
    println!(
        "delta sync ({} changes): {ms2:.1} ms  [{o2:?}]",
        delta.payload.records
    );
    println!(
        "delta {} bytes vs snapshot {} bytes: {:.3}%",
        delta.payload.size,
        snapshot_bytes,
        delta.payload.size as f64 / snapshot_bytes as f64 * 100.0
    );
    assert_eq!(
        Directory::open(&db, false)
            .expect("open")
            .0
            .count()
            .expect("count"),
        n
    );
}
