//! "Add a service" and "Edit": the office's own records, written in a form. What the worker
//! types is checked field by field (with the message beside the field, in their language),
//! then made into a record and checked exactly as `data/` is before it is saved in the
//! worker's layer.

pub mod view;

use super::db::Db;
use crate::i18n::Locale;
use crate::model::{Category, ChannelKind, Kind, Problem, Record};
use crate::usecase::{Edit, EditError};
use iced::Task;
use std::collections::BTreeMap;

/// A field of the form, in the order it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    Description,
    City,
    Address,
    Phone,
    Website,
    Email,
    Hours,
    Languages,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Name,
        Field::Description,
        Field::City,
        Field::Address,
        Field::Phone,
        Field::Website,
        Field::Email,
        Field::Hours,
        Field::Languages,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Field::Name => "form-name",
            Field::Description => "form-description",
            Field::City => "form-city",
            Field::Address => "form-address",
            Field::Phone => "form-phone",
            Field::Website => "form-website",
            Field::Email => "form-email",
            Field::Hours => "form-hours",
            Field::Languages => "form-languages",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Input(Field, String),
    Kind(Kind),
    Country(String),
    Category(Category),
    Save,
    Cancel,
    /// The record was saved (its id), or refused: its problems by field, or the store's
    /// failure.
    Saved(Result<String, EditError>),
}

/// What `view` needs from the app.
pub struct ViewCtx {
    pub locale: Locale,
}

/// What the form needs from the app.
pub struct Ctx {
    pub db: Option<Db>,
    pub locale: Locale,
    /// The office's name, the source of its records.
    pub office: String,
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// Saved: show this record.
    Done(String),
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct State {
    /// The id of the record being edited, or `None` for a new one.
    pub editing: Option<String>,
    pub values: BTreeMap<Field, String>,
    pub kind: Kind,
    pub country: String,
    pub categories: Vec<Category>,
    /// A translated message per field.
    pub errors: BTreeMap<Field, String>,
    /// The directory's own checks that name no field of the form.
    pub other: Vec<String>,
    pub saving: bool,
}

impl State {
    /// An empty form for a new record in the office's country.
    pub fn new(country: &str) -> State {
        State {
            editing: None,
            values: BTreeMap::new(),
            kind: Kind::Service,
            country: country.to_string(),
            categories: Vec::new(),
            errors: BTreeMap::new(),
            other: Vec::new(),
            saving: false,
        }
    }

    /// The form filled from one of the office's own records.
    pub fn edit(r: &Record) -> State {
        let mut s = State::new(r.country.code());
        s.editing = Some(r.id.clone());
        s.kind = r.kind;
        s.categories = r.categories.clone();
        let mut put = |f: Field, v: Option<String>| {
            if let Some(v) = v {
                s.values.insert(f, v);
            }
        };
        put(Field::Name, Some(r.name.original().to_string()));
        put(
            Field::Description,
            r.description.as_ref().map(|t| t.original().to_string()),
        );
        put(
            Field::City,
            r.city.as_ref().map(|t| t.original().to_string()),
        );
        put(
            Field::Address,
            r.locations
                .iter()
                .find_map(|l| l.address.as_ref().map(|a| a.original().to_string())),
        );
        put(Field::Phone, r.phones.first().map(|p| p.display.clone()));
        let channel = |k: ChannelKind| {
            r.channels
                .iter()
                .find(|c| c.kind == k)
                .map(|c| c.value.clone())
        };
        put(Field::Website, channel(ChannelKind::Web));
        put(Field::Email, channel(ChannelKind::Email));
        put(
            Field::Hours,
            r.hours.as_ref().map(|h| h.opening_hours.clone()),
        );
        put(
            Field::Languages,
            Some(r.languages.join(", ")).filter(|l| !l.is_empty()),
        );
        s
    }

    pub fn view(&self, cx: &ViewCtx) -> iced::Element<'_, Message> {
        view::view(self, cx.locale)
    }

    pub fn value(&self, f: Field) -> &str {
        self.values.get(&f).map(String::as_str).unwrap_or("")
    }

    pub fn update(&mut self, m: Message, cx: &Ctx) -> Action {
        let locale = cx.locale;
        match m {
            Message::Input(f, v) => {
                // What is typed or pasted is text, never control: an invisible override
                // pasted with a number would reverse it on a client's sheet.
                self.values
                    .insert(f, crate::text::clean::clean(&v).into_owned());
                self.errors.remove(&f);
                Action::None
            }
            Message::Kind(k) => {
                self.kind = k;
                Action::None
            }
            Message::Country(c) => {
                self.country = c;
                Action::None
            }
            Message::Category(c) => {
                if let Some(i) = self.categories.iter().position(|x| *x == c) {
                    self.categories.remove(i);
                } else {
                    self.categories.push(c);
                }
                Action::None
            }
            Message::Cancel => Action::Cancelled,
            Message::Save => {
                self.errors = self.check(locale);
                self.other.clear();
                // With no office's place in Settings, nothing says which country a number
                // is dialled in: the worker chooses it (the interface language does not say).
                if self.country.is_empty() {
                    self.other
                        .push(crate::i18n::tr(locale, "form-country-needed"));
                }
                if !self.errors.is_empty() || !self.other.is_empty() {
                    return Action::None;
                }
                let Some(db) = &cx.db else {
                    return Action::None;
                };
                self.saving = true;
                let value = self.to_json(locale);
                let (office, on) = (cx.office.clone(), crate::today());
                let edit = match self.editing.clone() {
                    Some(id) => Edit::EditLocal {
                        id,
                        value,
                        office,
                        on,
                    },
                    None => Edit::AddLocal { value, office, on },
                };
                Action::Run(Task::perform(db.write(edit), |r| {
                    Message::Saved(r.map(|e| e.id))
                }))
            }
            Message::Saved(Ok(id)) => {
                self.saving = false;
                Action::Done(id)
            }
            Message::Saved(Err(EditError::Invalid(problems))) => {
                self.saving = false;
                for p in problems {
                    let message = p.message(locale);
                    match field_of(&p) {
                        Some(f) => {
                            self.errors.insert(f, message);
                        }
                        None => self.other.push(message),
                    }
                }
                Action::None
            }
            Message::Saved(Err(e)) => {
                self.saving = false;
                self.other.push(e.message(locale));
                Action::None
            }
        }
    }

    /// The form's own checks, translated, by field.
    fn check(&self, l: Locale) -> BTreeMap<Field, String> {
        let t = |id: &str| crate::i18n::tr(l, id);
        let mut e = BTreeMap::new();
        if self.value(Field::Name).trim().is_empty() {
            e.insert(Field::Name, t("form-required"));
        }
        // The import's own readers (`crate::parse`): what a spreadsheet would take, the form
        // takes, and what it would refuse, the form refuses.
        let phone = self.value(Field::Phone).trim();
        if !phone.is_empty() && self.phone().is_none() {
            e.insert(Field::Phone, t("form-phone-invalid"));
        }
        let web = self.value(Field::Website).trim();
        if !(web.is_empty() || web.starts_with("https://") || web.starts_with("http://")) {
            e.insert(Field::Website, t("form-website-invalid"));
        }
        let mail = self.value(Field::Email).trim();
        if !mail.is_empty() && (!mail.contains('@') || mail.contains(' ')) {
            e.insert(Field::Email, t("form-email-invalid"));
        }
        let hours = self.value(Field::Hours).trim();
        if !hours.is_empty() && crate::parse::hours::from_office(hours).is_none() {
            e.insert(Field::Hours, t("form-hours-invalid"));
        }
        let bad_lang = crate::parse::pieces(self.value(Field::Languages))
            .any(|p| crate::parse::language(p).is_none());
        if bad_lang {
            e.insert(Field::Languages, t("form-languages-invalid"));
        }
        e
    }

    /// The phone as the import reads it (E.164 or a short code), with what it shows.
    fn phone(&self) -> Option<crate::model::Phone> {
        let country = crate::model::Country::new(&self.country)?;
        crate::parse::office_phone(self.value(Field::Phone).trim(), &country).map(|(p, _)| p)
    }

    /// The languages as codes (`polish, ukrainian` is `pl`, `uk`), each once.
    fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for code in
            crate::parse::pieces(self.value(Field::Languages)).filter_map(crate::parse::language)
        {
            if !out.contains(&code) {
                out.push(code);
            }
        }
        out
    }

    /// The record as JSON, in the format of `data/` (the office's source, id and dates are
    /// added when it is checked).
    fn to_json(&self, l: Locale) -> serde_json::Value {
        let lang = l.code();
        let text = |s: &str| serde_json::json!({ "orig": lang, lang: s.trim() });
        let mut v = serde_json::json!({
            "kind": self.kind.key(),
            "name": text(self.value(Field::Name)),
            "country": self.country,
            "categories": self.categories.iter().map(|c| c.key()).collect::<Vec<_>>(),
            "languages": self.languages(),
        });
        let o = v.as_object_mut().expect("an object literal");
        let val = |f: Field| Some(self.value(f).trim()).filter(|s| !s.is_empty());
        if let Some(d) = val(Field::Description) {
            o.insert("description".into(), text(d));
        }
        if let Some(c) = val(Field::City) {
            o.insert("city".into(), text(c));
        }
        if let Some(a) = val(Field::Address) {
            o.insert(
                "locations".into(),
                serde_json::json!([{ "address": text(a) }]),
            );
        }
        if let Some(p) = self.phone() {
            o.insert(
                "phones".into(),
                serde_json::json!([{ "number": p.number, "display": p.display }]),
            );
        }
        let mut channels = Vec::new();
        if let Some(w) = val(Field::Website) {
            channels.push(serde_json::json!({ "kind": "web", "value": w }));
        }
        if let Some(m) = val(Field::Email) {
            channels.push(serde_json::json!({ "kind": "email", "value": m }));
        }
        if !channels.is_empty() {
            o.insert("channels".into(), channels.into());
        }
        if let Some(h) = val(Field::Hours) {
            let h = crate::parse::hours::from_office(h).unwrap_or_else(|| h.to_string());
            o.insert("hours".into(), serde_json::json!({ "opening_hours": h }));
        }
        v
    }
}

/// The form field a problem of the directory's checks is about.
fn field_of(p: &Problem) -> Option<Field> {
    let head = p.field.split(['.', '[']).next().unwrap_or("");
    Some(match head {
        "name" => Field::Name,
        "description" => Field::Description,
        "city" => Field::City,
        "locations" => Field::Address,
        "phones" => Field::Phone,
        // The form writes the website first when there is one: which box a channel came
        // from is told by what is wrong with it, not by its place.
        "channels" => match p.why {
            crate::model::Why::Email(_) => Field::Email,
            _ => Field::Website,
        },
        "hours" => Field::Hours,
        "languages" => Field::Languages,
        _ => return None,
    })
}
