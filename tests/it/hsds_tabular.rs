//! HSDS 3.1's tabular form: the official example tables imported with their dangling ids
//! reported, and Haven's directory written as a data package that the official
//! `datapackage.json` accepts and that comes back unchanged.

use haven::hsds::{self, Target};
use haven::i18n::Locale;
use haven::model::{Kind, Record};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn official() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/csv")
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

fn office() -> Target {
    Target::Office {
        office: "Test office".into(),
    }
}

fn import(path: &Path, target: &Target) -> Result<hsds::Imported, hsds::HsdsError> {
    // The example organization has no address of its own: the office's country is used.
    let us = haven::model::Country::new("US");
    hsds::import_package(
        path,
        target,
        us.as_ref(),
        "en",
        today(),
        &Default::default(),
        &|_| false,
    )
}

#[test]
fn the_official_tables_come_in_with_their_dangling_ids_reported() {
    let got = import(&official(), &office()).unwrap();
    assert!(got.refused.is_empty(), "{:#?}", got.refused);
    let org = got
        .records
        .iter()
        .find(|r| r.kind == Kind::Organization)
        .expect("the organization");
    assert_eq!(org.name.original(), "Example Organization Inc.");
    let svc = got
        .records
        .iter()
        .find(|r| r.kind == Kind::Service)
        .expect("the service");
    // The tables joined by their ids give what the JSON form gives.
    assert_eq!(svc.name.original(), "Community Counselling");
    assert_eq!(svc.organization.as_deref(), Some(org.id.as_str()));
    assert_eq!(svc.phones[0].number, "+441234234567");
    assert_eq!(
        svc.hours.as_ref().unwrap().opening_hours,
        "Th,Fr 10:00-18:00"
    );
    assert_eq!(svc.languages, vec!["ur".to_string()]);
    assert_eq!(svc.city.as_ref().unwrap().original(), "MyCity");
    let out = hsds::to_hsds(svc);
    assert_eq!(
        out["service_at_locations"][0]["location"]["addresses"][0]["postal_code"],
        "ABC 1234"
    );

    let msgs: Vec<String> = got
        .mended
        .iter()
        .map(|p| haven::i18n::strip_isolates(&p.message(Locale::En)))
        .collect();
    for (file, column, gone) in [
        ("locations.csv, row 2", "organization_id", false),
        ("contacts.csv, row 2", "service_at_location_id", false),
        ("service_capacity.csv, row 2", "service_id", true),
        ("organizations.csv, row 2", "parent_organization_id", false),
        ("taxonomy_terms.csv, row 2", "taxonomy_id", false),
    ] {
        assert!(
            msgs.iter()
                .any(|m| m.starts_with(&format!("{file}, {column}:"))
                    && m.contains("names no row")
                    && m.contains("left out")
                    && (m.contains("the row belongs to nothing") == gone)),
            "{file} {column}: {msgs:#?}"
        );
    }
    // The file's other defects are reported as for the JSON form.
    assert!(msgs.iter().any(|m| m.contains("quote")), "{msgs:#?}");
    assert!(msgs.iter().any(|m| m.contains("100")), "{msgs:#?}");
    // In the worker's language too.
    let pl = got.mended[0].message(Locale::Pl);
    assert!(pl.contains("wiersz"), "{pl}");
}

/// What the official `datapackage.json` says is wrong with the tables in `dir`: a column
/// it does not define, a required value missing, a number that is not one, an id twice, a
/// link to nothing.
fn problems_by_official_package(dir: &Path) -> Vec<String> {
    let package: Value = serde_json::from_str(
        &std::fs::read_to_string(official().join("datapackage.json")).unwrap(),
    )
    .unwrap();
    let mut out = Vec::new();
    let mut tables: HashMap<String, Vec<HashMap<String, String>>> = HashMap::new();
    let resources = package["resources"].as_array().unwrap();
    for res in resources {
        let path = dir.join(res["path"].as_str().unwrap());
        if !path.is_file() {
            continue;
        }
        let fields = res["schema"]["fields"].as_array().unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(&path)
            .unwrap();
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        for h in &headers {
            if h != "haven" && !fields.iter().any(|f| f["name"] == h.as_str()) {
                out.push(format!("{}: no column {h} in HSDS", path.display()));
            }
        }
        let mut rows = Vec::new();
        let mut ids = HashSet::new();
        for (i, rec) in reader.records().enumerate() {
            let rec = rec.unwrap();
            let row: HashMap<String, String> = headers
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect();
            for f in fields {
                let name = f["name"].as_str().unwrap();
                let v = row.get(name).map(String::as_str).unwrap_or("");
                if f["constraints"]["required"] == true && v.is_empty() {
                    out.push(format!(
                        "{} row {}: {name} is required",
                        path.display(),
                        i + 2
                    ));
                }
                let ok = match f["type"].as_str().unwrap() {
                    _ if v.is_empty() => true,
                    "number" => v.parse::<f64>().is_ok(),
                    "date" => v.parse::<jiff::civil::Date>().is_ok(),
                    "time" => v.parse::<jiff::civil::Time>().is_ok(),
                    _ => true,
                };
                if !ok {
                    out.push(format!("{} row {}: {name} = {v}", path.display(), i + 2));
                }
            }
            if !row["id"].is_empty() && !ids.insert(row["id"].clone()) {
                out.push(format!("{} row {}: id twice", path.display(), i + 2));
            }
            rows.push(row);
        }
        tables.insert(res["name"].as_str().unwrap().to_string(), rows);
    }
    for res in resources {
        let Some(rows) = tables.get(res["name"].as_str().unwrap()) else {
            continue;
        };
        for fk in res["schema"]["foreignKeys"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let column = fk["fields"].as_str().unwrap();
            let target = fk["reference"]["resource"].as_str().unwrap();
            let ids: HashSet<&str> = tables
                .get(target)
                .into_iter()
                .flatten()
                .map(|r| r["id"].as_str())
                .collect();
            for r in rows {
                if let Some(v) = r.get(column).filter(|v| !v.is_empty())
                    && !ids.contains(v.as_str())
                {
                    out.push(format!("{}: {column} {v} names no {target}", res["path"]));
                }
            }
        }
    }
    out
}

fn write(records: &[Record], dir: &Path) {
    for (file, bytes) in hsds::write_package(records) {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
}

#[test]
fn the_directory_goes_out_as_valid_tables_and_comes_back_unchanged() {
    let mut records = haven::store::bundled_records().unwrap();
    // A shelter's confidential address (the bundled directory records none: plant one).
    let secret = "ул. Тайная 5";
    let shelter = records
        .iter_mut()
        .find(|r| r.has_confidential_location())
        .unwrap();
    for l in shelter.locations.iter_mut().filter(|l| l.confidential) {
        l.address = Some(haven::model::Text::new("ru", secret));
    }
    let dir = tempfile::tempdir().unwrap();
    write(&records, dir.path());
    for f in [
        "services.csv",
        "organizations.csv",
        "phones.csv",
        "datapackage.json",
    ] {
        assert!(dir.path().join(f).is_file(), "{f}");
    }
    // The tables require every service to name its organization; Haven does not invent
    // one for the helplines and procedures whose sources name none, and leaves it empty.
    let (no_org, problems): (Vec<String>, Vec<String>) = problems_by_official_package(dir.path())
        .into_iter()
        .partition(|p| p.contains("services.csv") && p.ends_with("organization_id is required"));
    assert!(problems.is_empty(), "{problems:#?}");
    let without = records
        .iter()
        .filter(|r| r.kind != Kind::Organization && r.organization.is_none())
        .count();
    assert_eq!(no_org.len(), without);

    let got = import(dir.path(), &Target::Publisher).unwrap();
    assert!(got.refused.is_empty(), "{:#?}", got.refused);
    assert!(got.mended.is_empty(), "{:#?}", got.mended);
    assert_eq!(got.records.len(), records.len());
    for r in &records {
        let b = got.records.iter().find(|b| b.id == r.id).unwrap();
        assert_eq!(*b, r.without_confidential(), "{}", r.id);
    }

    // The shelter's confidential address is in none of the tables.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains("Тайная"));
    }

    // The check can fail: a column HSDS does not have, a link to nothing.
    let services = dir.path().join("services.csv");
    let text = std::fs::read_to_string(&services).unwrap();
    let (head, rest) = text.split_once('\n').unwrap();
    std::fs::write(&services, format!("{head},nonsense\n{rest}")).unwrap();
    let phones = dir.path().join("phones.csv");
    let text = std::fs::read_to_string(&phones).unwrap();
    let service_id = records
        .iter()
        .find(|r| r.kind != Kind::Organization && !r.phones.is_empty())
        .map(|r| hsds::uuid_for(&r.id))
        .unwrap();
    std::fs::write(
        &phones,
        text.replace(&service_id, "00000000-0000-0000-0000-000000000000"),
    )
    .unwrap();
    let problems = problems_by_official_package(dir.path());
    assert!(
        problems.iter().any(|p| p.contains("nonsense")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("names no service")),
        "{problems:#?}"
    );
}

#[test]
fn a_table_that_cannot_be_read_imports_nothing_and_says_which() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(official()).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    // Phones in Windows-1250, as a spreadsheet program might save them.
    let mut bytes = std::fs::read(dir.path().join("phones.csv")).unwrap();
    bytes.extend_from_slice(b"x,,,,,,\"+48 89 \xb9\xe6\",,voice,\n");
    std::fs::write(dir.path().join("phones.csv"), bytes).unwrap();
    let err = import(dir.path(), &office()).unwrap_err();
    let msg = err.message(Locale::En);
    assert!(
        msg.contains("phones.csv") && msg.contains("Nothing was imported"),
        "{msg}"
    );
    // A folder with no services or organizations table is not a package.
    let empty = tempfile::tempdir().unwrap();
    assert!(!hsds::is_package(empty.path()));
}

#[test]
fn haven_import_reads_a_folder_of_tables_and_reports_its_dangling_ids() {
    let data = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["--data-dir"])
        .arg(data.path())
        .args(["--lang", "en", "import"])
        .arg(official())
        .args(["--country", "US", "--dry-run"])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("HSDS data package"), "{stdout}");
    let all = format!("{stdout}{stderr}");
    assert!(
        all.contains("locations.csv, row 2, organization_id"),
        "{all}"
    );
    // A folder that is no package is refused with a message, not read as a spreadsheet.
    let empty = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["--data-dir"])
        .arg(data.path())
        .args(["--lang", "en", "import"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder, not a file"));
}
