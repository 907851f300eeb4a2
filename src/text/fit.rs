//! Fitting text to a width where the toolkit's own line breaking fails: text that changes
//! direction inside. Used by the window's detail pane and by the referral sheet's layout.

use super::{FONT_FILES, is_rtl_char};
use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight, Wrap, fontdb};
use std::sync::Arc;

pub const SANS: &str = "Noto Sans";
pub const NASKH: &str = "Noto Naskh Arabic";

/// A font file's bytes, shared.
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// The bundled fonts in a cosmic-text font system that knows no system fonts, so a sheet
/// looks the same on every machine.
pub struct Fonts {
    pub system: FontSystem,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    pub fn new() -> Fonts {
        let mut db = fontdb::Database::new();
        for f in FONT_FILES {
            db.load_font_data(f.to_vec());
        }
        db.set_sans_serif_family(SANS);
        Fonts {
            system: FontSystem::new_with_locale_and_db("en-US".into(), db),
        }
    }

    /// The bytes and face index behind a font id, for embedding.
    pub fn face(&self, id: fontdb::ID) -> Option<(FontBytes, u32)> {
        let face = self.system.db().face(id)?;
        match &face.source {
            fontdb::Source::Binary(bytes) => Some((bytes.clone(), face.index)),
            _ => None,
        }
    }
}

/// Whether text changes direction inside (Persian with a number or a Latin or Cyrillic
/// name in it, or the other way round). cosmic-text 0.15, which iced 0.14 uses too, wraps
/// such a paragraph wrongly: where a run of the other direction begins, its first words go
/// onto a line that is already full, and the line overflows its box (pop-os/cosmic-text#252).
pub fn changes_direction(text: &str) -> bool {
    text.chars().any(is_rtl_char)
        && text
            .chars()
            .any(|c| c.is_ascii_digit() || (c.is_alphabetic() && !is_rtl_char(c)))
}

/// Breaks text at spaces into lines that each fit `width` when shaped on their own, and
/// starts every line with the mark of the text's own direction (RLM or LRM), so each line
/// reads as the paragraph did. A word wider than `width` gets a line of its own.
pub fn break_lines(
    system: &mut FontSystem,
    text: &str,
    attrs: &Attrs,
    metrics: Metrics,
    width: f32,
) -> Vec<String> {
    let first_strong = text
        .chars()
        .find(|c| c.is_alphabetic() || *c == '\u{200F}' || *c == '\u{200E}');
    let mark = match first_strong {
        Some(c) if is_rtl_char(c) || c == '\u{200F}' => '\u{200F}',
        _ => '\u{200E}',
    };
    let mut measure = |line: &str| -> f32 {
        let mut b = Buffer::new(system, metrics);
        b.set_wrap(system, Wrap::None);
        b.set_size(system, None, None);
        b.set_text(system, line, attrs, Shaping::Advanced, None);
        b.layout_runs().map(|r| r.line_w).fold(0.0, f32::max)
    };
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let body = paragraph.trim_start_matches(['\u{200F}', '\u{200E}']);
        let mut current = String::new();
        for word in words_outside_isolates(body) {
            let candidate = if current.is_empty() {
                format!("{mark}{word}")
            } else {
                format!("{current} {word}")
            };
            if current.is_empty() || measure(&candidate) <= width {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, format!("{mark}{word}")));
            }
        }
        lines.push(current);
    }
    lines
}

/// The text between spaces, except spaces inside an isolate (a number group stays whole).
fn words_outside_isolates(s: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            ' ' if depth == 0 => {
                words.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    words.push(&s[start..]);
    words
}

/// Fits text to a width with the bundled fonts, as the window draws it. Owned by whoever
/// fits (the window keeps one for its detail pane); its font system is made on first use.
#[derive(Default)]
pub struct Fitter {
    fonts: Option<Fonts>,
}

impl std::fmt::Debug for Fitter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fitter")
    }
}

impl Fitter {
    /// `text` broken into lines that fit `width` (logical pixels) when it changes direction
    /// inside (see [`changes_direction`]), numbers in groups isolated; other text comes back
    /// as it was, for the toolkit to wrap.
    pub fn fit(&mut self, text: &str, size: f32, bold: bool, width: f32) -> String {
        let text = &*super::isolate_numbers(text);
        if !changes_direction(text) {
            return text.to_string();
        }
        let fonts = self.fonts.get_or_insert_with(Fonts::new);
        let family = match super::face(text, bold).arabic() {
            true => NASKH,
            false => SANS,
        };
        let attrs = Attrs::new().family(Family::Name(family)).weight(if bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        });
        break_lines(
            &mut fonts.system,
            text,
            &attrs,
            Metrics::new(size, size * 1.3),
            width,
        )
        .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_one_direction_is_left_to_cosmic_text() {
        assert!(!changes_direction("Niebieska Linia 800 120 002"));
        assert!(!changes_direction("مشاوره و مددکاری اجتماعی در کلانتری‌ها"));
        assert_eq!(
            Fitter::default().fit("Poland, 24/7", 14.0, false, 50.0),
            "Poland, 24/7"
        );
        // Broken lines each start with the paragraph's direction mark.
        let fitted = Fitter::default().fit(
            "خط تلفن رایگان سراسری لهستان برای افراد آسیب‌دیده از خشونت خانگی: 800 120 002.",
            14.0,
            false,
            200.0,
        );
        assert!(fitted.lines().count() > 1, "{fitted}");
        assert!(
            fitted.lines().all(|l| l.starts_with('\u{200F}')),
            "{fitted:?}"
        );
    }
}
