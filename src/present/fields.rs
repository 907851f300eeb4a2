//! What a presented record is made of: labelled fields, each of one kind, that every reader
//! (command line, window, sheet) has one way to lay out.

use crate::model::Text;

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
    /// What the worker's layer holds on the record.
    pub mine: crate::layer::Mine,
    /// On a sheet: print a phone the office flagged as not working (the worker chose to).
    pub print_flagged: bool,
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
    /// The publisher's number (E.164 or the short code): what the office's flags name.
    pub number: String,
    /// What a click copies and a QR code dials: the office's correction or the
    /// publisher's number (see [`super::dial`]).
    pub dial: super::Dial,
    /// The office's flag on this number, as a sentence.
    pub flag: Option<String>,
    /// The flag is open: the number is reported not to work (or corrected).
    pub flagged: bool,
}

/// A contact that is not a phone.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLine {
    /// `Website: https://…`
    pub text: String,
    /// The address a browser can open, when it is a link.
    pub link: Option<String>,
    /// The channel's value as stored (what a flag names).
    pub value: String,
    /// The office's flag on it, as a sentence (on a client's sheet: that it may not work).
    pub flag: Option<String>,
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
    /// The sentences quoted from it, in the record's order.
    pub quotes: Vec<String>,
    pub url: Option<String>,
}

/// What a field holds, by kind: each reader has one way to lay out each kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(Run),
    /// Several short texts, one per line (a record's names in every language).
    Lines(Vec<Run>),
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

impl Value {
    /// The kind of field, by name (for tests and diagnostics).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Text(_) => "text",
            Value::Lines(_) => "lines",
            Value::Address { .. } => "address",
            Value::Phones(_) => "phones",
            Value::Channels(_) => "channels",
            Value::Steps(_) => "steps",
            Value::Acts(_) => "acts",
            Value::Records(_) => "records",
            Value::Sources(_) => "sources",
            Value::Note(_) => "note",
        }
    }
}

/// One labelled field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Which field it is: the Fluent id of its label (`field-phones`), or of its text for a
    /// field with no label (`field-verified`; `description`). Readers that lay a field out
    /// their own way (the window's note editor) find it by this, never by its words.
    pub id: &'static str,
    /// The translated label; `None` for a description, which needs none.
    pub label: Option<String>,
    pub value: Value,
}

/// A line about the worker's own relation to a record, over its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Banner {
    pub text: String,
    /// Something to watch out for (the publisher removed it), not a mark of the office's.
    pub warning: bool,
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
    /// Open or closed at the moment it was presented for (`Open now, until 16:00`); none on
    /// a client's sheet (paper outlives the moment) and where hours mean nothing.
    pub now: Option<String>,
    /// The worker's marks: removed by the publisher (a warning), the office's own, a
    /// favourite (marks, drawn unlike warnings).
    pub banners: Vec<Banner>,
    pub favourite: bool,
    pub local: bool,
    pub removed: bool,
    pub fields: Vec<Field>,
    /// What a sheet's QR code carries: the main phone's `tel:` or the main link.
    pub qr: Option<String>,
    /// The QR code named for a reader who cannot see it ("QR code: phone 800 120 002").
    pub qr_alt: Option<String>,
}

impl Presented {
    /// Every string a reader sees, in order: for fitting lines to a width and for tests.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut v = vec![&mut self.title.text];
        v.extend(self.original.as_mut().map(|o| &mut o.text));
        v.push(&mut self.kind);
        v.extend(self.stale.as_mut());
        v.extend(self.now.as_mut());
        v.extend(self.banners.iter_mut().map(|b| &mut b.text));
        for f in &mut self.fields {
            v.extend(f.label.as_mut());
            match &mut f.value {
                Value::Text(r) => v.push(&mut r.text),
                Value::Lines(l) => v.extend(l.iter_mut().map(|r| &mut r.text)),
                Value::Note(s) => v.push(s),
                Value::Address { warning, lines } => {
                    v.extend(warning.as_mut());
                    v.extend(lines.iter_mut().map(|r| &mut r.text));
                }
                Value::Phones(p) => p.iter_mut().for_each(|p| {
                    v.push(&mut p.text);
                    v.extend(p.dial_note.as_mut());
                    v.extend(p.flag.as_mut());
                }),
                Value::Channels(c) => c.iter_mut().for_each(|c| {
                    v.push(&mut c.text);
                    v.extend(c.flag.as_mut());
                }),
                Value::Steps(s) => s.iter_mut().for_each(|s| {
                    v.push(&mut s.head);
                    v.push(&mut s.action.text);
                    v.extend(s.notes.iter_mut());
                }),
                Value::Acts(a) => a.iter_mut().for_each(|a| {
                    v.push(&mut a.text);
                    v.extend(a.url.as_mut());
                }),
                Value::Records(r) => v.extend(r.iter_mut().map(|r| &mut r.name)),
                Value::Sources(s) => s.iter_mut().for_each(|s| {
                    v.push(&mut s.title);
                    v.extend(s.quotes.iter_mut());
                    v.extend(s.url.as_mut());
                }),
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
