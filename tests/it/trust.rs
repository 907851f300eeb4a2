//! Safe to trust: what a client or a worker reads is what was meant. Text from outside is
//! data, never control: it cannot reorder a number on a sheet, drive the worker's terminal,
//! or slip into the directory past the checks.

use crate::common::cli::{fails, haven, ok};
use haven::store::{Directory, Origin};

/// A name that would clear the screen, print a red false number and write the clipboard
/// (OSC 52) if a terminal obeyed it.
const HOSTILE: &str =
    "Punkt\u{1b}[2J\u{1b}[31mCALL +48 999 999 999\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}6n";

/// The bundled directory with one record whose name is hostile, written straight into the
/// store (as a damaged or hostile database would hold it: the checks would refuse it).
fn directory_with_a_hostile_name(data: &std::path::Path) {
    let mut records = haven::store::bundled_records().unwrap();
    let r = records
        .iter_mut()
        .find(|r| r.id == "pl/niebieska-linia")
        .unwrap();
    for v in r.name.values.values_mut() {
        *v = HOSTILE.to_string();
    }
    let origin = Origin::Bundled {
        hash: haven::store::bundle_hash(),
    };
    Directory::create_from_iter(
        &data.join("directory.sqlite3"),
        records.into_iter().map(Ok),
        &origin,
    )
    .unwrap();
}

fn obeyable(out: &str) -> Option<char> {
    out.chars().find(|c| {
        (c.is_control() && *c != '\n' && *c != '\t') || ('\u{202A}'..='\u{202E}').contains(c)
    })
}

#[test]
fn a_name_from_the_directory_never_drives_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    directory_with_a_hostile_name(data.path());
    for args in [
        &["search", "punkt"][..],
        &["list"],
        &["show", "pl/niebieska-linia"],
        &["search", "punkt", "--json"],
    ] {
        let out = ok(data.path(), args);
        assert_eq!(obeyable(&out), None, "{args:?} printed a control: {out:?}");
        if !args.contains(&"--json") {
            assert!(
                out.contains("\\u{1b}[2J"),
                "{args:?} shows it escaped: {out}"
            );
        }
    }
}

#[test]
fn an_offices_name_in_a_corrections_file_never_drives_the_publishers_terminal() {
    let office = tempfile::tempdir().unwrap();
    let settings = serde_json::json!({ "office": { "name": "OFFICE-NAME" } });
    std::fs::write(office.path().join("settings.json"), settings.to_string()).unwrap();
    ok(
        office.path(),
        &[
            "flag",
            "pl/niebieska-linia",
            "--field",
            "phone",
            "--value",
            "800120002",
            "--correct",
            "800 120 226",
        ],
    );
    let file = office.path().join("corrections.jsonl");
    ok(
        office.path(),
        &["corrections", "export", "--out", file.to_str().unwrap()],
    );
    // The file as a hostile office would send it: its name written by hand.
    let escaped = serde_json::to_string(HOSTILE).unwrap();
    let sent = std::fs::read_to_string(&file).unwrap();
    assert!(sent.contains("OFFICE-NAME"));
    let sent = sent.replace("OFFICE-NAME", escaped.trim_matches('"'));
    std::fs::write(&file, sent).unwrap();
    let publisher = tempfile::tempdir().unwrap();
    let into = publisher.path().join("data");
    std::fs::create_dir_all(&into).unwrap();
    let listed = haven(publisher.path())
        .args(["feed", "corrections", file.to_str().unwrap()])
        .args(["--into", into.to_str().unwrap()])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&listed.stdout);
    assert!(
        shown.contains("\\u{1b}[2J"),
        "the name is shown, escaped: {shown}"
    );
    for out in [&listed.stdout, &listed.stderr] {
        let out = String::from_utf8_lossy(out);
        assert_eq!(
            obeyable(&out),
            None,
            "a control reached the terminal: {out:?}"
        );
    }
}

#[test]
fn a_record_with_an_invisible_control_is_refused_by_name_and_field() {
    let data = tempfile::tempdir().unwrap();
    let record = serde_json::json!({
        "kind": "service",
        "name": { "orig": "pl", "pl": "Punkt Tęcza" },
        "country": "PL",
        "categories": ["counselling"],
        "phones": [{ "number": "+48895271122", "display": "\u{202e}89 527 11 22\u{202c}" }],
    });
    let file = data.path().join("record.json");
    std::fs::write(&file, record.to_string()).unwrap();
    let (code, err) = fails(data.path(), &["local", "add", file.to_str().unwrap()]);
    assert_eq!(code, 2, "the worker's to fix: {err}");
    assert!(
        err.contains("phones[0]") && err.contains("U+202E"),
        "the field is named: {err}"
    );
    assert_eq!(obeyable(&err), None);
    let listed = ok(data.path(), &["local", "list"]);
    assert!(!listed.contains("Tęcza"), "nothing was added: {listed}");
}

#[test]
fn the_offices_note_reaches_a_clients_sheet_only_when_the_worker_asks() {
    let data = tempfile::tempdir().unwrap();
    let line = "pl/niebieska-linia";
    ok(
        data.path(),
        &["note", line, "Answers best 8-12. Ask for Ms Nowak."],
    );
    let sheet = |extra: &[&str]| {
        let pdf = data.path().join("sheet.pdf");
        let mut args = vec!["referral", line, "--out", pdf.to_str().unwrap()];
        args.extend_from_slice(extra);
        ok(data.path(), &args);
        crate::referral::pdftotext(&std::fs::read(&pdf).unwrap())
    };
    let plain = sheet(&[]);
    assert!(
        !plain.contains("Nowak"),
        "the note stays the office's: {plain}"
    );
    assert!(!plain.contains("Note from the office"), "{plain}");
    let shared = sheet(&["--share-note", line]);
    assert!(shared.contains("Nowak"), "asked for, this once: {shared}");
}

#[test]
fn a_signed_feed_whose_number_would_read_reversed_is_refused_and_changes_nothing() {
    use crate::common::{Server, bundled, client, config, keys, publish, run, unchanged};
    let (server, keys, c) = (Server::start(), keys(), client());
    let dir = tempfile::tempdir().unwrap();
    let m = publish(bundled(), dir.path(), None, &keys);
    // The publisher's own key signs a snapshot whose helpline number is displayed behind a
    // right-to-left override: «800 120 002» would print as «200 021 008».
    crate::common::resign_snapshot(dir.path(), &m, &keys, |text| {
        let shown = "\"display\":\"800 120 002\"";
        assert!(text.contains(shown), "the helpline's number is in the feed");
        text.replacen(shown, "\"display\":\"\\u202e800 120 002\"", 1)
    });
    server.publish(dir.path());
    let err = run(&c, &config(&server, &keys)).expect_err("refused");
    let said = haven::sync::error_message(&err, haven::i18n::Locale::En);
    assert!(said.contains("U+202E"), "{said}");
    unchanged(&c);
}

#[test]
fn a_spreadsheet_cell_whose_number_would_read_reversed_refuses_its_row_by_number() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("lista.csv");
    std::fs::write(
        &file,
        "Nazwa;Telefon;Miejscowość\n\
         Punkt Tęcza;\u{202e}89 527 11 22\u{202c};Elbląg\n\
         Poradnia Most;58 301 00 00;Gdańsk\n",
    )
    .unwrap();
    let (code, err) = fails(
        data.path(),
        &["import", file.to_str().unwrap(), "--country", "PL"],
    );
    assert_eq!(code, 2, "rows were refused: {err}");
    assert!(err.contains("Row 2") && err.contains("U+202E"), "{err}");
    assert_eq!(obeyable(&err), None);
    // The good row came in; the reversed number did not.
    let listed = ok(data.path(), &["local", "list"]);
    assert!(
        listed.contains("Poradnia Most") && !listed.contains("Tęcza"),
        "{listed}"
    );
}

#[test]
fn a_right_number_is_checked_like_every_number_and_then_is_the_one_everything_gives() {
    let data = tempfile::tempdir().unwrap();
    let line = "pl/niebieska-linia";
    fn flag(correct: &str) -> Vec<&str> {
        vec![
            "flag",
            "pl/niebieska-linia",
            "--field",
            "phone",
            "--value",
            "800120002",
            "--correct",
            correct,
        ]
    }
    let (code, err) = fails(data.path(), &flag("abc"));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("abc") && err.contains("not a number Haven can dial"),
        "{err}"
    );
    let (code, _) = fails(data.path(), &flag("+48 12"));
    assert_eq!(code, 2);
    let shown = ok(data.path(), &["show", line, "--json"]);
    assert!(!shown.contains("abc"), "nothing was saved: {shown}");

    ok(data.path(), &flag("800 120 226"));
    let v: serde_json::Value =
        serde_json::from_str(&ok(data.path(), &["show", line, "--json"])).unwrap();
    let phone = &v["phones"][0];
    assert_eq!(
        phone["number"], "+48800120002",
        "the publisher's number, as published"
    );
    assert_eq!(
        phone["dial"], "+48800120226",
        "the number to dial is the office's"
    );
    assert_eq!(phone["corrected_by_office"], true);
    // The sheet gives the same number, written as the office wrote it.
    let pdf = data.path().join("sheet.pdf");
    ok(
        data.path(),
        &["referral", line, "--out", pdf.to_str().unwrap()],
    );
    let text = crate::referral::pdftotext(&std::fs::read(&pdf).unwrap());
    // (The description's prose still quotes the publisher's number; the phone line does not.)
    assert!(text.contains("800 120 226"), "{text}");
    assert!(
        !text.lines().any(|l| l.starts_with("800 120 002")),
        "{text}"
    );
}

/// A layer file as another PC exported it: a note, and a flag.
fn layer_file(dir: &std::path::Path, note: &str) -> std::path::PathBuf {
    let other = dir.join("other-pc");
    std::fs::create_dir_all(&other).unwrap();
    ok(&other, &["note", "pl/niebieska-linia", note]);
    let file = dir.join("layer.json");
    ok(
        &other,
        &["local", "export", "--out", file.to_str().unwrap()],
    );
    file
}

#[test]
fn importing_a_layer_file_never_replaces_the_workers_own_note() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let file = layer_file(files.path(), "OVERWRITTEN NOTE");
    let mine = "ask for Ewa, mornings only";
    ok(data.path(), &["note", "pl/niebieska-linia", mine]);
    let said = ok(data.path(), &["local", "import", file.to_str().unwrap()]);
    assert!(said.contains("Nothing of yours was replaced"), "{said}");
    let v: serde_json::Value =
        serde_json::from_str(&ok(data.path(), &["show", "pl/niebieska-linia", "--json"])).unwrap();
    let note = v["note"]["text"].as_str().unwrap();
    assert!(note.starts_with(mine), "the worker's note first: {note}");
    assert!(note.contains("Brought in from another computer") && note.contains("OVERWRITTEN NOTE"));
    // Brought in again: nothing changes.
    let again = ok(data.path(), &["local", "import", file.to_str().unwrap()]);
    assert!(again.contains("Nothing new"), "{again}");
    let v: serde_json::Value =
        serde_json::from_str(&ok(data.path(), &["show", "pl/niebieska-linia", "--json"])).unwrap();
    assert_eq!(v["note"]["text"].as_str().unwrap(), note);
}

#[test]
fn a_layer_file_cannot_slip_in_a_publishers_record() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let file = layer_file(files.path(), "a note");
    // The file invents a "publisher" record among the ones the other PC knew.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let mut fake = haven::store::bundled_records()
        .unwrap()
        .into_iter()
        .find(|r| r.id == "pl/niebieska-linia")
        .unwrap();
    fake.id = "pl/krajowy-telefon-zaufania".into();
    fake.phones[0].number = "+48999999999".into();
    fake.phones[0].display = "+48 999 999 999".into();
    v["known"] = serde_json::json!([fake]);
    v["notes"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "pl/krajowy-telefon-zaufania",
            "text": "call this", "lang": "en", "updated_at": "2026-12-01"}));
    std::fs::write(&file, v.to_string()).unwrap();
    ok(data.path(), &["local", "import", file.to_str().unwrap()]);
    let found = ok(data.path(), &["search", "999 999 999"]);
    assert!(!found.contains("krajowy-telefon-zaufania"), "{found}");
    let (code, _) = fails(data.path(), &["show", "pl/krajowy-telefon-zaufania"]);
    assert_eq!(code, 2, "no such record");
}

#[test]
fn an_older_manifest_of_a_feed_already_seen_is_refused_whatever_feed_came_between() {
    use crate::common::{Server, bundled, client, config, extra, keys, open, publish, run};
    use haven::sync::{SyncError, feed};
    let (server, keys, c) = (Server::start(), keys(), client());
    // The central feed at sequence 1, kept, then at sequence 2: the office takes 2.
    let one = tempfile::tempdir().unwrap();
    publish(bundled(), one.path(), None, &keys);
    let two = tempfile::tempdir().unwrap();
    let mut records = bundled();
    records.push(extra("pl/punkt-nowy", "Punkt nowy"));
    publish(records, two.path(), Some(one.path()), &keys);
    server.publish(two.path());
    run(&c, &config(&server, &keys)).unwrap();
    // The same key signs another feed id: the office follows it (a publisher may move).
    let other = tempfile::tempdir().unwrap();
    feed::build(
        bundled(),
        other.path(),
        None,
        "elsewhere",
        jiff::Span::new().hours(24),
        &mut |_| {},
    )
    .unwrap();
    feed::sign(other.path(), &keys.secret).unwrap();
    server.publish(other.path());
    run(&c, &config(&server, &keys)).unwrap();
    // Then the central feed's older manifest: refused, though the office is on another feed.
    server.publish(one.path());
    match run(&c, &config(&server, &keys)) {
        Err(SyncError::Rollback { have, got }) => assert_eq!((have, got), (2, 1)),
        other => panic!("an older manifest was taken: {other:?}"),
    }
    let origin = open(&c).origin().unwrap();
    assert!(
        matches!(&origin, Origin::Feed { feed_id, .. } if feed_id == "elsewhere"),
        "{origin:?}"
    );
}

#[cfg(unix)]
#[test]
fn every_file_haven_writes_is_the_workers_alone() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("haven");
    ok(&dir, &["note", "pl/niebieska-linia", "Answers best 8-12."]);
    ok(&dir, &["search", "policja"]);
    let out = dir.join("layer.json");
    ok(&dir, &["local", "export", "--out", out.to_str().unwrap()]);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the folder");
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            assert_eq!(mode(&p), 0o600, "{} is readable by others", p.display());
        }
    }
}

#[cfg(unix)]
#[test]
fn a_data_folder_that_cannot_be_made_private_is_said_once() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("team");
    std::fs::create_dir(&dir).unwrap();
    // A team folder owned by another account (nobody): only root can make one here.
    let given = std::process::Command::new("chown")
        .args(["65534", dir.to_str().unwrap()])
        .status();
    if !given.is_ok_and(|s| s.success()) {
        eprintln!("skipped: making a folder another account's needs root");
        return;
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let first = haven(&dir).args(["search", "policja"]).output().unwrap();
    let said = String::from_utf8_lossy(&first.stderr);
    assert!(
        said.contains("Other accounts on this computer may be able to read"),
        "{said}"
    );
    let second = haven(&dir).args(["search", "policja"]).output().unwrap();
    let again = String::from_utf8_lossy(&second.stderr);
    assert!(!again.contains("Other accounts"), "said once: {again}");
}

/// An office open on weekdays whose phone line answers round the clock: "Open 24/7" would be
/// said of the office; the line is. And a Vietnamese 1900 number is said to be charged, on
/// screen and on the sheet.
#[test]
fn a_round_the_clock_line_is_not_an_office_open_round_the_clock_and_a_charged_call_says_so() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("office.json");
    std::fs::write(
        &file,
        r#"{
  "kind": "service",
  "name": {"orig": "pl", "pl": "Ośrodek Interwencji Kryzysowej Tęcza"},
  "country": "PL",
  "city": {"orig": "pl", "pl": "Olsztyn"},
  "categories": ["crisis-centre"],
  "phones": [{"number": "+48895271122", "display": "89 527 11 22",
              "hours": {"opening_hours": "24/7"}}],
  "hours": {"opening_hours": "Mo-Fr 08:00-16:00"}
}"#,
    )
    .unwrap();
    ok(data.path(), &["local", "add", file.to_str().unwrap()]);
    let found = ok(data.path(), &["search", "Tęcza"]);
    assert!(
        found.contains("Phone line open 24/7 (the office keeps its own hours)"),
        "{found}"
    );
    assert!(!found.contains("· Open 24/7"), "{found}");
    let shown = ok(data.path(), &["show", "vn/ngoi-nha-binh-yen"]);
    assert!(shown.contains("charged call (premium rate)"), "{shown}");
    let pdf = data.path().join("sheet.pdf");
    ok(
        data.path(),
        &[
            "referral",
            "vn/ngoi-nha-binh-yen",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("charged call"), "{text}");
}

/// What a Persian reader sees: a programme's years in the Solar Hijri calendar with Persian
/// digits, and the office's own record sourced in Persian even when it was made in English.
#[test]
fn a_persian_reader_gets_solar_hijri_periods_and_this_office_in_persian() {
    let data = tempfile::tempdir().unwrap();
    let fa = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("haven")
            .unwrap()
            .env("HAVEN_DATA_DIR", data.path())
            .args(["--lang", "fa"])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = fa(&["show", "ir/hamyaran-aramesh-ejtemai"]);
    assert!(shown.contains("۱ فروردین ۱۴۰۲ تا ۲۹ اسفند ۱۴۰۵"), "{shown}");
    assert!(!shown.contains("مارس"), "no Gregorian month: {shown}");
    // Made in English with no office name: recorded as "this office".
    let file = data.path().join("ols.csv");
    std::fs::write(&file, "Nazwa,Miejscowość\nPunkt Tęcza,Olsztyn\n").unwrap();
    ok(
        data.path(),
        &["import", "--country", "PL", file.to_str().unwrap()],
    );
    let shown = fa(&["show", "local/punkt-tecza"]);
    assert!(shown.contains("گزارش از این دفتر"), "{shown}");
    assert!(!shown.contains("this office"), "{shown}");
}

/// A sheet entry the client could not call (a confidential address, no phone): the worker is
/// told before the sheet is made, with the line that has a number.
#[test]
fn an_entry_with_no_number_is_told_with_the_line_a_client_could_call() {
    let data = tempfile::tempdir().unwrap();
    let pdf = data.path().join("sheet.pdf");
    let out = haven(data.path())
        .args([
            "referral",
            "kz/semey-crisis-centre",
            "--out",
            pdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("No number to call will be printed for"),
        "{err}"
    );
    assert!(
        err.contains("add kz/111-family-helpline to the sheet"),
        "{err}"
    );
}

/// `--data-dir` naming a folder others could read: Haven makes it the worker's alone, and
/// says so, with what it was (once it changed the mode silently).
#[cfg(unix)]
#[test]
fn an_existing_data_folder_made_private_is_said_with_its_old_mode() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("team");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = assert_cmd::Command::cargo_bin("haven")
        .unwrap()
        .env_remove("HAVEN_DATA_DIR")
        .args(["--lang", "en", "--data-dir"])
        .arg(&dir)
        .args(["search", "przemoc"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("readable by you alone (its permissions were 755)"),
        "{err}"
    );
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    // Said once: the next command has nothing to say.
    let again = assert_cmd::Command::cargo_bin("haven")
        .unwrap()
        .args(["--lang", "en", "--data-dir"])
        .arg(&dir)
        .args(["search", "przemoc"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&again.stderr).contains("readable by you alone"));
}
