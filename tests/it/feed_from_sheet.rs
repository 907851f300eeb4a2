//! A publisher's spreadsheet made into a feed in one command: every row checked as `data/`
//! is, each record citing the publisher's list, every name in English, and nothing an
//! office keeps to itself (a shelter's address, the notes column) in what is published.

use std::path::Path;
use std::process::{Command, Output};

const SHEET: &str = "Nazwa;Nazwa (en);Telefon;Miasto;Kategoria;Adres;Uwagi\n\
Ośrodek Interwencji Kryzysowej w Olsztynie;Crisis Intervention Centre in Olsztyn;89 527 58 52;Olsztyn;ośrodek interwencji kryzysowej;ul. Przykładowa 1;dzwonić rano\n\
Schronisko dla kobiet;Women's shelter;89 000 00 00;Olsztyn;schronisko;ul. Tajna 7;\n";

fn build(sheet: &Path, out: &Path, extra: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "en", "feed", "build", "--from"])
        .arg(sheet)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

const PUBLISHER: [&str; 6] = [
    "--publisher",
    "Urząd Miasta Olsztyn",
    "--source-url",
    "https://olsztyn.example/pomoc",
    "--country",
    "PL",
];

/// Every line of every payload of the feed in `dir`, unpacked (the ready-made database's
/// bytes as text: SQLite keeps text as UTF-8).
fn published(dir: &Path) -> String {
    let mut all = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        if path.extension().is_some_and(|e| e == "gz") {
            let mut raw = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut raw)
                .unwrap();
            all.push_str(&String::from_utf8_lossy(&raw));
        } else {
            all.push_str(&String::from_utf8_lossy(&bytes));
        }
        all.push('\n');
    }
    all
}

#[test]
fn a_publisher_builds_its_feed_from_its_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("lista.csv");
    std::fs::write(&sheet, SHEET).unwrap();
    let out = dir.path().join("feed");
    let got = build(&sheet, &out, &PUBLISHER);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&got.stdout),
        String::from_utf8_lossy(&got.stderr)
    );
    assert!(got.status.success(), "{said}");
    assert!(said.contains("2 records"), "{said}");
    let feed = published(&out);
    let records: Vec<haven::model::Record> = feed
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(records.len(), 2, "{feed:.3000}");
    let centre = records
        .iter()
        .find(|r| r.id == "pl/osrodek-interwencji-kryzysowej-w-olsztynie")
        .unwrap();
    assert_eq!(
        centre.name.get("en"),
        Some("Crisis Intervention Centre in Olsztyn")
    );
    assert_eq!(centre.phones[0].number, "+48895275852");
    assert_eq!(
        centre.sources[0].publisher.as_deref(),
        Some("Urząd Miasta Olsztyn")
    );
    assert_eq!(
        centre.sources[0].url.as_deref(),
        Some("https://olsztyn.example/pomoc")
    );
    // What stays in an office stays out of the feed, and the publisher is told.
    // Lower case: the search index in the ready-made database holds words folded.
    let feed = feed.to_lowercase();
    assert!(!feed.contains("tajna"), "a shelter's address was published");
    assert!(!feed.contains("dzwoni"), "an office's note was published");
    assert!(said.contains("Row 3, Adres: a shelter"), "{said}");
    assert!(said.contains("Row 2, Uwagi: an office"), "{said}");
}

#[test]
fn a_spreadsheet_without_its_source_or_its_english_builds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("lista.csv");
    std::fs::write(&sheet, SHEET).unwrap();
    let out = dir.path().join("feed");
    // No publisher named: no record could say where it comes from.
    let got = build(&sheet, &out, &[]);
    assert_eq!(got.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&got.stderr).contains("--publisher"));
    assert!(!out.join("manifest.json").exists());
    // A row with no English name: refused by row and column, and nothing built.
    let no_english = SHEET.replace(";Women's shelter;", ";;");
    std::fs::write(&sheet, no_english).unwrap();
    let got = build(&sheet, &out, &PUBLISHER);
    let err = String::from_utf8_lossy(&got.stderr);
    assert_eq!(got.status.code(), Some(2), "{err}");
    assert!(err.contains("Row 3, name"), "{err}");
    assert!(!out.join("manifest.json").exists());
}

/// `feed build` in a log (standard error not a terminal): a plain line for each step, the
/// indexing told to its end, and no bar's control characters.
#[test]
fn a_feed_build_tells_its_steps_in_plain_lines() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("lista.csv");
    std::fs::write(&sheet, SHEET).unwrap();
    let got = build(&sheet, &dir.path().join("feed"), &PUBLISHER);
    assert!(got.status.success());
    let said = String::from_utf8_lossy(&got.stderr);
    for step in [
        "Checking 2 records…",
        "Writing 2 records as JSON lines…",
        "Indexing for search: 2 of 2 records",
        "Compressing the ready-made directory…",
    ] {
        assert_eq!(
            said.lines().filter(|l| *l == step).count(),
            1,
            "{step}: {said}"
        );
    }
    assert!(!said.contains('\r') && !said.contains('\u{1b}'), "{said}");
}
