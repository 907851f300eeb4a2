//! Every change a worker makes to their layer, as a value: the window's buttons and the
//! command's arguments both become an [`Edit`], and [`Haven::edit`] checks it, writes it and
//! has the directory carry it, in one step.

use super::Haven;
use crate::i18n::{Locale, tr, tr_args};
use crate::layer::{self, Flag, FlagField, FlagState, MAX_NOTE_CHARS, Note};
use crate::model::{Problem, Record};
use crate::store::StoreError;

/// One change to the worker's layer.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Write the office's note on a record; an empty text removes it.
    Note {
        id: String,
        text: String,
        /// The interface language it was written in.
        lang: String,
        on: jiff::civil::Date,
    },
    /// Mark or unmark a record as one of the office's favourites.
    Favourite { id: String, on: bool },
    /// Say that one value of a record is wrong (with the right value when the worker knows
    /// it). `flag.value` may be written as the worker typed it (a phone in any form): it is
    /// matched to the value the record holds. A flag already on that value is replaced.
    Flag { id: String, flag: Flag },
    /// Take a flag back. An empty `value` names the field's only flag.
    Unflag {
        id: String,
        field: FlagField,
        value: String,
    },
    /// Keep the worker's correction against the publisher's new value (after an update
    /// changed the flagged field).
    Keep {
        id: String,
        field: FlagField,
        value: String,
    },
    /// Let a record the publisher removed go, with everything the worker had on it.
    Forget { id: String },
    /// Add one of the office's own records, written as the form or a JSON file gives it;
    /// it is completed and checked as `data/` is (`layer::local::prepare`).
    AddLocal {
        value: serde_json::Value,
        office: String,
        on: jiff::civil::Date,
    },
    /// Replace one of the office's own records.
    EditLocal {
        id: String,
        value: serde_json::Value,
        office: String,
        on: jiff::civil::Date,
    },
    /// Remove one of the office's own records.
    RemoveLocal { id: String },
}

/// What an edit did.
#[derive(Debug, Clone, PartialEq)]
pub struct Edited {
    /// The record it was about.
    pub id: String,
    /// The flag as saved, for [`Edit::Flag`].
    pub flag: Option<Flag>,
}

/// Why an edit changed nothing.
#[derive(Debug, Clone, thiserror::Error)]
pub enum EditError {
    #[error("no record {0}")]
    Unknown(String),
    #[error("{0} is not one of this office's records")]
    NotOurs(String),
    #[error("a record {0} already exists")]
    Exists(String),
    #[error("{0} has no such flag")]
    NoFlag(String),
    /// Keeping a correction needs an update to have changed the flagged value.
    #[error("the flag is still open")]
    FlagOpen,
    /// The record holds no such value to flag.
    #[error("{id} has no {field:?} {given:?}; it has: {known}")]
    NoValue {
        id: String,
        field: FlagField,
        given: String,
        known: String,
    },
    /// The right number given for a phone is not one Haven can dial.
    #[error("{0:?} is not a number Haven can dial")]
    BadPhone(String),
    /// The office's record fails the directory's checks, field by field.
    #[error("the record is not valid")]
    Invalid(Vec<Problem>),
    /// A note (or a flag's reason) longer than [`MAX_NOTE_CHARS`].
    #[error("{chars} characters; a note holds at most {max}")]
    TooLong { chars: usize, max: usize },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl EditError {
    /// The reason as a sentence in `locale`.
    pub fn message(&self, l: Locale) -> String {
        let id = |key: &str, id: &str| tr_args(l, key, &[("id", id.into())]);
        match self {
            EditError::Unknown(i) => id("store-error-no-record", i),
            EditError::NotOurs(i) => id("cli-local-not-ours", i),
            EditError::Exists(i) => id("cli-local-exists", i),
            EditError::NoFlag(i) => id("cli-flag-none", i),
            EditError::FlagOpen => tr(l, "cli-flag-keep-open"),
            EditError::NoValue {
                id,
                field,
                given,
                known,
            } => StoreError::NoValue {
                id: id.clone(),
                field: field.key().to_string(),
                given: given.clone(),
                known: known.clone(),
            }
            .message(l),
            EditError::Invalid(problems) => StoreError::Invalid(problems.clone()).message(l),
            EditError::BadPhone(given) => tr_args(
                l,
                "problem-phone",
                &[("number", crate::i18n::ltr(given).into())],
            ),
            EditError::TooLong { chars, max } => tr_args(
                l,
                "edit-too-long",
                &[("chars", (*chars).into()), ("max", (*max).into())],
            ),
            EditError::Store(e) => e.message(l),
        }
    }

    /// Whether the worker can put it right (a wrong id or value), rather than the machine
    /// having failed.
    pub fn is_input(&self) -> bool {
        !matches!(self, EditError::Store(_))
    }
}

/// Whether a number as the office typed it dials in `country`: with its country code (E.164)
/// or as a national short code (3–6 digits), exactly as the form and the import read it.
fn is_dialable(typed: &str, country: &str) -> bool {
    typed.chars().all(crate::model::is_phone_display_char)
        && crate::layer::merge::dial_number(typed, country).is_some_and(|n| {
            crate::model::is_e164(&n) || (3..=6).contains(&n.len()) && !n.starts_with('+')
        })
}

impl Haven {
    /// Checks and writes one edit, then has the directory carry it (search, the detail pane
    /// and the sheet see it at once).
    pub fn edit(&mut self, edit: Edit) -> Result<Edited, EditError> {
        self.writable()?;
        let edited = self.write(edit)?;
        self.dir.refresh_overlay()?;
        Ok(edited)
    }

    fn known(&self, id: &str) -> Result<Record, EditError> {
        self.dir
            .get(id.trim())?
            .ok_or_else(|| EditError::Unknown(id.trim().to_string()))
    }

    fn write(&mut self, edit: Edit) -> Result<Edited, EditError> {
        let done = |id: &str| Edited {
            id: id.to_string(),
            flag: None,
        };
        match edit {
            Edit::Note { id, text, lang, on } => {
                let chars = text.chars().count();
                if chars > MAX_NOTE_CHARS {
                    return Err(EditError::TooLong {
                        chars,
                        max: MAX_NOTE_CHARS,
                    });
                }
                let r = self.known(&id)?;
                let note = Note {
                    text: crate::text::clean::clean(&text).into_owned(),
                    lang,
                    updated_at: on,
                };
                self.layer.set_note(&r, &note)?;
                Ok(done(&r.id))
            }
            Edit::Favourite { id, on } => {
                let r = self.known(&id)?;
                self.layer.set_favourite(&r, on)?;
                Ok(done(&r.id))
            }
            Edit::Flag { id, mut flag } => {
                let r = self.known(&id)?;
                let Some(value) = layer::find_value(&r, flag.field, &flag.value) else {
                    return Err(EditError::NoValue {
                        known: layer::field_values(&r, flag.field).join(", "),
                        id: r.id,
                        field: flag.field,
                        given: flag.value,
                    });
                };
                flag.value = value;
                flag.correct = flag
                    .correct
                    .map(|c| crate::text::clean::clean(&c).trim().to_string())
                    .filter(|c| !c.is_empty());
                // A right number is checked as every number is: it is what a client will be
                // given, on the sheet, in its QR code and from the clipboard.
                if flag.field == FlagField::Phone
                    && let Some(c) = &flag.correct
                    && !is_dialable(c, r.country.code())
                {
                    return Err(EditError::BadPhone(c.clone()));
                }
                flag.reason = flag.reason.filter(|c| !c.trim().is_empty());
                self.layer.add_flag(&r, &flag)?;
                Ok(Edited {
                    id: r.id,
                    flag: Some(flag),
                })
            }
            Edit::Unflag { id, field, value } => {
                let (r, flag) = self.flag_named(&id, field, &value)?;
                self.layer.remove_flag(&r.id, field, &flag.value)?;
                Ok(done(&r.id))
            }
            Edit::Keep { id, field, value } => {
                let (r, flag) = self.flag_named(&id, field, &value)?;
                let FlagState::Resolved { now } = flag.state(&r) else {
                    return Err(EditError::FlagOpen);
                };
                let Some(now) = now.first() else {
                    return Err(EditError::FlagOpen);
                };
                self.layer.rebase_flag(&r.id, field, &flag.value, now)?;
                Ok(done(&r.id))
            }
            Edit::Forget { id } => {
                self.layer.forget(id.trim())?;
                Ok(done(id.trim()))
            }
            Edit::AddLocal { value, office, on } => {
                let r = self.prepare_local(value, None, &office, on)?;
                if self.dir.get(&r.id)?.is_some() {
                    return Err(EditError::Exists(r.id));
                }
                self.layer.put_local(&r)?;
                Ok(done(&r.id))
            }
            Edit::EditLocal {
                id,
                value,
                office,
                on,
            } => {
                let id = id.trim();
                if self.layer.local(id)?.is_none() {
                    return Err(EditError::NotOurs(id.to_string()));
                }
                let r = self.prepare_local(value, Some(id), &office, on)?;
                self.layer.put_local(&r)?;
                Ok(done(&r.id))
            }
            Edit::RemoveLocal { id } => {
                if !self.layer.remove_local(id.trim())? {
                    return Err(EditError::NotOurs(id.trim().to_string()));
                }
                Ok(done(id.trim()))
            }
        }
    }

    /// The record and the flag on `field` that `given` names (empty: the field's only flag).
    fn flag_named(
        &self,
        id: &str,
        field: FlagField,
        given: &str,
    ) -> Result<(Record, Flag), EditError> {
        let r = self.known(id)?;
        let flags: Vec<Flag> = self
            .layer
            .flags(&r.id)?
            .into_iter()
            .filter(|f| f.field == field)
            .collect();
        let given = given.trim();
        let found = flags.iter().find(|f| {
            (given.is_empty() && flags.len() == 1) || layer::value_matches(field, &f.value, given)
        });
        match found {
            Some(f) => {
                let f = f.clone();
                Ok((r, f))
            }
            None => Err(EditError::NoFlag(r.id)),
        }
    }

    /// Completes and checks a record the office wrote (`keep_id`: the id it replaces).
    fn prepare_local(
        &self,
        mut value: serde_json::Value,
        keep_id: Option<&str>,
        office: &str,
        on: jiff::civil::Date,
    ) -> Result<Record, EditError> {
        if let (Some(id), Some(obj)) = (keep_id, value.as_object_mut()) {
            obj.insert("id".into(), id.into());
        }
        let kinds = self.dir.kinds()?;
        let layer = &self.layer;
        let taken = |id: &str| kinds.contains_key(id) || layer.local(id).ok().flatten().is_some();
        layer::local::prepare(value, office, on, &kinds, &taken).map_err(EditError::Invalid)
    }
}
