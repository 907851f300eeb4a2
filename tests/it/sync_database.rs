//! The snapshot as the publisher's ready-made directory database: taken instead of the JSON
//! lines by a Haven of the same schema and folding, giving the same directory, carrying the
//! worker's layer, and refused (with nothing changed) when the signed file breaks any of the
//! checks `store::incoming` makes.

use crate::common::*;
use haven::layer::Note;
use haven::search::{Query, search};
use haven::store::{Directory, UserLayer};
use haven::sync::{Method, Outcome, SyncError, feed};
use std::io::{Read, Write};
use std::path::Path;

fn ids(d: &Directory, q: &str) -> Vec<String> {
    search(d, &Query::new(q))
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.record.id)
        .collect()
}

#[test]
fn the_database_gives_the_directory_the_json_lines_give() {
    let keys = keys();
    let mut records = bundled();
    records.push(extra("pl/punkt-z-feedu", "Punkt interwencji z feedu"));
    let (full, lines) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let m = publish(records.clone(), full.path(), None, &keys);
    publish(records, lines.path(), None, &keys);
    first_payload(lines.path(), &keys, m.clone(), false);

    let (s1, s2) = (Server::start(), Server::start());
    s1.publish(full.path());
    // Proof that the database is what the first client takes: its JSON lines are garbage.
    s1.set(
        &m.snapshot.url,
        Serve::Body(b"not what was signed".to_vec()),
    );
    s2.publish(lines.path());
    let (a, b) = (client(), client());
    for (c, s) in [(&a, &s1), (&b, &s2)] {
        match run(c, &config(s, &keys)).unwrap() {
            Outcome::Updated {
                method: Method::Snapshot,
                changed,
                ..
            } => assert_eq!(changed, bundled().len() as u64 + 1),
            other => panic!("{other:?}"),
        }
    }
    let (da, db) = (open(&a), open(&b));
    assert_eq!(da.check().unwrap(), Ok(()));
    assert_eq!(da.all().unwrap(), db.all().unwrap());
    assert_eq!(da.origin().unwrap(), db.origin().unwrap());
    for q in [
        "punkt interwencji feedu",
        "niebieska",
        "Алматы",
        "cần thơ",
        "tehran",
        "polic",
    ] {
        assert_eq!(ids(&da, q), ids(&db, q), "{q}");
    }
    assert_eq!(ids(&da, "punkt interwencji feedu")[0], "pl/punkt-z-feedu");
    assert!(
        !a.db.with_extension("incoming").exists(),
        "the download is not left behind"
    );
}

#[test]
fn the_workers_notes_and_own_services_come_through() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let today = haven::today();
    {
        let d = open(&c);
        let (mut layer, _) = UserLayer::open(&d.layer_file()).unwrap();
        let line = d.get("pl/niebieska-linia").unwrap().unwrap();
        layer
            .set_note(
                &line,
                &Note {
                    text: "Pani Ewa oddzwania po południu".into(),
                    lang: "pl".into(),
                    updated_at: today,
                },
            )
            .unwrap();
        let mut own = line.clone();
        own.id = "local/tecza".into();
        own.name = haven::model::Text::new("pl", "Punkt Tęcza");
        own.sources = vec![haven::layer::office_source("OPS Kraków", today)];
        layer.put_local(&own).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    publish(bundled(), dir.path(), None, &keys);
    server.publish(dir.path());
    run(&c, &config(&server, &keys)).unwrap();
    let (d, _) = Directory::open(&c.db, true).unwrap();
    let mut d = d;
    d.attach_layer(&d.layer_file()).unwrap();
    assert_eq!(
        ids(&d, "oddzwania")[0],
        "pl/niebieska-linia",
        "found by the note"
    );
    assert_eq!(
        ids(&d, "tęcza")[0],
        "local/tecza",
        "the office's own service"
    );
    assert_eq!(d.count().unwrap(), bundled().len() + 1);
}

/// Unpacks the feed's database, lets `change` do something to it with SQL, and publishes it
/// again, correctly hashed and signed: what a careless or hostile publisher could ship.
fn reship(dir: &Path, keys: &Keys, change: &str) {
    let m: feed::Manifest =
        serde_json::from_slice(&std::fs::read(dir.join(feed::MANIFEST)).unwrap()).unwrap();
    let d = m.database.unwrap();
    let gz = std::fs::read(dir.join(&d.payload.url)).unwrap();
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut raw)
        .unwrap();
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("db.sqlite3");
    std::fs::write(&file, raw).unwrap();
    {
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.execute_batch(change).unwrap();
    }
    let raw = std::fs::read(&file).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&raw).unwrap();
    let gz = enc.finish().unwrap();
    std::fs::write(dir.join(&d.payload.url), &gz).unwrap();
    amend(dir, keys, |m| {
        let p = &mut m.database.as_mut().unwrap().payload;
        p.sha256 = feed::sha256_hex(&gz);
        p.size = gz.len() as u64;
        p.unpacked = Some(raw.len() as u64);
    });
}

#[test]
fn a_signed_database_that_fails_a_check_is_refused_and_nothing_changes() {
    let cases: &[(&str, &str, Option<u64>)] = &[
        (
            "a record refers to nothing",
            "UPDATE record SET json = json_set(json, '$.related', json_array('pl/nowhere'))
             WHERE rowid = 3",
            Some(3),
        ),
        (
            "a row disagrees with its record",
            "UPDATE record SET country = 'ZZ' WHERE rowid = 2",
            Some(2),
        ),
        (
            "a trigger",
            "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM record; END",
            Some(0),
        ),
        (
            "built for another sequence",
            "UPDATE meta SET value = 'feed:central@9' WHERE key = 'origin'",
            Some(0),
        ),
        (
            "a record missing from the index",
            "DELETE FROM record_fts_docsize WHERE id = 5",
            Some(0),
        ),
        (
            // Passes quick_check and FTS5's integrity-check; every search would then fail
            // with "database disk image is malformed".
            "a record's sizes in the index are garbage",
            "UPDATE record_fts_docsize SET sz = x'ffffffffffffffffff' WHERE id = 4",
            Some(0),
        ),
        (
            "a page of the index missing",
            "DELETE FROM record_fts_data WHERE id = (SELECT max(id) FROM record_fts_data)",
            Some(0),
        ),
        (
            "the index's structure unreadable",
            "UPDATE record_fts_data SET block = x'ffffffff' WHERE id = 10",
            Some(1),
        ),
        (
            "rows out of listing order",
            "UPDATE record SET rowid = 100000 WHERE rowid = 1;
             UPDATE record SET rowid = 1 WHERE rowid = 2;
             UPDATE record SET rowid = 2 WHERE rowid = 100000;",
            Some(2),
        ),
        ("WAL mode", "PRAGMA journal_mode = WAL", Some(0)),
        ("not a database", "", None),
    ];
    for (what, change, row) in cases {
        let (server, keys, c) = (Server::start(), keys(), client());
        let dir = tempfile::tempdir().unwrap();
        publish(bundled(), dir.path(), None, &keys);
        match row {
            Some(_) => reship(dir.path(), &keys, change),
            None => {
                // Signed garbage that unpacks: gzip of text.
                let m = amend(dir.path(), &keys, |_| {});
                let d = m.database.unwrap();
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                enc.write_all(&[b'x'; 4096]).unwrap();
                let gz = enc.finish().unwrap();
                std::fs::write(dir.path().join(&d.payload.url), &gz).unwrap();
                amend(dir.path(), &keys, |m| {
                    let p = &mut m.database.as_mut().unwrap().payload;
                    p.sha256 = feed::sha256_hex(&gz);
                    p.size = gz.len() as u64;
                    p.unpacked = Some(4096);
                });
            }
        }
        server.publish(dir.path());
        match run(&c, &config(&server, &keys)) {
            Err(SyncError::BadFeed { line, detail, .. }) => {
                if let Some(row) = row {
                    assert_eq!(line, *row, "{what}: {detail}");
                }
            }
            other => panic!("{what}: {other:?}"),
        }
        unchanged(&c);
        assert!(!c.db.with_extension("incoming").exists(), "{what}");
    }
}

#[test]
fn a_database_this_haven_cannot_read_is_passed_over_for_the_json_lines() {
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    amend(dir.path(), &keys, |m| {
        m.database.as_mut().unwrap().schema = haven::store::SCHEMA_VERSION + 1;
    });
    server.publish(dir.path());
    let url = m.database.unwrap().payload.url;
    server.set(&url, Serve::Body(b"never asked for".to_vec()));
    assert!(matches!(
        run(&c, &config(&server, &keys)),
        Ok(Outcome::Updated {
            method: Method::Snapshot,
            ..
        })
    ));
    assert_eq!(open(&c).count().unwrap(), bundled().len());
}

#[test]
fn the_command_line_reports_progress_in_a_few_plain_lines_when_not_on_a_terminal() {
    let (server, keys) = (Server::start(), keys());
    let dir = tempfile::tempdir().unwrap();
    let mut records = bundled();
    records.extend(haven_synth::records(15_000, 3));
    publish(records, dir.path(), None, &keys);
    server.publish(dir.path());
    let data = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin!("haven"))
        .args(["--lang", "en", "sync", "--feed", &server.url(), "--key"])
        .arg(keys.public.trim())
        .env("HAVEN_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    let count = |what: &str| said.lines().filter(|l| l.starts_with(what)).count();
    // A line at each new step and each tenth of the way: not one per thousand records (16
    // lines before), and
    // no bar's control characters in a log.
    assert!((1..=11).contains(&count("Downloading")), "{said}");
    assert!((1..=12).contains(&count("Applying")), "{said}");
    assert!(said.contains("Applying: 15054 of 15054 records"), "{said}");
    assert!(!said.contains('\r') && !said.contains('\u{1b}'), "{said}");
}

/// Random damage to a correctly signed ready-made database (bytes flipped anywhere past the
/// header, as a broken disk or a hostile publisher would leave it): each one is either
/// refused with the directory unchanged, or installed and then searches, and `db check`
/// finds it sound. Once, 18 of 120 such files were installed and broke every search.
/// `HAVEN_DAMAGE_RUNS` sets how many (120 for the review's campaign; 24 by default), and
/// `HAVEN_DAMAGE_KEEP=DIR` keeps each damaged file and its original there, to look into.
#[test]
fn randomly_damaged_signed_databases_are_refused_or_work() {
    let runs: u64 = std::env::var("HAVEN_DAMAGE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    let (server, keys) = (Server::start(), keys());
    let (mut installed, mut refused) = (0, 0);
    for seed in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        publish(bundled(), dir.path(), None, &keys);
        let m: feed::Manifest =
            serde_json::from_slice(&std::fs::read(dir.path().join(feed::MANIFEST)).unwrap())
                .unwrap();
        let d = m.database.unwrap();
        let gz = std::fs::read(dir.path().join(&d.payload.url)).unwrap();
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut raw)
            .unwrap();
        let pristine = raw.clone();
        // A small generator of its own, so every run damages the same bytes.
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..1 + next() % 8 {
            let at = 100 + (next() as usize) % (raw.len() - 100);
            raw[at] ^= 1 + (next() % 255) as u8;
        }
        if let Some(keep) = std::env::var_os("HAVEN_DAMAGE_KEEP") {
            std::fs::write(Path::new(&keep).join(format!("seed-{seed}.sqlite3")), &raw).unwrap();
            std::fs::write(
                Path::new(&keep).join(format!("seed-{seed}.pristine")),
                &pristine,
            )
            .unwrap();
        }
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&raw).unwrap();
        let gz = enc.finish().unwrap();
        std::fs::write(dir.path().join(&d.payload.url), &gz).unwrap();
        amend(dir.path(), &keys, |m| {
            let p = &mut m.database.as_mut().unwrap().payload;
            p.sha256 = feed::sha256_hex(&gz);
            p.size = gz.len() as u64;
            p.unpacked = Some(raw.len() as u64);
        });
        server.publish(dir.path());
        let c = client();
        match run(&c, &config(&server, &keys)) {
            Ok(_) => {
                installed += 1;
                let d = open(&c);
                for q in ["przemoc", "112", "centre", "shelter", "a"] {
                    search(&d, &Query::new(q))
                        .unwrap_or_else(|e| panic!("seed {seed}: installed, then {q:?}: {e}"));
                }
                assert_eq!(d.check().unwrap(), Ok(()), "seed {seed}");
            }
            Err(_) => {
                refused += 1;
                unchanged(&c);
            }
        }
    }
    eprintln!("{runs} damaged databases: {installed} installed and searchable, {refused} refused");
}
