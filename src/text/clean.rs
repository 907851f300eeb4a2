//! Text from outside is data, never control. Two rules, one place each:
//! - [`clean`]: where text enters Haven (a feed, an import, a layer or corrections file, a
//!   form, the settings), characters that would make it display as something else are
//!   removed: bidi embeddings, overrides and isolates, zero-width characters other than the
//!   ZWNJ Persian spelling needs, and C0/C1 controls other than the line breaks and tabs a
//!   long text may hold.
//! - [`for_terminal`]: where text leaves for a terminal, whatever its source, a control
//!   character is shown as an escape (`\u{1b}`) instead of being obeyed: no `ESC[2J`, no
//!   colours, no OSC 52 writing the clipboard.

use std::borrow::Cow;

/// Zero-width non-joiner: part of Persian spelling (می‌توانم), kept.
pub const ZWNJ: char = '\u{200C}';

/// Whether `c` changes how the text around it is ordered or shown without being seen:
/// bidi embeddings, overrides, isolates and marks, zero-width characters (ZWNJ excepted),
/// the byte-order mark, and controls other than `\n`, `\r` and `\t`.
pub fn is_hidden_control(c: char) -> bool {
    match c {
        '\n' | '\r' | '\t' => false,
        c if c.is_control() => true, // C0, DEL and C1
        '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => true, // zero-width
        '\u{200E}' | '\u{200F}' | '\u{061C}' => true, // LRM, RLM, ALM
        '\u{202A}'..='\u{202E}' => true, // embeddings, overrides
        '\u{2066}'..='\u{2069}' => true, // isolates
        '\u{2028}' | '\u{2029}' => true, // line/paragraph separators
        _ => false,
    }
}

/// `s` without hidden controls (see [`is_hidden_control`]); borrowed when it had none.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|c| !is_hidden_control(*c)).collect())
}

/// Cleans `s` in place; true when something was removed.
pub fn clean_in_place(s: &mut String) -> bool {
    if let Cow::Owned(cleaned) = clean(s) {
        *s = cleaned;
        true
    } else {
        false
    }
}

/// Whether a character would act on a terminal rather than be shown: C0 controls other
/// than `\n` and `\t`, DEL, C1 controls (a terminal takes U+009B as CSI), and bidi
/// embeddings and overrides (which reorder what follows).
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}')
}

/// Text for a terminal: the bidi isolates Fluent puts around arguments dropped, and every
/// character a terminal would obey shown as an escape instead (`ESC` as `\u{1b}`).
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    let isolate = |c: char| matches!(c, '\u{2066}'..='\u{2069}');
    if !s.chars().any(|c| acts_on_terminal(c) || isolate(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if isolate(c) {
            continue;
        }
        if acts_on_terminal(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_removes_what_reorders_and_keeps_persian_zwnj() {
        assert_eq!(clean("\u{202E}89 527 11 22\u{202C}"), "89 527 11 22");
        assert_eq!(clean("می\u{200C}توانم"), "می\u{200C}توانم");
        assert_eq!(clean("a\u{1b}[2Jb\u{200B}c"), "a[2Jbc");
        assert_eq!(clean("line one\nline two\ttab"), "line one\nline two\ttab");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_terminal_sees_escapes_not_controls() {
        let hostile = "Name\u{1b}[2J\u{1b}[31mCALL\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}";
        let shown = for_terminal(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.contains("\\u{1b}[2J"), "{shown:?}");
        assert_eq!(for_terminal("\u{2068}Kraków\u{2069}\n"), "Kraków\n");
    }
}
