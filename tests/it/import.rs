//! An office's own spreadsheet brought in with `haven import`, as a worker at a terminal
//! does it: the rows become the office's records and are found by search; bad rows are
//! reported by row and column; a file that cannot be read changes nothing.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn haven(data: &tempfile::TempDir) -> Command {
    let mut c = Command::cargo_bin("haven").unwrap();
    c.env("HAVEN_DATA_DIR", data.path()).env_remove("LANG");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(c: &mut Command) -> Run {
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// The ids of the office's own records.
fn local_ids(data: &tempfile::TempDir) -> Vec<String> {
    let r = run(haven(data).args(["local", "list", "--json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

fn search_ids(data: &tempfile::TempDir, lang: &str, query: &str) -> Vec<String> {
    let r = run(haven(data).args(["--lang", lang, "search", query, "--json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

const POLISH_OFFICE: &str = "\
Nazwa;Telefon;Adres;Miejscowość;Województwo;Kategoria;Dla kogo;Godziny otwarcia;Strona WWW;E-mail;Uwagi;Faks
Ośrodek Interwencji Kryzysowej w Łodzi;42 640 51 60;ul. Broniewskiego 1a;Łódź;łódzkie;Ośrodek interwencji kryzysowej;kobiety, dzieci;całodobowo;www.oik.lodz.pl;oik@oik.lodz.pl;Pani Anna mówi po rosyjsku;42 000 00 00
Hostel dla Ofiar Przemocy;22 111 22 33;ul. Tajna 5;Warszawa;mazowieckie;schronisko;kobiety;pn-pt 8-16;;;;
Punkt bez numeru;12;;Kraków;;;;;;;;
;22 123 45 67;;Gdańsk;;;;;;;;
Niebieska Linia;800 120 002;;;;Telefon zaufania;;;;;;
Poradnia Rodzinna;58 301 00 00;;Gdańsk;;poradnia;rodziny;po umówieniu;;;;
";

fn polish_file(dir: &Path) -> PathBuf {
    let (bytes, _, bad) = encoding_rs::WINDOWS_1250.encode(POLISH_OFFICE);
    assert!(!bad);
    let path = dir.join("biuro.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_polish_office_list_in_windows_1250_comes_in_and_is_found() {
    let data = tempfile::tempdir().unwrap();
    let file = polish_file(data.path());
    let r = run(haven(&data)
        .args(["--lang", "pl", "import", "--country", "PL"])
        .arg(&file));
    // Two rows were refused: the exit code says so, and the others are still added.
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("windows-1250") && r.stdout.contains(';'),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("„Faks” → nie importowana"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("Wiersz 4, Telefon: „12” nie jest numerem telefonu"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Wiersz 5, Nazwa: brak nazwy"),
        "{}",
        r.stderr
    );
    // Hours Haven cannot read are left out, the row kept, and the worker told.
    assert!(
        r.stderr.contains("Wiersz 7, Godziny otwarcia"),
        "{}",
        r.stderr
    );
    // The national Niebieska Linia is already in the directory: reported, not added.
    assert!(
        r.stdout.contains("Wiersz 6") && r.stdout.contains("pl/niebieska-linia"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Dodane do wpisów tego ośrodka: 3"),
        "{}",
        r.stdout
    );

    let found = search_ids(&data, "pl", "interwencji lodz");
    assert_eq!(
        found.first().map(String::as_str),
        Some("local/osrodek-interwencji-kryzysowej-w-lodzi")
    );
    let r = run(haven(&data).args([
        "show",
        "local/osrodek-interwencji-kryzysowej-w-lodzi",
        "--json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let phones = v["phones"].as_array().unwrap();
    assert_eq!(phones[0]["number"], "+48426405160");
    assert_eq!(v["hours"]["opening_hours"], "24/7");
    assert_eq!(v["categories"][0], "crisis-centre");
    assert_eq!(v["region"]["id"], "pl/lodzkie");
    assert_eq!(v["name"]["orig"], "pl");
    // The "Uwagi" column is the office's note on the record.
    let shown = run(haven(&data).args([
        "--lang",
        "pl",
        "show",
        "local/osrodek-interwencji-kryzysowej-w-lodzi",
    ]));
    assert!(
        shown.stdout.contains("Pani Anna mówi po rosyjsku"),
        "{}",
        shown.stdout
    );

    // A shelter's address is confidential, whatever the spreadsheet says.
    let r = run(haven(&data).args(["show", "local/hostel-dla-ofiar-przemocy", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["hours"]["opening_hours"], "Mo-Fr 08:00-16:00");
    assert!(
        !r.stdout.contains("Tajna"),
        "a confidential address left the screen: {}",
        r.stdout
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let data = tempfile::tempdir().unwrap();
    let file = polish_file(data.path());
    run(haven(&data).args(["import", "--country", "PL"]).arg(&file));
    let first = local_ids(&data);
    assert_eq!(first.len(), 3, "{first:?}");
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL"])
        .arg(&file));
    assert!(
        r.stdout.contains("Added to this office’s records: 0")
            && r.stdout.contains("Possible duplicates not added: 4"),
        "{}",
        r.stdout
    );
    assert_eq!(local_ids(&data), first);
}

#[test]
fn a_dry_run_shows_everything_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let file = polish_file(data.path());
    let r = run(haven(&data)
        .args(["--lang", "ru", "import", "--dry-run", "--country", "PL"])
        .arg(&file));
    assert!(r.stdout.contains("Будет добавлено: 3"), "{}", r.stdout);
    assert!(r.stderr.contains("Строка 4, Telefon"), "{}", r.stderr);
    assert!(!r.stderr.contains("Сохранение"), "{}", r.stderr);
    assert!(local_ids(&data).is_empty());
}

/// In a log (standard error not a terminal) an import tells its two long steps in a plain
/// line each, before their results.
#[test]
fn an_import_tells_its_steps_in_plain_lines() {
    let data = tempfile::tempdir().unwrap();
    let file = polish_file(data.path());
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL"])
        .arg(&file));
    let lines: Vec<&str> = r.stderr.lines().collect();
    let at = |line: &str| lines.iter().position(|l| *l == line);
    let reading = at(&format!("Reading and checking {}…", file.display()));
    let first_problem = lines.iter().position(|l| l.starts_with("Row "));
    let saving = at("Saving 3 records into the office’s list…");
    assert!(
        reading.is_some() && reading < first_problem && first_problem < saving,
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains('\u{1b}'), "{}", r.stderr);
}

#[test]
fn rows_without_a_country_are_refused_unless_one_is_given() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("list.csv");
    std::fs::write(
        &file,
        "name,phone\nCrisis line,+7 727 272 33 44\nLocal desk,8 727 272 33 45\n",
    )
    .unwrap();
    let r = run(haven(&data).args(["--lang", "en", "import"]).arg(&file));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Row 2: no country"), "{}", r.stderr);
    assert!(local_ids(&data).is_empty());
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "KZ"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let show = run(haven(&data).args(["show", "local/local-desk", "--json"]));
    assert!(show.stdout.contains("+77272723345"), "{}", show.stdout);
}

#[test]
fn columns_with_other_headers_are_named_with_map() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("list.csv");
    std::fs::write(
        &file,
        "Placówka,Numer,Kontakt\nPunkt Pomocy,22 100 20 30,punkt@example.pl\n",
    )
    .unwrap();
    // "Numer" and "Kontakt" are not headers Haven knows.
    let r = run(haven(&data)
        .args(["--lang", "pl", "import", "--country", "PL"])
        .arg(&file));
    assert!(
        r.stdout.contains("„Numer” → nie importowana"),
        "{}",
        r.stdout
    );
    run(haven(&data).args(["local", "remove", "local/punkt-pomocy"]));
    let r = run(haven(&data)
        .args([
            "--lang",
            "pl",
            "import",
            "--country",
            "PL",
            "--map",
            "Numer=phone",
            "--map",
            "C=email",
        ])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("„Numer” → Telefon"), "{}", r.stdout);
    let show = run(haven(&data).args(["show", "local/punkt-pomocy", "--json"]));
    assert!(show.stdout.contains("+48221002030") && show.stdout.contains("punkt@example.pl"));
    // A field Haven does not have is refused with the list of those it has.
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--map", "Numer=fax"])
        .arg(&file));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("“Numer=fax” is not COLUMN=FIELD") && r.stderr.contains("phone"));
}

#[test]
fn files_that_cannot_be_read_change_nothing() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "cut.xlsx",
            b"PK\x03\x04\x14\x00\x00\x00broken".to_vec(),
            "nie jest arkusz",
        ),
        ("empty.csv", b"\n\n".to_vec(), "nie zawiera żadnych wierszy"),
        (
            "photo.csv",
            vec![0x89, b'P', b'N', b'G', 0, 0, 1, 2],
            "nie jest arkusz",
        ),
        (
            "nonames.csv",
            b"telefon,miasto\n22 100 20 30,Warszawa\n".to_vec(),
            "Żadna kolumna nie zawiera nazw",
        ),
    ];
    for (name, bytes, says) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let r = run(haven(&data)
            .args(["--lang", "pl", "import", "--country", "PL"])
            .arg(&path));
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{name}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{name}: {}", r.stderr);
    }
    let r = run(haven(&data)
        .args(["--lang", "pl", "import"])
        .arg(dir.join("missing.csv")));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("missing.csv"), "{}", r.stderr);
    assert!(local_ids(&data).is_empty());
}

#[test]
fn a_fifty_megabyte_cell_refuses_its_row_only() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("big.csv");
    let mut text = String::from("name,description,phone\nSmall centre,,22 100 20 30\nHuge centre,");
    text.push_str(&"x".repeat(50 * 1024 * 1024));
    text.push_str(",22 100 20 31\n");
    std::fs::write(&path, text).unwrap();
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL"])
        .arg(&path));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("Row 3, description: 52428800 characters"),
        "{}",
        &r.stderr[..r.stderr.len().min(500)]
    );
    assert_eq!(local_ids(&data), vec!["local/small-centre".to_string()]);
}

#[test]
fn spreadsheets_with_headers_in_each_language_are_found_by_search() {
    // Made with LibreOffice Calc (see tests/fixtures/import/README.md).
    let cases = [
        ("kk.xlsx", "KZ", "kk", "дағдарыс", "local/"),
        ("ru.ods", "KZ", "ru", "кризисный", "local/"),
        ("vi.xlsx", "VN", "vi", "tam lanh can tho", "local/"),
        ("fa.ods", "IR", "fa", "مشاوره", "local/"),
        ("en.xlsx", "PL", "en", "legal aid", "local/"),
    ];
    for (file, country, lang, query, prefix) in cases {
        let data = tempfile::tempdir().unwrap();
        let r = run(haven(&data)
            .args(["--lang", lang, "import", "--country", country])
            .arg(fixture(file)));
        assert_eq!(r.code, 0, "{file}: {}\n{}", r.stdout, r.stderr);
        let ids = search_ids(&data, lang, query);
        assert!(
            ids.first().is_some_and(|id| id.starts_with(prefix)),
            "{file}: {query} found {ids:?}\n{}",
            r.stdout
        );
    }
}

#[test]
fn a_formula_is_refused_with_its_cell() {
    let data = tempfile::tempdir().unwrap();
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL"])
        .arg(fixture("formula.xlsx")));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("Row 3, phone: a formula"), "{}", r.stderr);
    assert_eq!(local_ids(&data).len(), 1);
}

#[test]
fn an_hsds_file_comes_in_and_the_directory_goes_out_as_hsds() {
    let data = tempfile::tempdir().unwrap();
    let official =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/service_full.json");
    let r = run(haven(&data).args(["--lang", "pl", "import"]).arg(&official));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("Dodane do wpisów tego ośrodka: 1"),
        "{}",
        r.stdout
    );
    // The official example's known defects, each by item and field.
    assert!(
        r.stderr
            .contains("Pozycja 1 („Community Counselling”), phones[0].number")
            && r.stderr.contains("cudzysłowie"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("location.latitude"), "{}", r.stderr);
    assert_eq!(
        search_ids(&data, "en", "community counselling")
            .first()
            .map(String::as_str),
        Some("local/community-counselling")
    );
    // Imported again: a possible duplicate, not added twice.
    let r = run(haven(&data).args(["--lang", "en", "import"]).arg(&official));
    assert!(
        r.stdout.contains("Possible duplicates not added: 1"),
        "{}",
        r.stdout
    );

    let out = data.path().join("hsds");
    let r = run(haven(&data)
        .args(["--lang", "en", "export", "hsds", "--out"])
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let services: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("services.json")).unwrap()).unwrap();
    let contents = services["contents"].as_array().unwrap();
    let imported = contents
        .iter()
        .find(|s| s["name"] == "Community Counselling")
        .unwrap();
    // What Haven has no place for went out again, with the publisher's own ids.
    assert_eq!(imported["id"], "ac148810-d857-441c-9679-408f346de14b");
    assert!(
        imported["fees_description"]
            .as_str()
            .unwrap()
            .contains("Non-NHS")
    );
    assert!(
        contents
            .iter()
            .any(|s| s["haven"]["id"] == "pl/niebieska-linia")
    );
}

#[test]
fn a_publisher_builds_a_feed_from_hsds_in_one_command() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let hsds_dir = work.path().join("hsds");
    let r = run(haven(&data)
        .args(["export", "hsds", "--out"])
        .arg(&hsds_dir));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bundled = haven::store::bundled_records().unwrap().len();
    let built = |from: &Path, out: &str| {
        run(haven(&data)
            .args(["--lang", "en", "feed", "build", "--from"])
            .arg(from)
            .arg("--out")
            .arg(work.path().join(out)))
    };
    // The whole directory, out as HSDS and back in as a feed.
    let r = built(&hsds_dir, "feed");
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&format!("{bundled} records")),
        "{}",
        r.stdout
    );
    // Another publisher's HSDS file (the official example, in English).
    let official =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/service_full.json");
    let r = built(&official, "feed2");
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("1 record"), "{}", r.stdout);
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(work.path().join("feed2/manifest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest["snapshot"]["records"], 1, "{manifest}");
    // One item that cannot be trusted, and nothing is built.
    let bad = work.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"[{"id": "a", "name": "Line", "status": "active", "url": "https://example.org",
             "phones": [{"id": "p", "number": "12"}]}]"#,
    )
    .unwrap();
    let r = built(&bad, "feed3");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("nothing was built"), "{}", r.stderr);
    assert!(!work.path().join("feed3/manifest.json").exists());
    // A spreadsheet needs the publisher its records cite (tests/it/feed_from_sheet.rs).
    let sheet = work.path().join("list.csv");
    std::fs::write(&sheet, "name,phone\nLine,+48 22 100 20 30\n").unwrap();
    let r = built(&sheet, "feed4");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--publisher"), "{}", r.stderr);
}

#[test]
fn ten_thousand_rows_are_read_and_the_bad_one_is_named_and_more_are_refused_whole() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("big.csv");
    let list = |rows: usize| {
        let mut text = String::from("name,phone,city\n");
        for i in 0..rows {
            let phone = if i == 5_000 {
                "12".to_string()
            } else {
                format!("22 5{i:06}")
            };
            text.push_str(&format!("Centre {i},{phone},Warszawa\n"));
        }
        text
    };
    // The header and 9,999 services: the most one import reads (`import::MAX_ROWS`).
    std::fs::write(&path, list(9_999)).unwrap();
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL", "--dry-run"])
        .arg(&path));
    assert_eq!(r.code, 2, "{}", &r.stderr[..r.stderr.len().min(500)]);
    // Row 1 is the header: the 5,001st service is on row 5002.
    assert!(r.stderr.contains("Row 5002, phone"), "{}", r.stderr);
    assert!(r.stdout.contains("Would be added: 9998."), "{}", r.stdout);
    assert!(local_ids(&data).is_empty(), "a dry run writes nothing");
    // One more, and the file is refused whole, with what to do.
    std::fs::write(&path, list(10_000)).unwrap();
    let r = run(haven(&data)
        .args(["--lang", "en", "import", "--country", "PL"])
        .arg(&path));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("more than 10000 rows. Split it"),
        "{}",
        r.stderr
    );
    assert!(local_ids(&data).is_empty());
}

#[test]
fn a_utf16_csv_comes_in() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("lista.csv");
    let text = "nazwa;telefon;miasto\nPunkt Zaufania „Łódź”;42 100 20 30;Łódź\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    let r = run(haven(&data)
        .args(["--lang", "pl", "import", "--country", "PL"])
        .arg(&path));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.to_lowercase().contains("utf-16"), "{}", r.stdout);
    assert_eq!(
        local_ids(&data),
        vec!["local/punkt-zaufania-lodz".to_string()]
    );
}
