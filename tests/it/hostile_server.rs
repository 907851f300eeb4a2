//! A hostile or careless feed server on 127.0.0.1: a byte a second, a redirect to plain http
//! elsewhere, a payload that unpacks past its signed size, a 100 MB line, ten thousand deltas
//! and a sequence at the top of u64. Each ends in a clear refusal (or a sound update) and the
//! directory in use is never left half-changed.

use crate::common::*;
use haven::sync::{self, Method, Outcome, SyncError, feed};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// The folder's manifest, without the ready-made database: these tests are about the
/// JSON-lines payloads (`tests/it/sync_database.rs` refuses bad databases; both payloads share
/// the download checks of `tests/it/sync.rs`).
fn manifest(dir: &Path) -> feed::Manifest {
    let mut m: feed::Manifest =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    m.database = None;
    m
}

/// Writes `m` as the folder's manifest and signs it again with the publisher's key.
fn resign(dir: &Path, keys: &Keys, m: &feed::Manifest) {
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_vec_pretty(m).unwrap(),
    )
    .unwrap();
    feed::sign(dir, &keys.secret).unwrap();
}

/// Replaces the snapshot's file with `gz`, its checksum and size with the new file's, and
/// keeps what the manifest signed of its unpacked size.
fn swap_snapshot(dir: &Path, keys: &Keys, gz: &[u8]) {
    let mut m = manifest(dir);
    std::fs::write(dir.join(&m.snapshot.url), gz).unwrap();
    m.snapshot.sha256 = feed::sha256_hex(gz);
    m.snapshot.size = gz.len() as u64;
    resign(dir, keys, &m);
}

#[test]
fn a_server_sending_a_byte_at_a_time_is_given_up_at_a_deadline() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    resign(dir.path(), &keys, &manifest(dir.path()));
    server.publish(dir.path());
    let body = std::fs::read(dir.path().join(&m.snapshot.url)).unwrap();
    // Each byte comes well within the read timeout (5 s); the whole would take minutes.
    server.set(
        &m.snapshot.url,
        Serve::Trickle(body, Duration::from_millis(20)),
    );
    let mut cfg = config(&server, &keys);
    cfg.limits.deadline_base = Duration::from_secs(1);
    cfg.limits.min_rate = 1 << 20;
    let got = run(&c, &cfg);
    assert!(matches!(got, Err(SyncError::TooSlow { .. })), "{got:?}");
    unchanged(&c);
}

#[test]
fn a_redirect_to_plain_http_on_another_host_is_refused() {
    let (server, keys, c) = (Server::start(), keys(), client());
    server.set(
        "manifest.json",
        Serve::Raw(
            b"HTTP/1.1 302 Found\r\nLocation: http://example.org/manifest.json\r\n\
              Content-Length: 0\r\nConnection: close\r\n\r\n"
                .to_vec(),
        ),
    );
    let got = run(&c, &config(&server, &keys));
    match got {
        Err(SyncError::Offline(why)) => assert!(why.contains("insecure"), "{why}"),
        other => panic!("{other:?}"),
    }
    unchanged(&c);
}

/// Records whose text compresses far better than 40 to 1, as a directory of long, similar
/// descriptions does.
fn wordy() -> Vec<haven::model::Record> {
    let mut records = bundled();
    let long =
        "Pomoc psychologiczna, prawna i socjalna dla osób doznających przemocy. ".repeat(2_500);
    for r in records.iter_mut().filter(|r| r.country.code() == "PL") {
        r.description = Some(haven::model::Text::new("pl", long.clone()).with("en", long.clone()));
    }
    records
}

#[test]
fn a_payload_is_held_to_its_signed_unpacked_size() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(wordy(), dir.path(), None, &keys);
    let unpacked = m
        .snapshot
        .unpacked
        .expect("the manifest signs the unpacked size");
    assert!(
        unpacked > 40 * m.snapshot.size && unpacked > 1 << 20,
        "{unpacked} from {}: past the old limit",
        m.snapshot.size
    );
    // Well-compressed text is no bomb: it comes in, because its size is signed.
    server.publish(dir.path());
    let got = run(&c, &config(&server, &keys)).unwrap();
    assert!(matches!(got, Outcome::Updated { to: 1, .. }), "{got:?}");

    // The same payload with a megabyte more inside, its manifest re-signed: refused.
    let c = client();
    let mut text = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(
            &std::fs::read(dir.path().join(&m.snapshot.url)).unwrap()[..],
        ),
        &mut text,
    )
    .unwrap();
    text.extend(std::iter::repeat_n(b'\n', 1 << 20));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&text).unwrap();
    swap_snapshot(dir.path(), &keys, &gz.finish().unwrap());
    server.publish(dir.path());
    match run(&c, &config(&server, &keys)) {
        Err(SyncError::BadFeed { detail, .. }) => {
            assert!(detail.contains("size limit"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    unchanged(&c);
}

#[test]
fn a_record_line_of_a_hundred_megabytes_is_refused_without_holding_it() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let chunk = vec![b' '; 1 << 20];
    gz.write_all(b"{\"id\": \"pl/x\", \"padding\": \"").unwrap();
    for _ in 0..100 {
        gz.write_all(&chunk).unwrap();
    }
    gz.write_all(b"\"}\n").unwrap();
    let gz = gz.finish().unwrap();
    let mut m = manifest(dir.path());
    m.snapshot.unpacked = Some(101 << 20);
    resign(dir.path(), &keys, &m);
    swap_snapshot(dir.path(), &keys, &gz);
    server.publish(dir.path());
    match run(&c, &config(&server, &keys)) {
        Err(SyncError::BadFeed { line, detail, .. }) => {
            assert_eq!(line, 1);
            assert!(detail.contains("line longer than"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    unchanged(&c);
}

#[test]
fn ten_thousand_deltas_and_a_sequence_at_the_top_of_u64() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    resign(dir.path(), &keys, &manifest(dir.path()));
    server.publish(dir.path());
    run(&c, &config(&server, &keys)).unwrap();

    // The next manifest lists ten thousand deltas up to the last sequence there is.
    let mut m = manifest(dir.path());
    let fake = m.snapshot.clone();
    m.deltas = (1..=10_000u64)
        .map(|from| feed::DeltaRef {
            from,
            to: if from == 10_000 { u64::MAX } else { from + 1 },
            payload: feed::Payload {
                url: format!("delta-{from}.jsonl.gz"),
                ..fake.clone()
            },
        })
        .collect();
    m.sequence = u64::MAX;
    resign(dir.path(), &keys, &m);
    server.publish(dir.path());
    let before = server.hits.load(std::sync::atomic::Ordering::Relaxed);
    let mut cfg = config(&server, &keys);
    cfg.limits.manifest_bytes = 8 << 20;
    let got = run(&c, &cfg).unwrap();
    assert!(
        matches!(
            got,
            Outcome::Updated {
                from: 1,
                to: u64::MAX,
                method: Method::Snapshot,
                ..
            }
        ),
        "{got:?}"
    );
    let requests = server.hits.load(std::sync::atomic::Ordering::Relaxed) - before;
    assert!(
        requests <= 3,
        "{requests} requests: the deltas were not fetched"
    );
    // The same manifest again: up to date, nothing overflows.
    assert_eq!(
        run(&c, &cfg).unwrap(),
        Outcome::UpToDate { sequence: u64::MAX }
    );
    // And the publisher is told the feed cannot go on, rather than wrapping to zero.
    let next = tempfile::tempdir().unwrap();
    let built = feed::build(
        bundled(),
        next.path(),
        Some(dir.path()),
        "central",
        jiff::Span::new().hours(24),
        &mut |_| {},
    );
    assert!(built.is_err());
}

#[test]
fn a_manifest_trickled_a_byte_at_a_time_gives_up_at_the_base_deadline_and_never_holds_the_lock() {
    // Once: the deadline was the base plus 1 MiB at the slowest rate (18 minutes), and the
    // update lock was held all along, so `db rebuild` was refused.
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    server.publish(dir.path());
    let body = std::fs::read(dir.path().join(feed::MANIFEST)).unwrap();
    server.set(
        feed::MANIFEST,
        Serve::Trickle(body, Duration::from_millis(200)),
    );
    let mut cfg = config(&server, &keys);
    cfg.limits.deadline_base = Duration::from_secs(2);
    // The slowest rate allowed at the time: the declared size would have bought minutes.
    cfg.limits.min_rate = 1024;
    let db = c.db.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let waiting = std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let got = sync::sync(&db, &cfg, &mut |_| {}, &AtomicBool::new(false));
        tx.send(()).unwrap();
        (got, started.elapsed())
    });
    // While the manifest trickles in, the lock a rebuild needs is free.
    std::thread::sleep(Duration::from_millis(500));
    let lock = haven::store::UpdateLock::acquire(&c.db);
    assert!(
        lock.is_ok(),
        "the update lock is held while waiting on the network"
    );
    drop(lock);
    rx.recv_timeout(Duration::from_secs(60))
        .expect("the sync must give up by itself");
    let (got, took) = waiting.join().unwrap();
    assert!(matches!(got, Err(SyncError::TooSlow { .. })), "{got:?}");
    // Two seconds of base; the 1 MiB it may be would once have added 1,024 more.
    assert!(took < Duration::from_secs(30), "{took:?}");
    unchanged(&c);
}

#[test]
fn a_signed_manifest_naming_a_payload_on_another_port_is_refused_before_any_request() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let other = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    let payload = first_payload(dir.path(), &keys, m, false);
    let elsewhere = format!("http://127.0.0.1:{}/{}", other.port, payload.url);
    amend(dir.path(), &keys, |m| m.snapshot.url = elsewhere.clone());
    server.publish(dir.path());
    other.publish(dir.path());
    let got = run(&c, &config(&server, &keys));
    assert!(
        matches!(&got, Err(SyncError::ForeignPayload(u)) if u.contains(&other.port.to_string())),
        "{got:?}"
    );
    assert_eq!(
        other.hits.load(std::sync::atomic::Ordering::Relaxed),
        0,
        "nothing may be asked of another port"
    );
    unchanged(&c);
}

#[test]
fn a_delta_signed_to_unpack_to_gigabytes_is_passed_over_for_the_snapshot() {
    // Once: a signed 4 MB delta was decoded whole, up to 8 GiB allowed (1.5 GB, 2 min 46 s).
    let (server, keys, c) = (Server::start(), keys(), client());
    let (f1, f2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let v1 = bundled();
    publish(v1.clone(), f1.path(), None, &keys);
    server.publish(f1.path());
    run(&c, &config(&server, &keys)).unwrap();
    let mut v2 = v1.clone();
    v2.push(extra("pl/nowy-punkt", "Nowy punkt konsultacyjny"));
    publish(v2, f2.path(), Some(f1.path()), &keys);
    // The publisher's key vouches for a delta that says it unpacks to 8 GiB.
    amend(f2.path(), &keys, |m| {
        m.deltas[0].payload.unpacked = Some(8 << 30);
        m.database = None;
    });
    server.publish(f2.path());
    let got = run(&c, &config(&server, &keys)).unwrap();
    assert!(
        matches!(
            got,
            Outcome::Updated {
                method: Method::Snapshot,
                ..
            }
        ),
        "{got:?}"
    );
    assert!(open(&c).get("pl/nowy-punkt").unwrap().is_some());
}
