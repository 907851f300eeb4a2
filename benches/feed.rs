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
            // Streamed from the file, so that the bench's peak memory is the client's.
            let _ = match std::fs::File::open(dir.join(&name)) {
                Ok(mut body) => conn
                    .write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.metadata().map(|m| m.len()).unwrap_or(0)
                        )
                        .as_bytes(),
                    )
                    .and_then(|_| std::io::copy(&mut body, &mut conn).map(|_| ())),
                Err(_) => conn.write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                ),
            };
        }
    });
    port
}

/// One sync, timed, with the moments its progress reports changed phase: the download
/// finished, the records were checked (or indexed), the directory committed (the last
/// report); what follows is what the update derives for search after it commits.
fn sync_once(db: &Path, port: u16, key: &str) -> (sync::Outcome, f64, String) {
    let cfg = Config {
        url: format!("http://127.0.0.1:{port}/manifest.json"),
        public_key: key.to_string(),
        proxy: None,
        limits: Limits::default(),
    };
    let t = Instant::now();
    let mut downloaded = 0.0;
    let mut reports: Vec<f64> = Vec::new();
    let out = sync::sync(
        db,
        &cfg,
        &mut |p| {
            let at = t.elapsed().as_secs_f64() * 1000.0;
            match p {
                sync::Progress::Downloading { .. } => downloaded = at,
                sync::Progress::Applying { .. } => reports.push(at),
                sync::Progress::Checking => {}
            }
        },
        &AtomicBool::new(false),
    )
    .expect("sync");
    let total = t.elapsed().as_secs_f64() * 1000.0;
    let committed = reports.last().copied().unwrap_or(total);
    let checked = reports
        .len()
        .checked_sub(2)
        .map_or(downloaded, |i| reports[i]);
    let phases = format!(
        "downloaded and unpacked {downloaded:.0} ms, checked {:.0} ms, committed {:.0} ms          (in use at {committed:.0} ms), derived for search {:.0} ms",
        checked - downloaded,
        committed - checked,
        total - committed
    );
    (out, total, phases)
}

/// Starts the peak-memory count again (Linux: `clear_refs` 5 resets VmHWM).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's resident memory now and at its peak since the last reset, in MB.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (kb("VmRSS:") / 1024, kb("VmHWM:") / 1024)
}

/// One sync measured: its time, and the process's peak memory during it.
fn measured(label: &str, db: &Path, port: u16, key: &str) -> sync::Outcome {
    reset_peak();
    let (before, _) = memory();
    let (out, ms, phases) = sync_once(db, port, key);
    let (_, peak) = memory();
    println!("{label}: {ms:.0} ms, peak RSS {peak} MB (was {before} MB before)  [{out:?}]");
    println!("    {phases}");
    out
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n: usize = std::env::var("HAVEN_FEED_BENCH_RECORDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    // The JSON-lines snapshot (a publisher that ships no database) is measured too, unless
    // HAVEN_FEED_BENCH_LINES=0 (it takes minutes at a million records).
    let lines = std::env::var("HAVEN_FEED_BENCH_LINES").map_or(true, |v| v != "0");
    let work = tempfile::tempdir().expect("tmp");
    // HAVEN_FEED_BENCH_KEEP=DIR keeps the first feed (and its key) there, and the same feed
    // without its database in DIR/lines, to be synced by the
    // installed program under `/usr/bin/time` for its own peak memory.
    let keep = std::env::var_os("HAVEN_FEED_BENCH_KEEP").map(PathBuf::from);
    let keys = work.path().join("keys");
    let (public, secret, _) = feed::keygen(&keys).expect("keys");
    let key = std::fs::read_to_string(public).expect("pub");
    let f1 = work.path().join("f1");
    let f1_lines = work.path().join("f1-lines");
    let f2 = work.path().join("f2");
    let delta = {
        let v1: Vec<_> = haven_synth::records(n, 11).collect();
        let t = Instant::now();
        let built = feed::build(
            v1.clone(),
            &f1,
            None,
            "bench",
            jiff::Span::new().hours(240),
            &mut |_| {},
        )
        .expect("build");
        let database = built.manifest.database.clone().expect("a database");
        println!(
            "built a {n}-record snapshot feed in {:.0} ms: JSON lines {} bytes, database {} bytes ({} unpacked)",
            t.elapsed().as_secs_f64() * 1000.0,
            built.manifest.snapshot.size,
            database.payload.size,
            database.payload.unpacked.unwrap_or(0),
        );
        feed::sign(&f1, &secret).expect("sign");
        if let Some(keep) = &keep {
            std::fs::create_dir_all(keep).expect("keep");
            for e in std::fs::read_dir(&f1).expect("feed").flatten() {
                std::fs::copy(e.path(), keep.join(e.file_name())).expect("copy");
            }
            std::fs::write(keep.join("key.pub"), &key).expect("key");
        }
        // The same feed without the database, as from a publisher that ships none.
        std::fs::create_dir_all(&f1_lines).expect("dir");
        let mut m = built.manifest.clone();
        m.database = None;
        m.format = 1;
        std::fs::copy(f1.join(&m.snapshot.url), f1_lines.join(&m.snapshot.url)).expect("copy");
        std::fs::write(
            f1_lines.join(feed::MANIFEST),
            serde_json::to_string_pretty(&m).expect("json"),
        )
        .expect("manifest");
        feed::sign(&f1_lines, &secret).expect("sign");
        if let Some(keep) = &keep {
            // …and the JSON-lines-only feed beside it, in `lines/`.
            let lines = keep.join("lines");
            std::fs::create_dir_all(&lines).expect("keep lines");
            for e in std::fs::read_dir(&f1_lines).expect("feed").flatten() {
                std::fs::copy(e.path(), lines.join(e.file_name())).expect("copy");
            }
        }

        // 100 changes: 60 edits, 20 deletions, 20 additions.
        let mut v2 = v1;
        for r in v2.iter_mut().step_by(n / 60).take(60) {
            r.verified_by = "re-checked by phone".into();
        }
        let gone: Vec<String> = v2.iter().rev().take(20).map(|r| r.id.clone()).collect();
        v2.retain(|r| !gone.contains(&r.id));
        v2.extend(haven_synth::records(20, 99).map(|mut r| {
            r.id = format!("{}-new", r.id);
            r
        }));
        let built = feed::build(
            v2,
            &f2,
            Some(&f1),
            "bench",
            jiff::Span::new().hours(240),
            &mut |_| {},
        )
        .expect("build 2");
        feed::sign(&f2, &secret).expect("sign 2");
        let snapshot_bytes = built.manifest.snapshot.size;
        let delta = built.manifest.deltas.last().expect("delta").clone();
        println!(
            "delta {} bytes vs snapshot {} bytes: {:.3}%",
            delta.payload.size,
            snapshot_bytes,
            delta.payload.size as f64 / snapshot_bytes as f64 * 100.0
        );
        delta
    };

    let client = work.path().join("client");
    let db = client.join("directory.sqlite3");
    if lines {
        let other = work.path().join("client-lines").join("directory.sqlite3");
        drop(Directory::open(&other, true).expect("open"));
        let port = serve(f1_lines.clone());
        measured(
            &format!("snapshot sync, JSON lines ({n} records)"),
            &other,
            port,
            &key,
        );
        let _ = std::fs::remove_dir_all(other.parent().expect("folder"));
    }
    drop(Directory::open(&db, true).expect("open"));
    let p1 = serve(f1.clone());
    measured(
        &format!("snapshot sync, database ({n} records)"),
        &db,
        p1,
        &key,
    );
    let p2 = serve(f2.clone());
    measured(
        &format!("delta sync ({} changes)", delta.payload.records),
        &db,
        p2,
        &key,
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
