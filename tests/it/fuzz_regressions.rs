//! Every input the fuzzers start from (`fuzz/seeds/<target>/`) and every input that ever made
//! one fail (`fuzz/regressions/<target>/`), replayed through the same entry points with an
//! ordinary `cargo test`, so CI needs no nightly compiler and a fixed crash stays fixed.

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 11] = [
    ("manifest", haven::fuzz::manifest),
    ("feed_payload", haven::fuzz::feed_payload),
    ("records", haven::fuzz::records),
    ("settings", haven::fuzz::settings),
    ("layer_files", haven::fuzz::layer_files),
    ("hsds_json", haven::fuzz::hsds_json),
    ("hsds_tables", haven::fuzz::hsds_tables),
    ("spreadsheet", haven::fuzz::spreadsheet),
    ("query", haven::fuzz::query),
    ("hours", haven::fuzz::hours),
    ("incoming", haven::fuzz::incoming),
];

/// Runs every file under `fuzz/<kind>/<target>/` through its target; returns how many.
fn replay(kind: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind);
    let mut n = 0;
    for (name, run) in TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            // A panic names the file, and the test fails.
            eprintln!("{name}: {}", path.display());
            run(&bytes);
            n += 1;
        }
    }
    n
}

#[test]
fn every_seed_input_is_read_without_a_panic() {
    let n = replay("seeds");
    assert!(n >= 30, "the seed corpora are there: {n} files");
}

#[test]
fn every_input_a_fuzzer_found_stays_fixed() {
    replay("regressions");
}
