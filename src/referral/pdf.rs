//! Draws laid-out pages with krilla: glyphs from cosmic-text in the bundled fonts (subsetted
//! and embedded by krilla, with ToUnicode maps so text can be copied and read aloud), QR codes
//! as vector squares, and a structure tree (headings, paragraphs with their language) for
//! screen readers.

use super::layout::{Fonts, Item, Line, Page};
use super::{ReferralError, Sheet, Style};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use std::collections::HashMap;
use std::num::NonZeroU16;

fn fill(gray: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(gray, gray, gray).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

struct FontCache<'a> {
    fonts: &'a Fonts,
    krilla: HashMap<cosmic_text::fontdb::ID, Option<Font>>,
}

impl FontCache<'_> {
    fn get(&mut self, id: cosmic_text::fontdb::ID) -> Option<Font> {
        let fonts = self.fonts;
        self.krilla
            .entry(id)
            .or_insert_with(|| {
                let (bytes, index) = fonts.face(id)?;
                Font::new(krilla::Data::from(bytes), index)
            })
            .clone()
    }
}

/// Draws one line's glyphs, one `draw_glyphs` call per run of the same font.
fn draw_line(s: &mut Surface<'_>, line: &Line, cache: &mut FontCache<'_>) {
    s.set_fill(Some(fill(if line.muted { 85 } else { 0 })));
    let mut i = 0;
    let g = &line.glyphs;
    while i < g.len() {
        let first = &g[i];
        let mut j = i + 1;
        while j < g.len() && g[j].font == first.font && g[j].size == first.size {
            j += 1;
        }
        let size = first.size.max(0.01);
        // Absolute placement: each glyph's offset from the run's start, so order and
        // direction cannot shift anything.
        let glyphs: Vec<KrillaGlyph> = g[i..j]
            .iter()
            .map(|gl| KrillaGlyph {
                glyph_id: GlyphId::new(u32::from(gl.id)),
                text_range: gl.start..gl.end,
                x_advance: 0.0,
                x_offset: (gl.x - first.x) / size + gl.x_offset,
                y_offset: gl.y_offset,
                y_advance: 0.0,
                location: None,
            })
            .collect();
        if let Some(font) = cache.get(first.font) {
            s.draw_glyphs(
                Point::from_xy(first.x, line.baseline),
                &glyphs,
                font,
                &line.text,
                size,
                false,
            );
        }
        i = j;
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, y, w, h)?);
    pb.finish()
}

/// Writes the PDF, identified as PDF/UA-1 when it passes krilla's checks of that standard
/// (a title shown as the window's title, a language, every glyph mapped to its text, every
/// QR code named in the sheet's language); otherwise the same tagged sheet without the claim,
/// so a client is never left without a sheet for a check the office cannot fix.
pub fn render(sheet: &Sheet, pages: &[Page], fonts: &mut Fonts) -> Result<Vec<u8>, ReferralError> {
    match render_ua(sheet, pages, fonts) {
        Ok(bytes) => Ok(bytes),
        Err(UaError::Refused(_)) => render_with(sheet, pages, fonts, None),
        Err(UaError::Other(e)) => Err(e),
    }
}

/// Why a sheet is not PDF/UA-1.
#[derive(Debug)]
pub enum UaError {
    /// krilla's PDF/UA-1 checks refused it, with what they found.
    Refused(String),
    Other(ReferralError),
}

/// The sheet as PDF/UA-1, or why it cannot be (tests hold every sheet to it).
pub fn render_ua(sheet: &Sheet, pages: &[Page], fonts: &mut Fonts) -> Result<Vec<u8>, UaError> {
    let ua = krilla::configure::ConfigurationBuilder::new()
        .with_accessibility_validator(krilla::configure::Accessibility::UA1)
        .finish()
        .map_err(|e| UaError::Other(ReferralError::Pdf(format!("{e:?}"))))?;
    render_with(sheet, pages, fonts, Some(ua)).map_err(|e| match e {
        ReferralError::Pdf(detail) if detail.starts_with(REFUSED) => UaError::Refused(detail),
        other => UaError::Other(other),
    })
}

const REFUSED: &str = "PDF/UA-1: ";

fn render_with(
    sheet: &Sheet,
    pages: &[Page],
    fonts: &mut Fonts,
    configuration: Option<krilla::configure::Configuration>,
) -> Result<Vec<u8>, ReferralError> {
    let lang = sheet.locale.code().to_string();
    let mut settings = SerializeSettings {
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    if let Some(c) = configuration {
        settings.configuration = c;
    }
    let mut doc = Document::new_with(settings);
    let mut meta = Metadata::new()
        .title(sheet.title.clone())
        .language(lang.clone())
        .creator("Haven".into());
    if sheet.locale.is_rtl() {
        meta = meta.text_direction(TextDirection::RightToLeft);
    }
    doc.set_metadata(meta);

    let mut cache = FontCache {
        fonts,
        krilla: HashMap::new(),
    };
    // Paragraph id → (style, language, content ids), in reading order.
    let mut paragraphs: Vec<(usize, Style, String, Vec<Identifier>)> = Vec::new();
    let mut figures: Vec<(usize, String, Identifier)> = Vec::new();
    let mut footers = Vec::new();
    // Each paragraph's text as written (a heading's title, the outline's entries), and where
    // its first line is.
    let mut texts: HashMap<usize, String> = HashMap::new();
    let mut starts: HashMap<usize, (usize, f32)> = HashMap::new();

    for (page_index, page) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(page.width, page.height)
            .ok_or_else(|| ReferralError::Pdf("invalid page size".into()))?;
        let mut p = doc.start_page_with(settings);
        let mut s = p.surface();
        for item in &page.items {
            match item {
                Item::Line(line) if line.para == 0 => {
                    // Page numbers are furniture, not content.
                    let id = s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                        ArtifactType::Footer,
                    )));
                    draw_line(&mut s, line, &mut cache);
                    s.end_tagged();
                    footers.push(id);
                }
                Item::Line(line) => {
                    let t = texts.entry(line.para).or_default();
                    if !t.is_empty() {
                        t.push(' ');
                    }
                    t.push_str(crate::i18n::strip_isolates(&line.visible).trim());
                    starts.entry(line.para).or_insert((page_index, line.top));
                    let id = s.start_tagged(ContentTag::Span(
                        SpanTag::empty().with_lang(Some(&line.lang)),
                    ));
                    draw_line(&mut s, line, &mut cache);
                    s.end_tagged();
                    match paragraphs.iter_mut().find(|(p, ..)| *p == line.para) {
                        Some((_, _, _, ids)) => ids.push(id),
                        None => {
                            paragraphs.push((line.para, line.style, line.lang.clone(), vec![id]))
                        }
                    }
                }
                Item::Fill { x, y, w, h, gray } => {
                    let id = s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                        ArtifactType::Other,
                    )));
                    if let Some(path) = rect(*x, *y, *w, *h) {
                        s.set_fill(Some(fill(*gray)));
                        s.set_stroke(None);
                        s.draw_path(&path);
                    }
                    s.end_tagged();
                    footers.push(id);
                }
                Item::Frame { x, y, w, h } => {
                    let id = s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                        ArtifactType::Other,
                    )));
                    if let Some(path) = rect(*x, *y, *w, *h) {
                        s.set_fill(None);
                        s.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(90, 90, 90).into(),
                            width: 0.8,
                            ..Stroke::default()
                        }));
                        s.draw_path(&path);
                        s.set_stroke(None);
                    }
                    s.end_tagged();
                    footers.push(id);
                }
                Item::Qr {
                    x,
                    y,
                    size,
                    n,
                    modules,
                    alt,
                    ..
                } => {
                    let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
                    let quiet = super::qr::QR_QUIET;
                    let m = size / (*n + 2 * quiet) as f32;
                    let mut pb = PathBuilder::new();
                    for (row, start, len) in super::qr::qr_runs(*n, modules) {
                        if let Some(r) = Rect::from_xywh(
                            x + (start + quiet) as f32 * m,
                            y + (row + quiet) as f32 * m,
                            len as f32 * m,
                            m,
                        ) {
                            pb.push_rect(r);
                        }
                    }
                    if let Some(path) = pb.finish() {
                        s.set_fill(Some(fill(0)));
                        s.set_stroke(None);
                        s.draw_path(&path);
                    }
                    s.end_tagged();
                    figures.push((paragraphs.last().map_or(0, |p| p.0), alt.clone(), id));
                }
            }
        }
        s.finish();
        p.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(lang));
    // The outline: the title, and under it each service's heading, to jump to.
    let mut outline = krilla::outline::Outline::new();
    let mut top: Option<krilla::outline::OutlineNode> = None;
    let entry = |para: usize, texts: &HashMap<usize, String>| {
        let (page, y) = starts.get(&para).copied().unwrap_or((0, 0.0));
        krilla::outline::OutlineNode::new(
            texts.get(&para).cloned().unwrap_or_default(),
            krilla::destination::XyzDestination::new(page, Point::from_xy(0.0, y)),
        )
    };
    for (para, style, plang, ids) in paragraphs {
        let title = texts.get(&para).cloned().unwrap_or_default();
        let mut group = match style {
            Style::Title => {
                if let Some(t) = top.take() {
                    outline.push_child(t);
                }
                top = Some(entry(para, &texts));
                TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(title)).with_lang(Some(plang)))
            }
            Style::Heading => {
                match &mut top {
                    Some(t) => t.push_child(entry(para, &texts)),
                    None => outline.push_child(entry(para, &texts)),
                }
                TagGroup::new(
                    Tag::Hn(NonZeroU16::MIN.saturating_add(1), Some(title)).with_lang(Some(plang)),
                )
            }
            _ => TagGroup::new(Tag::P.with_lang(Some(plang))),
        };
        for id in ids {
            group.push(id);
        }
        tree.push(group);
        for (_, data, id) in figures.iter().filter(|(p, ..)| *p == para) {
            let mut fig = TagGroup::new(Tag::Figure(Some(data.clone())));
            fig.push(*id);
            tree.push(fig);
        }
    }
    for (p, data, id) in &figures {
        if *p == 0 {
            let mut fig = TagGroup::new(Tag::Figure(Some(data.clone())));
            fig.push(*id);
            tree.push(fig);
        }
    }
    let _ = footers;
    if let Some(t) = top.take() {
        outline.push_child(t);
    }
    doc.set_outline(outline);
    doc.set_tag_tree(tree);
    doc.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(v) => ReferralError::Pdf(format!("{REFUSED}{v:?}")),
        other => ReferralError::Pdf(format!("{other:?}")),
    })
}
