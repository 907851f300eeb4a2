//! Text as both the window and the sheet draw it: which script a run is in, which bundled
//! font draws it, numbers isolated inside right-to-left text, and fitting lines to a width
//! ([`fit`]). One rule each, so the window and the paper never disagree.

pub mod clean;
pub mod fit;

pub use fit::{Fitter, Fonts, NASKH, SANS, changes_direction};

use crate::i18n::{FSI, LRI, PDI, RLI, ltr};

/// The bundled fonts (SIL OFL 1.1, see `assets/fonts/OFL.txt`), shared with the window.
pub const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
];

/// A letter of a right-to-left script (Hebrew, Arabic and their presentation forms).
pub fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// A letter of the Arabic script (Persian is written in it), with its presentation forms.
pub fn is_arabic_char(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether the text has any Arabic-script letter.
pub fn has_arabic(s: &str) -> bool {
    s.chars().any(is_arabic_char)
}

/// Whether the text has any Cyrillic letter.
pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// One of the bundled fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    Sans,
    SansBold,
    Naskh,
    NaskhBold,
}

impl Face {
    /// Noto Naskh Arabic, rather than Noto Sans.
    pub fn arabic(self) -> bool {
        matches!(self, Face::Naskh | Face::NaskhBold)
    }
}

/// The bundled font that draws `s`: Noto Naskh Arabic when it has any Arabic-script letter
/// (its Latin and digits then come from Noto Sans by fallback), Noto Sans otherwise.
pub fn face(s: &str, bold: bool) -> Face {
    match (has_arabic(s), bold) {
        (true, false) => Face::Naskh,
        (true, true) => Face::NaskhBold,
        (false, false) => Face::Sans,
        (false, true) => Face::SansBold,
    }
}

/// Isolates numbers written in groups (`800 120 002`, `+48 22 668 70 00`, `08:00–16:00`) in
/// text that has Persian in it: inside right-to-left text the bidi algorithm would otherwise
/// show the groups in reverse order, and a client would dial `002 120 800`. A lone number
/// reads right already and is left as it is, and so is anything already isolated.
pub fn isolate_numbers(s: &str) -> std::borrow::Cow<'_, str> {
    fn digit(c: char) -> bool {
        c.is_ascii_digit() || ('\u{06F0}'..='\u{06F9}').contains(&c)
    }
    const SEPARATORS: &[char] = &[' ', '\u{00A0}', '-', '–', '/', '.', ':', ','];
    if !has_arabic(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 16);
    let mut depth = 0usize;
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let plus = c == '+' && chars.get(i + 1).is_some_and(|n| digit(*n));
        if depth == 0 && (digit(c) || plus) {
            let mut j = i + usize::from(plus);
            let mut grouped = plus;
            loop {
                while j < chars.len() && digit(chars[j]) {
                    j += 1;
                }
                if j + 1 < chars.len() && SEPARATORS.contains(&chars[j]) && digit(chars[j + 1]) {
                    grouped = true;
                    j += 1;
                } else {
                    break;
                }
            }
            let group: String = chars[i..j].iter().collect();
            if grouped {
                out.push_str(&ltr(&group));
                changed = true;
            } else {
                out.push_str(&group);
            }
            i = j;
            continue;
        }
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_numbers_in_persian_text_are_isolated_once() {
        let s = "خط رایگان: 800 120 002. ساعت 08:00–16:00، تلفن +48 22 668 70 00";
        let out = isolate_numbers(s);
        assert!(out.contains(&ltr("800 120 002")), "{out}");
        assert!(out.contains(&ltr("08:00–16:00")), "{out}");
        assert!(out.contains(&ltr("+48 22 668 70 00")), "{out}");
        // The sentence's full stop stays outside; running it again changes nothing.
        assert!(out.contains(&format!("{PDI}. ")), "{out}");
        assert_eq!(isolate_numbers(&out), out);
        // A lone number, and text without Persian, are left alone.
        assert_eq!(isolate_numbers("خط ۱۱۰ پلیس 110"), "خط ۱۱۰ پلیس 110");
        assert_eq!(isolate_numbers("Tel. 800 120 002"), "Tel. 800 120 002");
        // Persian digits in groups too.
        assert!(isolate_numbers("شماره ۰۲۱ ۱۲۳۴ است").contains(&ltr("۰۲۱ ۱۲۳۴")));
    }

    #[test]
    fn one_rule_picks_the_font_for_mixed_text() {
        // A Persian sentence that opens with a Latin name is still drawn in the Persian font.
        assert_eq!(face("Niebieskie Karty رویه", false), Face::Naskh);
        assert_eq!(face("رویه", true), Face::NaskhBold);
        assert_eq!(face("Кризисный центр", false), Face::Sans);
        assert_eq!(face("ﻻ", false), Face::Naskh, "presentation forms count");
    }
}
