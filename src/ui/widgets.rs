//! Small view helpers shared by the screens: translated text, a font per script, and rows that
//! mirror for right-to-left languages.

use super::style;
use crate::i18n::{self, Arg, Locale};
use crate::text;
use iced::widget::{Row, Text, column, container, row};
use iced::{Element, Fill, Font};

/// A translated string.
pub fn t(locale: Locale, id: &str) -> String {
    i18n::tr(locale, id)
}

/// A translated string with arguments.
pub fn ta(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    i18n::tr_args(locale, id, args)
}

/// The bundled font for a string's script (one rule for window and sheet, see
/// `text::face`). Explicit, so every machine draws the same letters.
pub fn font_for(s: &str, bold: bool) -> Font {
    style::font(text::face(s, bold))
}

/// Text in the right font for its script, numbers in groups isolated in Persian text (see
/// `text::isolate_numbers`).
pub fn label<'a>(s: impl Into<String>) -> Text<'a> {
    let s = isolated(s.into());
    let font = font_for(&s, false);
    iced::widget::text(s).font(font).size(style::BODY)
}

/// Bold text in the right font.
pub fn bold<'a>(s: impl Into<String>) -> Text<'a> {
    let s = isolated(s.into());
    let font = font_for(&s, true);
    iced::widget::text(s).font(font).size(style::BODY)
}

/// Text that keeps to the reading side: right in Persian, left otherwise. (A right-aligned
/// `text` with `width(Fill)` loses RTL text in iced 0.14; aligning its container does not.)
pub fn side<'a, M: 'a>(content: impl Into<Element<'a, M>>, rtl: bool) -> Element<'a, M> {
    let c = container(content).width(Fill);
    if rtl {
        c.align_right(Fill).into()
    } else {
        c.into()
    }
}

/// A row whose children are laid out right to left in Persian.
pub fn dir_row<'a, M: 'a>(rtl: bool, mut items: Vec<Element<'a, M>>) -> Row<'a, M> {
    if rtl {
        items.reverse();
    }
    row(items)
}

fn isolated(s: String) -> String {
    match text::isolate_numbers(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(o) => o,
    }
}

/// A heading.
pub fn heading<'a, M: 'a>(s: impl Into<String>, rtl: bool) -> Element<'a, M> {
    side(bold(s).size(style::HEADING), rtl)
}

/// A small, muted line of explanation, on the reading side.
pub fn hint<'a, M: 'a>(s: impl Into<String>, rtl: bool) -> Element<'a, M> {
    side(label(s).size(style::SMALL).style(style::muted), rtl)
}

/// A label and its value, one under the other.
pub fn field<'a, M: 'a>(name: String, value: Element<'a, M>, rtl: bool) -> Element<'a, M> {
    column![hint(name, rtl), value].spacing(2).into()
}

/// A number or code that must read left to right even inside Persian text.
pub fn ltr_text(s: &str, rtl: bool) -> String {
    if rtl { i18n::ltr(s) } else { s.to_string() }
}

/// An arrow pointing forwards in the reading direction.
pub fn forward(rtl: bool) -> &'static str {
    if rtl { "‹" } else { "›" }
}

/// An arrow pointing back in the reading direction.
pub fn back(rtl: bool) -> &'static str {
    if rtl { "›" } else { "‹" }
}
