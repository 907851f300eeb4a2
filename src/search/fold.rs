//! Text folding: the same function runs over the directory before indexing and over every
//! query, so that `can tho` finds «Cần Thơ», `ерикти` finds «ерікті» and `كلانتري` (Arabic
//! letters) finds «کلانتری» (Persian letters). FTS5's own tokenizers cannot do this across
//! scripts; folding in Rust first can.
//!
//! Changing anything here changes what is in the index: bump [`FOLD_VERSION`] so stores
//! rebuild their index.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Stored in the database's `meta`; a different value makes the store re-index. (2: names of
/// categories, target groups, kinds and countries are indexed as one token per term. 3: one-
/// and two-letter prefix tokens of names and places. 4: words with marks as written, and
/// phone numbers in every dialled form. 5: Latin spellings and Persian skeletons as loose keys,
/// `translit::loose`. 6: Kazakh «ә» also spelled `e` in the Latin keys.)
pub const FOLD_VERSION: u32 = 6;

/// Folds `s` for matching: compatibility decomposition, combining marks dropped (except the
/// breve of `й`), lower case, letters that do not decompose mapped by hand, Kazakh letters to
/// their Russian look-alikes, Arabic letter forms to Persian, Persian and Arabic-Indic digits
/// to ASCII, and invisible joiners, bidi marks and tatweel removed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // `й`/`Й` decompose to `и` + breve; keep them whole by mapping them before decomposing.
    let pre = s.chars().map(|c| match c {
        'й' | 'Й' => '\u{E000}',
        _ => c,
    });
    for c in pre.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{E000}' => out.push('й'),
        // Letters with no decomposition.
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ı' => out.push('i'),
        'ħ' | 'Ħ' => out.push('h'),
        // Kazakh letters to their Russian look-alikes, so one spelling finds the other.
        'ә' | 'Ә' => out.push('а'),
        'ғ' | 'Ғ' => out.push('г'),
        'қ' | 'Қ' => out.push('к'),
        'ң' | 'Ң' => out.push('н'),
        'ө' | 'Ө' => out.push('о'),
        'ұ' | 'Ұ' | 'ү' | 'Ү' => out.push('у'),
        'һ' | 'Һ' => out.push('х'),
        'і' | 'І' => out.push('и'),
        _ => {
            if !push_variant(c, out) {
                out.extend(c.to_lowercase());
            }
        }
    }
}

/// The differences in spelling that never mean anything, the same in [`fold`] and
/// [`fold_marked`]: `ё` written as `е`, Arabic letter forms typed for Persian ones,
/// invisible joiners and marks, Persian and Arabic-Indic digits. False when `c` is none.
fn push_variant(c: char, out: &mut String) -> bool {
    match c {
        'ё' | 'Ё' => out.push('е'),
        // Arabic letter forms people type on Arabic keyboards, to the Persian ones.
        'ي' | 'ى' | 'ئ' => out.push('ی'),
        'ك' => out.push('ک'),
        'ة' => out.push('ه'),
        'ۀ' => out.push('ه'),
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ؤ' => out.push('و'),
        // Invisible characters: zero-width (non-)joiner, bidi marks and isolates, tatweel,
        // BOM, soft hyphen.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
        '\u{0640}' | '\u{FEFF}' | '\u{00AD}' => {}
        // Persian and Arabic-Indic digits.
        '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        _ => return false,
    }
    true
}

/// Folds `s` keeping what diacritics say: lower case, compatibility-composed (NFKC), with
/// only the differences [`push_variant`] lists removed, and Arabic vowel marks dropped. A
/// word the worker types whose `fold_marked` differs from its [`fold`] carries marks that
/// mean something (`Cần`, `łódź`, `қала`), and is looked for as written.
pub fn fold_marked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        if ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' {
            continue;
        }
        if !push_variant(c, &mut out) {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether a folded-and-marked word carries marks: its diacritics mean something.
pub fn has_marks(marked: &str) -> bool {
    fold(marked) != marked
}

/// Splits folded text into words: runs of letters and digits. Matches how FTS5's
/// `unicode61` tokenizer splits, so what we quote is what it indexed.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Splits folded query text into words the FTS5 `unicode61` tokenizer keeps whole: letters
/// and digits of scripts whose character classes predate Unicode 6.1 (the tokenizer's tables),
/// and private-use characters. Anything else separates words, so a quoted query word is always
/// one token (a word split in two would be a phrase query, which the index does not support).
pub fn query_words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_token_char(c))
        .filter(|w| !w.is_empty())
}

fn is_token_char(c: char) -> bool {
    if c.is_ascii_alphanumeric() {
        return true;
    }
    if !c.is_alphanumeric() || is_combining_mark(c) {
        return ('\u{E000}'..='\u{F8FF}').contains(&c);
    }
    matches!(c as u32,
        0x00C0..=0x024F // Latin-1 letters, Latin Extended-A and -B
        | 0x0370..=0x03FF // Greek
        | 0x0400..=0x052F // Cyrillic and its supplement
        | 0x0531..=0x0587 // Armenian
        | 0x05D0..=0x05EA // Hebrew letters
        | 0x0620..=0x064A | 0x0660..=0x0669 | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06FF // Arabic
        | 0x0E01..=0x0E30 | 0x0E40..=0x0E46 | 0x0E50..=0x0E59 // Thai
        | 0x10A0..=0x10FF // Georgian
        | 0x1E00..=0x1EFF // Latin Extended Additional
        | 0x3041..=0x3096 | 0x30A1..=0x30FA // kana
        | 0x4E00..=0x9FCB // CJK ideographs (6.1)
        | 0xAC00..=0xD7A3 // Hangul syllables
    )
}

/// True when every letter is ASCII: the query may be a Latin spelling of a Cyrillic or
/// Persian name.
pub fn is_ascii_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_polish_and_cyrillic() {
        assert_eq!(fold("Cần Thơ"), "can tho");
        assert_eq!(fold("Mẹ đỡ đầu"), "me do dau");
        assert_eq!(fold("Ðại úy"), "dai uy");
        assert_eq!(fold("Przemocą Łódź"), "przemoca lodz");
        assert_eq!(fold("Кризисный центр"), "кризисный центр");
        assert_eq!(fold("Ёлка"), "елка");
    }

    #[test]
    fn folds_kazakh_to_russian_look_alikes() {
        assert_eq!(fold("Еріктілер"), "ериктилер");
        assert_eq!(fold("Әлеуметтік дүкен"), "алеуметтик дукен");
        assert_eq!(fold("Қызылорда"), "кызылорда");
    }

    #[test]
    fn folds_arabic_forms_to_persian() {
        assert_eq!(fold("كلانتري"), fold("کلانتری"));
        assert_eq!(fold("می\u{200C}شود"), "میشود");
        assert_eq!(fold("۱۴۰۳"), "1403");
        assert_eq!(fold("١٢٣"), "123");
        assert_eq!(fold("بـــهزیستی"), "بهزیستی");
        assert_eq!(fold("مُشاوِره"), "مشاوره");
    }

    #[test]
    fn words_split_on_punctuation() {
        let f = fold("c++ a-b «Сән мен сенім»");
        assert_eq!(
            words(&f).collect::<Vec<_>>(),
            ["c", "a", "b", "сан", "мен", "сеним"]
        );
    }
}
