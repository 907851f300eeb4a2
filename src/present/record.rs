//! A record as a person reads it: one ordered, localized list of labelled fields, each with
//! its kind. The command line, the window's detail pane and the referral sheet lay out this
//! list and nothing else, so a field added here shows on screen, on paper and in the
//! terminal at once, and a phone, a place or a period reads the same in all three.
//!
//! Which fields a reader gets is decided here, by [`Audience`]: the worker sees everything
//! (a confidential address with its warning on screen only), the client's sheet what a client
//! can use, in the sheet's language.

use super::fields::{
    ActLine, Audience, ChannelLine, Field, Links, PhoneLine, Presented, RecordLink, Run, StepLine,
    Value,
};
use super::{
    categories, country, hours, language, languages, list_separator, names, period, phone_facts,
    place, targets,
};
use crate::i18n::{self, Arg, Locale, tr, tr_args};
use crate::model::{Record, Text};

/// Builds what `audience` reads of `r` in `locale`: fresh as of `today`, open or closed at
/// `now` (none: not said).
pub fn present(
    r: &Record,
    links: &Links,
    locale: Locale,
    audience: Audience,
    today: jiff::civil::Date,
    now: Option<jiff::Timestamp>,
) -> Presented {
    Presenter {
        locale,
        audience,
        fell_back: None,
        translated: Vec::new(),
    }
    .record(r, links, today, now)
}

mod provenance;

struct Presenter {
    locale: Locale,
    audience: Audience,
    /// Some text was shown in another language than the reader's: `Some(true)` when all of
    /// it in English, `Some(false)` when some of it only as first written.
    fell_back: Option<bool>,
    /// Texts shown in a translation: (the language shown, the language first written in).
    translated: Vec<(String, String)>,
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
        self.note_language(lang);
        self.note_translation(lang, &t.orig);
        Run {
            text: text.to_string(),
            lang: lang.to_string(),
        }
    }

    /// Notes the language a text is shown in, for the sheet's note on translations.
    fn note_language(&mut self, lang: &str) {
        if lang != self.locale.code() {
            let english = lang == "en" && self.fell_back != Some(false);
            self.fell_back = Some(english);
        }
    }

    /// A text that reads in the reader's language (labels, translated vocabulary).
    fn own(&self, text: String) -> Run {
        Run {
            text,
            lang: self.locale.code().to_string(),
        }
    }

    fn field(&self, label_id: &'static str, value: Value) -> Field {
        Field {
            id: label_id,
            label: Some(self.t(label_id)),
            value,
        }
    }

    fn record(
        mut self,
        r: &Record,
        links: &Links,
        today: jiff::civil::Date,
        now: Option<jiff::Timestamp>,
    ) -> Presented {
        let l = self.locale;
        let (title, original) = names(r, l);
        let title = Run {
            lang: r.name.best(l.code()).0.to_string(),
            text: title,
        };
        let title_lang = title.lang.clone();
        self.note_language(&title_lang);
        self.note_translation(&title_lang, &r.name.orig);
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

        let mine = &links.mine;
        let mut fields = Vec::new();
        let phones: Vec<PhoneLine> = r
            .phones
            .iter()
            .filter_map(|p| self.phone(p, r, links))
            .collect();
        let first_phone = phones.first().map(|p| p.dial.number.clone());
        // How the QR code is named for a reader who cannot see it: the number as printed.
        let first_shown = phones.first().and_then(|line| {
            if line.dial.corrected {
                return Some(line.dial.number.clone());
            }
            r.phones
                .iter()
                .find(|p| p.number == line.number)
                .map(|p| p.display.clone())
        });
        if !phones.is_empty() {
            fields.push(self.field("field-phones", Value::Phones(phones)));
        }
        let channels: Vec<ChannelLine> = r
            .channels
            .iter()
            .filter_map(|c| {
                let on = super::mine::on_value(
                    links,
                    crate::layer::FlagField::Channel,
                    &c.value,
                    r,
                    self.locale,
                    self.client(),
                    "sheet-channel-flagged",
                );
                if on.omit {
                    return None;
                }
                let name = match &c.label {
                    Some(label) => self.run(label).text,
                    None => self.t(&format!("channel-{}", c.kind.key())),
                };
                // A client's sheet gives the address that works: the office's.
                let shown = match &on.correction {
                    Some(right) if self.client() => right.trim().to_string(),
                    _ => c.value.clone(),
                };
                Some(ChannelLine {
                    text: format!("{name}: {}", i18n::ltr(&shown)),
                    link: (c.kind.is_link() && shown.starts_with("http")).then(|| shown.clone()),
                    value: c.value.clone(),
                    flag: on.sentence,
                })
            })
            .collect();
        if !channels.is_empty() {
            fields.push(self.field("field-channels", Value::Channels(channels)));
        }
        // What it is, once the reader has the number.
        if let Some(d) = &r.description {
            fields.push(Field {
                id: "description",
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
            if let Some(f) = self.location(loc, r, mine) {
                fields.push(f);
            }
        }
        // The office's note comes after the ways to make contact: the number first.
        if let Some(n) = &mine.note {
            let label = if self.client() {
                "sheet-office-note"
            } else {
                "field-note"
            };
            let run = Run {
                text: n.text.clone(),
                lang: n.lang.clone(),
            };
            fields.push(self.field(label, Value::Text(run)));
            if !self.client() {
                let when = super::date(n.updated_at, l);
                fields.push(Field {
                    id: "field-note-date",
                    label: None,
                    value: Value::Note(self.ta("field-note-date", &[("date", when.into())])),
                });
            }
        }
        if let Some(h) = &r.hours {
            let on = super::mine::on_value(
                links,
                crate::layer::FlagField::Hours,
                &h.opening_hours,
                r,
                l,
                self.client(),
                "sheet-hours-flagged",
            );
            // The hours are a time to come: reported wrong, a client's sheet gives the
            // office's hours, or says they may be wrong; the worker reads the flag's sentence
            // in the office's reports.
            let text = match (&on.correction, self.client()) {
                (Some(right), true) => right.trim().to_string(),
                _ if self.client() && on.open => {
                    format!("{} — {}", hours(h, l), self.t("sheet-hours-flagged"))
                }
                _ => hours(h, l),
            };
            fields.push(self.field("field-hours", Value::Text(self.own(text))));
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
            // Each name on a line of its own, isolated in its own direction: a Kazakh name
            // holding a Persian word stays one run inside a Persian line, and the reverse.
            let names: Vec<Run> = r
                .name
                .values
                .iter()
                .map(|(lang, v)| Run {
                    text: format!("{}: {}", language(lang, l), i18n::isolate(v)),
                    lang: lang.clone(),
                })
                .collect();
            if names.len() > 1 {
                fields.push(self.field("field-names", Value::Lines(names)));
            }
        }
        if !self.client() {
            // Every flag not already shown beside its value, with where it stands.
            let reports: Vec<Run> = mine
                .flags
                .iter()
                // A phone's flag is shown beside its number while the record has it.
                .filter(|f| {
                    f.field != crate::layer::FlagField::Phone
                        || !r.phones.iter().any(|p| p.number == f.value)
                })
                .map(|f| {
                    let field = self.t(&format!("flag-field-{}", f.field.key()));
                    self.own(format!(
                        "{field}: {} — {}",
                        i18n::isolate(&f.value),
                        super::flag_text(f, r, l)
                    ))
                })
                .collect();
            if !reports.is_empty() {
                fields.push(self.field("field-reports", Value::Lines(reports)));
            }
        }
        self.provenance(r, &mut fields);
        if !self.client() {
            fields.push(self.field("field-id", Value::Text(self.own(r.id.clone()))));
        }
        // The code dials the first number the reader is shown: never one reported dead.
        let qr = first_phone
            .map(|n| format!("tel:{n}"))
            .or_else(|| r.main_link().map(|c| c.value.clone()));
        let qr_alt = match (&first_shown, &qr) {
            (Some(n), Some(_)) => {
                Some(self.ta("sheet-qr-phone", &[("number", i18n::ltr(n).into())]))
            }
            (None, Some(link)) => {
                Some(self.ta("sheet-qr-link", &[("link", i18n::ltr(link).into())]))
            }
            _ => None,
        };
        Presented {
            id: r.id.clone(),
            title,
            original,
            kind,
            // A client reads the check date on the sheet's source line instead.
            stale: (!self.client() && r.is_stale(today)).then(|| self.t("field-stale")),
            now: now
                .filter(|_| !self.client())
                .and_then(|at| super::open_status(r, crate::model::open::open_state(r, at), at, l)),
            banners: if self.client() {
                Vec::new()
            } else {
                super::mine::banners(mine, l)
            },
            favourite: mine.favourite,
            local: mine.local,
            removed: mine.removed,
            fields,
            qr,
            qr_alt,
        }
    }

    fn location(
        &mut self,
        loc: &crate::model::Location,
        r: &Record,
        mine: &crate::layer::Mine,
    ) -> Option<Field> {
        use crate::layer::{FlagField, FlagState};
        // A client's sheet carries the office's corrected address in place of the one it
        // corrects (the worker sees both, and the flag, in the reports).
        let corrected = loc.address.as_ref().and_then(|a| {
            let f = mine.flag_on(FlagField::Address, a.original())?;
            let c = f.correct.clone()?;
            (f.state(r) == FlagState::Open).then_some(c)
        });
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
        let mut lines: Vec<Run> = [&loc.name, &loc.address, &loc.city, &loc.note]
            .into_iter()
            .flatten()
            .map(|t| self.run(t))
            .collect();
        if let (Some(c), Some(a), true) = (corrected, &loc.address, self.client()) {
            let shown = self.run(a).text;
            for line in &mut lines {
                if line.text == shown {
                    *line = self.own(c.clone());
                }
            }
        }
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

    /// A phone as the reader sees it, with the office's flag; `None` on a client's sheet
    /// for a number the office reported dead (unless the worker chose to print it).
    fn phone(&mut self, p: &crate::model::Phone, r: &Record, links: &Links) -> Option<PhoneLine> {
        let l = self.locale;
        let on = super::mine::on_value(
            links,
            crate::layer::FlagField::Phone,
            &p.number,
            r,
            l,
            self.client(),
            "sheet-phone-flagged",
        );
        if on.omit {
            return None;
        }
        let correction = on.correction;
        let dial = super::dial(r, &links.mine, p);
        let mut text = i18n::ltr(&p.display);
        match (&correction, self.client()) {
            // The client gets the number that works: the office's.
            (Some(c), true) if dial.corrected => {
                text = i18n::ltr(c.trim());
            }
            _ => {
                if !p.is_short_code() && p.number != p.display {
                    text.push_str(&format!(" ({})", i18n::ltr(&p.number)));
                }
            }
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
        // A short code dials only inside its country; the office's correction may not be one.
        let dial_note = (!dial.number.starts_with('+')).then(|| {
            self.ta(
                "sheet-short-code",
                &[("country", country(r.country.code(), l).into())],
            )
        });
        Some(PhoneLine {
            text,
            dial_note,
            number: p.number.clone(),
            dial,
            flag: on.sentence,
            flagged: on.open,
        })
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
}
