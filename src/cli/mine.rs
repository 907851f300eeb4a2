//! `haven note|flag|favourite|local|corrections`: the worker's own layer from the command
//! line.

use super::{BAD_INPUT, CorrectionsAction, LocalAction, open, out, read_settings};
use haven::i18n::{Locale, tr, tr_args};
use haven::layer::{self, Flag, FlagField, FlagState, Note};
use haven::model::Record;
use haven::store::{Directory, Paths, StoreError, UserLayer, moves};
use haven::{present, today};
use std::process::ExitCode;

/// The record `id` names, or the translated "no such record" and exit code 2.
fn record(
    dir: &Directory,
    id: &str,
    locale: Locale,
) -> Result<Result<Record, ExitCode>, StoreError> {
    match dir.get(id.trim())? {
        Some(r) => Ok(Ok(r)),
        None => Ok(Err(refused(locale, "cli-unknown-id", id))),
    }
}

/// Says what was done to record `id`, on standard output.
fn done(locale: Locale, msg: &str, id: &str) -> ExitCode {
    say!("{}", out(&tr_args(locale, msg, &[("id", id.into())])));
    ExitCode::SUCCESS
}

/// Says why nothing was done to record `id`, on standard error: input the worker can fix.
fn refused(locale: Locale, msg: &str, id: &str) -> ExitCode {
    eprintln!("{}", out(&tr_args(locale, msg, &[("id", id.into())])));
    ExitCode::from(BAD_INPUT)
}

/// The office's name for its own records and corrections.
pub(super) fn office_name(paths: &Paths, locale: Locale) -> String {
    read_settings(paths, locale).office.source_name(locale)
}

macro_rules! get_or_exit {
    ($e:expr) => {
        match $e? {
            Ok(v) => v,
            Err(code) => return Ok(code),
        }
    };
}

pub(super) fn note(
    paths: &Paths,
    id: &str,
    text: &[String],
    clear: bool,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let mut o = open(paths, locale)?;
    let r = get_or_exit!(record(&o.dir, id, locale));
    let text = if clear { String::new() } else { text.join(" ") };
    if !clear && text.trim().is_empty() {
        eprintln!("{}", out(&tr(locale, "cli-note-empty")));
        return Ok(ExitCode::from(BAD_INPUT));
    }
    let note = Note {
        text,
        lang: locale.code().to_string(),
        updated_at: today(),
    };
    o.layer.set_note(&r, &note)?;
    o.dir.refresh_overlay()?;
    let msg = if clear {
        "cli-note-cleared"
    } else {
        "cli-note-saved"
    };
    Ok(done(locale, msg, r.id.as_str()))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn flag(
    paths: &Paths,
    id: &str,
    field: &str,
    value: &str,
    correct: Option<String>,
    reason: Option<String>,
    clear: bool,
    keep: bool,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let Some(field) = FlagField::from_key(field.trim()) else {
        let choices: Vec<&str> = FlagField::ALL.iter().map(|f| f.key()).collect();
        eprintln!(
            "{}",
            out(&tr_args(
                locale,
                "cli-unknown-field",
                &[
                    ("value", field.into()),
                    ("choices", choices.join(", ").into())
                ]
            ))
        );
        return Ok(ExitCode::from(BAD_INPUT));
    };
    let mut o = open(paths, locale)?;
    let r = get_or_exit!(record(&o.dir, id, locale));
    let existing = o.layer.flags(&r.id)?;
    // Taking a flag back or keeping a correction names the flag's own value, which the
    // record may no longer hold.
    if clear || keep {
        let given = value.trim();
        let found = existing.iter().find(|f| {
            f.field == field
                && (given.is_empty() && existing.iter().filter(|g| g.field == field).count() == 1
                    || layer::value_matches(field, &f.value, given))
        });
        let Some(f) = found.cloned() else {
            return Ok(refused(locale, "cli-flag-none", r.id.as_str()));
        };
        if clear {
            o.layer.remove_flag(&r.id, field, &f.value)?;
        } else {
            let FlagState::Resolved { now } = f.state(&r) else {
                eprintln!("{}", out(&tr(locale, "cli-flag-keep-open")));
                return Ok(ExitCode::from(BAD_INPUT));
            };
            let Some(now) = now.first() else {
                eprintln!("{}", out(&tr(locale, "cli-flag-keep-open")));
                return Ok(ExitCode::from(BAD_INPUT));
            };
            o.layer.rebase_flag(&r.id, field, &f.value, now)?;
        }
        o.dir.refresh_overlay()?;
        let msg = if clear {
            "cli-flag-cleared"
        } else {
            "cli-flag-kept"
        };
        return Ok(done(locale, msg, r.id.as_str()));
    }
    let Some(found) = layer::find_value(&r, field, value) else {
        let known = layer::field_values(&r, field).join(", ");
        return Err(StoreError::NoValue {
            id: r.id.clone(),
            field: field.key().to_string(),
            given: value.to_string(),
            known,
        });
    };
    let flag = Flag {
        field,
        value: found,
        correct: correct.filter(|c| !c.trim().is_empty()),
        reason: reason.filter(|c| !c.trim().is_empty()),
        on: today(),
    };
    o.layer.add_flag(&r, &flag)?;
    o.dir.refresh_overlay()?;
    say!(
        "{}",
        out(&format!(
            "{} {}",
            tr_args(locale, "cli-flag-saved", &[("id", r.id.as_str().into())]),
            present::flag_text(&flag, &r, locale)
        ))
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn favourite(
    paths: &Paths,
    id: &str,
    clear: bool,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let mut o = open(paths, locale)?;
    let r = get_or_exit!(record(&o.dir, id, locale));
    o.layer.set_favourite(&r, !clear)?;
    o.dir.refresh_overlay()?;
    let msg = if clear {
        "cli-favourite-cleared"
    } else {
        "cli-favourite-saved"
    };
    Ok(done(locale, msg, r.id.as_str()))
}

/// Reads a file the worker named, or says what is wrong with it.
pub(super) fn read_file(path: &std::path::Path, locale: Locale) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| refused_file(locale, path, &e.to_string()))
}

/// Says a file could not be read, on standard error: the worker's to fix.
fn refused_file(locale: Locale, path: &std::path::Path, detail: &str) -> ExitCode {
    eprintln!(
        "{}",
        out(&tr_args(
            locale,
            "cli-read-failed",
            &[
                ("path", path.display().to_string().into()),
                ("detail", detail.into())
            ]
        ))
    );
    ExitCode::from(BAD_INPUT)
}

/// Checks a record the office wrote, printing each problem by field.
fn prepare(
    dir: &Directory,
    layer: &UserLayer,
    text: &str,
    keep_id: Option<&str>,
    office: &str,
    locale: Locale,
) -> Result<Result<Record, ExitCode>, StoreError> {
    let mut value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!(
                "{}",
                out(&tr_args(
                    locale,
                    "layer-file-syntax",
                    &[("line", e.line().into()), ("detail", e.to_string().into())]
                ))
            );
            return Ok(Err(ExitCode::from(BAD_INPUT)));
        }
    };
    if let (Some(id), Some(obj)) = (keep_id, value.as_object_mut()) {
        obj.insert("id".into(), id.into());
    }
    let kinds = dir.kinds()?;
    let taken = |id: &str| kinds.contains_key(id) || layer.local(id).ok().flatten().is_some();
    match layer::local::prepare(value, office, today(), &kinds, &taken) {
        Ok(r) => Ok(Ok(r)),
        Err(problems) => {
            eprintln!("{}", out(&StoreError::Invalid(problems).message(locale)));
            Ok(Err(ExitCode::from(BAD_INPUT)))
        }
    }
}

pub(super) fn local(
    paths: &Paths,
    action: LocalAction,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let mut o = open(paths, locale)?;
    match action {
        LocalAction::Add { file } => {
            let text = get_or_exit!(Ok::<_, StoreError>(read_file(&file, locale)));
            let office = office_name(paths, locale);
            let r = get_or_exit!(prepare(&o.dir, &o.layer, &text, None, &office, locale));
            if o.dir.get(&r.id)?.is_some() {
                return Ok(refused(locale, "cli-local-exists", r.id.as_str()));
            }
            o.layer.put_local(&r)?;
            o.dir.refresh_overlay()?;
            Ok(done(locale, "cli-local-added", r.id.as_str()))
        }
        LocalAction::Edit { id, file } => {
            if o.layer.local(id.trim())?.is_none() {
                return Ok(refused(locale, "cli-local-not-ours", id.as_str()));
            }
            let text = get_or_exit!(Ok::<_, StoreError>(read_file(&file, locale)));
            let office = office_name(paths, locale);
            let r = get_or_exit!(prepare(
                &o.dir,
                &o.layer,
                &text,
                Some(id.trim()),
                &office,
                locale
            ));
            o.layer.put_local(&r)?;
            o.dir.refresh_overlay()?;
            Ok(done(locale, "cli-local-edited", r.id.as_str()))
        }
        LocalAction::List { json } => {
            let mut rows = Vec::new();
            for r in o.layer.local_records()? {
                rows.push((r, false));
            }
            for id in o.layer.touched_ids()? {
                if o.dir.is_overlay(&id)?
                    && let Some(r) = o.dir.get(&id)?
                {
                    rows.push((r, true));
                }
            }
            if json {
                let items: Vec<_> = rows
                    .iter()
                    .map(|(r, removed)| {
                        let mut v = super::print::json_summary(r, locale);
                        v["local"] = (!removed).into();
                        v["removed"] = (*removed).into();
                        v
                    })
                    .collect();
                say!("{}", serde_json::Value::Array(items));
            } else {
                if rows.is_empty() {
                    say!("{}", out(&tr(locale, "cli-local-none")));
                }
                for (r, removed) in &rows {
                    let (name, _) = present::names(r, locale);
                    let mark = if *removed {
                        tr(locale, "mine-removed-short")
                    } else {
                        String::new()
                    };
                    say!("{:<48} {} {}", r.id, out(&name), out(&mark));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        LocalAction::Remove { id } => {
            if !o.layer.remove_local(id.trim())? {
                return Ok(refused(locale, "cli-local-not-ours", id.as_str()));
            }
            o.dir.refresh_overlay()?;
            Ok(done(locale, "cli-local-removed", id.as_str()))
        }
        LocalAction::Forget { id } => {
            o.layer.forget(id.trim())?;
            o.dir.refresh_overlay()?;
            Ok(done(locale, "cli-forgotten", id.as_str()))
        }
        LocalAction::Export { out: path } => {
            let export = moves::export_layer(&o.layer, &path)?;
            say!(
                "{}",
                out(&tr_args(
                    locale,
                    "cli-layer-exported",
                    &[
                        ("path", path.display().to_string().into()),
                        ("notes", export.notes.len().into()),
                        ("flags", export.flags.len().into()),
                        ("records", export.records.len().into())
                    ]
                ))
            );
            Ok(ExitCode::SUCCESS)
        }
        LocalAction::Import { file } => {
            // A file that is not there or cannot be read is the worker's to fix (exit 2).
            let text = match moves::read_layer_file(&file) {
                Err(StoreError::Io { source, .. }) => {
                    return Ok(refused_file(locale, &file, &source.to_string()));
                }
                read => read?,
            };
            let office = office_name(paths, locale);
            let s = moves::import_layer(&mut o.dir, &mut o.layer, &text, &office, today())?;
            let msg = if s.is_empty() {
                "cli-layer-import-nothing"
            } else {
                "cli-layer-imported"
            };
            say!(
                "{}",
                out(&tr_args(
                    locale,
                    msg,
                    &[
                        ("notes", s.notes.into()),
                        ("flags", s.flags.into()),
                        ("favourites", s.favourites.into()),
                        ("records", s.records.into())
                    ]
                ))
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn corrections(
    paths: &Paths,
    action: CorrectionsAction,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let CorrectionsAction::Export { out: path } = action;
    let o = open(paths, locale)?;
    let office = office_name(paths, locale);
    let count = moves::export_corrections(&o.dir, &o.layer, &office, &path)?;
    say!(
        "{}",
        out(&tr_args(
            locale,
            "cli-corrections-exported",
            &[
                ("path", path.display().to_string().into()),
                ("count", count.into())
            ]
        ))
    );
    Ok(ExitCode::SUCCESS)
}
