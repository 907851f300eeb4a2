//! Referral sheets: what a worker hands a client, in the client's language.
//!
//! [`compose`] turns the chosen records into a sheet (headings, paragraphs, QR codes), in the
//! sheet's language, leaving out every confidential address. [`layout`] shapes and breaks
//! it into pages with cosmic-text, the same engine the window uses; [`pdf`] draws those pages
//! with krilla, embedding subsetted fonts. The window's preview draws the very same layout,
//! so what the worker sees is what prints.

pub mod layout;
pub mod pdf;

use crate::i18n::{self, Arg, Locale, tr, tr_args};
use crate::model::{Kind, Record, Text};
use crate::present;
use crate::settings::{Office, Paper};
use std::collections::HashMap;

pub use layout::{Fonts, Item, Line, Page};

/// The bundled fonts (SIL OFL 1.1, see `assets/fonts/OFL.txt`), shared with the window.
pub const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
];

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
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ReferralError {
    #[error("the sheet has no services")]
    Empty,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
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
        qr: Option<String>,
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
            let note_lang = if crate::search::translit::has_arabic_script(line) {
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

/// Whether `t` has the sheet's language; otherwise the sheet says so and shows English.
fn sheet_text(t: &Text, l: Locale) -> (String, String, bool) {
    match t.get(l.code()) {
        Some(s) => (s.to_string(), l.code().to_string(), true),
        None => {
            let (lang, s) = t.best("en");
            (s.to_string(), lang.to_string(), false)
        }
    }
}

fn service_block(r: &Record, n: usize, req: &Request) -> Block {
    let l = req.locale;
    let lang = l.code();
    let t = |id: &str| tr(l, id);
    let ta = |id: &str, args: &[(&str, Arg)]| tr_args(l, id, args);
    let mut paras = Vec::new();
    let mut untranslated = false;

    let (name, name_lang, ok) = sheet_text(&r.name, l);
    untranslated |= !ok;
    paras.push(Para::new(
        format!("{n}. {name}"),
        Style::Heading,
        &name_lang,
    ));
    if r.name.original() != name {
        paras.push(Para::new(r.name.original(), Style::Body, &r.name.orig).muted());
    }
    let mut kind_line = t(&format!("kind-{}", r.kind.key()));
    let cats = present::categories(r, l);
    if !cats.is_empty() {
        kind_line = format!("{kind_line} · {cats}");
    }
    paras.push(Para::new(kind_line, Style::Small, lang));

    if let Some(d) = &r.description {
        let (text, dl, ok) = sheet_text(d, l);
        untranslated |= !ok;
        paras.push(Para::new(text, Style::Body, &dl));
    }
    if let Some(org) = r
        .organization
        .as_ref()
        .and_then(|id| req.organizations.get(id))
    {
        let (text, _, _) = sheet_text(org, l);
        paras.push(Para::new(
            format!("{}: {}", t("field-organization"), text),
            Style::Body,
            lang,
        ));
    }
    paras.push(Para::new(
        format!("{}: {}", t("field-place"), present::place(r, l)),
        Style::Body,
        lang,
    ));
    for loc in &r.locations {
        if loc.confidential {
            // The address itself is never printed, whatever the record holds.
            paras.push(Para::new(
                format!("{}: {}", t("field-address"), t("sheet-address-by-phone")),
                Style::Body,
                lang,
            ));
        } else if let Some(a) = &loc.address {
            let (text, _, _) = sheet_text(a, l);
            paras.push(Para::new(
                format!("{}: {}", t("field-address"), text),
                Style::Body,
                lang,
            ));
        }
    }
    if !r.phones.is_empty() {
        paras.push(Para::new(t("field-phones"), Style::Label, lang));
        for p in &r.phones {
            let mut s = i18n::ltr(&p.display);
            if !p.is_short_code() && p.number.len() > p.display.len() {
                s.push_str(&format!(" ({})", i18n::ltr(&p.number)));
            }
            if let Some(label) = &p.label {
                s.push_str(&format!(" — {}", sheet_text(label, l).0));
            }
            for fact in present::phone_facts(p, l) {
                s.push_str(present::list_separator(l));
                s.push_str(&fact);
            }
            if p.is_short_code() {
                s.push_str(&format!(
                    " — {}",
                    ta(
                        "sheet-short-code",
                        &[("country", present::country(r.country.code(), l).into())]
                    )
                ));
            }
            paras.push(Para::new(s, Style::Body, lang).indented());
        }
    }
    if !r.channels.is_empty() {
        paras.push(Para::new(t("field-channels"), Style::Label, lang));
        for c in &r.channels {
            let name = t(&format!("channel-{}", c.kind.key()));
            paras.push(
                Para::new(
                    format!("{name}: {}", i18n::ltr(&c.value)),
                    Style::Body,
                    lang,
                )
                .indented(),
            );
        }
    }
    if let Some(h) = &r.hours {
        paras.push(Para::new(
            format!("{}: {}", t("field-hours"), present::hours(h, l)),
            Style::Body,
            lang,
        ));
    }
    if !r.languages.is_empty() {
        paras.push(Para::new(
            format!("{}: {}", t("field-languages"), present::languages(r, l)),
            Style::Body,
            lang,
        ));
    }
    if let Some(p) = &r.period {
        paras.push(Para::new(
            format!("{}: {}", t("field-period"), present::period(p, l)),
            Style::Body,
            lang,
        ));
    }
    for (id, value) in [
        ("field-eligibility", &r.eligibility),
        ("field-bring", &r.what_to_bring),
        ("field-expect", &r.what_to_expect),
    ] {
        if let Some(v) = value {
            let (text, _, ok) = sheet_text(v, l);
            untranslated |= !ok;
            paras.push(Para::new(format!("{}: {}", t(id), text), Style::Body, lang));
        }
    }
    if r.kind == Kind::Procedure && !r.steps.is_empty() {
        paras.push(Para::new(t("field-steps"), Style::Label, lang));
        for (i, s) in r.steps.iter().enumerate() {
            let (actor, _, ok1) = sheet_text(&s.actor, l);
            let (action, _, ok2) = sheet_text(&s.action, l);
            untranslated |= !(ok1 && ok2);
            let mut line = format!("{}. {actor}: {action}", i + 1);
            if let Some(f) = &s.form {
                line.push_str(&format!(
                    " ({})",
                    ta("field-step-form", &[("form", f.as_str().into())])
                ));
            }
            paras.push(Para::new(line, Style::Body, lang).indented());
            if let Some(e) = &s.client_expects {
                let (text, _, _) = sheet_text(e, l);
                paras.push(
                    Para::new(
                        ta("field-step-expects", &[("text", text.into())]),
                        Style::Small,
                        lang,
                    )
                    .indented(),
                );
            }
        }
    }
    if untranslated {
        paras.push(
            Para::new(
                ta(
                    "sheet-untranslated",
                    &[("language", present::language(lang, l).into())],
                ),
                Style::Small,
                lang,
            )
            .muted(),
        );
    }
    let sources: Vec<String> = r
        .sources
        .iter()
        .map(|s| match (&s.seed, &s.url) {
            (Some(file), _) => file.clone(),
            (None, Some(url)) => s.publisher.clone().unwrap_or_else(|| url.clone()),
            _ => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    paras.push(
        Para::new(
            ta(
                "sheet-source",
                &[
                    ("sources", sources.join("; ").into()),
                    ("date", present::date(r.verified_at, l).into()),
                ],
            ),
            Style::Small,
            lang,
        )
        .muted(),
    );
    let qr = r
        .main_phone()
        .map(|p| p.tel_uri())
        .or_else(|| r.main_link().map(|c| c.value.clone()));
    Block::Service { paras, qr }
}

/// Composes, lays out and writes the sheet as PDF bytes.
pub fn make_pdf(req: &Request) -> Result<Vec<u8>, ReferralError> {
    let sheet = compose(req)?;
    let mut fonts = Fonts::new();
    let pages = layout::layout(&sheet, &mut fonts);
    pdf::render(&sheet, &pages, &mut fonts)
}
