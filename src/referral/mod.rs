//! Referral sheets: what a worker hands a client, in the client's language.
//!
//! [`compose`] turns the chosen records into a sheet (headings, paragraphs, QR codes), in the
//! sheet's language, leaving out every confidential address. [`layout`] shapes and breaks
//! it into pages with cosmic-text, the same engine the window uses; [`pdf`] draws those pages
//! with krilla, embedding subsetted fonts. The window's preview draws the very same layout,
//! so what the worker sees is what prints.

pub mod layout;
pub mod pdf;
pub mod qr;

use crate::i18n::{self, Arg, Locale, tr, tr_args};
use crate::model::{Record, Text};
use crate::present;
use crate::settings::{Office, Paper};
use std::collections::HashMap;

pub use crate::text::Fonts;
pub use layout::{Item, Line, Page};

/// Everything a sheet is made from. Nothing here is stored: the note exists only in memory
/// and in the PDF the worker saves.
#[derive(Debug, Clone)]
pub struct Request {
    pub records: Vec<Record>,
    /// Names of the organisations that run the records, by id.
    pub organizations: HashMap<String, Text>,
    pub locale: Locale,
    pub office: Office,
    pub note: String,
    pub paper: Paper,
    pub date: jiff::civil::Date,
    /// The worker's layer on the records, by id: notes, flags, corrections.
    pub mine: HashMap<String, crate::layer::Mine>,
    /// Print numbers the office flagged as not working (the worker chose to).
    pub print_flagged: bool,
    /// The records whose office note the worker chose to print on this sheet. Any other
    /// note stays the office's: "for the office only" is the default.
    pub share_notes: std::collections::HashSet<String>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ReferralError {
    #[error("the sheet has no services")]
    Empty,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl ReferralError {
    /// The reason as a sentence in `locale`.
    pub fn message(&self, l: crate::i18n::Locale) -> String {
        match self {
            ReferralError::Empty => crate::i18n::tr(l, "referral-empty"),
            ReferralError::Pdf(detail) => {
                crate::i18n::tr_args(l, "referral-failed", &[("detail", detail.as_str().into())])
            }
        }
    }
}

/// The look of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Title,
    Heading,
    Body,
    Label,
    Small,
}

impl Style {
    pub fn size(self) -> f32 {
        match self {
            Style::Title => 17.0,
            Style::Heading => 12.5,
            Style::Body => 10.0,
            Style::Label => 10.0,
            Style::Small => 7.5,
        }
    }
    pub fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading | Style::Label)
    }
}

/// A paragraph of the sheet, with the language its text is in.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub style: Style,
    pub lang: String,
    /// Indented under a heading (steps, contacts).
    pub indent: bool,
    /// Greyed (small print).
    pub muted: bool,
}

impl Para {
    fn new(text: impl Into<String>, style: Style, lang: &str) -> Para {
        Para {
            text: text.into(),
            style,
            lang: lang.to_string(),
            indent: false,
            muted: false,
        }
    }
    fn indented(mut self) -> Para {
        self.indent = true;
        self
    }
    fn muted(mut self) -> Para {
        self.muted = true;
        self
    }
}

/// A part of the sheet, laid out in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Para),
    /// One service: kept on one page where it fits, a QR code beside it.
    Service {
        paras: Vec<Para>,
        /// What the QR code carries, and its name in the sheet's language.
        qr: Option<(String, String)>,
    },
    /// The worker's note to the client, framed.
    Note(Vec<Para>),
    Rule,
}

/// The sheet: its title (for the PDF's metadata) and blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub locale: Locale,
    pub paper: Paper,
    pub blocks: Vec<Block>,
    /// Printed at the foot of every page with the page number.
    pub footer: String,
}

/// Builds the sheet's content in the sheet's language.
pub fn compose(req: &Request) -> Result<Sheet, ReferralError> {
    if req.records.is_empty() {
        return Err(ReferralError::Empty);
    }
    let l = req.locale;
    let lang = l.code();
    let t = |id: &str| tr(l, id);
    let ta = |id: &str, args: &[(&str, Arg)]| tr_args(l, id, args);
    let mut blocks = Vec::new();

    let o = &req.office;
    for (line, style) in [
        (o.name.trim().to_string(), Style::Label),
        (o.address.trim().to_string(), Style::Body),
        (i18n::ltr(o.phone.trim()), Style::Body),
    ] {
        if !i18n::strip_isolates(&line).is_empty() {
            blocks.push(Block::Para(Para::new(line, style, lang)));
        }
    }
    if !o.worker.trim().is_empty() {
        blocks.push(Block::Para(Para::new(
            ta("sheet-worker", &[("name", o.worker.trim().into())]),
            Style::Body,
            lang,
        )));
    }
    let title = t("sheet-title");
    blocks.push(Block::Para(Para::new(&title, Style::Title, lang)));
    blocks.push(Block::Para(Para::new(
        ta("sheet-date", &[("date", present::date(req.date, l).into())]),
        Style::Body,
        lang,
    )));
    blocks.push(Block::Para(Para::new(t("sheet-intro"), Style::Body, lang)));
    if !req.note.trim().is_empty() {
        let mut paras = vec![Para::new(t("sheet-note"), Style::Label, lang)];
        for line in req.note.lines().filter(|x| !x.trim().is_empty()) {
            let note_lang = if crate::text::has_arabic(line) {
                "fa"
            } else {
                lang
            };
            paras.push(Para::new(line.trim(), Style::Body, note_lang));
        }
        blocks.push(Block::Note(paras));
    }
    blocks.push(Block::Rule);

    for (i, r) in req.records.iter().enumerate() {
        blocks.push(service_block(r, i + 1, req));
    }

    blocks.push(Block::Rule);
    blocks.push(Block::Para(
        Para::new(t("sheet-emergency"), Style::Small, lang).muted(),
    ));
    blocks.push(Block::Para(
        Para::new(t("sheet-privacy"), Style::Small, lang).muted(),
    ));
    Ok(Sheet {
        title,
        locale: l,
        paper: req.paper,
        blocks,
        footer: t("app-name"),
    })
}

/// The worker's layer on a record as the client may read it: the office's note only when
/// the worker ticked it for this sheet.
fn for_the_client(req: &Request, id: &str) -> crate::layer::Mine {
    let mut mine = req.mine.get(id).cloned().unwrap_or_default();
    if !req.share_notes.contains(id) {
        mine.note = None;
    }
    mine
}

/// One service on the sheet: the record as a client reads it (see [`present`]), laid out
/// as paragraphs.
fn service_block(r: &Record, n: usize, req: &Request) -> Block {
    use present::Value;
    let l = req.locale;
    let lang = l.code();
    let links = present::Links {
        organization: r
            .organization
            .as_ref()
            .and_then(|id| Some((id.clone(), req.organizations.get(id)?.clone()))),
        mine: for_the_client(req, &r.id),
        print_flagged: req.print_flagged,
        ..present::Links::default()
    };
    let p = present::present(r, &links, l, present::Audience::Client, req.date, None);
    let mut paras = vec![Para::new(
        format!("{n}. {}", p.title.text),
        Style::Heading,
        &p.title.lang,
    )];
    if let Some(o) = &p.original {
        paras.push(Para::new(&o.text, Style::Body, &o.lang).muted());
    }
    paras.push(Para::new(&p.kind, Style::Small, lang));
    for f in &p.fields {
        let label = f.label.clone().unwrap_or_default();
        let inline = |text: &str| match &f.label {
            Some(label) => format!("{label}: {text}"),
            None => text.to_string(),
        };
        match &f.value {
            Value::Text(t) if f.label.is_none() => {
                paras.push(Para::new(&t.text, Style::Body, &t.lang))
            }
            Value::Text(t) => paras.push(Para::new(inline(&t.text), Style::Body, lang)),
            Value::Lines(lines) => {
                paras.push(Para::new(label, Style::Label, lang));
                for r in lines {
                    paras.push(Para::new(&r.text, Style::Body, &r.lang).indented());
                }
            }
            Value::Note(t) => paras.push(Para::new(t, Style::Small, lang).muted()),
            Value::Address { warning, lines } => {
                // Each piece isolated, joined by the sheet language's comma: `Olsztyn` beside
                // «لهستان» keeps its place (never «لهستان ,Olsztyn»).
                let mut all: Vec<String> = warning.iter().map(|w| i18n::isolate(w)).collect();
                all.extend(lines.iter().map(|r| i18n::isolate(&r.text)));
                let joined = all.join(present::list_separator(l));
                paras.push(Para::new(inline(&joined), Style::Body, lang));
            }
            Value::Records(list) => {
                let names: Vec<String> = list.iter().map(|r| i18n::isolate(&r.name)).collect();
                let joined = names.join(present::list_separator(l));
                paras.push(Para::new(inline(&joined), Style::Body, lang));
            }
            Value::Phones(phones) => {
                paras.push(Para::new(label, Style::Label, lang));
                for ph in phones {
                    let mut s = ph.text.clone();
                    if let Some(note) = &ph.dial_note {
                        s.push_str(&format!(" — {note}"));
                    }
                    paras.push(Para::new(s, Style::Body, lang).indented());
                    if let Some(flag) = &ph.flag {
                        paras.push(Para::new(flag, Style::Small, lang).indented().muted());
                    }
                }
            }
            Value::Channels(list) => {
                paras.push(Para::new(label, Style::Label, lang));
                for c in list {
                    paras.push(Para::new(&c.text, Style::Body, lang).indented());
                    if let Some(flag) = &c.flag {
                        paras.push(Para::new(flag, Style::Small, lang).indented().muted());
                    }
                }
            }
            Value::Steps(steps) => {
                paras.push(Para::new(label, Style::Label, lang));
                for st in steps {
                    paras.push(
                        Para::new(
                            format!("{}: {}", st.head, st.action.text),
                            Style::Body,
                            lang,
                        )
                        .indented(),
                    );
                    for note in &st.notes {
                        paras.push(Para::new(note, Style::Small, lang).indented());
                    }
                }
            }
            Value::Acts(acts) => {
                paras.push(Para::new(label, Style::Label, lang));
                for a in acts {
                    paras.push(Para::new(&a.text, Style::Body, lang).indented());
                    if let Some(u) = &a.url {
                        paras.push(Para::new(i18n::ltr(u), Style::Small, lang).indented());
                    }
                }
            }
            Value::Sources(list) => {
                let names: Vec<&str> = list.iter().map(|s| s.title.as_str()).collect();
                paras.push(Para::new(inline(&names.join("; ")), Style::Small, lang).muted());
            }
        }
    }
    let qr = p.qr.map(|data| {
        let alt = p.qr_alt.unwrap_or_else(|| data.clone());
        (data, alt)
    });
    Block::Service { paras, qr }
}

/// Composes, lays out and writes the sheet as PDF bytes.
pub fn make_pdf(req: &Request) -> Result<Vec<u8>, ReferralError> {
    let sheet = compose(req)?;
    let mut fonts = Fonts::new();
    let pages = layout::layout(&sheet, &mut fonts);
    pdf::render(&sheet, &pages, &mut fonts)
}
