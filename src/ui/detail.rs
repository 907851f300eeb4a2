//! The detail pane: a record as the core presents it for the worker's screen
//! (`present::present`), laid out field by field, with its links and phones as buttons, and
//! the worker's own layer on it: the office note, a flag beside each phone and address, the
//! favourite star, and for a removed record the choice to let it go.

mod view;

pub use view::{ViewCtx, view};

use super::style;
use crate::i18n::Locale;
use crate::layer::{Flag, FlagField};
use crate::model::Record;
use crate::present::{self, Audience, Presented, Value};
use crate::text::Fitter;
use crate::usecase::{Edit, Haven, StoreError};
use iced::widget::text_editor;
use std::sync::{Arc, Mutex};

/// The width text has in the pane: the pane less its padding and the scroll bar.
const TEXT_WIDTH: f32 = style::DETAIL_WIDTH - 2.0 * style::PAD - 36.0;

/// The note being written. Cloning keeps the text (a message carrying a freshly loaded
/// record is cloned, never an editor being typed in).
pub struct NoteEditor(pub text_editor::Content);

impl Clone for NoteEditor {
    fn clone(&self) -> Self {
        NoteEditor(text_editor::Content::with_text(&self.0.text()))
    }
}

impl std::fmt::Debug for NoteEditor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NoteEditor")
    }
}

/// A record, presented and fitted to the pane when it was opened, and what the worker has
/// on it.
#[derive(Debug, Clone)]
pub struct Detail {
    pub record: Record,
    pub shown: Presented,
    pub mine: crate::layer::Mine,
    pub note: NoteEditor,
    /// The flag whose correct value is being typed: (field, value, text).
    pub correcting: Option<(FlagField, String, String)>,
    /// The note editor differs from the saved note.
    pub note_changed: bool,
    /// The note the worker just cleared, to put back with one press.
    pub cleared_note: Option<String>,
}

/// What the worker can do in the pane. Each is also a stop of the keyboard cursor.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Close the pane.
    Close,
    /// Put the record in the referral basket.
    AddToBasket(String),
    /// Copy a phone number to the clipboard: the number to dial, as the core decided it.
    CopyPhone(crate::present::Dial),
    /// Open a web address in the browser.
    OpenLink(String),
    /// Open another record in the pane.
    OpenRecord(String),
    /// Something on the worker's own layer.
    Mine(Mine),
}

/// The worker's layer, from the pane.
#[derive(Debug, Clone, PartialEq)]
pub enum Mine {
    NoteEdit(text_editor::Action),
    SaveNote,
    ClearNote,
    Favourite(bool),
    /// One click: this value does not work.
    Flag(FlagField, String),
    /// Take the flag back (or accept the publisher's new value).
    Unflag(FlagField, String),
    /// Put back the note just cleared.
    RestoreNote,
    CorrectEdit(String),
    SaveCorrect,
    /// Keep the worker's correction against the publisher's new value.
    Keep(FlagField, String, String),
    /// Let a removed record go, with all the worker had on it.
    LetGo,
    /// Edit one of the office's own records in the form.
    Edit,
}

/// How the pane presents a record: in the worker's language, on their day and moment,
/// fitted to the pane's width.
#[derive(Clone)]
pub struct View {
    pub locale: Locale,
    pub today: jiff::civil::Date,
    pub now: jiff::Timestamp,
    pub fitter: Arc<Mutex<Fitter>>,
}

impl std::fmt::Debug for View {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("View")
            .field("locale", &self.locale)
            .field("today", &self.today)
            .field("now", &self.now)
            .finish()
    }
}

/// What the pane asks of its screen.
pub enum MineAction {
    None,
    /// Write, then present the record again and refresh the results.
    Write(Edit),
    /// Open the form on this record.
    Edit(Box<Record>),
}

/// Loads and presents a record in `locale`, its text fitted to the pane (text that changes
/// direction is broken into lines here, once, not on every frame). Runs on the directory
/// thread.
pub fn load(h: &Haven, id: &str, v: &View) -> Result<Option<Detail>, StoreError> {
    let Some(record) = h.record(id)? else {
        return Ok(None);
    };
    let links = h.around(&record)?;
    let mine = links.mine.clone();
    let mut shown = present::present(
        &record,
        &links,
        v.locale,
        Audience::Screen,
        v.today,
        Some(v.now),
    );
    if let Ok(mut fitter) = v.fitter.lock() {
        shown.title.text = fitter.fit(&shown.title.text, style::TITLE, true, TEXT_WIDTH - 30.0);
        for s in shown.texts_mut().into_iter().skip(1) {
            *s = fitter.fit(s, style::BODY, false, TEXT_WIDTH);
        }
    }
    // The title and the name as written read in their language's direction, line by line
    // (each fitted line is a paragraph of its own).
    let directed = |text: &str, lang: &str| {
        text.split('\n')
            .map(|line| crate::i18n::directed(line, lang))
            .collect::<Vec<_>>()
            .join("\n")
    };
    shown.title.text = directed(&shown.title.text, &shown.title.lang);
    if let Some(o) = &mut shown.original {
        o.text = directed(&o.text, &o.lang);
    }
    let note = mine.note.as_ref().map(|n| n.text.as_str()).unwrap_or("");
    Ok(Some(Detail {
        note: NoteEditor(text_editor::Content::with_text(note)),
        record,
        shown,
        mine,
        correcting: None,
        cleared_note: None,
        note_changed: false,
    }))
}

impl Detail {
    /// The flag the worker has on a value, if any.
    pub fn flag(&self, field: FlagField, value: &str) -> Option<&Flag> {
        self.mine.flag_on(field, value)
    }

    /// The addresses the pane shows, in order, by the value a flag names (`None` for one
    /// with no street address, such as a confidential one shown by its warning only).
    pub fn address_values(&self) -> Vec<Option<String>> {
        self.record
            .locations
            .iter()
            .filter(|l| {
                l.confidential
                    || l.name.is_some()
                    || l.address.is_some()
                    || l.city.is_some()
                    || l.note.is_some()
            })
            .map(|l| l.address.as_ref().map(|a| a.original().to_string()))
            .collect()
    }

    pub fn update(&mut self, m: Mine, locale: Locale) -> MineAction {
        let id = self.record.id.clone();
        let write = MineAction::Write;
        match m {
            Mine::NoteEdit(action) => {
                self.note.0.perform(action);
                let saved = self
                    .mine
                    .note
                    .as_ref()
                    .map(|n| n.text.as_str())
                    .unwrap_or("");
                self.note_changed = self.note.0.text().trim() != saved.trim();
                MineAction::None
            }
            Mine::SaveNote | Mine::ClearNote | Mine::RestoreNote => {
                let text = match m {
                    Mine::SaveNote => self.note.0.text(),
                    Mine::RestoreNote => match self.cleared_note.take() {
                        Some(t) => t,
                        None => return MineAction::None,
                    },
                    _ => {
                        self.cleared_note = self.mine.note.as_ref().map(|n| n.text.clone());
                        String::new()
                    }
                };
                write(Edit::Note {
                    id,
                    text,
                    lang: locale.code().to_string(),
                    on: crate::today(),
                })
            }
            Mine::Favourite(on) => write(Edit::Favourite { id, on }),
            Mine::Flag(field, value) => {
                self.correcting = Some((field, value.clone(), String::new()));
                let flag = Flag {
                    field,
                    value,
                    correct: None,
                    reason: None,
                    on: crate::today(),
                };
                write(Edit::Flag { id, flag })
            }
            Mine::Unflag(field, value) => {
                self.correcting = None;
                write(Edit::Unflag { id, field, value })
            }
            Mine::CorrectEdit(text) => {
                if let Some(c) = &mut self.correcting {
                    c.2 = text;
                }
                MineAction::None
            }
            Mine::SaveCorrect => {
                let Some((field, value, text)) = self.correcting.take() else {
                    return MineAction::None;
                };
                let mut flag = self.flag(field, &value).cloned().unwrap_or(Flag {
                    field,
                    value,
                    correct: None,
                    reason: None,
                    on: crate::today(),
                });
                flag.correct = Some(text).filter(|t| !t.trim().is_empty());
                write(Edit::Flag { id, flag })
            }
            Mine::Keep(field, value, _now) => write(Edit::Keep { id, field, value }),
            Mine::LetGo => write(Edit::Forget { id }),
            Mine::Edit => MineAction::Edit(Box::new(self.record.clone())),
        }
    }
}

/// The pane's actions, in the order they are drawn.
pub fn actions(d: &Detail) -> Vec<Message> {
    let mut v = vec![
        Message::AddToBasket(d.record.id.clone()),
        Message::Mine(Mine::Favourite(!d.mine.favourite)),
    ];
    if d.mine.note.is_none() && d.cleared_note.is_some() {
        v.push(Message::Mine(Mine::RestoreNote));
    }
    let mut addresses = d.address_values().into_iter();
    for f in &d.shown.fields {
        match &f.value {
            Value::Phones(p) => {
                for p in p {
                    v.push(Message::CopyPhone(p.dial.clone()));
                    v.push(flag_action(d, FlagField::Phone, &p.number));
                }
            }
            Value::Address { .. } => {
                if let Some(Some(a)) = addresses.next() {
                    v.push(flag_action(d, FlagField::Address, &a));
                }
            }
            Value::Channels(c) => {
                for c in c {
                    v.extend(c.link.clone().map(Message::OpenLink));
                    v.push(flag_action(d, FlagField::Channel, &c.value));
                }
            }
            Value::Text(_) if f.id == "field-hours" => {
                if let Some(h) = &d.record.hours {
                    v.push(flag_action(d, FlagField::Hours, &h.opening_hours));
                }
            }
            Value::Acts(a) => v.extend(
                a.iter()
                    .filter_map(|a| a.url.clone())
                    .map(Message::OpenLink),
            ),
            Value::Records(r) => v.extend(r.iter().map(|r| Message::OpenRecord(r.id.clone()))),
            Value::Sources(s) => v.extend(
                s.iter()
                    .filter_map(|s| s.url.clone())
                    .map(Message::OpenLink),
            ),
            Value::Text(_) | Value::Lines(_) | Value::Note(_) | Value::Steps(_) => {}
        }
    }
    v
}

/// Flag a value, or take its flag back.
pub fn flag_action(d: &Detail, field: FlagField, value: &str) -> Message {
    if d.flag(field, value).is_some() {
        Message::Mine(Mine::Unflag(field, value.to_string()))
    } else {
        Message::Mine(Mine::Flag(field, value.to_string()))
    }
}
