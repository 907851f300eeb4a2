//! `haven feed corrections`: the publisher reads offices' corrections beside its current
//! records and writes the accepted ones into its `data/`-style folder, checked whole.

use super::failure::BAD_INPUT;
use super::{out, print_error};
use haven::i18n::{Locale, tr, tr_args};
use haven::layer::{self, Correction, merge};
use haven::model::Record;
use haven::usecase::StoreError;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One proposed change, as listed.
struct Item {
    office: String,
    /// The record as it would be written, or why it cannot be.
    result: Result<Record, String>,
    summary: String,
}

/// Where a record lives in a `data/`-style folder: `<namespace>/<slug>.json`.
fn record_path(dir: &Path, id: &str) -> PathBuf {
    let (ns, slug) = id.split_once('/').unwrap_or(("misc", id));
    dir.join(ns).join(format!("{slug}.json"))
}

pub(super) fn review(
    files: &[PathBuf],
    into: &Path,
    accept: Option<&str>,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let current = match haven::sync::feed::read_records_dir(into) {
        Ok(r) => r,
        Err(e) => {
            print_error(locale, &e);
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut by_id: HashMap<String, Record> =
        current.into_iter().map(|r| (r.id.clone(), r)).collect();
    let mut items = Vec::new();
    for file in files {
        // A corrections file is read within the layer files' budget (a regular file).
        let text = match haven::usecase::read_layer_file(file) {
            Ok(t) => t,
            Err(StoreError::Io { source, .. }) => {
                let said = tr_args(
                    locale,
                    "cli-read-failed",
                    &[
                        ("path", file.display().to_string().into()),
                        ("detail", source.to_string().into()),
                    ],
                );
                super::output::complain(&said);
                return Ok(ExitCode::from(BAD_INPUT));
            }
            Err(e) => return Err(e),
        };
        let c = match layer::read_corrections(&text) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{}: {}", file.display(), out(&e.message(locale)));
                return Ok(ExitCode::from(BAD_INPUT));
            }
        };
        for item in c.items {
            items.push(match item {
                Correction::Flag { id, flag, .. } => {
                    let wanted = flag
                        .correct
                        .clone()
                        .unwrap_or_else(|| tr(locale, "feed-corrections-remove"));
                    let mut summary =
                        format!("{id} — {}: {} → {wanted}", flag.field.key(), flag.value);
                    if let Some(r) = &flag.reason {
                        summary.push_str(&format!(" ({r})"));
                    }
                    let result = match by_id.get(&id) {
                        None => Err(tr_args(
                            locale,
                            "feed-corrections-gone",
                            &[("id", id.as_str().into())],
                        )),
                        Some(r) => merge::apply(r, &flag, &c.office).map_err(|e| match e {
                            merge::Refusal::AlreadyChanged { now } => tr_args(
                                locale,
                                "feed-corrections-changed",
                                &[("now", now.join(", ").into())],
                            ),
                            merge::Refusal::NameRequired => tr(locale, "feed-corrections-name"),
                        }),
                    };
                    Item {
                        office: c.office.clone(),
                        result,
                        summary,
                    }
                }
                Correction::New { record } => {
                    let adopted = merge::adopt(&record, &|id| by_id.contains_key(id));
                    let summary = format!(
                        "{} → {} — {}",
                        record.id,
                        adopted.id,
                        record.name.original()
                    );
                    Item {
                        office: c.office.clone(),
                        result: Ok(adopted),
                        summary,
                    }
                }
                Correction::Header { .. } => continue,
            });
        }
    }
    let chosen: BTreeSet<usize> = match accept.map(str::trim) {
        None => BTreeSet::new(),
        Some("all") => (1..=items.len()).collect(),
        Some(list) => {
            let mut set = BTreeSet::new();
            for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match part.parse::<usize>() {
                    Ok(n) if (1..=items.len()).contains(&n) => {
                        set.insert(n);
                    }
                    _ => {
                        eprintln!(
                            "{}",
                            out(&tr_args(
                                locale,
                                "feed-corrections-bad-accept",
                                &[("value", part.into())]
                            ))
                        );
                        return Ok(ExitCode::from(BAD_INPUT));
                    }
                }
            }
            set
        }
    };
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        let state = match &item.result {
            Ok(_) if chosen.contains(&n) => tr(locale, "feed-corrections-accepted"),
            Ok(_) => tr(locale, "feed-corrections-can-apply"),
            Err(why) => why.clone(),
        };
        say!("{n:>3}. [{}] {}", out(&item.office), out(&item.summary));
        say!("     {}", out(&state));
    }
    if chosen.is_empty() {
        say!("{}", out(&tr(locale, "feed-corrections-dry-run")));
        return Ok(ExitCode::SUCCESS);
    }
    // Apply in memory, check the whole folder as `feed build` would, then write.
    let mut written = Vec::new();
    for n in &chosen {
        if let Ok(r) = &items[n - 1].result {
            by_id.insert(r.id.clone(), r.clone());
            written.push(r.clone());
        }
    }
    let all: Vec<Record> = by_id.values().cloned().collect();
    let problems = haven::model::validate_directory(&all, &haven::model::seed_text, haven::today());
    let touched: BTreeSet<&str> = written.iter().map(|r| r.id.as_str()).collect();
    let problems: Vec<_> = problems
        .into_iter()
        .filter(|p| touched.contains(p.id.as_str()))
        .collect();
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    for r in &written {
        let path = record_path(into, &r.id);
        let text =
            serde_json::to_string_pretty(r).map_err(|e| StoreError::Record(e.to_string()))?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::io(parent, e))?;
        }
        std::fs::write(&path, format!("{text}\n")).map_err(|e| StoreError::io(&path, e))?;
    }
    say!(
        "{}",
        out(&tr_args(
            locale,
            "feed-corrections-written",
            &[
                ("count", written.len().into()),
                ("dir", into.display().to_string().into())
            ]
        ))
    );
    Ok(ExitCode::SUCCESS)
}
