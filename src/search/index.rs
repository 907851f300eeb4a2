//! What of a record goes into which column of the full-text index, already folded.
//!
//! - `name`: the record's names in every language.
//! - `place`: country, region, city and non-confidential addresses, in every language.
//! - `body`: descriptions, the organisation, categories and target groups in all six interface
//!   languages, phone numbers (whole and in their written groups), steps, legal basis.
//! - `latin`: Latin spellings of Cyrillic names and places, as loose keys (`translit::loose`),
//!   so Polish-, English- and officially spelled names meet.
//! - `skel`: consonant skeletons of Persian names and places.
//!
//! A confidential address is never indexed: a search must not reveal where a shelter is.

use super::fold::{fold, fold_marked, has_marks, query_words, words};
use super::translit::{cyrillic_to_latin, has_cyrillic, loose, persian_skeleton};
use crate::i18n;
use crate::model::{Record, Text};
use unicode_normalization::UnicodeNormalization;

/// The folded text of each index column, plus the unfolded lower-case names for the
/// exact-match boost.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Columns {
    pub name: String,
    pub place: String,
    pub body: String,
    pub latin: String,
    pub skel: String,
    /// One- and two-letter prefix tokens of the words of names and places.
    pub pfx: String,
    /// The words of names, places and bodies that carry marks, as written (`fold_marked`).
    pub marked: String,
    pub names_lc: String,
}

fn push_text(out: &mut String, marked: &mut String, t: &Text) {
    for v in t.all() {
        push_str(out, marked, v);
    }
}

/// Adds `s` folded to a column, and its words with marks to `marked`.
fn push_str(out: &mut String, marked: &mut String, s: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&fold(s));
    if s.is_ascii() {
        return;
    }
    let as_written = fold_marked(s);
    for w in query_words(&as_written).filter(|w| has_marks(w)) {
        if !marked.is_empty() {
            marked.push(' ');
        }
        marked.push_str(w);
    }
}

/// Lower-case, NFC: what a worker's exact spelling is compared with.
pub fn exact_form(s: &str) -> String {
    s.nfc().collect::<String>().to_lowercase()
}

pub fn columns(r: &Record, org: Option<&Record>) -> Columns {
    let mut c = Columns::default();
    push_text(&mut c.name, &mut c.marked, &r.name);
    c.names_lc = r.name.all().map(exact_form).collect::<Vec<_>>().join("\n");

    c.place
        .push_str(&vocab_token(&format!("country-{}", r.country.key())));
    push_str(&mut c.place, &mut c.marked, r.country.code());
    if let Some(region) = &r.region {
        push_text(&mut c.place, &mut c.marked, &region.name);
    }
    if let Some(city) = &r.city {
        push_text(&mut c.place, &mut c.marked, city);
    }
    for loc in &r.locations {
        if let Some(city) = &loc.city {
            push_text(&mut c.place, &mut c.marked, city);
        }
        if !loc.confidential {
            if let Some(address) = &loc.address {
                push_text(&mut c.place, &mut c.marked, address);
            }
            if let Some(name) = &loc.name {
                push_text(&mut c.place, &mut c.marked, name);
            }
        }
    }

    if let Some(d) = &r.description {
        push_text(&mut c.body, &mut c.marked, d);
    }
    if let Some(o) = org {
        add_organization(&mut c, o);
    }
    // One token per vocabulary term; the query side turns a word such as `schronienie` or
    // `приют` into the tokens of the terms it names (see `vocabulary_tokens`).
    for id in r
        .categories
        .iter()
        .map(|k| format!("category-{}", k.key()))
        .chain(
            r.target_groups
                .iter()
                .map(|t| format!("target-{}", t.key())),
        )
        .chain(std::iter::once(format!("kind-{}", r.kind.key())))
    {
        c.body.push(' ');
        c.body.push_str(&vocab_token(&id));
    }
    for p in &r.phones {
        for form in super::phone::index_forms(&p.number) {
            push_str(&mut c.body, &mut c.marked, &form);
        }
        push_str(&mut c.body, &mut c.marked, &p.display);
        if let Some(l) = &p.label {
            push_text(&mut c.body, &mut c.marked, l);
        }
    }
    for ch in &r.channels {
        push_str(&mut c.body, &mut c.marked, ch.kind.key());
        if let Some(l) = &ch.label {
            push_text(&mut c.body, &mut c.marked, l);
        }
    }
    for s in &r.steps {
        push_text(&mut c.body, &mut c.marked, &s.actor);
        push_text(&mut c.body, &mut c.marked, &s.action);
        if let Some(f) = &s.form {
            push_str(&mut c.body, &mut c.marked, f);
        }
    }
    for act in &r.legal_basis {
        push_text(&mut c.body, &mut c.marked, &act.title);
        if let Some(cit) = &act.citation {
            push_str(&mut c.body, &mut c.marked, cit);
        }
    }
    for t in [&r.eligibility, &r.what_to_expect].into_iter().flatten() {
        push_text(&mut c.body, &mut c.marked, t);
    }

    let scripts = format!("{} {}", c.name, c.place);
    // Latin spellings as written by the tables, for the first letters typed.
    let mut spelled = String::new();
    for w in words(&scripts) {
        if has_cyrillic(w) {
            let latin = cyrillic_to_latin(w);
            c.latin.push_str(&loose(&latin));
            c.latin.push(' ');
            spelled.push_str(&latin);
            spelled.push(' ');
        } else if let Some(sk) = persian_skeleton(w) {
            c.skel.push_str(&sk);
            c.skel.push(' ');
        }
    }
    // Kazakh «ә» is written `a`, `ä` or `e` in Latin (`Сән мен сенім` as `sen men senim`):
    // the fold reads it as `а`, so its `e` spelling is added for the words that hold it.
    // (ө, ү, ұ and і already meet `o`, `ö`, `u`, `ü` and `i`.)
    let raw = r
        .name
        .all()
        .chain(r.region.iter().flat_map(|g| g.name.all()))
        .chain(r.city.iter().flat_map(|t| t.all()))
        .chain(
            r.locations
                .iter()
                .flat_map(|l| l.city.iter().flat_map(|t| t.all())),
        );
    for s in raw.filter(|s| s.contains(['ә', 'Ә'])) {
        let as_e = fold(&s.replace(['ә', 'Ә'], "е"));
        for w in words(&as_e).filter(|w| has_cyrillic(w)) {
            let latin = cyrillic_to_latin(w);
            c.latin.push_str(&loose(&latin));
            c.latin.push(' ');
            spelled.push_str(&latin);
            spelled.push(' ');
        }
    }
    let mut prefixes = std::collections::BTreeSet::new();
    for w in words(&scripts).chain(words(&spelled)) {
        if w.starts_with('\u{E010}') {
            continue;
        }
        let mut chars = w.chars();
        if let Some(a) = chars.next() {
            prefixes.insert(prefix_token(&a.to_string()));
            if let Some(b) = chars.next() {
                prefixes.insert(prefix_token(&format!("{a}{b}")));
            }
        }
    }
    c.pfx = prefixes.into_iter().collect::<Vec<_>>().join(" ");
    c
}

/// The token standing for "a word of a name or place starts with `p`" (one or two letters).
pub fn prefix_token(p: &str) -> String {
    format!("\u{E011}{p}")
}

/// Adds text of the worker's (a note, a corrected value) so that search finds the record
/// by it too, weighed as a description.
pub fn add_worker_text(c: &mut Columns, text: &str) {
    push_str(&mut c.body, &mut c.marked, text);
}

/// Adds the names of the organisation that runs a record (so searching an organisation's
/// name finds its services).
pub fn add_organization(c: &mut Columns, org: &Record) {
    push_text(&mut c.body, &mut c.marked, &org.name);
}

/// The index token standing for a vocabulary term (`category-shelter`, `country-pl`): a
/// private-use character no keyboard types, then the term's id without dashes.
pub fn vocab_token(id: &str) -> String {
    let mut t = String::from('\u{E010}');
    t.extend(id.chars().filter(|c| c.is_ascii_alphanumeric()));
    t
}

/// Every vocabulary term with the folded words of its names in all six languages.
fn vocabulary() -> &'static Vec<(String, Vec<String>)> {
    static V: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        use crate::model::{Category, Kind, TargetGroup};
        let mut ids: Vec<String> = Vec::new();
        ids.extend(
            Category::ALL
                .iter()
                .map(|c| format!("category-{}", c.key())),
        );
        ids.extend(
            TargetGroup::ALL
                .iter()
                .map(|t| format!("target-{}", t.key())),
        );
        ids.extend(Kind::ALL.iter().map(|k| format!("kind-{}", k.key())));
        ids.extend(
            crate::i18n::english_ids()
                .into_iter()
                .filter(|id| id.starts_with("country-")),
        );
        ids.into_iter()
            .map(|id| {
                let words = i18n::all_locales(&id)
                    .iter()
                    .flat_map(|label| {
                        super::fold::words(&fold(label))
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                (vocab_token(&id), words)
            })
            .collect()
    })
}

/// The tokens of the vocabulary terms whose names have a word starting with `prefix` (a
/// folded, stemmed query word): `schron` → shelter, `приют` → shelter, `polsk` → Poland.
/// With `whole`, the word must be `prefix` itself (a finished word: `can` is not «cận»).
pub fn vocabulary_tokens(prefix: &str, whole: bool) -> Vec<&'static str> {
    if prefix.chars().count() < 3 {
        return Vec::new();
    }
    vocabulary()
        .iter()
        .filter(|(_, words)| {
            words.iter().any(|w| {
                if whole {
                    w == prefix
                } else {
                    w.starts_with(prefix)
                }
            })
        })
        .map(|(token, _)| token.as_str())
        .collect()
}
