//! Hostile files of a few kilobytes, each of a shape that once took gigabytes or minutes
//! (issue "Bounded"), given to `haven import` as a worker would, under a fixed memory budget
//! (`ulimit -v` of 512 MB, the budget the README promises) and a deadline that only catches a
//! hang. Each must end by itself with the reason in the worker's words, and change nothing.

use assert_cmd::Command;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The memory budget: the address space the program may map, in KiB.
const BUDGET_KIB: u64 = 512 * 1024;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `haven ARGS` under the memory budget, as a worker's terminal runs it.
fn bounded(data: &Path, args: &[&str]) -> Run {
    let bin = assert_cmd::cargo::cargo_bin("haven");
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("ulimit -v {BUDGET_KIB} && exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .env("HAVEN_DATA_DIR", data)
        .env_remove("LANG")
        .timeout(Duration::from_secs(60));
    let out = c.output().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Imports `file` and expects a refusal that says `says`; nothing of the office's changes.
fn refused(file: &Path, says: &str) {
    let data = tempfile::tempdir().unwrap();
    let path = file.to_str().unwrap();
    let r = bounded(
        data.path(),
        &["--lang", "en", "import", "--country", "PL", path],
    );
    assert_eq!(
        r.code,
        Some(2),
        "it must end by itself with a refusal (a signal or an abort is no answer)\n{}\n{}",
        r.stdout,
        r.stderr
    );
    assert!(r.stderr.contains(says), "{:?} not in:\n{}", says, r.stderr);
    assert!(r.stderr.contains("Nothing was imported"), "{}", r.stderr);
    assert!(
        r.stdout.len() < 64 * 1024,
        "{} bytes of output",
        r.stdout.len()
    );
    let list = bounded(data.path(), &["local", "list", "--json"]);
    assert_eq!(list.code, Some(0), "{}", list.stderr);
    assert_eq!(list.stdout.trim(), "[]", "nothing may have been imported");
}

/// A ZIP of `parts` (name, bytes), compressed as office programs do.
fn zip_of(path: &Path, parts: &[(&str, &[u8])]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
}

/// A minimal XLSX whose one sheet is `sheet` (and `strings` its shared strings, if any).
fn xlsx(path: &Path, sheet: &[u8], strings: Option<&[u8]>) {
    let types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
    let rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let book = br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let book_rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", book),
        ("xl/_rels/workbook.xml.rels", book_rels),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    if let Some(s) = strings {
        parts.push(("xl/sharedStrings.xml", s));
    }
    zip_of(path, &parts);
}

fn sheet_xml(rows: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    )
    .into_bytes()
}

fn inline(at: &str, text: &str) -> String {
    format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

fn tmp(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn a_cell_at_the_far_corner_of_a_sheet_is_named_not_built() {
    // Once: a dense range of 16,384 × 1,048,576 cells, 512 GiB asked for.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "far.xlsx");
    let rows = format!(
        r#"<row r="1">{}</row><row r="2">{}</row><row r="1048576">{}</row>"#,
        inline("A1", "Name"),
        inline("A2", "Ośrodek Interwencji Kryzysowej"),
        inline("XFD1048576", "x")
    );
    xlsx(&f, &sheet_xml(&rows), None);
    assert!(std::fs::metadata(&f).unwrap().len() < 4096);
    refused(
        &f,
        "Row 1048576 has something in column XFD; Haven reads at most 256 columns",
    );
}

#[test]
fn a_sheet_that_inflates_past_its_budget_is_refused_before_it_is_read() {
    // 300 MB of sheet (empty rows) in a few hundred kilobytes.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "bomb.xlsx");
    let mut sheet = sheet_xml(&format!("<row r=\"1\">{}</row>", inline("A1", "Name")));
    let pad = b"<row/>".repeat(50 << 20);
    let at = sheet.len() - "</sheetData></worksheet>".len();
    sheet.splice(at..at, pad);
    xlsx(&f, &sheet, None);
    assert!(std::fs::metadata(&f).unwrap().len() < 4 << 20);
    refused(
        &f,
        "unpacks to more than 128 MB (in its part xl/worksheets/sheet1.xml)",
    );
}

#[test]
fn millions_of_shared_strings_are_refused_by_their_count() {
    // Once: 100 million strings in 4 MB, 3.8 GB and 47 s. Here five million.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "strings.xlsx");
    let mut strings = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.to_vec();
    for _ in 0..5_000_000 {
        strings.extend_from_slice(b"<si><t/></si>");
    }
    strings.extend_from_slice(b"</sst>");
    let sheet = sheet_xml(r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#);
    xlsx(&f, &sheet, Some(&strings));
    refused(&f, "more than 1000000 cells");
}

#[test]
fn one_string_of_hundreds_of_megabytes_is_refused_while_it_streams_past() {
    // Once: a 3 MB file holding one 3 GB string, 4 GB and an abort.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "long.xlsx");
    let mut strings = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"#.to_vec();
    strings.extend(std::iter::repeat_n(b'a', 100 << 20));
    strings.extend_from_slice(b"</t></si></sst>");
    let sheet = sheet_xml(r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#);
    xlsx(&f, &sheet, Some(&strings));
    refused(&f, "holds a text longer than 256 KB");
}

/// An ODS whose content is `body` inside its one table.
fn ods(path: &Path, body: &str) {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Arkusz1">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(
        path,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", content.as_bytes()),
            ("META-INF/manifest.xml", manifest),
        ],
    );
}

fn cell(text: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
    )
}

#[test]
fn an_ods_row_repeated_thousands_of_times_across_every_column_is_refused() {
    // Once: 826 bytes, 11 GB and 42 s, and 16,382 header lines printed.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "repeat.ods");
    let body = r#"<table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    ods(&f, body);
    assert!(std::fs::metadata(&f).unwrap().len() < 2048);
    refused(
        &f,
        "Row 1 has something in column IW; Haven reads at most 256 columns",
    );
}

#[test]
fn an_ods_as_libreoffice_writes_it_with_a_million_empty_rows_imports() {
    // LibreOffice ends a sheet with its empty rows and columns written as repeats.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "office.ods");
    let body = format!(
        r#"<table:table-row>{}{}<table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row>{}<table:table-cell office:value-type="float" office:value="22 678 77 77"><text:p>22 678 77 77</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
        cell("Nazwa"),
        cell("Telefon"),
        cell("Ośrodek Interwencji Kryzysowej &amp; Poradnia<text:s text:c=\"2\"/>Elbląg"),
    );
    ods(&f, &body);
    let data = tempfile::tempdir().unwrap();
    let r = bounded(
        data.path(),
        &[
            "--lang",
            "en",
            "import",
            "--country",
            "PL",
            f.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, Some(0), "{}\n{}", r.stdout, r.stderr);
    let list = bounded(data.path(), &["local", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    let names: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["Ośrodek Interwencji Kryzysowej & Poradnia  Elbląg".to_string()],
        "{}",
        list.stdout
    );
}

#[test]
fn a_csv_with_a_million_columns_is_refused_at_its_first_line() {
    // Once: 3 min 14 s of CPU and a million lines of output.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "wide.csv");
    let mut line = String::from("Nazwa");
    for _ in 0..1_000_000 {
        line.push_str(",x");
    }
    line.push_str("\nOśrodek,1\n");
    std::fs::write(&f, line).unwrap();
    refused(&f, "Row 1 has something in column");
}

#[test]
fn an_old_binary_excel_file_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "old.xls");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(4096, 0);
    std::fs::write(&f, bytes).unwrap();
    refused(&f, "save it as .xlsx or .ods");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_folder_is_named_for_what_it_is_and_never_waited_on() {
    // Once: `local import` of a FIFO blocked for ever.
    let dir = tempfile::tempdir().unwrap();
    let fifo = tmp(&dir, "pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    refused(
        &fifo,
        "is not a regular file (a device, a pipe or a socket)",
    );
    let folder = tmp(&dir, "folder");
    std::fs::create_dir(&folder).unwrap();
    refused(&folder, "is a folder, not a file");
}

#[test]
fn one_location_shared_by_thousands_of_services_stops_at_the_budget_of_rows_built() {
    // Once: each of 3,000 services got its own copy of a location with 3,000 addresses,
    // 4 GB and an abort from 148 KB of tables.
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("package");
    std::fs::create_dir(&pkg).unwrap();
    let n = 3000;
    let mut services = String::from("id,organization_id,name\n");
    let mut at = String::from("id,service_id,location_id\n");
    let mut addresses = String::from("id,location_id,address_1,city,country\n");
    for i in 0..n {
        services.push_str(&format!("s{i},o1,Punkt konsultacyjny {i}\n"));
        at.push_str(&format!("sal{i},s{i},l1\n"));
        addresses.push_str(&format!("a{i},l1,ul. Dworcowa {i},Olsztyn,PL\n"));
    }
    for (file, text) in [
        (
            "organizations.csv",
            "id,name\no1,Miejski Ośrodek Pomocy Społecznej\n".to_string(),
        ),
        ("services.csv", services),
        ("service_at_location.csv", at),
        ("locations.csv", "id,name\nl1,Siedziba\n".to_string()),
        ("addresses.csv", addresses),
    ] {
        std::fs::write(pkg.join(file), text).unwrap();
    }
    refused(
        &pkg,
        "more than 200000 rows into its services and organizations",
    );
}

#[test]
fn an_hsds_file_past_its_budget_is_refused_while_it_is_read() {
    // Once: a 1 GB name, 5.3 GB and an abort. Here 70 MB, past the 64 MB budget.
    let dir = tempfile::tempdir().unwrap();
    let f = tmp(&dir, "long.json");
    let mut text = String::from(r#"{"name": ""#);
    text.push_str(&"a".repeat(70 << 20));
    text.push_str(r#"", "description": "x"}"#);
    std::fs::write(&f, text).unwrap();
    refused(&f, "The HSDS file is larger than 64 MB");
}

#[test]
fn a_search_index_found_damaged_is_rebuilt_from_the_records_not_given_up() {
    // Once: every search failed ("database disk image is malformed"), `db check` said
    // "intact", and only `db rebuild` back to the bundled directory helped.
    let data = tempfile::tempdir().unwrap();
    let before = bounded(data.path(), &["--lang", "en", "search", "przemoc"]);
    assert_eq!(before.code, Some(0), "{}", before.stderr);
    {
        let conn = rusqlite::Connection::open(data.path().join("directory.sqlite3")).unwrap();
        conn.execute(
            "UPDATE record_fts_docsize SET sz = x'ffffffffffffffffff'",
            [],
        )
        .unwrap();
    }
    let check = bounded(data.path(), &["--lang", "en", "db", "check"]);
    assert_ne!(
        check.code,
        Some(0),
        "db check must see it:\n{}",
        check.stdout
    );
    let after = bounded(data.path(), &["--lang", "en", "search", "przemoc"]);
    assert_eq!(after.code, Some(0), "{}", after.stderr);
    assert!(
        after
            .stderr
            .contains("The search index was damaged; Haven rebuilt it"),
        "{}",
        after.stderr
    );
    assert_eq!(
        after.stdout, before.stdout,
        "the same answer as before the damage"
    );
    let again = bounded(data.path(), &["--lang", "en", "db", "check"]);
    assert_eq!(again.code, Some(0), "{}\n{}", again.stdout, again.stderr);
}

#[test]
fn a_note_of_megabytes_is_refused_at_the_form_and_in_a_layer_file() {
    // Once: a 200 MB note was kept, and every command after it took seconds and a gigabyte.
    let data = tempfile::tempdir().unwrap();
    let long = "Dzwonić rano. ".repeat(1000);
    let r = bounded(
        data.path(),
        &["--lang", "en", "note", "pl/niebieska-linia", &long],
    );
    assert_eq!(r.code, Some(2), "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("The note has 14000 characters; a note holds at most 10000"),
        "{}",
        r.stderr
    );
    // The same note arriving in another office's layer file.
    let file = data.path().join("layer.json");
    let export = serde_json::json!({
        "format": "haven-local-layer", "version": 1, "exported_at": "2026-12-07T10:00:00Z",
        "notes": [{"id": "pl/niebieska-linia", "text": long, "lang": "pl",
                   "updated_at": "2026-12-07"}],
        "flags": [], "favourites": [], "records": [], "known": []
    });
    std::fs::write(&file, export.to_string()).unwrap();
    let r = bounded(
        data.path(),
        &["--lang", "en", "local", "import", file.to_str().unwrap()],
    );
    assert_ne!(r.code, Some(0), "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("a note holds at most 10000"),
        "{}",
        r.stderr
    );
    let show = bounded(data.path(), &["--lang", "en", "show", "pl/niebieska-linia"]);
    assert!(!show.stdout.contains("Dzwonić rano"), "{}", show.stdout);
}
