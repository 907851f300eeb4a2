//! Entry points for fuzzing. Each takes arbitrary bytes and hands them to one parser that
//! reads outside input, the way the program does. `fuzz/` runs them under libFuzzer;
//! `tests/it/fuzz_regressions.rs` replays, with an ordinary `cargo test`, the seed corpora and
//! every input that ever made one of them fail. A panic, a hang or memory without bound in
//! any of them is a bug.

use crate::model::Country;
use std::collections::HashMap;

/// The date the checks run as, so a run is repeatable.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 4)
}

/// Splits fuzz input at its first zero byte: two inputs for one run.
fn halves(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// A feed's manifest and its minisign signature, as a client reads them.
pub fn manifest(data: &[u8]) {
    let (signature, manifest) = halves(data);
    if let Ok(text) = std::str::from_utf8(signature) {
        let _ = minisign_verify::Signature::decode(text);
        let _ = minisign_verify::PublicKey::decode(text);
    }
    if let Ok(m) = serde_json::from_slice::<crate::sync::feed::Manifest>(manifest) {
        let _ = serde_json::to_vec(&m);
    }
}

/// A feed payload: gzip-compressed JSON lines of records (a snapshot) or of changes (a
/// delta), each record checked as a client checks it.
pub fn feed_payload(data: &[u8]) {
    use crate::sync::feed::{Change, decode_lines, validator};
    let kinds = HashMap::new();
    let mut v = validator(&kinds, today());
    let records = decode_lines::<crate::model::Record>(data, 1 << 22).take(10_000);
    for r in records.flatten() {
        let _ = v.check(&r);
    }
    for c in decode_lines::<Change>(data, 1 << 22).take(10_000) {
        if let Ok(Change::Upsert { record }) = c {
            let _ = v.check(&record);
        }
    }
}

/// A publisher's `data/` records (a JSON list), validated.
pub fn records(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(records) = crate::model::parse_records(text) {
        let _ = crate::model::validate_directory(&records, &crate::model::seed_text, today());
        for r in &records {
            let _ = crate::hsds::to_hsds(r);
            let _ = crate::model::open::open_state(r, jiff::Timestamp::UNIX_EPOCH);
        }
    }
}

/// The settings file.
pub fn settings(data: &[u8]) {
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = crate::settings::Settings::from_value(&v);
    }
}

/// The worker's layer as exported to move it to another PC, and a corrections file.
pub fn layer_files(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = crate::layer::read_export(text);
    let _ = crate::layer::read_corrections(text);
}

/// An Open Referral HSDS JSON file imported into the office's records.
pub fn hsds_json(data: &[u8]) {
    let target = crate::hsds::Target::Office {
        office: "Fuzz".into(),
    };
    let pl = Country::new("PL");
    let mut input = data;
    let _ = crate::hsds::import(
        &mut input,
        &target,
        pl.as_ref(),
        "en",
        today(),
        &HashMap::new(),
        &|_| false,
    );
}

/// An HSDS data package: the input split at its zero bytes into the tables below, in that
/// order (links between them can loop, or share one row among thousands).
pub fn hsds_tables(data: &[u8]) {
    const TABLES: [&str; 7] = [
        "services.csv",
        "phones.csv",
        "service_at_location.csv",
        "locations.csv",
        "addresses.csv",
        "attributes.csv",
        "taxonomy_terms.csv",
    ];
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    for (file, part) in TABLES.iter().zip(data.split(|b| *b == 0)) {
        if std::fs::write(dir.path().join(file), part).is_err() {
            return;
        }
    }
    let pl = Country::new("PL");
    let _ = crate::hsds::import_package(
        dir.path(),
        &crate::hsds::Target::Publisher,
        pl.as_ref(),
        "en",
        today(),
        &HashMap::new(),
        &|_| false,
    );
}

/// A spreadsheet an office imports (CSV in any encoding, XLSX, ODS, XLS), every row staged.
pub fn spreadsheet(data: &[u8]) {
    let Ok(table) = crate::import::read_bytes(data.to_vec(), Some("PL"), None) else {
        return;
    };
    let opts = crate::import::Options {
        country: Country::new("PL"),
        map: Vec::new(),
        office: "Fuzz".into(),
        today: today(),
        lang: "pl".into(),
        encoding: None,
        publisher: None,
    };
    let mut known = crate::import::Known::default();
    let _ = crate::import::stage(&table, &opts, &mut known, &[], &|_| false);
}

/// What a worker types into the search box.
pub fn query(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = crate::search::plan::parse(text);
    let _ = crate::search::plan::plan(&parsed, &mut NoRecords);
    let _ = crate::search::translit::cyrillic_to_latin(&crate::search::fold::fold(text));
}

/// A directory with no records, for planning a query.
struct NoRecords;

impl crate::search::plan::Lookup for NoRecords {
    fn count(&mut self, _expr: &str, _at_most: usize) -> usize {
        0
    }
    fn terms(&mut self) -> Option<&crate::search::terms::Terms> {
        None
    }
}

/// Opening hours as written in a record (`opening_hours` syntax) and as offices write them
/// in spreadsheets, each asked whether it is open at every hour of a week.
pub fn hours(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = crate::model::schedule::Schedule::parse(text) {
        for day in 0..7 {
            for hour in 0..24u16 {
                let _ = s.is_open(day, hour * 60);
            }
        }
    }
    let _ = crate::parse::hours::from_office(text);
}

/// A publisher's ready-made directory database (a feed snapshot, format 2): checked as a
/// client checks it and, when its form passes, copied into a directory as a client copies it
/// (which runs FTS5's check and the spot check of the index on the copy).
pub fn incoming(data: &[u8]) {
    use crate::store::incoming::{Incoming, install};
    let Some(template) = directory_template() else {
        return;
    };
    let Ok(work) = tempfile::tempdir() else {
        return;
    };
    let file = work.path().join("directory.incoming");
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let origin = crate::store::Origin::Feed {
        feed_id: "central".into(),
        sequence: 1,
    };
    let Ok(inc) = Incoming::open(&file) else {
        return;
    };
    let form = inc.check_form(&origin);
    let kinds = HashMap::new();
    let mut v = crate::sync::feed::validator(&kinds, today());
    let _ = inc.kinds(0);
    let _ = inc.scan(&mut |_, r| {
        let _ = v.check(r);
        Ok(())
    });
    let _ = inc.check_pages();
    drop(inc);
    if form.is_ok() {
        let db = work.path().join("directory.sqlite3");
        if std::fs::copy(template, &db).is_ok() {
            let _ = install(&db, &file, None, &origin, &[], || Ok(()));
        }
    }
}

/// A directory built once from the bundled records, copied for each run of [`incoming`].
fn directory_template() -> Option<&'static std::path::Path> {
    static TEMPLATE: std::sync::OnceLock<Option<(tempfile::TempDir, std::path::PathBuf)>> =
        std::sync::OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().ok()?;
            let path = dir.path().join("directory.sqlite3");
            drop(crate::store::Directory::open(&path, false).ok()?);
            Some((dir, path))
        })
        .as_ref()
        .map(|(_, p)| p.as_path())
}
