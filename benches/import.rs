//! What bringing in a big list costs, as `haven import` does it: a 10,000-row office
//! spreadsheet (CSV, written from synthetic records) read, checked row by row, compared with
//! the directory for duplicates and written into the office's layer; 100,000 HSDS services
//! exported, read back and written the same way.
//!
//! `cargo bench --bench import` (9,999 rows and the header: the most an import reads, `import::MAX_ROWS`); `HAVEN_BENCH_SIZE=10000 cargo bench --bench
//! import` for another size. `HAVEN_BENCH_SHEET=file.xlsx` also times reading a workbook
//! (made, for example, with `soffice --headless --convert-to xlsx` from the CSV this bench
//! leaves in `target/import-bench.csv`).

use haven::hsds::{self, Target};
use haven::import::{self, Options, Staged};
use haven::model::{ChannelKind, Country};
use haven::store::{Paths, moves, open_with_layer};
use haven_synth as synth;
use std::fmt::Write as _;
use std::time::Instant;

fn size() -> usize {
    std::env::var("HAVEN_BENCH_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(9_999)
}

/// Starts the peak-memory count again (Linux: `clear_refs` 5 resets VmHWM), so each import is
/// measured without the synthetic records the bench made its files from.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn secs(t: Instant) -> String {
    format!("{:.2} s", t.elapsed().as_secs_f64())
}

/// A CSV cell, quoted.
fn cell(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn main() {
    let n = size();
    let records: Vec<_> = synth::records(n, 7).collect();
    let today = haven::today();

    // The spreadsheet an office would keep: one row per service.
    let mut csv =
        String::from("Name,Phone,Address,City,Country,Category,Hours,Website,E-mail,Notes\n");
    for (i, r) in records.iter().enumerate() {
        // Warsaw numbers, one per row (the synthetic records' own are not real numbers).
        let d = (1_000_000 + i % 9_000_000).to_string();
        let phone = format!("22 {} {} {}", &d[0..3], &d[3..5], &d[5..7]);
        let web = r
            .channels
            .iter()
            .find(|c| c.kind == ChannelKind::Web)
            .map(|c| c.value.as_str())
            .unwrap_or("");
        let mail = r
            .channels
            .iter()
            .find(|c| c.kind == ChannelKind::Email)
            .map(|c| c.value.as_str())
            .unwrap_or("");
        let address = r
            .locations
            .iter()
            .find(|l| !l.confidential)
            .and_then(|l| l.address.as_ref())
            .map(|a| a.original())
            .unwrap_or("");
        // Each row its own service (synthetic names repeat within a city).
        let name = format!("{} {i}", r.name.original());
        let _ = writeln!(
            csv,
            "{},{},{},{},PL,{},{},{},{},{}",
            cell(&name),
            cell(&phone),
            cell(address),
            cell(r.city.as_ref().map(|c| c.original()).unwrap_or("")),
            r.categories.first().map(|c| c.key()).unwrap_or(""),
            cell(
                r.hours
                    .as_ref()
                    .map(|h| h.opening_hours.as_str())
                    .unwrap_or("")
            ),
            cell(web),
            cell(mail),
            cell("checked by phone"),
        );
    }
    let target_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&target_dir);
    let csv_path = target_dir.join("import-bench.csv");
    std::fs::write(&csv_path, &csv).expect("write the CSV");
    println!(
        "# {n} rows, CSV of {:.1} MB",
        csv.len() as f64 / (1024.0 * 1024.0)
    );

    // The HSDS file, made now so the import below is measured on its own: at most 15,000
    // records, which keeps it within the 64 MB an import reads (`hsds::MAX_JSON_BYTES`; a
    // record with its six languages is about 3.4 KB) and the package within its million
    // cells. The export is timed at the full size.
    let hsds_n = n.min(15_000);
    let t = Instant::now();
    let (mut text, mut orgs) = (Vec::new(), Vec::new());
    hsds::write_directory(&records, &mut text, &mut orgs).expect("export");
    let exported_all = secs(t);
    println!("| HSDS export, {n} records | {exported_all} |");
    let t = Instant::now();
    let (mut text, mut orgs) = (Vec::new(), Vec::new());
    hsds::write_directory(&records[..hsds_n], &mut text, &mut orgs).expect("export");
    let exported = secs(t);
    println!(
        "| HSDS export, {hsds_n} records | {exported} | {:.1} MB of JSON |",
        (text.len() + orgs.len()) as f64 / (1024.0 * 1024.0)
    );
    // The same directory as HSDS tables (a data package).
    let t = Instant::now();
    let tables = hsds::write_package(&records[..hsds_n]);
    let written = secs(t);
    let tables_dir = target_dir.join("import-bench-tables");
    let _ = std::fs::create_dir_all(&tables_dir);
    let mut bytes = 0;
    for (file, data) in &tables {
        bytes += data.len();
        std::fs::write(tables_dir.join(file), data).expect("write a table");
    }
    println!(
        "| HSDS tables export, {hsds_n} records | {written} | {:.1} MB of CSV in {} files |",
        bytes as f64 / (1024.0 * 1024.0),
        tables.len()
    );
    drop(tables);
    drop(records);
    drop(orgs);
    let hsds_path = target_dir.join("import-bench.json");
    std::fs::write(&hsds_path, &text).expect("write the HSDS file");
    drop(text);
    reset_peak();

    let tmp = tempfile::tempdir().expect("temp dir");
    let paths = Paths::resolve(Some(tmp.path().to_path_buf())).expect("paths");
    let mut o = open_with_layer(&paths, false).expect("directory");
    let opts = Options {
        country: Country::new("PL"),
        map: Vec::new(),
        office: "Bench office".into(),
        today,
        lang: "en".into(),
        encoding: None,
        publisher: None,
    };

    let all = Instant::now();
    let t = Instant::now();
    let table = import::read_table(&csv_path, Some("PL"), None).expect("read");
    let read = secs(t);
    let t = Instant::now();
    let mut known = moves::known_records(&o.dir, &o.layer).expect("known");
    let regions = o.dir.regions().expect("regions");
    let taken = moves::id_taken(&o.dir, &o.layer).expect("ids");
    let outcome = import::stage(&table, &opts, &mut known, &regions, &taken).expect("stage");
    let staged = secs(t);
    let t = Instant::now();
    let added = moves::add_imported(&mut o.dir, &mut o.layer, &outcome.records, "en", today)
        .expect("write");
    let written = secs(t);
    println!(
        "| Spreadsheet, {n} rows (CSV) | read {read} | checked {staged} | written {written} | total {} |",
        secs(all)
    );
    println!(
        "  added {added}, refused rows {}, possible duplicates {}, values left out {}",
        outcome.refused_rows(),
        outcome.duplicates.len(),
        outcome.dropped.len()
    );
    let mut reasons = std::collections::BTreeMap::new();
    for p in &outcome.refused {
        let m = p.why.message(haven::i18n::Locale::En);
        let key: String = m.chars().take(40).collect();
        *reasons.entry(key).or_insert(0) += 1;
    }
    for (k, v) in reasons.iter().take(8) {
        println!("  refused: {v} × {k}…");
    }
    println!(
        "# peak RSS of the spreadsheet import {:.0} MB",
        synth::peak_rss_mb()
    );
    if let Ok(sheet) = std::env::var("HAVEN_BENCH_SHEET") {
        let t = Instant::now();
        let table =
            import::read_table(std::path::Path::new(&sheet), Some("PL"), None).expect("sheet");
        println!(
            "| Reading {sheet}: {} rows | {} |",
            table.rows.len(),
            secs(t)
        );
    }
    drop(o);

    reset_peak();
    let tmp2 = tempfile::tempdir().expect("temp dir");
    let paths = Paths::resolve(Some(tmp2.path().to_path_buf())).expect("paths");
    let mut o = open_with_layer(&paths, false).expect("directory");
    let all = Instant::now();
    let t = Instant::now();
    let kinds = o.dir.kinds().expect("kinds");
    let taken = moves::id_taken(&o.dir, &o.layer).expect("ids");
    let target = Target::Publisher;
    let mut file = std::fs::File::open(&hsds_path).expect("open the HSDS file");
    let got = hsds::import(&mut file, &target, None, "en", today, &kinds, &taken).expect("hsds");
    let read = secs(t);
    let staged: Vec<Staged> = got
        .records
        .into_iter()
        .enumerate()
        .map(|(i, record)| Staged {
            row: i,
            record,
            note: None,
        })
        .collect();
    let t = Instant::now();
    let added = moves::add_imported(&mut o.dir, &mut o.layer, &staged, "en", today).expect("write");
    println!(
        "| HSDS import, {} services | read and checked {read} | written {} | total {} |",
        staged.len(),
        secs(t),
        secs(all)
    );
    println!("  added {added}, refused items {}", got.refused.len());
    for p in got.refused.iter().take(3) {
        println!("  refused: {}", p.message(haven::i18n::Locale::En));
    }
    println!(
        "# peak RSS of the HSDS import {:.0} MB",
        synth::peak_rss_mb()
    );
    drop(o);
    drop(staged);

    // The tables read back, joined and checked (writing them is the same as above).
    reset_peak();
    let t = Instant::now();
    let none = Default::default();
    let got = hsds::import_package(&tables_dir, &target, None, "en", today, &none, &|_| false)
        .expect("tables");
    println!(
        "| HSDS tables import, {} services | read, joined and checked {} | refused {} |",
        got.records.len(),
        secs(t),
        got.refused.len()
    );
    println!(
        "# peak RSS of the tables import {:.0} MB",
        synth::peak_rss_mb()
    );
}
