//! The worker's own layer, end to end through the command line as a worker or a script uses
//! it: notes, flags, corrections, favourites and the office's own records, through updates,
//! rebuilds and damaged files, moved to another PC, and sent back to the publisher.

use crate::common::cli::{fails, haven, ok};
use crate::common::{Server, keys, publish};
use assert_cmd::Command;
use haven::model::Record;
use serde_json::Value;
use std::path::Path;

const LINE: &str = "pl/niebieska-linia";

fn show(data: &Path, id: &str) -> Value {
    serde_json::from_str(&ok(data, &["show", id, "--json"])).unwrap()
}

fn search_ids(data: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["search", "--json", "--limit", "100"];
    all.extend_from_slice(args);
    let v: Value = serde_json::from_str(&ok(data, &all)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

fn bundled() -> Vec<Record> {
    haven::store::bundled_records().unwrap()
}

const SHELTER: &str = r#"{
  "kind": "service",
  "name": {"orig": "pl", "pl": "Punkt interwencji kryzysowej „Tęcza”", "ru": "Пункт кризисного вмешательства «Радуга»"},
  "country": "PL",
  "city": {"orig": "pl", "pl": "Kraków"},
  "categories": ["crisis-centre"],
  "languages": ["pl", "uk"],
  "phones": [{"number": "+48126543210", "display": "12 654 32 10"}],
  "hours": {"opening_hours": "Mo-Fr 09:00-17:00"}
}"#;

/// A worker's day: a note, a dead number, a correction, a favourite and the office's own
/// shelter.
fn worker_layer(data: &Path) -> String {
    ok(data, &["note", LINE, "Answers only in the mornings"]);
    ok(
        data,
        &[
            "flag",
            LINE,
            "--field",
            "phone",
            "--value",
            "800 120 002",
            "--reason",
            "rang out",
        ],
    );
    ok(
        data,
        &[
            "flag",
            "pl/116-123-crisis-line",
            "--field",
            "phone",
            "--correct",
            "+48 22 484 88 01",
        ],
    );
    ok(data, &["favourite", LINE]);
    let file = data.join("shelter.json");
    std::fs::write(&file, SHELTER).unwrap();
    let out = ok(data, &["local", "add", file.to_str().unwrap()]);
    out.split_whitespace()
        .find(|w| w.starts_with("local/"))
        .unwrap()
        .to_string()
}

#[track_caller]
fn layer_intact(data: &Path, local_id: &str) {
    let v = show(data, LINE);
    assert_eq!(v["note"]["text"], "Answers only in the mornings");
    assert_eq!(v["favourite"], true);
    assert_eq!(v["flags"][0]["field"], "phone");
    let c = show(data, "pl/116-123-crisis-line");
    assert_eq!(c["flags"][0]["correct"], "+48 22 484 88 01");
    assert!(search_ids(data, &["mornings"]).contains(&LINE.to_string()));
    assert!(search_ids(data, &["tęcza"]).contains(&local_id.to_string()));
    assert!(search_ids(data, &["радуга"]).contains(&local_id.to_string()));
    assert_eq!(search_ids(data, &["--local"]), vec![local_id.to_string()]);
}

#[test]
fn the_layer_survives_every_update_a_rebuild_and_a_damaged_directory() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let local = worker_layer(data);
    layer_intact(data, &local);
    assert_eq!(show(data, LINE)["flags"][0]["state"], "open");

    let (server, keys) = (Server::start(), keys());
    let feeds = tempfile::tempdir().unwrap();
    let sync = |dir: &Path| {
        server.publish(dir);
        ok(
            data,
            &["sync", "--feed", &server.url(), "--key", &keys.public],
        );
    };
    // A snapshot: the whole directory replaced.
    let f1 = feeds.path().join("1");
    publish(bundled(), &f1, None, &keys);
    sync(&f1);
    layer_intact(data, &local);

    // A delta that edits the record: the note stays, the flag is still open.
    let mut records = bundled();
    let line = records.iter_mut().find(|r| r.id == LINE).unwrap();
    line.description = Some(haven::model::Text::new("en", "Edited by the publisher."));
    let f2 = feeds.path().join("2");
    publish(records.clone(), &f2, Some(&f1), &keys);
    sync(&f2);
    layer_intact(data, &local);
    assert_eq!(show(data, LINE)["flags"][0]["state"], "open");

    // A delta that changes the flagged number: the flag reads as resolved, with the new one.
    let line = records.iter_mut().find(|r| r.id == LINE).unwrap();
    line.phones[0].number = "+48800120226".into();
    line.phones[0].display = "800 120 226".into();
    let f3 = feeds.path().join("3");
    publish(records.clone(), &f3, Some(&f2), &keys);
    sync(&f3);
    let v = show(data, LINE);
    assert_eq!(v["flags"][0]["state"], "resolved");
    assert_eq!(v["flags"][0]["now"][0], "+48800120226");
    assert_eq!(v["note"]["text"], "Answers only in the mornings");

    // A delta that deletes it: still shown, as removed, with the note, until let go.
    records.retain(|r| r.id != LINE);
    for r in &mut records {
        r.related.retain(|id| id != LINE);
    }
    let f4 = feeds.path().join("4");
    publish(records, &f4, Some(&f3), &keys);
    sync(&f4);
    let v = show(data, LINE);
    assert_eq!(v["removed"], true);
    assert_eq!(v["note"]["text"], "Answers only in the mornings");
    assert!(search_ids(data, &["mornings"]).contains(&LINE.to_string()));
    let text = ok(data, &["show", LINE]);
    assert!(text.contains("Removed by the publisher"), "{text}");
    assert!(ok(data, &["local", "list"]).contains(LINE));

    // A rebuild from the bundled data, then a damaged directory file.
    ok(data, &["db", "rebuild"]);
    layer_intact(data, &local);
    std::fs::write(data.join("directory.sqlite3"), vec![b'x'; 8192]).unwrap();
    layer_intact(data, &local);

    // Letting the removed record go ends it.
    ok(data, &["local", "forget", LINE]);
    assert_eq!(show(data, LINE)["note"], Value::Null);
}

#[test]
fn the_layer_moves_to_another_pc_and_importing_twice_changes_nothing() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let local = worker_layer(a.path());
    let file = a.path().join("layer.json");
    ok(
        a.path(),
        &["local", "export", "--out", file.to_str().unwrap()],
    );
    let out = ok(b.path(), &["local", "import", file.to_str().unwrap()]);
    assert!(
        out.contains("Imported 1 notes, 2 flags, 1 favourites and 1 records"),
        "{out}"
    );
    layer_intact(b.path(), &local);
    let again = ok(b.path(), &["local", "import", file.to_str().unwrap()]);
    assert!(again.contains("Nothing new"), "{again}");
    // The same layer: B's export holds what A's does.
    let file_b = b.path().join("layer.json");
    ok(
        b.path(),
        &["local", "export", "--out", file_b.to_str().unwrap()],
    );
    let strip = |p: &Path| {
        let mut v: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exported_at");
        v
    };
    assert_eq!(strip(&file), strip(&file_b));
}

#[test]
fn a_damaged_layer_is_restored_from_its_backup_and_the_worker_is_told() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let local = worker_layer(data);
    assert!(data.join("backups").read_dir().unwrap().count() >= 1);
    std::fs::write(data.join("user.sqlite3"), vec![b'x'; 8192]).unwrap();
    let _ = std::fs::remove_file(data.join("user.sqlite3-wal"));
    let out = haven(data).args(["show", LINE]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("The backup of"), "{err}");
    layer_intact(data, &local);
}

#[test]
fn bad_files_get_a_message_naming_what_is_wrong_and_change_nothing() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let local = worker_layer(data);
    let file = data.join("bad.json");
    // A record that fails the directory's checks, by field.
    std::fs::write(&file, SHELTER.replace("+48126543210", "12 654")).unwrap();
    let (code, err) = fails(data, &["local", "add", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("phones[0]: 12 654 is not a number Haven can dial"),
        "{err}"
    );
    // The same check, in the worker's language.
    let out = Command::cargo_bin("haven")
        .unwrap()
        .env("HAVEN_DATA_DIR", data)
        .args(["--lang", "pl", "local", "add", file.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("phones[0]: Haven nie może wybrać numeru 12 654"),
        "{err}"
    );
    std::fs::write(
        &file,
        r#"{"name": {"orig": "pl", "pl": "x"}, "country": "PL"}"#,
    )
    .unwrap();
    let (_, err) = fails(data, &["local", "add", file.to_str().unwrap()]);
    assert!(err.contains("kind"), "{err}");
    // An export from a newer Haven, and one cut short.
    std::fs::write(
        &file,
        r#"{"format":"haven-local-layer","version":7,"exported_at":"2030-01-01T00:00:00Z"}"#,
    )
    .unwrap();
    let (_, err) = fails(data, &["local", "import", file.to_str().unwrap()]);
    assert!(err.contains("newer Haven"), "{err}");
    let good = data.join("good.json");
    ok(data, &["local", "export", "--out", good.to_str().unwrap()]);
    let text = std::fs::read_to_string(&good).unwrap();
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    let (_, err) = fails(data, &["local", "import", file.to_str().unwrap()]);
    assert!(err.contains("cut short"), "{err}");
    // A flag on a number the record does not have.
    let (_, err) = fails(data, &["flag", LINE, "--field", "phone", "--value", "999"]);
    assert!(err.contains("has no phone"), "{err}");
    assert_eq!(search_ids(data, &["--local"]), vec![local.clone()]);
    layer_intact(data, &local);
}

#[test]
fn a_flagged_number_is_left_off_the_sheet_unless_asked_and_a_local_record_prints() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let local = worker_layer(data);
    let text = |extra: &[&str]| {
        let pdf = data.join("sheet.pdf");
        let mut args = vec!["referral", LINE, "pl/116-123-crisis-line", &local, "--out"];
        let p = pdf.to_str().unwrap().to_string();
        args.push(&p);
        args.extend_from_slice(extra);
        ok(data, &args);
        pdf_extract::extract_text(&pdf).unwrap()
    };
    let sheet = text(&[]);
    // (The publisher's description of the line names the number too; the phone itself,
    // with its international form, is left off.)
    assert!(!sheet.contains("+48800120002"), "{sheet}");
    // The office's note is the office's: off the client's sheet unless asked for.
    assert!(!sheet.contains("Answers only in the mornings"), "{sheet}");
    // The correction is what the client dials.
    assert!(sheet.contains("+48 22 484 88 01"), "{sheet}");
    assert!(!sheet.contains("dial within Poland"), "{sheet}");
    assert!(
        sheet.contains("Tęcza") && sheet.contains("12 654 32 10"),
        "{sheet}"
    );
    // The office wrote it in Polish only: the sheet does not claim it is shown in English.
    assert!(sheet.contains("first written"), "{sheet}");
    let asked = text(&["--print-flagged", "--share-note", LINE]);
    assert!(asked.contains("+48800120002"), "{asked}");
    assert!(asked.contains("Answers only in the mornings"), "{asked}");
    assert!(asked.contains("reported not to work"), "{asked}");
}

#[test]
fn corrections_go_to_the_publisher_and_come_back_in_the_next_update() {
    let office = tempfile::tempdir().unwrap();
    let office = office.path();
    std::fs::write(
        office.join("settings.json"),
        r#"{"office": {"name": "OPS Kraków"}}"#,
    )
    .unwrap();
    ok(
        office,
        &[
            "flag",
            LINE,
            "--field",
            "phone",
            "--value",
            "800120002",
            "--correct",
            "800 120 226",
        ],
    );
    let file = office.join("corrections.jsonl");
    ok(
        office,
        &["corrections", "export", "--out", file.to_str().unwrap()],
    );
    let sent = std::fs::read_to_string(&file).unwrap();
    assert!(sent.contains("OPS Kraków") && sent.contains("800 120 226"));

    // The publisher: its data/ folder, the corrections shown, then accepted.
    let publisher = tempfile::tempdir().unwrap();
    let data_dir = publisher.path().join("data");
    copy_dir(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data").as_path(),
        &data_dir,
    );
    let pubhome = publisher.path().join("home");
    let f = file.to_str().unwrap();
    let d = data_dir.to_str().unwrap();
    let listed = ok(&pubhome, &["feed", "corrections", f, "--into", d]);
    assert!(
        listed.contains("+48800120002 → 800 120 226") && listed.contains("Nothing was written"),
        "{listed}"
    );
    let before = std::fs::read_to_string(data_dir.join("pl/niebieska-linia.json")).unwrap();
    assert!(before.contains("+48800120002"));
    ok(
        &pubhome,
        &["feed", "corrections", f, "--into", d, "--accept", "all"],
    );
    let after = std::fs::read_to_string(data_dir.join("pl/niebieska-linia.json")).unwrap();
    assert!(
        after.contains("+48800120226") && after.contains("OPS Kraków"),
        "{after}"
    );

    let keys = keys();
    let feed = publisher.path().join("feed");
    ok(
        &pubhome,
        &[
            "feed",
            "build",
            "--from",
            d,
            "--out",
            feed.to_str().unwrap(),
        ],
    );
    ok(
        &pubhome,
        &[
            "feed",
            "sign",
            "--dir",
            feed.to_str().unwrap(),
            "--key",
            keys.secret.to_str().unwrap(),
        ],
    );
    let server = Server::start();
    server.publish(&feed);
    ok(
        office,
        &["sync", "--feed", &server.url(), "--key", &keys.public],
    );
    let v = show(office, LINE);
    assert_eq!(v["phones"][0]["number"], "+48800120226");
    assert_eq!(v["flags"][0]["state"], "resolved");
    assert!(ok(office, &["show", LINE]).contains("resolved"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}
