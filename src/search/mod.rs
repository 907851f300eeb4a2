//! Search as the worker types, in any of the six languages, with or without diacritics.
//!
//! A query is folded like the index (`fold`), split into words, each word lightly stemmed
//! (`stem`), quoted and matched as a prefix. Latin words also look for Persian names by their
//! consonant skeleton (`translit`); Cyrillic names have a Latin column of their own. All
//! words must match (in any column).
//!
//! Every match is listed first (its rowid only; the facets need them all). Then one of two
//! ranking paths keeps each keystroke inside a frame on large directories:
//! - at most [`RANK_LIMIT`] matches: those holding two or more query words as a phrase in a
//!   name or place first; within that, bm25 (names weigh most), the best boosted when the
//!   worker's exact spelling occurs in a name;
//! - more matches (the first letters typed): matches in names and places first, then the rest,
//!   each in the directory's listing order. No per-row scoring, so it stays cheap.
//!
//! Filters and facet counts come from the in-memory [`facets::FacetTable`] in one pass.

pub mod facets;
pub mod fold;
pub mod index;
pub mod stem;
pub mod translit;

pub use facets::{FacetCounts, Filters};

use crate::model::Record;
use fold::{fold, is_ascii_word, query_words};
use std::collections::HashSet;

/// Up to this many matches are ranked by bm25; more use the cheap order.
pub const RANK_LIMIT: usize = 2000;
/// How many of the best bm25 matches the exact-spelling boost may reorder.
const BOOST_CANDIDATES: usize = 300;
/// Longest query read, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 512;
/// Most words a query uses.
pub const MAX_WORDS: usize = 12;
/// Longest word, in characters.
const MAX_WORD_CHARS: usize = 48;

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub limit: usize,
}

impl Query {
    pub fn new(text: impl Into<String>) -> Query {
        Query {
            text: text.into(),
            filters: Filters::default(),
            limit: 50,
        }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rowid: i64,
    pub record: Record,
    /// The worker's marks on it (`layer::marks`).
    pub marks: u8,
}

/// The answer to a query: the top hits, how many matched in all, and facet counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
    pub facets: FacetCounts,
}

/// The parsed form of a query: the FTS5 expression, or none for "everything".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// `None` when the query has no words: list everything.
    pub fts: Option<String>,
    /// The same words restricted to names and places (for the cheap path).
    pub fts_name_place: Option<String>,
    /// Two or more words as a phrase in a name or place (`can tho` → «… Cần Thơ»): such
    /// records rank above those that only hold the words apart (`can` in one field, `tho…`
    /// in another).
    pub phrase: Option<String>,
    /// The worker's spelling, unfolded, for the exact-match boost.
    pub exact: String,
    /// Length of the longest word, in characters.
    pub longest_word: usize,
}

/// Turns what the worker typed into an FTS5 expression that cannot fail to parse: every word
/// is made of letters and digits only and is quoted, so `c++`, `a-b`, `NOT`, stray quotes
/// or control characters are just separators.
pub fn parse(text: &str) -> Parsed {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let folded = fold(&text);
    let mut seen = HashSet::new();
    let mut terms = Vec::new();
    let mut longest_word = 0;
    let mut phrase = Vec::new();
    for w in query_words(&folded).take(MAX_WORDS) {
        let w: String = w.chars().take(MAX_WORD_CHARS).collect();
        longest_word = longest_word.max(w.chars().count());
        let stemmed = stem::stem(&w).to_string();
        // In the phrase a short word must be that word: a one-letter prefix would read the
        // lists of every word starting with it.
        phrase.push(if w.chars().count() > 2 {
            format!("\"{stemmed}\"*")
        } else {
            format!("\"{w}\"")
        });
        if !seen.insert(w.clone()) {
            continue;
        }
        // One or two letters: a word of a name or place starting with them, or that very
        // word anywhere. Longer: any word starting with it.
        let mut alts = match w.chars().count() {
            1 | 2 => vec![
                format!("pfx : \"{}\"", index::prefix_token(&w)),
                format!("\"{w}\""),
            ],
            _ => vec![format!("\"{stemmed}\"*")],
        };
        for token in index::vocabulary_tokens(&stemmed) {
            alts.push(format!("\"{token}\""));
        }
        if is_ascii_word(&w) && w.chars().any(|c| c.is_ascii_alphabetic()) {
            let latin = translit::latin_query(&stemmed);
            if latin != stemmed {
                alts.push(format!("latin : \"{latin}\"*"));
            }
            if w.chars().count() >= 3
                && let Some(sk) = translit::latin_skeleton(&w)
            {
                alts.push(format!("skel : \"{sk}\"*"));
            }
        }
        terms.push(if alts.len() == 1 {
            alts.remove(0)
        } else {
            format!("({})", alts.join(" OR "))
        });
    }
    let exact = index::exact_form(text.trim());
    if terms.is_empty() {
        return Parsed {
            fts: None,
            fts_name_place: None,
            phrase: None,
            exact,
            longest_word,
        };
    }
    let all = terms.join(" AND ");
    Parsed {
        fts_name_place: Some(format!("{{name place latin skel pfx}} : ({all})")),
        fts: Some(all),
        phrase: (phrase.len() > 1).then(|| format!("{{name place}} : ({})", phrase.join(" + "))),
        exact,
        longest_word,
    }
}

/// What the search needs of a directory: the store implements it, and owns the SQL behind
/// each method. A match expression the index refuses matches nothing.
pub trait Index {
    type Error;
    /// Every record matching a match expression, by row id.
    fn matches(&self, expr: &str) -> Result<Vec<i64>, Self::Error>;
    /// Every match with its relevance (higher is better; names weigh most).
    fn ranked(&self, expr: &str) -> Result<Vec<(i64, f64)>, Self::Error>;
    /// The first `limit` matches in the directory's listing order.
    fn in_listing_order(&self, expr: &str, limit: usize) -> Result<Vec<i64>, Self::Error>;
    /// A record's names, lower-cased but with their diacritics (for the exact-spelling boost).
    fn names_folded(&self, rowid: i64) -> Result<String, Self::Error>;
    /// Records by row id, in the order given.
    fn records(&self, rowids: &[i64]) -> Result<Vec<Record>, Self::Error>;
    fn facet_table(&self) -> &facets::FacetTable;
}

/// Runs a query against the directory.
pub fn search<I: Index>(dir: &I, query: &Query) -> Result<Results, I::Error> {
    let limit = query.limit.clamp(1, 1000);
    let parsed = parse(&query.text);
    let table = dir.facet_table();
    let Some(fts) = parsed.fts.as_deref() else {
        let all = table.all_rowids();
        let (passing, facets) = table.filter_and_count(&all, &query.filters);
        let top: Vec<i64> = passing.iter().copied().take(limit).collect();
        return finish(dir, top, passing.len(), facets);
    };

    // Every match first: the facets need them all anyway, and their number decides how to rank.
    let all = dir.matches(fts)?;
    if all.len() <= RANK_LIMIT {
        let (passing, facets) = table.filter_and_count(&all, &query.filters);
        let passing: HashSet<i64> = passing.into_iter().collect();
        let total = passing.len();
        let mut ranked: Vec<(i64, f64)> = dir
            .ranked(fts)?
            .into_iter()
            .filter(|(r, _)| passing.contains(r))
            .collect();
        // Records holding the words as a phrase in a name or place come first; within each
        // group, bm25, with the exact-spelling boost reordering the best.
        let together: HashSet<i64> = match parsed.phrase.as_deref() {
            Some(phrase) => dir.matches(phrase)?.into_iter().collect(),
            None => HashSet::new(),
        };
        let order = |a: &(i64, f64), b: &(i64, f64)| {
            together
                .contains(&b.0)
                .cmp(&together.contains(&a.0))
                .then(b.1.total_cmp(&a.1))
                .then(a.0.cmp(&b.0))
        };
        ranked.sort_by(order);
        let boosted = ranked.len().min(BOOST_CANDIDATES);
        boost_exact(dir, &parsed.exact, &mut ranked[..boosted])?;
        ranked.sort_by(order);
        let top = ranked.into_iter().take(limit).map(|(r, _)| r).collect();
        return finish(dir, top, total, facets);
    }

    // Many matches (the first letters typed): names and places first, in listing order.
    let (passing, facets) = table.filter_and_count(&all, &query.filters);
    let total = passing.len();
    let mut top = Vec::with_capacity(limit);
    let mut taken = HashSet::new();
    if let Some(np) = parsed.fts_name_place.as_deref() {
        for rowid in dir.in_listing_order(np, limit * 20)? {
            if top.len() == limit {
                break;
            }
            if table.passes(rowid, &query.filters) && taken.insert(rowid) {
                top.push(rowid);
            }
        }
    }
    for rowid in passing {
        if top.len() == limit {
            break;
        }
        if taken.insert(rowid) {
            top.push(rowid);
        }
    }
    finish(dir, top, total, facets)
}

/// Multiplies the score of records whose names hold the worker's exact spelling, so
/// `Cần Thơ` ranks «Công an TP Cần Thơ» above «Cán bộ … Thọ».
fn boost_exact<I: Index>(dir: &I, exact: &str, ranked: &mut [(i64, f64)]) -> Result<(), I::Error> {
    if exact.chars().count() < 2 || ranked.is_empty() {
        return Ok(());
    }
    for (rowid, score) in ranked.iter_mut() {
        let names = dir.names_folded(*rowid)?;
        if names.contains(exact) {
            *score = score.abs() * 3.0 + 1.0;
        } else if exact
            .split_whitespace()
            .all(|w| w.chars().count() > 1 && names.contains(w))
        {
            *score = score.abs() * 1.5;
        }
    }
    Ok(())
}

fn finish<I: Index>(
    dir: &I,
    top: Vec<i64>,
    total: usize,
    facets: FacetCounts,
) -> Result<Results, I::Error> {
    let records = dir.records(&top)?;
    let table = dir.facet_table();
    let hits = top
        .into_iter()
        .zip(records)
        .map(|(rowid, record)| Hit {
            rowid,
            record,
            marks: table.marks(rowid),
        })
        .collect();
    Ok(Results {
        hits,
        total,
        facets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_input_only_makes_quoted_words() {
        for q in [
            "c++",
            "a-b",
            "NOT",
            "\"unbalanced",
            "x\u{0}y\u{7}",
            "AND OR NEAR(",
            "*",
            "{name}: x",
        ] {
            let p = parse(q);
            if let Some(f) = p.fts {
                assert!(!f.contains("\"\""), "{q}: {f}");
                assert!(!f.contains("NEAR("), "{q}: {f}");
            }
        }
        assert_eq!(parse("   ").fts, None);
        assert_eq!(parse("!!!").fts, None);
        let long = "ab ".repeat(5000);
        let p = parse(&long);
        assert!(p.fts.unwrap().len() < 200, "duplicates collapse");
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(
            parse(&many).fts.unwrap().matches(" AND ").count(),
            MAX_WORDS - 1
        );
    }

    #[test]
    fn latin_words_also_search_persian_skeletons() {
        let p = parse("kalantari");
        let f = p.fts.unwrap();
        assert!(f.contains("skel : \"klntr\"*"), "{f}");
        let p = parse("کلانتری");
        assert!(!p.fts.unwrap().contains("skel"));
    }
}
