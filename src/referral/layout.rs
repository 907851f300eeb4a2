//! Shapes the sheet with cosmic-text (line breaking, bidi, shaping with HarfBuzz rules) using
//! only the bundled fonts, and breaks it into pages. The result is a list of positioned glyph
//! lines and boxes, drawn by the PDF writer and by the window's preview alike.
//!
//! Persian sheets mirror: text is right-aligned, indents come from the right, QR codes sit
//! on the left.

use super::qr::qr_modules;
use super::{Block, Para, Sheet, Style};
use crate::i18n::tr_args;
use crate::settings::Paper;
pub use crate::text::Fonts;
use crate::text::{NASKH, SANS, changes_direction};
use cosmic_text::{Align, Attrs, Buffer, Color, Family, Metrics, Shaping, Weight, fontdb};
use std::sync::Arc;

pub const MARGIN: f32 = 48.0;
const FOOTER: f32 = 36.0;
const INDENT: f32 = 14.0;
const QR_SIZE: f32 = 64.0;
const QR_GAP: f32 = 14.0;
const PARA_GAP: f32 = 2.0;
const BLOCK_GAP: f32 = 12.0;
const NOTE_PAD: f32 = 8.0;

/// One glyph, positioned on the page (points, origin top-left).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub font: fontdb::ID,
    pub id: u16,
    /// Left edge of the glyph's advance box.
    pub x: f32,
    pub w: f32,
    /// Offsets in em, up-positive (HarfBuzz convention).
    pub x_offset: f32,
    pub y_offset: f32,
    pub size: f32,
    /// Byte range of its cluster in [`Line::text`].
    pub start: usize,
    pub end: usize,
}

/// One line of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The box the line was laid out in.
    pub x: f32,
    pub width: f32,
    /// Top of the line's box on the page, and its height.
    pub top: f32,
    pub height: f32,
    pub baseline: f32,
    pub size: f32,
    pub style: Style,
    pub muted: bool,
    pub rtl: bool,
    pub lang: String,
    /// Paragraph number, for the PDF's structure tags.
    pub para: usize,
    /// The text of this line's paragraph as cosmic-text shaped it (glyph ranges index into it).
    pub text: Arc<str>,
    /// Glyphs in visual order, left to right.
    pub glyphs: Vec<Glyph>,
    /// This line's own text, in logical order (for the preview and for tests).
    pub visible: String,
    /// Where the line's ink starts and its width (for the preview).
    pub ink_x: f32,
    pub ink_w: f32,
    pub face: crate::text::Face,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Line(Line),
    /// A filled rectangle in grey (0 = black).
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: u8,
    },
    /// A rectangle's outline.
    Frame {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
    /// A QR code: `modules` is `n × n`, row-major, `true` = dark.
    Qr {
        x: f32,
        y: f32,
        size: f32,
        n: usize,
        modules: Vec<bool>,
        data: String,
        /// Its name for a reader who cannot see it, in the sheet's language.
        alt: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

pub fn page_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (595.28, 841.89),
        Paper::Letter => (612.0, 792.0),
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A paragraph shaped into lines, positioned relative to its box.
struct Shaped {
    lines: Vec<Line>,
    /// Height of each line, in order.
    heights: Vec<f32>,
}

fn shape(fonts: &mut Fonts, p: &Para, width: f32, rtl_sheet: bool, para_id: usize) -> Shaped {
    let size = p.style.size();
    let face = crate::text::face(&p.text, p.style.bold());
    let arabic = face.arabic();
    // Persian text starts with RLM so cosmic-text takes the paragraph as right-to-left even
    // when it opens with a number or a Latin name. Text with no Persian in it (an office's
    // phone, a Polish name) keeps its own direction and is only aligned to the right.
    // Numbers in groups are isolated so Persian text never shows them in reverse.
    let body = crate::text::isolate_numbers(&p.text);
    let text: Arc<str> = if rtl_sheet && arabic {
        format!("\u{200F}{body}").into()
    } else {
        body.into()
    };
    let line_height = size * 1.35;
    let metrics = Metrics::new(size, line_height);
    let mut buffer = Buffer::new(&mut fonts.system, metrics);
    buffer.set_size(&mut fonts.system, Some(width), None);
    let family = if arabic { NASKH } else { SANS };
    let weight = if p.style.bold() {
        Weight::BOLD
    } else {
        Weight::NORMAL
    };
    let attrs = Attrs::new()
        .family(Family::Name(family))
        .weight(weight)
        .color(Color::rgb(0, 0, 0));
    // Where the direction changes inside, the lines are broken here, not by cosmic-text.
    let text: Arc<str> = if changes_direction(&text) {
        crate::text::fit::break_lines(&mut fonts.system, &text, &attrs, metrics, width)
            .join("\n")
            .into()
    } else {
        text
    };
    let align = if rtl_sheet { Align::Right } else { Align::Left };
    buffer.set_text(
        &mut fonts.system,
        &text,
        &attrs,
        Shaping::Advanced,
        Some(align),
    );
    let mut lines = Vec::new();
    let mut heights = Vec::new();
    for run in buffer.layout_runs() {
        let mut glyphs: Vec<Glyph> = run
            .glyphs
            .iter()
            .filter(|g| {
                !(g.w == 0.0
                    && run
                        .text
                        .get(g.start..g.end)
                        .is_some_and(|s| s.chars().all(is_invisible)))
            })
            .map(|g| Glyph {
                font: g.font_id,
                id: g.glyph_id,
                x: g.x,
                w: g.w,
                x_offset: g.x_offset,
                y_offset: g.y_offset - g.y / g.font_size.max(0.01),
                size: g.font_size,
                start: g.start,
                end: g.end,
            })
            .collect();
        glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let (lo, hi) = run.glyphs.iter().fold((usize::MAX, 0), |(lo, hi), g| {
            (lo.min(g.start), hi.max(g.end))
        });
        // The line as the preview draws it: joiners and isolates kept (they shape the text),
        // only the direction mark this function put in front dropped.
        let visible = if lo < hi {
            run.text
                .get(lo..hi)
                .unwrap_or("")
                .trim_start_matches(['\u{200F}', '\u{200E}'])
                .to_string()
        } else {
            String::new()
        };
        let ink_x = glyphs.first().map_or(0.0, |g| g.x);
        let ink_w = glyphs.last().map_or(0.0, |g| g.x + g.w) - ink_x;
        lines.push(Line {
            x: 0.0,
            width,
            top: 0.0,
            height: run.line_height,
            baseline: run.line_y - run.line_top,
            size,
            style: p.style,
            muted: p.muted,
            rtl: run.rtl,
            lang: p.lang.clone(),
            para: para_id,
            text: Arc::from(run.text),
            glyphs,
            visible,
            ink_x,
            ink_w,
            face,
        });
        heights.push(run.line_height);
    }
    Shaped { lines, heights }
}

/// Places lines and boxes, starting new pages as needed.
struct Flow {
    pages: Vec<Page>,
    y: f32,
    w: f32,
    h: f32,
}

impl Flow {
    fn new(paper: Paper) -> Flow {
        let (w, h) = page_size(paper);
        Flow {
            pages: vec![Page {
                width: w,
                height: h,
                items: Vec::new(),
            }],
            y: MARGIN,
            w,
            h,
        }
    }
    fn bottom(&self) -> f32 {
        self.h - MARGIN - FOOTER
    }
    fn room(&self) -> f32 {
        self.bottom() - self.y
    }
    fn fresh(&self) -> bool {
        self.y <= MARGIN + 0.5
    }
    fn new_page(&mut self) {
        self.pages.push(Page {
            width: self.w,
            height: self.h,
            items: Vec::new(),
        });
        self.y = MARGIN;
    }
    fn push(&mut self, item: Item) {
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }
    /// Places a shaped paragraph with its box at `x`, breaking pages between lines.
    fn place(&mut self, shaped: Shaped, x: f32) {
        for (mut line, h) in shaped.lines.into_iter().zip(shaped.heights) {
            if self.room() < h && !self.fresh() {
                self.new_page();
            }
            shift(&mut line, x, self.y);
            self.push(Item::Line(line));
            self.y += h;
        }
    }
}

/// Moves a line laid out at (0, 0) to its box at (x, top).
fn shift(line: &mut Line, x: f32, top: f32) {
    line.x = x;
    line.top = top;
    line.baseline += top;
    line.ink_x += x;
    for g in &mut line.glyphs {
        g.x += x;
    }
}

/// Lays the sheet out into pages.
pub fn layout(sheet: &Sheet, fonts: &mut Fonts) -> Vec<Page> {
    let rtl = sheet.locale.is_rtl();
    let mut flow = Flow::new(sheet.paper);
    let content = flow.w - 2.0 * MARGIN;
    let mut para_id = 0usize;
    let mut next_id = || {
        para_id += 1;
        para_id
    };
    let indent_box = |indent: bool, x: f32, w: f32| -> (f32, f32) {
        match (indent, rtl) {
            (false, _) => (x, w),
            (true, false) => (x + INDENT, w - INDENT),
            (true, true) => (x, w - INDENT),
        }
    };

    for block in &sheet.blocks {
        match block {
            Block::Para(p) => {
                let (x, w) = indent_box(p.indent, MARGIN, content);
                let shaped = shape(fonts, p, w, rtl, next_id());
                if p.style == Style::Title {
                    flow.y += 6.0;
                }
                flow.place(shaped, x);
                flow.y += PARA_GAP;
            }
            Block::Rule => {
                flow.y += BLOCK_GAP / 2.0;
                if flow.room() < 4.0 {
                    flow.new_page();
                }
                flow.push(Item::Fill {
                    x: MARGIN,
                    y: flow.y,
                    w: content,
                    h: 0.6,
                    gray: 120,
                });
                flow.y += BLOCK_GAP / 2.0;
            }
            Block::Note(paras) => {
                let inner = content - 2.0 * NOTE_PAD;
                let shaped: Vec<Shaped> = paras
                    .iter()
                    .map(|p| shape(fonts, p, inner, rtl, next_id()))
                    .collect();
                let height: f32 = shaped
                    .iter()
                    .map(|s| s.heights.iter().sum::<f32>() + PARA_GAP)
                    .sum::<f32>()
                    + 2.0 * NOTE_PAD;
                if flow.room() < height && !flow.fresh() {
                    flow.new_page();
                }
                let top = flow.y;
                flow.y += NOTE_PAD;
                for s in shaped {
                    flow.place(s, MARGIN + NOTE_PAD);
                    flow.y += PARA_GAP;
                }
                flow.y += NOTE_PAD;
                // A note longer than a page is framed on the page where it ends.
                let frame_top = if flow.y > top { top } else { MARGIN };
                flow.push(Item::Frame {
                    x: MARGIN,
                    y: frame_top,
                    w: content,
                    h: flow.y - frame_top,
                });
                flow.y += BLOCK_GAP / 2.0;
            }
            Block::Service { paras, qr } => {
                let modules = qr.as_ref().and_then(|(data, _)| qr_modules(data));
                let text_w = if modules.is_some() {
                    content - QR_SIZE - QR_GAP
                } else {
                    content
                };
                let text_x = if modules.is_some() && rtl {
                    MARGIN + QR_SIZE + QR_GAP
                } else {
                    MARGIN
                };
                let shaped: Vec<(Shaped, f32)> = paras
                    .iter()
                    .map(|p| {
                        let (x, w) = indent_box(p.indent, text_x, text_w);
                        (shape(fonts, p, w, rtl, next_id()), x)
                    })
                    .collect();
                let text_h: f32 = shaped
                    .iter()
                    .map(|(s, _)| s.heights.iter().sum::<f32>() + PARA_GAP)
                    .sum();
                let height = text_h.max(if modules.is_some() { QR_SIZE } else { 0.0 });
                // Keep a service on one page when it fits on a page at all.
                if flow.room() < height && !flow.fresh() {
                    flow.new_page();
                }
                let top = flow.y;
                let page = flow.pages.len();
                let has_qr = modules.is_some();
                if let (Some((n, m)), Some((data, alt))) = (modules, qr) {
                    let qx = if rtl {
                        MARGIN
                    } else {
                        MARGIN + content - QR_SIZE
                    };
                    flow.push(Item::Qr {
                        x: qx,
                        y: top,
                        size: QR_SIZE,
                        n,
                        modules: m,
                        data: data.clone(),
                        alt: alt.clone(),
                    });
                }
                for (s, x) in shaped {
                    flow.place(s, x);
                    flow.y += PARA_GAP;
                }
                // A short service still clears its QR code.
                if has_qr && flow.pages.len() == page {
                    flow.y = flow.y.max(top + QR_SIZE);
                }
                flow.y += BLOCK_GAP;
            }
        }
    }

    // Page numbers, now that the count is known.
    let total = flow.pages.len();
    let (w, h) = (flow.w, flow.h);
    for (i, page) in flow.pages.iter_mut().enumerate() {
        let text = format!(
            "{} — {}",
            sheet.footer,
            tr_args(
                sheet.locale,
                "sheet-page",
                &[("page", (i + 1).into()), ("pages", total.into())]
            )
        );
        let p = Para {
            text,
            style: Style::Small,
            lang: sheet.locale.code().to_string(),
            indent: false,
            muted: true,
        };
        next_id();
        let shaped = shape(fonts, &p, w - 2.0 * MARGIN, rtl, 0);
        for mut line in shaped.lines {
            shift(&mut line, MARGIN, h - MARGIN - FOOTER / 2.0);
            page.items.push(Item::Line(line));
        }
    }
    flow.pages
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Persian with a phone number, with a Cyrillic name, and English with a Persian name:
    /// at every width, no line is wider than its box (cosmic-text alone overflows some).
    #[test]
    fn text_that_changes_direction_never_overflows_its_box() {
        let mut fonts = Fonts::new();
        let texts = [
            "خط تلفن رایگان سراسری لهستان برای افراد آسیب‌دیده از خشونت خانگی: 800 120 002.",
            "اهدای داوطلبانه خون «Донор бол» («اهداکننده باش») در استان قزل‌اوردا، هر سال",
            "Counselling and social work in police stations (مشاوره و مددکاری اجتماعی در کلانتری‌ها) in Iran",
        ];
        for (i, text) in texts.iter().enumerate() {
            assert!(changes_direction(text));
            for rtl_sheet in [true, false] {
                for width in (120..=460).step_by(10) {
                    let width = width as f32;
                    let para = Para::new(*text, Style::Body, "fa");
                    let shaped = shape(&mut fonts, &para, width, rtl_sheet, i);
                    assert!(shaped.lines.len() > 1 || width > 300.0);
                    for line in &shaped.lines {
                        assert!(
                            line.ink_w <= width + 0.5,
                            "{text:?} at {width}: a line {} wide: {:?}",
                            line.ink_w,
                            line.visible
                        );
                    }
                    // Nothing lost: every word is on some line, in order.
                    let visible: String = shaped
                        .lines
                        .iter()
                        .map(|l| l.visible.replace(['\u{2066}', '\u{2069}'], ""))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let joined: Vec<&str> = visible.split_whitespace().collect();
                    let words: Vec<&str> = text.split_whitespace().collect();
                    assert_eq!(joined, words, "at {width}");
                }
            }
        }
    }

    /// A phone number inside Persian text reads left to right on paper: `800` is drawn to
    /// the left of `002`, not after it.
    #[test]
    fn a_number_in_persian_text_is_not_reversed() {
        let mut fonts = Fonts::new();
        let para = Para::new(
            "خط تلفن رایگان برای افراد آسیب‌دیده: 800 120 002.",
            Style::Body,
            "fa",
        );
        let shaped = shape(&mut fonts, &para, 460.0, true, 0);
        let line = shaped
            .lines
            .iter()
            .find(|l| l.text.contains("800"))
            .expect("the number's line");
        let x_of = |digits: &str| {
            let at = line.text.find(digits).expect("digits in the line");
            line.glyphs
                .iter()
                .find(|g| g.start == at)
                .map(|g| g.x)
                .expect("a glyph for them")
        };
        assert!(x_of("800") < x_of("120") && x_of("120") < x_of("002"));
    }

    /// A Persian date reads day, month, year from the right, inside a sentence too: the date's
    /// pieces carry no isolates of their own, so the sentence's isolate around it takes its
    /// direction from the month's name.
    #[test]
    fn a_persian_date_in_a_sentence_reads_from_the_right() {
        let mut fonts = Fonts::new();
        let date = crate::present::date(jiff::civil::date(2024, 11, 24), crate::i18n::Locale::Fa);
        let text = crate::i18n::tr_args(
            crate::i18n::Locale::Fa,
            "sheet-date",
            &[("date", date.into())],
        );
        let shaped = shape(
            &mut fonts,
            &Para::new(text, Style::Body, "fa"),
            460.0,
            true,
            0,
        );
        let line = &shaped.lines[0];
        let x_of = |s: &str| {
            let at = line.text.find(s).expect("in the line");
            line.glyphs
                .iter()
                .find(|g| g.start == at)
                .map(|g| g.x)
                .expect("a glyph")
        };
        assert!(
            x_of("۴") > x_of("آذر") && x_of("آذر") > x_of("۱۴۰۳"),
            "{:?}",
            line.visible
        );
    }
}
