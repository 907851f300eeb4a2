//! A record as a person reads it: one ordered, localized list of labelled fields, each with
//! its kind. The command line, the window's detail pane and the referral sheet lay out this
//! list and nothing else, so a field added here shows on screen, on paper and in the
//! terminal at once, and a phone, a place or a period reads the same in all three.
//!
//! Which fields a reader gets is decided here, by [`Audience`]: the worker sees everything
//! (a confidential address with its warning on screen only), the client's sheet what a client
//! can use, in the sheet's language.

use super::{
    categories, country, date, hours, language, languages, list_separator, names, period,
    phone_facts, place, targets,
};
use crate::i18n::{self, Arg, Locale, tr, tr_args};
use crate::model::{Record, Source, Text};

/// Who a record is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The worker in the window: every field, a confidential address shown with its warning.
    Screen,
    /// The worker on the command line: every field, but a confidential address is withheld,
    /// since terminal output is easily redirected into files and logs.
    Terminal,
    /// The client, on a referral sheet: what a client can act on, never a confidential
    /// address, with a note where a text has no translation into the sheet's language.
    Client,
}

/// Another record a field points at, with its name in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordLink {
    pub id: String,
    pub name: String,
}

/// The records a record points at, loaded from the store by whoever presents it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Links {
    pub organization: Option<(String, Text)>,
    pub related: Vec<(String, Text)>,
    /// For an organisation: the records it runs.
    pub runs: Vec<(String, Text)>,
}

/// A run of text and the language it is written in (the sheet shapes by it).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub lang: String,
}

/// One phone number as every reader shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneLine {
    /// `800 120 002 (+48800120002) — Niebieska Linia, free, Open 24 hours`
    pub text: String,
    /// `dial within Poland`, for a short code.
    pub dial_note: Option<String>,
    /// What a click copies and a QR code dials: E.164 or the short code.
    pub number: String,
}

/// A contact that is not a phone.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLine {
    /// `Website: https://…`
    pub text: String,
    /// The address a browser can open, when it is a link.
    pub link: Option<String>,
}

/// One step of a procedure.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    /// `1. Police officer — Form A`
    pub head: String,
    pub action: Run,
    /// `Deadline: 7 days`, `What the person affected can expect: …`
    pub notes: Vec<String>,
}

/// A law, with the address of its text when known.
#[derive(Debug, Clone, PartialEq)]
pub struct ActLine {
    /// `Act on counteracting domestic violence (Dz.U. 2023 poz. 1870)`
    pub text: String,
    pub url: Option<String>,
}

/// Where a record's facts came from.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    /// `Seed document 003_….txt`, or `PAP MediaRoom (2025) — what it supports`
    pub title: String,
    /// The sentence quoted from it.
    pub quote: Option<String>,
    pub url: Option<String>,
}

/// What a field holds, by kind: each reader has one way to lay out each kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(Run),
    /// A place to go. A confidential one carries its warning, and its lines reach the
    /// worker's screen only.
    Address {
        warning: Option<String>,
        lines: Vec<Run>,
    },
    Phones(Vec<PhoneLine>),
    Channels(Vec<ChannelLine>),
    Steps(Vec<StepLine>),
    Acts(Vec<ActLine>),
    /// Records the reader can open next.
    Records(Vec<RecordLink>),
    Sources(Vec<SourceLine>),
    /// Small print: the check date, a note about translations.
    Note(String),
}

/// One labelled field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The translated label; `None` for a description, which needs none.
    pub label: Option<String>,
    pub value: Value,
}

/// A whole record, ready to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct Presented {
    pub id: String,
    pub title: Run,
    /// The name as first written, when the title is a translation.
    pub original: Option<Run>,
    /// `Service · Crisis centre · Shelter`
    pub kind: String,
    /// `Due for re-check: verified over 12 months ago`, when it is.
    pub stale: Option<String>,
    pub fields: Vec<Field>,
    /// What a sheet's QR code carries: the main phone's `tel:` or the main link.
    pub qr: Option<String>,
}

impl Presented {
    /// Every string a reader sees, in order: for fitting lines to a width and for tests.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut v = vec![&mut self.title.text];
        if let Some(o) = &mut self.original {
            v.push(&mut o.text);
        }
        v.push(&mut self.kind);
        if let Some(s) = &mut self.stale {
            v.push(s);
        }
        for f in &mut self.fields {
            if let Some(l) = &mut f.label {
                v.push(l);
            }
            match &mut f.value {
                Value::Text(r) => v.push(&mut r.text),
                Value::Note(s) => v.push(s),
                Value::Address { warning, lines } => {
                    if let Some(w) = warning {
                        v.push(w);
                    }
                    v.extend(lines.iter_mut().map(|r| &mut r.text));
                }
                Value::Phones(p) => {
                    for p in p {
                        v.push(&mut p.text);
                        if let Some(n) = &mut p.dial_note {
                            v.push(n);
                        }
                    }
                }
                Value::Channels(c) => v.extend(c.iter_mut().map(|c| &mut c.text)),
                Value::Steps(s) => {
                    for s in s {
                        v.push(&mut s.head);
                        v.push(&mut s.action.text);
                        v.extend(s.notes.iter_mut());
                    }
                }
                Value::Acts(a) => {
                    for a in a {
                        v.push(&mut a.text);
                        if let Some(u) = &mut a.url {
                            v.push(u);
                        }
                    }
                }
                Value::Records(r) => v.extend(r.iter_mut().map(|r| &mut r.name)),
                Value::Sources(s) => {
                    for s in s {
                        v.push(&mut s.title);
                        if let Some(q) = &mut s.quote {
                            v.push(q);
                        }
                        if let Some(u) = &mut s.url {
                            v.push(u);
                        }
                    }
                }
            }
        }
        v
    }

    /// Every string a reader sees, in order.
    pub fn texts(&self) -> Vec<String> {
        self.clone()
            .texts_mut()
            .into_iter()
            .map(|s| s.clone())
            .collect()
    }
}

/// Builds what `audience` reads of `r` in `locale`.
pub fn present(
    r: &Record,
    links: &Links,
    locale: Locale,
    audience: Audience,
    today: jiff::civil::Date,
) -> Presented {
    Presenter {
        locale,
        audience,
        untranslated: false,
    }
    .record(r, links, today)
}

struct Presenter {
    locale: Locale,
    audience: Audience,
    /// Some text was shown in another language than the reader's.
    untranslated: bool,
}

impl Presenter {
    fn t(&self, id: &str) -> String {
        tr(self.locale, id)
    }

    fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tr_args(self.locale, id, args)
    }

    fn client(&self) -> bool {
        self.audience == Audience::Client
    }

    /// A text in the reader's language, else English, else the original; noting when it
    /// falls back.
    fn run(&mut self, t: &Text) -> Run {
        let (lang, text) = t.best(self.locale.code());
        if lang != self.locale.code() {
            self.untranslated = true;
        }
        Run {
            text: text.to_string(),
            lang: lang.to_string(),
        }
    }

    /// A text that reads in the reader's language (labels, translated vocabulary).
    fn own(&self, text: String) -> Run {
        Run {
            text,
            lang: self.locale.code().to_string(),
        }
    }

    fn field(&self, label_id: &str, value: Value) -> Field {
        Field {
            label: Some(self.t(label_id)),
            value,
        }
    }

    fn record(mut self, r: &Record, links: &Links, today: jiff::civil::Date) -> Presented {
        let l = self.locale;
        let (title, original) = names(r, l);
        let title = Run {
            lang: r.name.best(l.code()).0.to_string(),
            text: title,
        };
        if title.lang != l.code() {
            self.untranslated = true;
        }
        let original = original.map(|text| Run {
            text,
            lang: r.name.orig.clone(),
        });
        // `Procedure · Procedure` says nothing twice: a category named as the kind is left out.
        let kind_name = self.t(&format!("kind-{}", r.kind.key()));
        let kind = std::iter::once(kind_name.clone())
            .chain(
                categories(r, l)
                    .split(" · ")
                    .filter(|c| !c.is_empty() && *c != kind_name)
                    .map(str::to_string),
            )
            .collect::<Vec<_>>()
            .join(" · ");

        let mut fields = Vec::new();
        if let Some(d) = &r.description {
            fields.push(Field {
                label: None,
                value: Value::Text(self.run(d)),
            });
        }
        fields.push(self.field("field-place", Value::Text(self.own(place(r, l)))));
        if let Some((id, name)) = &links.organization {
            let name = self.run(name).text;
            let link = RecordLink {
                id: id.clone(),
                name,
            };
            fields.push(self.field("field-organization", Value::Records(vec![link])));
        }
        for loc in &r.locations {
            if let Some(f) = self.location(loc) {
                fields.push(f);
            }
        }
        if !r.phones.is_empty() {
            let phones = r.phones.iter().map(|p| self.phone(p, r)).collect();
            fields.push(self.field("field-phones", Value::Phones(phones)));
        }
        if !r.channels.is_empty() {
            let channels = r
                .channels
                .iter()
                .map(|c| {
                    let name = match &c.label {
                        Some(label) => self.run(label).text,
                        None => self.t(&format!("channel-{}", c.kind.key())),
                    };
                    ChannelLine {
                        text: format!("{name}: {}", i18n::ltr(&c.value)),
                        link: c.kind.is_link().then(|| c.value.clone()),
                    }
                })
                .collect();
            fields.push(self.field("field-channels", Value::Channels(channels)));
        }
        if let Some(h) = &r.hours {
            fields.push(self.field("field-hours", Value::Text(self.own(hours(h, l)))));
        }
        if let Some(p) = &r.period {
            fields.push(self.field("field-period", Value::Text(self.own(period(p, l)))));
        }
        if !r.languages.is_empty() {
            let v = Value::Text(self.own(languages(r, l)));
            fields.push(self.field("field-languages", v));
        }
        if !r.target_groups.is_empty() {
            fields.push(self.field("field-targets", Value::Text(self.own(targets(r, l)))));
        }
        for (id, value) in [
            ("field-eligibility", &r.eligibility),
            ("field-bring", &r.what_to_bring),
            ("field-expect", &r.what_to_expect),
        ] {
            if let Some(v) = value {
                let v = Value::Text(self.run(v));
                fields.push(self.field(id, v));
            }
        }
        if !r.steps.is_empty() {
            let steps = self.steps(r);
            fields.push(self.field("field-steps", Value::Steps(steps)));
        }
        if let Some(j) = &r.jurisdiction {
            let v = Value::Text(self.own(country(j, l)));
            fields.push(self.field("field-jurisdiction", v));
        }
        if !r.legal_basis.is_empty() {
            let acts = r
                .legal_basis
                .iter()
                .map(|a| {
                    let mut text = self.run(&a.title).text;
                    if let Some(c) = &a.citation {
                        text.push_str(&format!(" ({})", i18n::ltr(c)));
                    }
                    ActLine {
                        text,
                        url: a.url.clone(),
                    }
                })
                .collect();
            fields.push(self.field("field-legal-basis", Value::Acts(acts)));
        }
        if !self.client() {
            for (label, list) in [
                ("detail-runs", &links.runs),
                ("field-related", &links.related),
            ] {
                if list.is_empty() {
                    continue;
                }
                let items = list
                    .iter()
                    .map(|(id, name)| RecordLink {
                        id: id.clone(),
                        name: self.run(name).text,
                    })
                    .collect();
                fields.push(self.field(label, Value::Records(items)));
            }
            let names = r
                .name
                .values
                .iter()
                .map(|(lang, v)| format!("{}: {v}", language(lang, l)))
                .collect::<Vec<_>>();
            if names.len() > 1 {
                let v = Value::Text(self.own(names.join("\n")));
                fields.push(self.field("field-names", v));
            }
        }
        self.provenance(r, &mut fields);
        if !self.client() {
            fields.push(self.field("field-id", Value::Text(self.own(r.id.clone()))));
        }
        let qr = r
            .main_phone()
            .map(|p| p.tel_uri())
            .or_else(|| r.main_link().map(|c| c.value.clone()));
        Presented {
            id: r.id.clone(),
            title,
            original,
            kind,
            // A client reads the check date on the sheet's source line instead.
            stale: (!self.client() && r.is_stale(today)).then(|| self.t("field-stale")),
            fields,
            qr,
        }
    }

    fn location(&mut self, loc: &crate::model::Location) -> Option<Field> {
        if loc.confidential {
            // The address itself reaches the worker's screen only, under its warning; a
            // sheet says to ask by phone.
            let value = match self.audience {
                Audience::Client => Value::Text(self.own(self.t("sheet-address-by-phone"))),
                Audience::Terminal => Value::Address {
                    warning: Some(self.t("field-address-confidential")),
                    lines: Vec::new(),
                },
                Audience::Screen => Value::Address {
                    warning: Some(self.t("field-address-confidential")),
                    lines: [&loc.name, &loc.address, &loc.city, &loc.note]
                        .into_iter()
                        .flatten()
                        .map(|t| self.run(t))
                        .collect(),
                },
            };
            return Some(self.field("field-address", value));
        }
        let lines: Vec<Run> = [&loc.name, &loc.address, &loc.city, &loc.note]
            .into_iter()
            .flatten()
            .map(|t| self.run(t))
            .collect();
        (!lines.is_empty()).then(|| {
            self.field(
                "field-address",
                Value::Address {
                    warning: None,
                    lines,
                },
            )
        })
    }

    fn phone(&mut self, p: &crate::model::Phone, r: &Record) -> PhoneLine {
        let l = self.locale;
        let mut text = i18n::ltr(&p.display);
        if !p.is_short_code() && p.number != p.display {
            text.push_str(&format!(" ({})", i18n::ltr(&p.number)));
        }
        let mut details = Vec::new();
        if let Some(label) = &p.label {
            details.push(self.run(label).text);
        }
        details.extend(phone_facts(p, l));
        if !details.is_empty() {
            text.push_str(" — ");
            text.push_str(&details.join(list_separator(l)));
        }
        let dial_note = p.is_short_code().then(|| {
            self.ta(
                "sheet-short-code",
                &[("country", country(r.country.code(), l).into())],
            )
        });
        PhoneLine {
            text,
            dial_note,
            number: p.number.clone(),
        }
    }

    fn steps(&mut self, r: &Record) -> Vec<StepLine> {
        let mut out = Vec::new();
        for (i, s) in r.steps.iter().enumerate() {
            let mut head = format!("{}. {}", i + 1, self.run(&s.actor).text);
            if let Some(f) = &s.form {
                head.push_str(" — ");
                head.push_str(&self.ta("field-step-form", &[("form", f.as_str().into())]));
            }
            let action = self.run(&s.action);
            let mut notes = Vec::new();
            if let Some(d) = &s.deadline {
                let d = self.run(d).text;
                notes.push(self.ta("field-step-deadline", &[("deadline", d.into())]));
            }
            if let Some(e) = &s.client_expects {
                let e = self.run(e).text;
                notes.push(self.ta("field-step-expects", &[("text", e.into())]));
            }
            out.push(StepLine {
                head,
                action,
                notes,
            });
        }
        out
    }

    /// Sources and the check date; on a sheet, one line naming them, and a note when some of
    /// the entry is not in the sheet's language.
    fn provenance(&mut self, r: &Record, fields: &mut Vec<Field>) {
        let l = self.locale;
        let checked = date(r.verified_at, l);
        if self.client() {
            if self.untranslated {
                fields.push(Field {
                    label: None,
                    value: Value::Note(self.ta(
                        "sheet-untranslated",
                        &[("language", language(l.code(), l).into())],
                    )),
                });
            }
            let mut names: Vec<String> = Vec::new();
            for s in &r.sources {
                let name = source_name(s, l);
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            fields.push(Field {
                label: None,
                value: Value::Note(self.ta(
                    "sheet-source",
                    &[
                        ("sources", names.join("; ").into()),
                        ("date", checked.into()),
                    ],
                )),
            });
            return;
        }
        let sources = r
            .sources
            .iter()
            .map(|s| {
                let mut title = source_name(s, l);
                if let Some(p) = &s.published {
                    title.push_str(&format!(" ({})", i18n::ltr(p)));
                }
                if let Some(what) = &s.supports {
                    title.push_str(&format!(" — {what}"));
                }
                SourceLine {
                    title,
                    quote: s.quote.as_ref().map(|q| format!("«{q}»")),
                    url: s.url.clone(),
                }
            })
            .collect();
        fields.push(self.field("field-sources", Value::Sources(sources)));
        fields.push(Field {
            label: None,
            value: Value::Note(self.ta(
                "field-verified",
                &[
                    ("date", checked.into()),
                    ("who", r.verified_by.as_str().into()),
                ],
            )),
        });
    }
}

/// A source as a person names it: the publisher, or the seed document.
fn source_name(s: &Source, l: Locale) -> String {
    match (&s.publisher, &s.seed, &s.url) {
        (Some(p), _, _) => p.clone(),
        (None, Some(file), _) => tr_args(l, "field-source-seed", &[("file", file.as_str().into())]),
        (None, None, Some(url)) => url.clone(),
        (None, None, None) => String::new(),
    }
}
