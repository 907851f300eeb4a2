//! Sources as people name them: a seed document by its publication (publisher, title, date),
//! a public source by its publisher, an office by its name. The seed's file name and the
//! quote stay in the record; nobody outside the project can use a file name.

use super::{date, list_separator};
use crate::i18n::{self, Locale, tr, tr_args};
use crate::model::{Publication, Source, publication};

/// A source as a person names it.
pub fn source_name(s: &Source, l: Locale) -> String {
    if let Some(office) = &s.office {
        let office = office_name(office, l);
        return tr_args(l, "field-source-office", &[("office", office.into())]);
    }
    match (&s.publisher, &s.seed, &s.url) {
        (Some(p), _, _) => p.clone(),
        (None, Some(file), _) => match publication(file) {
            Some(p) => cite(p, l),
            None => tr_args(l, "field-source-seed", &[("file", file.as_str().into())]),
        },
        (None, None, Some(url)) => url.clone(),
        (None, None, None) => String::new(),
    }
}

/// An office as a source or a checker: one that had not given its name was recorded as "this
/// office" in the language of the day, and is said in the reader's (never «گزارش از this
/// office»).
pub fn office_name(stored: &str, l: Locale) -> String {
    let unnamed = Locale::ALL
        .iter()
        .any(|&other| tr(other, "mine-this-office") == stored.trim());
    if unnamed {
        tr(l, "mine-this-office")
    } else {
        stored.to_string()
    }
}

/// A seed document cited as a publication: `Fars News Agency (خبرگزاری فارس), «ضرورت …»,
/// 24 November 2024`, with only what the document states.
pub fn cite(p: &Publication, l: Locale) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(who) = publisher(p, l) {
        parts.push(who);
    }
    if let Some(author) = p.author {
        parts.push(i18n::isolate(author));
    }
    if let Some(title) = p.title {
        parts.push(i18n::isolate(&format!("«{title}»")));
    }
    if let Some(when) = published(p, l) {
        parts.push(when);
    }
    if parts.is_empty() {
        return tr_args(l, "field-source-seed", &[("file", p.file.into())]);
    }
    parts.join(list_separator(l))
}

/// The publisher in the reader's language, with the name the document gives when that
/// differs, so it can be looked up.
pub fn publisher(p: &Publication, l: Locale) -> Option<String> {
    let original = p.publisher?;
    let id = format!("{}-publisher", p.subject);
    if l.code() == p.lang || !i18n::has(l, &id) {
        return Some(i18n::isolate(original));
    }
    let translated = tr(l, &id);
    if translated == original {
        return Some(translated);
    }
    Some(format!("{translated} ({})", i18n::isolate(original)))
}

/// When the document was published, in the reader's calendar when it gives a day.
pub fn published(p: &Publication, l: Locale) -> Option<String> {
    let when = p.published?;
    Some(match when.parse::<jiff::civil::Date>() {
        Ok(d) => date(d, l),
        Err(_) => i18n::local_digits(when, l),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SEEDS;

    #[test]
    fn a_seed_is_cited_by_what_it_states_not_by_its_file() {
        let fars = &SEEDS[4];
        let en = i18n::strip_isolates(&cite(fars, Locale::En));
        assert_eq!(
            en,
            "Fars News Agency (خبرگزاری فارس), «ضرورت مشارکتهای مردم در بخش آسیبهای اجتماعی», 24 November 2024"
        );
        let fa = i18n::strip_isolates(&cite(fars, Locale::Fa));
        assert!(fa.starts_with("خبرگزاری فارس، «"), "{fa}");
        assert!(fa.ends_with("۴ آذر ۱۴۰۳"), "{fa}");
        // Cần Thơ: no publisher is named, the author is.
        let vi = i18n::strip_isolates(&cite(&SEEDS[2], Locale::Vi));
        assert!(vi.starts_with("Văn Đức, «Những hoạt động"), "{vi}");
        for p in SEEDS {
            for l in Locale::ALL {
                assert!(!cite(&p, l).contains(".txt"), "{} in {l}", p.file);
            }
        }
    }
}
