//! `haven note|flag|favourite|local|corrections`: the worker's own layer from the command
//! line. Each command becomes an [`Edit`] that the use-case layer checks and writes.

use super::args::{FavouriteArgs, FlagArgs, NoteArgs};
use super::failure::{Failure, Said, refuse};
use super::{CorrectionsAction, Ctx, LocalAction, out};
use haven::i18n::{Locale, tr, tr_args};
use haven::layer::{Flag, FlagField};
use haven::usecase::{Edit, StoreError};
use haven::{present, today};
use std::path::Path;
use std::process::ExitCode;

/// Says what was done to record `id`, on standard output.
fn done(ctx: &Ctx, msg: &str, id: &str) -> Result<ExitCode, Failure> {
    say!("{}", ctx.tr_args(msg, &[("id", id.into())]));
    Ok(ExitCode::SUCCESS)
}

pub(super) fn note(ctx: &Ctx, a: NoteArgs) -> Result<ExitCode, Failure> {
    let text = if a.clear {
        String::new()
    } else {
        a.text.join(" ")
    };
    if !a.clear && text.trim().is_empty() {
        return Err(Failure::Input(Said::new("cli-note-empty")));
    }
    let edit = Edit::Note {
        id: a.id,
        text,
        lang: ctx.locale.code().to_string(),
        on: today(),
    };
    let edited = ctx.open()?.edit(edit)?;
    let msg = if a.clear {
        "cli-note-cleared"
    } else {
        "cli-note-saved"
    };
    done(ctx, msg, &edited.id)
}

/// What `haven flag` asks, checked: a flag to raise, take back, or keep.
pub(super) enum FlagRequest {
    Raise(Edit),
    Clear(Edit),
    Keep(Edit),
}

impl FlagRequest {
    pub fn from_args(a: FlagArgs) -> Result<FlagRequest, Failure> {
        let Some(field) = FlagField::from_key(a.field.trim()) else {
            let choices: Vec<&str> = FlagField::ALL.iter().map(|f| f.key()).collect();
            let said = Said::new("cli-unknown-field")
                .arg("value", a.field)
                .arg("choices", choices.join(", "));
            return Err(Failure::Input(said));
        };
        let (id, value) = (a.id, a.value);
        Ok(if a.clear {
            FlagRequest::Clear(Edit::Unflag { id, field, value })
        } else if a.keep {
            FlagRequest::Keep(Edit::Keep { id, field, value })
        } else {
            let flag = Flag {
                field,
                value,
                correct: a.correct,
                reason: a.reason,
                on: today(),
            };
            FlagRequest::Raise(Edit::Flag { id, flag })
        })
    }
}

pub(super) fn flag(ctx: &Ctx, request: FlagRequest) -> Result<ExitCode, Failure> {
    let mut haven = ctx.open()?;
    let (edit, msg) = match request {
        FlagRequest::Raise(edit) => (edit, "cli-flag-saved"),
        FlagRequest::Clear(edit) => (edit, "cli-flag-cleared"),
        FlagRequest::Keep(edit) => (edit, "cli-flag-kept"),
    };
    let edited = haven.edit(edit)?;
    let said = tr_args(ctx.locale, msg, &[("id", edited.id.as_str().into())]);
    match (&edited.flag, haven.record(&edited.id)?) {
        (Some(flag), Some(r)) => {
            let text = present::flag_text(flag, &r, ctx.locale);
            say!("{}", out(&format!("{said} {text}")));
        }
        _ => say!("{}", out(&said)),
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn favourite(ctx: &Ctx, a: FavouriteArgs) -> Result<ExitCode, Failure> {
    let edit = Edit::Favourite {
        id: a.id,
        on: !a.clear,
    };
    let edited = ctx.open()?.edit(edit)?;
    let msg = if a.clear {
        "cli-favourite-cleared"
    } else {
        "cli-favourite-saved"
    };
    done(ctx, msg, &edited.id)
}

/// A record the office wrote, as JSON from a file the worker named.
fn record_file(path: &Path, locale: Locale) -> Result<serde_json::Value, Failure> {
    let text = haven::usecase::read_record_file(path).map_err(|e| match e {
        StoreError::Io { source, .. } => Failure::Input(
            Said::new("cli-read-failed")
                .arg("path", path.display().to_string())
                .arg("detail", haven::input::reason(&source, locale)),
        ),
        e => Failure::Store(e),
    })?;
    serde_json::from_str(&text).map_err(|e| {
        Failure::Input(
            Said::new("layer-file-syntax")
                .arg("line", e.line())
                .arg("detail", e.to_string()),
        )
    })
}

pub(super) fn local(ctx: &Ctx, action: LocalAction) -> Result<ExitCode, Failure> {
    match action {
        LocalAction::Add { file } => {
            let value = record_file(&file, ctx.locale)?;
            let edit = Edit::AddLocal {
                value,
                office: ctx.office_name(),
                on: today(),
            };
            let edited = ctx.open()?.edit(edit)?;
            done(ctx, "cli-local-added", &edited.id)
        }
        LocalAction::Edit { id, file } => {
            let mut haven = ctx.open()?;
            // Not one of ours is said before the file is read.
            if !haven
                .local_list()?
                .iter()
                .any(|(r, removed)| !removed && r.id == id.trim())
            {
                return refuse("cli-local-not-ours", "id", id);
            }
            let value = record_file(&file, ctx.locale)?;
            let edit = Edit::EditLocal {
                id,
                value,
                office: ctx.office_name(),
                on: today(),
            };
            let edited = haven.edit(edit)?;
            done(ctx, "cli-local-edited", &edited.id)
        }
        LocalAction::List { json } => {
            let rows = ctx.open()?.local_list()?;
            if json {
                let items: Vec<_> = rows
                    .iter()
                    .map(|(r, removed)| {
                        let mut v = super::print::json_summary(r, ctx.locale);
                        v["local"] = (!removed).into();
                        v["removed"] = (*removed).into();
                        v
                    })
                    .collect();
                say!("{}", serde_json::Value::Array(items));
            } else {
                if rows.is_empty() {
                    say!("{}", ctx.tr("cli-local-none"));
                }
                for (r, removed) in &rows {
                    let (name, _) = present::names(r, ctx.locale);
                    let mark = if *removed {
                        tr(ctx.locale, "mine-removed-short")
                    } else {
                        String::new()
                    };
                    say!("{:<48} {} {}", r.id, out(&name), out(&mark));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        LocalAction::Remove { id } => {
            let edited = ctx.open()?.edit(Edit::RemoveLocal { id })?;
            done(ctx, "cli-local-removed", &edited.id)
        }
        LocalAction::Forget { id } => {
            let edited = ctx.open()?.edit(Edit::Forget { id })?;
            done(ctx, "cli-forgotten", &edited.id)
        }
        LocalAction::Export { out: path } => {
            let e = ctx.open()?.export_layer(&path)?;
            say!(
                "{}",
                ctx.tr_args(
                    "cli-layer-exported",
                    &[
                        ("path", path.display().to_string().into()),
                        ("notes", e.notes.into()),
                        ("flags", e.flags.into()),
                        ("records", e.records.into())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        LocalAction::Import { file } => {
            let mut haven = ctx.open()?;
            let office = ctx.office_name();
            // A file that is not there or cannot be read is the worker's to fix (exit 2).
            let s = match haven.import_layer(&file, &office, today(), ctx.locale) {
                Err(StoreError::Io { source, .. }) => {
                    let said = Said::new("cli-read-failed")
                        .arg("path", file.display().to_string())
                        .arg("detail", haven::input::reason(&source, ctx.locale));
                    return Err(Failure::Input(said));
                }
                imported => imported?,
            };
            let msg = if s.is_empty() {
                "cli-layer-import-nothing"
            } else {
                "cli-layer-imported"
            };
            say!(
                "{}",
                ctx.tr_args(
                    msg,
                    &[
                        ("notes", s.notes.into()),
                        ("flags", s.flags.into()),
                        ("favourites", s.favourites.into()),
                        ("records", s.records.into())
                    ]
                )
            );
            if s.notes_merged + s.flags_kept + s.records_kept > 0 {
                say!(
                    "{}",
                    ctx.tr_args(
                        "layer-import-merged",
                        &[
                            ("notes", s.notes_merged.into()),
                            ("flags", s.flags_kept.into()),
                            ("records", s.records_kept.into())
                        ]
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn corrections(ctx: &Ctx, action: CorrectionsAction) -> Result<ExitCode, Failure> {
    let CorrectionsAction::Export { out: path } = action;
    let office = ctx.office_name();
    let count = ctx.open()?.export_corrections(&office, &path)?;
    say!(
        "{}",
        ctx.tr_args(
            "cli-corrections-exported",
            &[
                ("path", path.display().to_string().into()),
                ("count", count.into())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}
