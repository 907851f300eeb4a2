//! The command line end to end, as a script or a worker at a terminal uses it.

use assert_cmd::Command;
use haven::i18n::Locale;

fn haven(data: &tempfile::TempDir) -> Command {
    let mut c = Command::cargo_bin("haven").unwrap();
    c.env("HAVEN_DATA_DIR", data.path()).env_remove("LANG");
    c
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn search_json_has_the_fields_scripts_rely_on() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(haven(&data).args(["--lang", "pl", "search", "116 111", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &v.as_array().unwrap()[0];
    for key in ["id", "name", "names", "country", "category", "phones"] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    assert_eq!(first["country"], "PL");
    let phones = first["phones"].as_array().unwrap();
    assert!(phones.iter().any(|p| p["number"] == "116111"));
    // The name is given in the chosen language.
    assert_eq!(first["name"], first["names"]["pl"]);
}

#[test]
fn first_run_says_the_directory_was_set_up_then_stays_quiet() {
    let data = tempfile::tempdir().unwrap();
    let out = haven(&data)
        .args(["--lang", "en", "search", "karty"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("first time"));
    let out = haven(&data)
        .args(["--lang", "en", "search", "karty"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn show_prints_the_sources_in_the_chosen_language() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(haven(&data).args(["--lang", "ru", "show", "kz/semey-crisis-centre"]));
    // The seed is cited as the publication it is, with its page, not by its file name.
    assert!(out.contains("Департамент полиции области Абай"), "{out}");
    assert!(
        out.contains("https://www.gov.kz/memleket/entities/mvd-abay/"),
        "{out}"
    );
    assert!(!out.contains(".txt"), "{out}");
    assert!(
        out.contains("кризисного центра"),
        "the seed sentence: {out}"
    );
    let en = stdout(haven(&data).args(["--lang", "en", "show", "kz/semey-crisis-centre"]));
    assert!(
        en.contains("Police Department of Abai Region (Департамент полиции области Абай)"),
        "{en}"
    );
    // The English text is the directory's translation of a Russian original, and it says so.
    let translated = haven::i18n::tr_args(
        haven::i18n::Locale::En,
        "field-translated",
        &[
            ("language", "English".into()),
            ("original", "Russian".into()),
        ],
    );
    assert!(
        en.contains(&haven::i18n::strip_isolates(&translated)),
        "{en}"
    );
    assert!(
        !out.contains("собственный перевод"),
        "Russian is the original: {out}"
    );
    // A script still gets the file and the quote, and the publication beside them.
    let json = stdout(haven(&data).args(["show", "--json", "kz/semey-crisis-centre"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let first = &v["sources"][0];
    assert_eq!(first["seed"], "000_5e01460ee2a91363.txt");
    assert!(first["quote"].as_str().is_some_and(|q| !q.is_empty()));
    assert_eq!(
        first["publication"]["publisher"],
        "Департамент полиции области Абай"
    );
    let ru_label = haven::i18n::tr(haven::i18n::Locale::Ru, "field-sources");
    let en_label = haven::i18n::tr(haven::i18n::Locale::En, "field-sources");
    assert!(out.contains(&ru_label) && en.contains(&en_label));
    assert!(
        out.contains(&haven::i18n::tr(
            haven::i18n::Locale::Ru,
            "field-address-confidential"
        )),
        "a confidential address is flagged"
    );
}

#[test]
fn unknown_id_is_a_translated_message_and_exit_code_2() {
    let data = tempfile::tempdir().unwrap();
    for lang in ["en", "pl", "fa"] {
        let out = haven(&data)
            .args(["--lang", lang, "show", "pl/does-not-exist"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("pl/does-not-exist"), "{err}");
        let locale = haven::i18n::Locale::from_code(lang).unwrap();
        let msg = haven::i18n::tr_args(
            locale,
            "cli-unknown-id",
            &[("id", "pl/does-not-exist".into())],
        );
        assert!(
            err.contains(&haven::i18n::strip_isolates(&msg)),
            "{lang}: {err}"
        );
    }
}

#[test]
fn bad_filters_and_languages_are_refused_with_a_message() {
    let data = tempfile::tempdir().unwrap();
    for args in [
        vec!["search", "x", "--category", "nonsense"],
        vec!["search", "x", "--country", "XX"],
        vec!["search", "x", "--target", "aliens"],
        vec!["--lang", "tlh", "search", "x"],
    ] {
        let out = haven(&data).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn filters_narrow_the_results() {
    let data = tempfile::tempdir().unwrap();
    let all: serde_json::Value = serde_json::from_str(&stdout(
        haven(&data).args(["search", "--json", "--limit", "500"]),
    ))
    .unwrap();
    let pl: serde_json::Value = serde_json::from_str(&stdout(haven(&data).args([
        "search",
        "--json",
        "--limit",
        "500",
        "--country",
        "pl",
    ])))
    .unwrap();
    let pl_helplines: serde_json::Value = serde_json::from_str(&stdout(haven(&data).args([
        "search",
        "--json",
        "--limit",
        "500",
        "--country",
        "PL",
        "--category",
        "helpline",
    ])))
    .unwrap();
    let (all, pl, plh) = (
        all.as_array().unwrap(),
        pl.as_array().unwrap(),
        pl_helplines.as_array().unwrap(),
    );
    assert!(all.len() > pl.len() && pl.len() > plh.len() && !plh.is_empty());
    assert!(pl.iter().all(|r| r["country"] == "PL"));
    assert!(plh.iter().all(|r| {
        r["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "helpline")
    }));
}

#[test]
fn db_commands_report_and_rebuild() {
    let data = tempfile::tempdir().unwrap();
    let path = stdout(haven(&data).args(["db", "path"]));
    assert!(path.trim().starts_with(data.path().to_str().unwrap()));
    let check = stdout(haven(&data).args(["--lang", "en", "db", "check"]));
    assert!(check.contains("intact"), "{check}");
    std::fs::write(path.trim(), b"garbage").unwrap();
    let out = haven(&data)
        .args(["--lang", "en", "search", "karty"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("damaged"),
        "a corrupt database is reported"
    );
    let rebuilt = stdout(haven(&data).args(["--lang", "en", "db", "rebuild"]));
    assert!(rebuilt.contains("rebuilt"), "{rebuilt}");
}

#[test]
fn hostile_queries_never_fail() {
    let data = tempfile::tempdir().unwrap();
    let long = "ż".repeat(10_000);
    for q in [
        "c++",
        "a-b",
        "NOT",
        "\"",
        "\"unbalanced",
        "(((",
        "*",
        "OR AND",
        "\u{1}\u{7}\u{1b}[31m",
        long.as_str(),
        "'; DROP TABLE record; --",
    ] {
        let out = haven(&data).args(["search", "--json", q]).output().unwrap();
        assert!(
            out.status.success(),
            "{q:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v.is_array());
    }
    // The directory is still whole afterwards.
    let check = stdout(haven(&data).args(["--lang", "en", "db", "check"]));
    assert!(check.contains("intact"));
}

#[test]
fn referral_writes_the_pdf_and_keeps_the_note_out_of_havens_folders() {
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let pdf = out_dir.path().join("sheet.pdf");
    let note = "Pani Kowalska, proszę zadzwonić jutro";
    let msg = stdout(haven(&data).args([
        "--lang",
        "pl",
        "referral",
        "pl/niebieskie-karty",
        "pl/niebieska-linia",
        "--out",
        pdf.to_str().unwrap(),
        "--note",
        note,
        "--paper",
        "letter",
    ]));
    assert!(msg.contains("sheet.pdf"), "{msg}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squashed.contains("Kowalska"), "the note is on the sheet");
    // Letter paper: 612 × 792 points.
    assert!(String::from_utf8_lossy(&bytes).contains("612 792"));
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            let b = std::fs::read(&p).unwrap();
            assert!(
                !b.windows(8).any(|w| w == b"Kowalska"),
                "{} holds the note",
                p.display()
            );
        }
    }
}

#[test]
fn referral_refuses_an_unknown_id_and_a_bad_paper() {
    let data = tempfile::tempdir().unwrap();
    let out = data.path().join("x.pdf");
    let o = haven(&data)
        .args(["referral", "pl/nope", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = haven(&data)
        .args([
            "referral",
            "pl/niebieska-linia",
            "--out",
            out.to_str().unwrap(),
            "--paper",
            "a3",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}

/// `haven show` prints every string the core presents for the terminal, for every record of
/// the bundled directory: the command line lays out the core's list and nothing else.
#[test]
fn show_prints_every_field_the_core_presents() {
    use haven::present::{self, Audience};
    let data = tempfile::tempdir().unwrap();
    let dir_path = data.path().join(haven::store::DIRECTORY_FILE);
    let (dir, _) = haven::store::Directory::open(&dir_path, true).unwrap();
    let today = haven::today();
    for r in haven::store::bundled_records().unwrap() {
        let links = dir.links(&r).unwrap();
        let at = "2026-12-06T19:30:00Z";
        let now = Some(at.parse().unwrap());
        let shown = present::present(&r, &links, Locale::En, Audience::Terminal, today, now);
        let out = stdout(haven(&data).args(["--lang", "en", "show", &r.id, "--at", at]));
        for s in shown.texts() {
            for line in haven::i18n::strip_isolates(&s).lines() {
                assert!(out.contains(line), "{}: {line:?} missing from\n{out}", r.id);
            }
        }
    }
}

/// A settings file that is not JSON is named on the command line, and left as it was.
#[test]
fn an_unreadable_settings_file_is_reported_and_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let settings = data.path().join("settings.json");
    std::fs::write(&settings, "{ office: oops").unwrap();
    let out = haven(&data)
        .args([
            "--lang",
            "en",
            "referral",
            "pl/niebieska-linia",
            "--out",
            data.path().join("s.pdf").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let said = haven::i18n::strip_isolates(&haven::i18n::tr_args(
        Locale::En,
        "settings-unreadable-unchanged",
        &[("detail", "".into())],
    ));
    let head = said.split('(').next().unwrap().trim();
    assert!(err.contains(head), "{err}");
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        "{ office: oops"
    );
}

/// `haven --version` names the program's version and the directory's origin, size and
/// folder, and sets nothing up when there is no directory yet.
#[test]
fn version_names_the_directory_it_would_use() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let version = || {
        let out = Command::cargo_bin("haven")
            .unwrap()
            .args(["--lang", "en", "--version", "--data-dir"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let text = version();
    assert!(
        text.starts_with(&format!("haven {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(text.contains("not set up yet"), "{text}");
    assert!(
        !dir.join("directory.sqlite3").exists(),
        "--version set nothing up"
    );

    Command::cargo_bin("haven")
        .unwrap()
        .args(["--lang", "en", "list", "--data-dir"])
        .arg(&dir)
        .assert()
        .success();
    let text = version();
    let n = haven::store::bundled_records().unwrap().len();
    assert!(text.contains("Bundled directory, version"), "{text}");
    assert!(text.contains(&format!("{n} records")), "{text}");
    assert!(text.contains(&dir.display().to_string()), "{text}");
}

/// Portable mode: with a file named `portable` beside the program, everything is kept in the
/// `data` folder beside it and nothing is written under the worker's home.
#[test]
fn a_portable_copy_writes_nothing_under_home() {
    let stick = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let exe = stick.path().join("haven");
    std::fs::copy(assert_cmd::cargo::cargo_bin("haven"), &exe).unwrap();
    std::fs::write(stick.path().join("portable"), "").unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(&exe)
            .args(args)
            .env_clear()
            .env("HOME", home.path())
            .env("PATH", "/usr/bin:/bin")
            .output()
            .unwrap()
    };
    let out = run(&["--lang", "en", "search", "niebieska", "linia"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("pl/niebieska-linia"));
    let out = run(&["--lang", "en", "--version"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Portable"), "{text}");
    // The worker's own note goes onto the stick too, and is read back from there.
    let out = run(&["note", "pl/niebieska-linia", "Call", "in", "the", "morning"]);
    assert!(out.status.success(), "{out:?}");
    let out = run(&["--lang", "en", "show", "pl/niebieska-linia"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Call in the morning"));
    assert!(stick.path().join("data/directory.sqlite3").is_file());
    assert!(stick.path().join("data/user.sqlite3").is_file());
    let written: Vec<_> = walk(home.path());
    assert!(written.is_empty(), "written under HOME: {written:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            found.extend(walk(&p));
        }
        found.push(p);
    }
    found
}

/// `haven search … | head`: a reader that stops early ends Haven quietly (it panicked with
/// "failed printing to stdout"); a disk that fills under `> file` is told, with status 1.
#[test]
fn output_to_a_closed_pipe_or_a_full_disk_is_no_panic() {
    let data = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("haven"))
        .args(["--lang", "en", "search", "a"])
        .env("HAVEN_DATA_DIR", data.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before Haven has written anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert!(out.status.success(), "{:?} {said}", out.status);

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin!("haven"))
        .args(["--lang", "en", "search", "a"])
        .env("HAVEN_DATA_DIR", data.path())
        .stdout(full)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("Haven could not write its output: the disk is full"),
        "{said}"
    );
}
