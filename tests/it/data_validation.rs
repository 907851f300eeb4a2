//! The bundled directory in `data/` is what a social worker trusts: every file is checked
//! here before it can ship.

use haven::model::{self, Record, validate_directory};
use sha2::Digest;
use std::path::{Path, PathBuf};

fn data_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    let mut v = Vec::new();
    walk(Path::new("data"), &mut v);
    v.sort();
    v
}

fn load_all() -> Vec<(PathBuf, Record)> {
    data_files()
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let r: Record =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, r)
        })
        .collect()
}

fn seed_text(file: &str) -> Option<String> {
    if file.contains('/') || file.contains("..") {
        return None;
    }
    std::fs::read_to_string(Path::new("seeds").join(file)).ok()
}

#[test]
fn seeds_are_the_five_documents_byte_for_byte() {
    let expected = [
        (
            "000_5e01460ee2a91363.txt",
            "181dd96edf7fc0b18220168024ea8556b6337b0001d334bd78ca789b772107c9",
        ),
        (
            "001_10f23ff8e7cee5b1.txt",
            "a61946631f372d519153793b3a86feb78900208e2c1063c0efd3f9e1d883d06f",
        ),
        (
            "002_22526e9b774609f4.txt",
            "1ab4244d9555054e4629f7080f86eb8c5762327b06af49f954dccb25680ef0f7",
        ),
        (
            "003_364bb7c0b4e3ccb9.txt",
            "01e8c1c4e21a664c6524b6679df7e601e57674852dc767fde562cb536cd56680",
        ),
        (
            "004_3629adb00e0c4f21.txt",
            "863da2b273f0de9a4bd1ee656325beb0806267a76dd4261abf59f7ba0232150e",
        ),
    ];
    for (file, sha) in expected {
        let bytes = std::fs::read(Path::new("seeds").join(file)).unwrap();
        assert_eq!(hex::encode(sha2::Sha256::digest(&bytes)), sha, "{file}");
    }
    assert_eq!(std::fs::read_dir("seeds").unwrap().count(), 5);
}

#[test]
fn every_record_passes_validation() {
    let all = load_all();
    let records: Vec<Record> = all.iter().map(|(_, r)| r.clone()).collect();
    let problems = validate_directory(&records, &seed_text, haven::today());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn file_paths_match_ids() {
    for (path, r) in load_all() {
        let rel = path
            .strip_prefix("data")
            .unwrap()
            .with_extension("")
            .to_string_lossy()
            .replace('\\', "/");
        assert_eq!(rel, r.id, "{}", path.display());
    }
}

#[test]
fn names_are_in_all_six_languages() {
    for (path, r) in load_all() {
        for lang in ["en", "pl", "ru", "kk", "vi", "fa"] {
            assert!(
                r.name.get(lang).is_some(),
                "{}: name has no {lang}",
                path.display()
            );
        }
    }
}

#[test]
fn the_binary_carries_exactly_the_data_folder() {
    let bundled = haven::store::bundled_records().unwrap();
    let on_disk = load_all();
    assert_eq!(bundled.len(), on_disk.len());
    for (_, r) in on_disk {
        assert!(bundled.contains(&r), "{} differs in the bundle", r.id);
    }
}

#[test]
fn every_seed_is_cited() {
    let all = load_all();
    for file in std::fs::read_dir("seeds").unwrap() {
        let name = file.unwrap().file_name().to_string_lossy().to_string();
        let cited = all
            .iter()
            .filter(|(_, r)| r.sources.iter().any(|s| s.seed.as_deref() == Some(&name)))
            .count();
        assert!(cited >= 3, "{name} is cited by only {cited} records");
    }
}

#[test]
fn validation_catches_what_it_must() {
    // A broken copy of a real record: each mutation must be reported.
    let (_, good) = load_all()
        .into_iter()
        .find(|(_, r)| r.id == "kz/semey-crisis-centre")
        .unwrap();
    let check = |r: Record| validate_directory(&[r], &seed_text, haven::today());
    let mut r = good.clone();
    r.related.clear();
    assert!(check(r.clone()).is_empty(), "{:?}", check(r));

    let mut bad = good.clone();
    bad.related = vec!["kz/no-such-record".into()];
    assert!(!check(bad).is_empty());

    let mut bad = good.clone();
    bad.related.clear();
    bad.sources[0].quote = Some("words that are not in the seed".into());
    assert!(!check(bad).is_empty());

    let mut bad = good.clone();
    bad.related.clear();
    bad.name.values.remove("en");
    assert!(!check(bad).is_empty());

    let mut bad = good.clone();
    bad.related.clear();
    bad.sources.retain(|s| s.seed.is_some());
    bad.phones.push(model::Phone {
        number: "+77000000000".into(),
        display: "700 000 0000".into(),
        label: None,
        free: None,
        sms: None,
        hours: None,
    });
    let problems = check(bad);
    assert!(
        problems.iter().any(|p| p.field == "phones[0]"),
        "an unsourced phone is refused: {problems:?}"
    );

    let mut bad = good.clone();
    bad.related.clear();
    bad.phones.push(model::Phone {
        number: "0800 12".into(),
        display: "0800 12".into(),
        label: None,
        free: None,
        sms: None,
        hours: None,
    });
    assert!(
        !check(bad).is_empty(),
        "a number that is not E.164 is refused"
    );

    let mut bad = good.clone();
    bad.related.clear();
    bad.verified_at = jiff::civil::date(2999, 1, 1);
    assert!(!check(bad).is_empty());

    let twice = vec![r.clone(), r];
    assert!(!validate_directory(&twice, &seed_text, haven::today()).is_empty());
}

/// Every string anywhere in `v` (object keys aside), with the JSON path that leads to it.
fn strings_in(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::String(s) => out.push((path, s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings_in(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (k, item) in fields {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                strings_in(item, p, out);
            }
        }
        _ => {}
    }
}

/// The strings of `v` that name a repository file (`SOURCES.md`, `004_….txt`, "seed 004"),
/// outside the `seed` field that cites a seed document by file for the program.
fn repository_file_mentions(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut all = Vec::new();
    strings_in(v, String::new(), &mut all);
    all.retain(|(path, s)| {
        let s = s.to_lowercase();
        let seed_number = s
            .match_indices("seed ")
            .any(|(i, m)| s[i + m.len()..].starts_with(|c: char| c.is_ascii_digit()));
        !path.ends_with(".seed") && (s.contains(".md") || s.contains(".txt") || seed_number)
    });
    all
}

#[test]
fn no_record_text_names_a_repository_file() {
    // A social worker reads these fields in the app and has no copy of the repository: a
    // source is named by its publisher and year (or its seed article), never by `SOURCES.md`
    // or a seed's file or number.
    let planted = serde_json::json!({ "sources": [
        { "supports": "the number (see Sources.MD)" },
        { "seed": "004_3629adb00e0c4f21.txt" }
    ], "verified_by": "Haven editors, from seed 004" });
    assert_eq!(
        repository_file_mentions(&planted),
        vec![
            (
                "sources[0].supports".to_string(),
                "the number (see Sources.MD)".to_string()
            ),
            (
                "verified_by".to_string(),
                "Haven editors, from seed 004".to_string()
            )
        ],
        "the check must find a mention nested in an array, and a seed named by its number"
    );

    let mut found = Vec::new();
    for p in data_files() {
        let text = std::fs::read_to_string(&p).unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        for (field, s) in repository_file_mentions(&v) {
            found.push(format!("{} {field}: {s}", p.display()));
        }
    }
    assert!(
        found.is_empty(),
        "{} strings name a file the user cannot open; name the real source (publisher, year) instead:\n{}",
        found.len(),
        found.join("\n")
    );
}
