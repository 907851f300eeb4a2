//! The planner's rules, on a dictionary made up here (the bundled directory's cases are in
//! `tests/it/search_cases.rs`).

use super::plan::{self, Lookup, MAX_WORDS, parse};
use super::terms::Terms;

/// A directory that holds only the given terms, each in as many records as said; an
/// expression's count is what its words could match at most (crude, but enough to drive
/// the planner's choices).
struct Fake {
    terms: Terms,
    /// Expressions counted as matching nothing (the query as typed).
    none: Vec<&'static str>,
}

impl Fake {
    fn new(words: &[(&str, u64)], none: &[&'static str]) -> Fake {
        let mut v: Vec<(String, u64)> = words.iter().map(|(w, d)| (w.to_string(), *d)).collect();
        v.sort();
        Fake {
            terms: Terms::from_sorted(v),
            none: none.to_vec(),
        }
    }
}

impl Lookup for Fake {
    fn count(&mut self, expr: &str, at_most: usize) -> usize {
        if self.none.iter().any(|n| expr.contains(n)) {
            0
        } else {
            at_most
        }
    }

    fn terms(&mut self) -> Option<&Terms> {
        Some(&self.terms)
    }
}

#[test]
fn hostile_input_only_makes_quoted_words() {
    let mut fake = Fake::new(&[], &[]);
    for q in [
        "c++",
        "a-b",
        "NOT",
        "\"unbalanced",
        "x\u{0}y\u{7}",
        "AND OR NEAR(",
        "*",
        "{name}: x",
        "+",
        "00",
        "((((1",
    ] {
        let p = plan::plan(&parse(q), &mut fake);
        for f in &p.tiers {
            assert!(!f.contains("\"\""), "{q}: {f}");
            assert!(!f.contains("NEAR("), "{q}: {f}");
        }
    }
    assert!(parse("   ").is_empty());
    assert!(parse("!!!").is_empty());
    let long = "ab ".repeat(5000);
    let p = plan::plan(&parse(&long), &mut fake);
    assert!(p.tiers[0].len() < 200, "duplicates collapse");
    let many: String = (0..100).map(|i| format!("w{i} ")).collect();
    let p = plan::plan(&parse(&many), &mut fake);
    assert_eq!(p.tiers[0].matches(" AND ").count(), MAX_WORDS - 1);
}

#[test]
fn latin_words_also_search_persian_skeletons() {
    let mut fake = Fake::new(&[], &[]);
    let f = plan::plan(&parse("kalantari"), &mut fake).tiers.remove(0);
    assert!(f.contains("skel : \"klntr\"*"), "{f}");
    let f = plan::plan(&parse("کلانتری"), &mut fake).tiers.remove(0);
    assert!(!f.contains("skel"));
}

#[test]
fn only_the_word_being_typed_is_a_prefix() {
    let mut fake = Fake::new(&[], &[]);
    let f = plan::plan(&parse("can tho"), &mut fake).tiers.remove(0);
    assert!(f.starts_with("(\"can\" OR"), "{f}");
    assert!(!f.contains("\"can\"*"), "{f}");
    assert!(f.contains("\"tho\"*"), "{f}");
    // A space typed after it: the last word is whole too.
    let f = plan::plan(&parse("can tho "), &mut fake).tiers.remove(0);
    assert!(!f.contains("\"tho\"*"), "{f}");
    // An inflected word before the last keeps its stem's inflections.
    let f = plan::plan(&parse("niebieska karta"), &mut fake)
        .tiers
        .remove(0);
    assert!(f.starts_with("(\"niebiesk\"*"), "{f}");
}

#[test]
fn marks_typed_are_looked_for_as_written() {
    let mut fake = Fake::new(&[], &[]);
    let f = plan::plan(&parse("Cần Thơ"), &mut fake).tiers.remove(0);
    assert!(f.contains("marked : \"cần\" AND \"can\""), "{f}");
    assert!(f.contains("marked : \"thơ\"* AND \"tho\"*"), "{f}");
    let f = plan::plan(&parse("łódź"), &mut fake).tiers.remove(0);
    assert!(f.contains("marked : \"łódź\"*"), "{f}");
    // Kazakh letters mean themselves; Russian ones find both.
    let f = plan::plan(&parse("қала"), &mut fake).tiers.remove(0);
    assert!(f.contains("marked : \"қала\"*"), "{f}");
    let f = plan::plan(&parse("кала"), &mut fake).tiers.remove(0);
    assert!(!f.contains("marked"), "{f}");
    // Persian and Arabic letter forms are always equal.
    let f = plan::plan(&parse("كلانتري"), &mut fake).tiers.remove(0);
    assert!(!f.contains("marked"), "{f}");
}

#[test]
fn forgiving_tiers_only_when_few_records_match_as_typed() {
    let words = [("niebieskie", 5), ("karty", 9), ("can", 9), ("tho", 9)];
    // Plenty as typed: one tier.
    let mut plenty = Fake::new(&words, &[]);
    assert_eq!(
        plan::plan(&parse("niebeskie karty"), &mut plenty)
            .tiers
            .len(),
        1
    );
    // Nothing as typed: the misspelt word gets its typo, in a tier of its own.
    let mut none = Fake::new(&words, &["niebesk"]);
    let p = plan::plan(&parse("niebeskie karty"), &mut none);
    assert_eq!(p.tiers.len(), 2, "{:?}", p.tiers);
    assert!(!p.tiers[0].contains("\"niebieskie\""));
    assert!(p.tiers[1].contains("\"niebieskie\""), "{}", p.tiers[1]);
    assert!(
        !p.tiers[1].contains("\"karty\""),
        "karty is common: not expanded"
    );
}

#[test]
fn missing_and_extra_spaces_are_forgiven() {
    let words = [("can", 9), ("tho", 9), ("niebieskie", 4), ("karty", 9)];
    let mut fake = Fake::new(&words, &["canth", "\"niebies\"", "\"kie\""]);
    let p = plan::plan(&parse("cantho"), &mut fake);
    assert!(p.tiers[0].contains("\"can\" + \"tho\"*"), "{:?}", p.tiers);
    let p = plan::plan(&parse("niebies kie karty"), &mut fake);
    assert!(p.tiers[0].contains("OR \"niebieskie\""), "{:?}", p.tiers);
}

#[test]
fn numbers_are_one_word_in_any_form() {
    let mut fake = Fake::new(&[], &[]);
    for q in ["+48 800 120 002", "0048 800-120-002"] {
        let f = plan::plan(&parse(q), &mut fake).tiers.remove(0);
        assert!(f.starts_with("(\"48800120002\"*"), "{q}: {f}");
    }
    let f = plan::plan(&parse("۰۲۱ ۸۸۸۸ ۸۸۸۸"), &mut fake)
        .tiers
        .remove(0);
    assert!(f.starts_with("(\"02188888888\"*"), "{f}");
}
