//! "Open now" at fixed instants (`--at`), each service read in its own time zone: a Sunday
//! night in Tehran, a weekday in Warsaw, a Kazakh evening after the 2024 change to one zone
//! (UTC+5), and a campaign in its period.

use crate::common::cli::ok;
use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn ids(data: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["search", "--json", "--limit", "200"];
    all.extend_from_slice(args);
    let v: Value = serde_json::from_str(&ok(data, &all)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// Two offices of this test's own (numbers made up, never shipped): one in Kraków, one in
/// Semey (Abai region, Kazakhstan). Returns their ids.
fn offices(data: &Path) -> (String, String) {
    let add = |json: &str, name: &str| -> String {
        let file = data.join(name);
        std::fs::write(&file, json).unwrap();
        let out = ok(data, &["local", "add", file.to_str().unwrap()]);
        out.split_whitespace()
            .find(|w| w.starts_with("local/"))
            .unwrap()
            .trim_end_matches(['.', ',', ':'])
            .to_string()
    };
    let krakow = add(
        r#"{
  "kind": "service",
  "name": {"orig": "pl", "pl": "Punkt interwencji kryzysowej „Tęcza”"},
  "country": "PL",
  "city": {"orig": "pl", "pl": "Kraków"},
  "categories": ["crisis-centre"],
  "languages": ["pl"],
  "phones": [{"number": "+48126543210", "display": "12 654 32 10"}],
  "hours": {"opening_hours": "Mo-Fr 09:00-17:00"}
}"#,
        "krakow.json",
    );
    let semey = add(
        r#"{
  "kind": "service",
  "name": {"orig": "ru", "ru": "Приёмная социальной помощи, Семей"},
  "country": "KZ",
  "region": {"id": "kz/abai", "name": {"orig": "ru", "ru": "Абайская область"}},
  "city": {"orig": "ru", "ru": "Семей"},
  "categories": ["social-assistance"],
  "languages": ["ru", "kk"],
  "phones": [{"number": "+77222123456", "display": "7222 12 34 56"}],
  "hours": {"opening_hours": "Mo-Fr 09:00-19:00"}
}"#,
        "semey.json",
    );
    (krakow, semey)
}

#[test]
fn open_now_reads_each_service_in_its_own_time_zone() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let (krakow, semey) = offices(data);

    // Monday 7 December 2026, 09:30 in Warsaw (08:30 UTC): Kraków is open.
    let monday_morning = ids(data, &["--open-now", "--at", "2026-12-07T08:30:00Z"]);
    assert!(monday_morning.contains(&krakow), "{monday_morning:?}");
    // The 24/7 helplines are open whatever the hour.
    assert!(monday_morning.contains(&"pl/116-111-children-helpline".to_string()));
    // 18:30 in Warsaw: closed, and the list says when it opens.
    let evening = ids(data, &["--open-now", "--at", "2026-12-07T17:30:00Z"]);
    assert!(!evening.contains(&krakow), "{evening:?}");
    let text = ok(data, &["search", "Tęcza", "--at", "2026-12-07T17:30:00Z"]);
    assert!(text.contains("Closed, opens Tue at"), "{text}");
    let text = ok(data, &["search", "Tęcza", "--at", "2026-12-07T08:30:00Z"]);
    assert!(text.contains("Open now, until"), "{text}");

    // Sunday 6 December, 23:00 in Tehran (UTC+3:30): the 1480 line (08:00-24:00) answers.
    let line = "ir/1480-counselling-line".to_string();
    let sunday_night = ids(data, &["--open-now", "--at", "2026-12-06T19:30:00Z"]);
    assert!(sunday_night.contains(&line), "{sunday_night:?}");
    // 02:30 on Monday in Tehran: closed until 08:00; `show` says so too.
    let small_hours = ids(data, &["--open-now", "--at", "2026-12-06T23:00:00Z"]);
    assert!(!small_hours.contains(&line), "{small_hours:?}");
    let shown = ok(data, &["show", &line, "--at", "2026-12-06T23:00:00Z"]);
    assert!(shown.contains("Closed, opens at"), "{shown}");

    // Wednesday 2 December in Semey, on UTC+5 since March 2024: 18:30 is 13:30 UTC (open),
    // 19:30 is 14:30 UTC (closed). On the old UTC+6 both answers would be the other way.
    assert!(ids(data, &["--open-now", "--at", "2026-12-02T13:30:00Z"]).contains(&semey));
    assert!(!ids(data, &["--open-now", "--at", "2026-12-02T14:30:00Z"]).contains(&semey));
    // The same instant, written with the worker's own offset, means the same.
    assert!(ids(data, &["--open-now", "--at", "2026-12-02T14:30:00+01:00"]).contains(&semey));
}

#[test]
fn around_the_clock_and_campaigns_running_now() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let always = ids(data, &["--24-7"]);
    assert!(!always.is_empty());
    assert!(always.contains(&"kz/111-family-helpline".to_string()));
    assert!(!always.contains(&"ir/1480-counselling-line".to_string()));
    let text = ok(data, &["search", "--24-7", "--limit", "100"]);
    let results = text
        .lines()
        .filter(|l| l.starts_with("    ") && l.contains(" · "))
        .count();
    assert_eq!(results, text.matches("Open 24/7").count(), "{text}");
    // 16 Days Without Violence runs 25 November to 10 December.
    let during = ok(
        data,
        &[
            "search",
            "16 dni bez przemocy",
            "--at",
            "2026-11-30T12:00:00Z",
        ],
    );
    assert!(during.contains("Running now"), "{during}");
    let after = ok(
        data,
        &[
            "search",
            "16 dni bez przemocy",
            "--at",
            "2026-12-20T12:00:00Z",
        ],
    );
    assert!(!after.contains("Running now"), "{after}");
}

#[test]
fn a_time_haven_cannot_read_is_refused_in_the_workers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("haven")
        .unwrap()
        .env("HAVEN_DATA_DIR", tmp.path())
        .args(["--lang", "pl", "search", "--open-now", "--at", "jutro rano"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Haven nie rozumie czasu „jutro rano”"),
        "{err}"
    );
}
