//! Feed sync against a real HTTP server on 127.0.0.1, started by each test, and what the
//! directory holds afterwards.

use crate::common::*;
use haven::store::{Directory, Origin};
use haven::sync::{self, Config, Limits, Method, Outcome, SyncError, feed};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

#[test]
fn first_sync_takes_the_snapshot() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let pubdir = tempfile::tempdir().unwrap();
    let mut records = bundled();
    records.push(extra("pl/punkt-z-feedu", "Punkt interwencji z feedu"));
    publish(records, pubdir.path(), None, &keys);
    server.publish(pubdir.path());
    let got = run(&c, &config(&server, &keys)).unwrap();
    assert_eq!(
        got,
        Outcome::Updated {
            from: 0,
            to: 1,
            changed: bundled().len() as u64 + 1,
            method: Method::Snapshot
        }
    );
    let d = open(&c);
    assert!(d.get("pl/punkt-z-feedu").unwrap().is_some());
    let hits =
        haven::search::search(&d, &haven::search::Query::new("punkt interwencji feedu")).unwrap();
    assert_eq!(
        hits.hits[0].record.id, "pl/punkt-z-feedu",
        "the index was updated too"
    );
    assert_eq!(
        d.origin().unwrap(),
        Origin::Feed {
            feed_id: "central".into(),
            sequence: 1
        }
    );
    // Asking again sends the ETag; the server answers 304 and nothing moves.
    let before = server.hits.load(Ordering::Relaxed);
    assert_eq!(
        run(&c, &config(&server, &keys)).unwrap(),
        Outcome::UpToDate { sequence: 1 }
    );
    assert_eq!(
        server.hits.load(Ordering::Relaxed),
        before + 1,
        "only the manifest was asked for"
    );
    let log: i64 = open(&c)
        .conn()
        .query_row("SELECT count(*) FROM sync_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(log, 2);
}

#[test]
fn a_chain_of_two_deltas_edits_deletes_and_adds() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let (f1, f2, f3) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let v1 = bundled();
    publish(v1.clone(), f1.path(), None, &keys);
    server.publish(f1.path());
    run(&c, &config(&server, &keys)).unwrap();

    // Sequence 2: a helpline's label is corrected and a campaign is withdrawn.
    let mut v2 = v1.clone();
    let line = v2
        .iter_mut()
        .find(|r| r.id == "pl/niebieska-linia")
        .unwrap();
    line.phones[0].label = Some(
        haven::model::Text::new("pl", "Niebieska Linia, czynna codziennie")
            .with("en", "Niebieska Linia, open daily"),
    );
    v2.retain(|r| r.id != "pl/biala-wstazka");
    for r in &mut v2 {
        r.related.retain(|x| x != "pl/biala-wstazka");
    }
    publish(v2.clone(), f2.path(), Some(f1.path()), &keys);
    // Sequence 3: a new record.
    let mut v3 = v2.clone();
    v3.push(extra("pl/nowy-punkt", "Nowy punkt konsultacyjny"));
    let m3 = publish(v3, f3.path(), Some(f2.path()), &keys);
    assert_eq!(m3.deltas.len(), 2);
    server.publish(f3.path());

    let got = run(&c, &config(&server, &keys)).unwrap();
    match got {
        Outcome::Updated {
            from: 1,
            to: 3,
            method: Method::Deltas(2),
            changed,
        } => {
            assert!(
                (3..20).contains(&changed),
                "only the changes travel: {changed}"
            )
        }
        other => panic!("{other:?}"),
    }
    let d = open(&c);
    assert!(d.get("pl/biala-wstazka").unwrap().is_none(), "deleted");
    assert!(d.get("pl/nowy-punkt").unwrap().is_some(), "added");
    let label = d.get("pl/niebieska-linia").unwrap().unwrap().phones[0]
        .label
        .clone()
        .unwrap();
    assert_eq!(
        label.get("en"),
        Some("Niebieska Linia, open daily"),
        "edited"
    );
    let r = haven::search::search(&d, &haven::search::Query::new("biała wstążka")).unwrap();
    assert!(
        r.hits.iter().all(|h| h.record.id != "pl/biala-wstazka"),
        "gone from the index"
    );
}

#[test]
fn a_tampered_manifest_is_refused() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    server.publish(dir.path());
    let manifest = std::fs::read_to_string(dir.path().join("manifest.json")).unwrap();
    server.set(
        "manifest.json",
        Serve::Body(
            manifest
                .replace("\"sequence\": 1", "\"sequence\": 9")
                .into_bytes(),
        ),
    );
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Err(SyncError::BadSignature(_))
    ));
    unchanged(&c);
}

#[test]
fn a_valid_signature_by_another_key_is_refused() {
    let (server, keys, other, c) = (Server::start(), keys(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &other);
    server.publish(dir.path());
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Err(SyncError::BadSignature(_))
    ));
    unchanged(&c);
}

#[test]
fn a_replayed_older_manifest_is_refused() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let (f1, f2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    publish(bundled(), f1.path(), None, &keys);
    let mut v2 = bundled();
    v2.push(extra("pl/x", "Punkt X"));
    publish(v2, f2.path(), Some(f1.path()), &keys);
    server.publish(f2.path());
    run(&c, &config(&server, &keys)).unwrap();
    // An attacker (or a stale mirror) serves the older, validly signed feed.
    server.publish(f1.path());
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Err(SyncError::Rollback { have: 2, got: 1 })
    ));
    assert!(
        open(&c).get("pl/x").unwrap().is_some(),
        "the newer directory stays"
    );
}

#[test]
fn an_expired_manifest_is_refused() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish_for(
        bundled(),
        dir.path(),
        None,
        &keys,
        jiff::Span::new().hours(-1),
    );
    server.publish(dir.path());
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Err(SyncError::Expired(_))
    ));
    unchanged(&c);
}

/// A client about to take its first snapshot of the bundled records from a served feed:
/// through the ready-made database, or (`false`) through the JSON lines.
struct First {
    server: Server,
    keys: Keys,
    c: Client,
    dir: tempfile::TempDir,
    p: feed::Payload,
}

fn first_sync(database: bool) -> First {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    let p = first_payload(dir.path(), &keys, m, database);
    server.publish(dir.path());
    First {
        server,
        keys,
        c,
        dir,
        p,
    }
}

#[test]
fn a_truncated_payload_is_refused() {
    for database in [false, true] {
        let First {
            server,
            keys,
            c,
            dir,
            p,
        } = first_sync(database);
        let body = std::fs::read(dir.path().join(&p.url)).unwrap();
        let half = body.len() / 2;
        server.set(&p.url, Serve::Truncate(body, half));
        assert!(matches!(
            run(&c, &config(&server, &keys)),
            Err(SyncError::Truncated { .. })
        ));
        unchanged(&c);
    }
}

#[test]
fn a_payload_that_does_not_match_its_checksum_is_refused() {
    for database in [false, true] {
        let First {
            server,
            keys,
            c,
            dir,
            p,
        } = first_sync(database);
        let mut body = std::fs::read(dir.path().join(&p.url)).unwrap();
        let mid = body.len() / 2;
        body[mid] ^= 0xFF;
        server.set(&p.url, Serve::Body(body));
        let got = run(&c, &config(&server, &keys));
        assert!(matches!(got, Err(SyncError::Checksum { .. })), "{got:?}");
        unchanged(&c);
    }
}

#[test]
fn an_oversized_payload_is_refused() {
    for database in [false, true] {
        let First {
            server,
            keys,
            c,
            dir,
            p,
        } = first_sync(database);
        // The server sends far more than the manifest declares.
        let mut body = std::fs::read(dir.path().join(&p.url)).unwrap();
        body.extend(std::iter::repeat_n(0u8, 5 << 20));
        server.set(&p.url, Serve::Body(body));
        assert!(matches!(
            run(&c, &config(&server, &keys)),
            Err(SyncError::TooLarge { .. })
        ));
        unchanged(&c);
        // And a manifest declaring more than the client's limit is refused before
        // downloading.
        let mut cfg = config(&server, &keys);
        cfg.limits.payload_bytes = 1000;
        cfg.limits.database_bytes = 1000;
        server.publish(dir.path());
        assert!(matches!(run(&c, &cfg), Err(SyncError::TooLarge { .. })));
        unchanged(&c);
    }
}

#[test]
fn server_errors_are_retried_with_back_off() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    server.publish(dir.path());
    let manifest = std::fs::read(dir.path().join("manifest.json")).unwrap();
    server.set("manifest.json", Serve::FailThen(2, manifest.clone()));
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Ok(Outcome::Updated { .. })
    ));
    // More failures than attempts: a translated server error, nothing changed.
    let c2 = client();
    server.set("manifest.json", Serve::FailThen(10, manifest));
    assert!(matches!(
        run(&c2, &config(&server, &keys)),
        Err(SyncError::Http(500))
    ));
    unchanged(&c2);
}

#[test]
fn no_network_leaves_everything_as_it_was() {
    let keys = keys();
    let c = client();
    // A port nobody listens on.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let cfg = Config {
        url: format!("http://127.0.0.1:{port}/manifest.json"),
        public_key: keys.public.clone(),
        proxy: None,
        limits: Limits {
            attempts: 2,
            backoff: Duration::from_millis(10),
            ..Limits::default()
        },
    };
    assert!(matches!(run(&c, &cfg), Err(SyncError::Offline(_))));
    unchanged(&c);
    let (when, outcome, _): (String, String, String) = open(&c).last_sync().unwrap().unwrap();
    assert_eq!(outcome, "offline");
    assert!(!when.is_empty());
}

#[test]
fn plain_http_is_refused_except_on_loopback() {
    let (keys, c) = (keys(), client());
    let cfg = Config {
        url: "http://feed.example.org/manifest.json".into(),
        public_key: keys.public.clone(),
        proxy: None,
        limits: Limits::default(),
    };
    assert!(matches!(run(&c, &cfg), Err(SyncError::InsecureUrl(_))));
    let cfg = Config {
        url: String::new(),
        ..cfg
    };
    assert!(matches!(run(&c, &cfg), Err(SyncError::NotConfigured)));
}

#[test]
fn a_bad_record_line_names_its_line_and_changes_nothing() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    // Re-publish with a snapshot whose third line is broken, correctly hashed and signed.
    resign_snapshot(dir.path(), &m, &keys, |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[2] = lines[2].replace("\"verified_at\"", "\"verified_on\"");
        lines.join("\n") + "\n"
    });
    server.publish(dir.path());
    match run(&c, &config(&server, &keys)) {
        Err(SyncError::BadFeed { line, .. }) => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
    unchanged(&c);
}

#[test]
fn a_sync_killed_during_apply_leaves_the_directory_intact_and_the_next_one_succeeds() {
    let (server, keys) = (Server::start(), keys());
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("directory.sqlite3");
    drop(Directory::open(&db, true).unwrap());
    // A snapshot big enough that applying it takes a while.
    let dir = tempfile::tempdir().unwrap();
    let mut records = bundled();
    records.extend(haven_synth::records(40_000, 7));
    publish(records, dir.path(), None, &keys);
    server.publish(dir.path());
    let key_file = data.path().join("feed.pub");
    std::fs::write(&key_file, &keys.public).unwrap();

    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("haven"))
        .args(["--lang", "en", "sync", "--feed", &server.url(), "--key"])
        .arg(&key_file)
        .env("HAVEN_DATA_DIR", data.path())
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let mut applying = false;
    while std::io::BufRead::read_line(&mut stderr, &mut line).unwrap_or(0) > 0 {
        if line.starts_with("Applying") {
            applying = true;
            break;
        }
        line.clear();
    }
    assert!(applying, "the child reached the apply step");
    child.kill().unwrap(); // SIGKILL on Unix: no chance to clean up
    let status = child.wait().unwrap();
    assert!(!status.success(), "the child was killed before it finished");

    // The previous directory is intact.
    let (d, events) = Directory::open(&db, true).unwrap();
    assert!(events.is_empty(), "no repair was needed: {events:?}");
    assert!(matches!(d.origin().unwrap(), Origin::Bundled { .. }));
    assert_eq!(d.count().unwrap(), bundled().len());
    drop(d);
    // And the next sync succeeds.
    let cfg = Config {
        url: server.url(),
        public_key: keys.public.clone(),
        proxy: None,
        limits: Limits::default(),
    };
    let got = sync::sync(&db, &cfg, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert!(matches!(got, Outcome::Updated { to: 1, .. }));
    assert_eq!(
        Directory::open(&db, true).unwrap().0.count().unwrap(),
        bundled().len() + 40_000
    );
}

#[test]
fn the_published_files_verify_with_the_standard_minisign_tool() {
    let keys = keys();
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    let pk = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(pk.path(), &keys.public).unwrap();
    let out = std::process::Command::new("minisign")
        .arg("-Vm")
        .arg(dir.path().join("manifest.json"))
        .arg("-p")
        .arg(pk.path())
        .output()
        .expect("the minisign tool (installed by .ci/run: apt-get install minisign)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // And it refuses a changed manifest, as Haven does.
    let m = dir.path().join("manifest.json");
    let text = std::fs::read_to_string(&m).unwrap();
    std::fs::write(&m, text.replace("central", "centrak")).unwrap();
    let out = std::process::Command::new("minisign")
        .arg("-Vm")
        .arg(&m)
        .arg("-p")
        .arg(pk.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
}

/// An HTTPS server whose certificate no authority in the system's store signed (an office
/// proxy's own CA that IT has not installed, say) is reported as an untrusted certificate,
/// with what to do, not as "there may be no network".
#[test]
fn a_certificate_the_system_does_not_trust_is_named_as_such() {
    let keys = keys();
    let c = client();
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).unwrap();
    let chain = vec![rustls::pki_types::CertificateDer::from(
        cert.cert.der().to_vec(),
    )];
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(rustls::pki_types::PrivatePkcs8KeyDer::from(
        cert.key_pair.serialize_der(),
    ));
    let tls = Arc::new(
        rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let tls = tls.clone();
            std::thread::spawn(move || {
                let conn = rustls::ServerConnection::new(tls).unwrap();
                let mut s = rustls::StreamOwned::new(conn, stream);
                let mut buf = [0u8; 1024];
                // The handshake runs here; the client gives up on the certificate.
                let _ = std::io::Read::read(&mut s, &mut buf);
            });
        }
    });
    let cfg = Config {
        url: format!("https://127.0.0.1:{port}/manifest.json"),
        public_key: keys.public.clone(),
        proxy: None,
        limits: Limits {
            attempts: 1,
            ..Limits::default()
        },
    };
    let err = run(&c, &cfg).unwrap_err();
    assert!(matches!(err, SyncError::Untrusted(_)), "{err:?}");
    let message = sync::error_message(&err, haven::i18n::Locale::En);
    assert!(message.contains("certificate"), "{message}");
    unchanged(&c);
}

/// A feed names the oldest Haven that reads its format, not the version of the tool that
/// published it, so upgrading the publisher never locks out offices on older versions. (At
/// version 0.1.0 the two coincide; this pins the rule for every later release.)
#[test]
fn a_feed_names_the_oldest_client_of_its_format() {
    let keys = keys();
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    assert_eq!(m.format, feed::FORMAT);
    assert_eq!(m.min_client.as_deref(), Some(feed::OLDEST_READER));
}
