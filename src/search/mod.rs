//! Search as the worker types, in any of the six languages, with or without diacritics,
//! forgiving typos, missing spaces and numbers written any way.
//!
//! A query is read (`plan::parse`: folded like the index, split into words and numbers) and
//! planned (`plan::plan`): the query as typed, then, when that finds few records, tiers
//! that forgive more (typos over the index's term dictionary, `terms`). Results come tier by
//! tier: no typo first, then one, then two.
//!
//! Every match is listed first (its rowid only; the facets need them all). Then one of two
//! ranking paths keeps each keystroke inside a frame on large directories:
//! - at most [`RANK_LIMIT`] matches: by tier; within it, those holding two or more query
//!   words as a phrase in a name or place first; then bm25 (names weigh most), the best
//!   boosted when the worker's exact spelling occurs in a name;
//! - more matches (the first letters typed): matches in names and places first, then the rest,
//!   each in the directory's listing order. No per-row scoring, so it stays cheap.
//!
//! With the office's place set (`near`), its country's and its region's matches weigh two and
//! three times as much when ranked; on the cheap path and in the list of everything, its
//! region's and then its country's come first.
//!
//! Filters and facet counts come from the in-memory [`facets::FacetTable`] in one pass.

pub mod facets;
pub mod fold;
pub mod index;
pub mod near;
pub mod phone;
pub mod plan;
pub mod stem;
pub mod terms;
pub mod translit;

pub use facets::{FacetCounts, Filters};

use crate::model::Record;
pub use plan::{MAX_QUERY_CHARS, MAX_WORDS, parse};
use std::collections::{HashMap, HashSet};

/// Up to this many matches are ranked by bm25; more use the cheap order.
pub const RANK_LIMIT: usize = 2000;
/// How many of the best bm25 matches the exact-spelling boost may reorder.
const BOOST_CANDIDATES: usize = 300;

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub limit: usize,
    /// The office's place: its services before the same kind elsewhere.
    pub near: Option<near::Near>,
}

impl Query {
    pub fn new(text: impl Into<String>) -> Query {
        Query {
            text: text.into(),
            filters: Filters::default(),
            limit: 50,
            near: None,
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
    /// Open or closed at the query's `filters.now`, in its own time zone (unknown without
    /// one), from the facet table's hours: nothing to parse or look up when it is shown.
    pub open: crate::model::open::OpenState,
}

/// The answer to a query: the top hits, how many matched in all, and facet counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
    pub facets: FacetCounts,
    /// The index was found damaged and rebuilt from the records before these were found.
    pub repaired: bool,
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
    /// The index's term dictionary (built on first use).
    fn terms(&self) -> Result<&terms::Terms, Self::Error>;
}

/// The planner's view of a directory; the first error is kept and returned by the search.
struct Looking<'a, I: Index> {
    dir: &'a I,
    error: Option<I::Error>,
}

impl<I: Index> plan::Lookup for Looking<'_, I> {
    fn count(&mut self, expr: &str, at_most: usize) -> usize {
        match self.dir.in_listing_order(expr, at_most) {
            Ok(v) => v.len(),
            Err(e) => {
                self.error.get_or_insert(e);
                0
            }
        }
    }

    fn terms(&mut self) -> Option<&terms::Terms> {
        match self.dir.terms() {
            Ok(t) => Some(t),
            Err(e) => {
                self.error.get_or_insert(e);
                None
            }
        }
    }
}

/// Runs a query against the directory.
pub fn search<I: Index>(dir: &I, query: &Query) -> Result<Results, I::Error> {
    let limit = query.limit.clamp(1, 1000);
    let parsed = parse(&query.text);
    let mut looking = Looking { dir, error: None };
    let plan = plan::plan(&parsed, &mut looking);
    if let Some(e) = looking.error {
        return Err(e);
    }
    let table = dir.facet_table();
    let nearness = table.nearness(query.near.as_ref());
    let Some(widest) = plan.widest() else {
        let all = table.all_rowids();
        let (passing, facets) = table.filter_and_count(&all, &query.filters);
        let top = nearest_first(&[&passing], limit, query.near.is_some(), &nearness, |_| {
            true
        });
        return finish(dir, top, passing.len(), facets, query.filters.now);
    };

    // Every match first: the facets need them all anyway, and their number decides how to rank.
    let all = dir.matches(widest)?;
    if all.len() <= RANK_LIMIT {
        let (passing, facets) = table.filter_and_count(&all, &query.filters);
        let passing: HashSet<i64> = passing.into_iter().collect();
        let total = passing.len();
        // Each match in the first tier it appears in, scored by that tier's expression (so a
        // rare term one typo away does not outweigh the likely one).
        let mut tier: HashMap<i64, usize> = HashMap::new();
        let mut ranked: Vec<(i64, f64)> = Vec::with_capacity(total);
        for (t, expr) in plan.tiers.iter().enumerate() {
            for (rowid, score) in dir.ranked(expr)? {
                if passing.contains(&rowid) && !tier.contains_key(&rowid) {
                    tier.insert(rowid, t);
                    ranked.push((rowid, score));
                }
            }
        }
        // The office's place weighs as relevance does, not above it: its police before
        // another country's, but not its ministries that only mention the police.
        for (rowid, score) in ranked.iter_mut() {
            *score *= NEAR_BOOST[usize::from(nearness(*rowid)).min(2)];
        }
        let tier_of = |r: i64| tier.get(&r).copied().unwrap_or(usize::MAX);
        // By tier; then records holding the words as a phrase in a name or place; within
        // each group, bm25, with the exact-spelling boost reordering the best.
        let together: HashSet<i64> = match plan.phrase.as_deref() {
            Some(phrase) => dir.matches(phrase)?.into_iter().collect(),
            None => HashSet::new(),
        };
        let order = |a: &(i64, f64), b: &(i64, f64)| {
            tier_of(a.0)
                .cmp(&tier_of(b.0))
                .then(together.contains(&b.0).cmp(&together.contains(&a.0)))
                .then(b.1.total_cmp(&a.1))
                .then(a.0.cmp(&b.0))
        };
        ranked.sort_by(order);
        let boosted = ranked.len().min(BOOST_CANDIDATES);
        boost_exact(dir, &parsed.exact, &mut ranked[..boosted])?;
        ranked.sort_by(order);
        let top = ranked.into_iter().take(limit).map(|(r, _)| r).collect();
        return finish(dir, top, total, facets, query.filters.now);
    }

    // Many matches (the first letters typed): the query as typed first, then names and
    // places, in listing order.
    let (passing, facets) = table.filter_and_count(&all, &query.filters);
    let total = passing.len();
    let as_typed = match &plan.tiers[..] {
        [first, _, ..] => dir.matches(first)?,
        _ => Vec::new(),
    };
    let name_place = match plan.name_place() {
        Some(np) => dir.in_listing_order(&np, limit * 20)?,
        None => Vec::new(),
    };
    let passes = table.passer(&query.filters);
    let top = nearest_first(
        &[&as_typed, &name_place, &passing],
        limit,
        query.near.is_some(),
        &nearness,
        passes,
    );
    finish(dir, top, total, facets, query.filters.now)
}

/// How much the office's place multiplies a match's relevance: elsewhere, in its country, in
/// its region.
const NEAR_BOOST: [f64; 3] = [1.0, 2.0, 3.0];

/// The first `limit` distinct rows of `lists` taken in turn (each in its order) that pass,
/// the office's region first, then its country, then the rest, when there is a place.
fn nearest_first(
    lists: &[&[i64]],
    limit: usize,
    near: bool,
    nearness: &dyn Fn(i64) -> near::Nearness,
    passes: impl Fn(i64) -> bool,
) -> Vec<i64> {
    let mut top = Vec::with_capacity(limit);
    let mut taken = HashSet::new();
    let levels: &[Option<near::Nearness>] = if near {
        &[Some(2), Some(1), None]
    } else {
        &[None]
    };
    for level in levels {
        for rowid in lists.iter().flat_map(|l| l.iter().copied()) {
            if top.len() == limit {
                return top;
            }
            if level.is_none_or(|n| nearness(rowid) == n) && passes(rowid) && taken.insert(rowid) {
                top.push(rowid);
            }
        }
    }
    top
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
    now: Option<jiff::Timestamp>,
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
            open: now.map_or(crate::model::open::OpenState::Unknown, |at| {
                table.open_state(rowid, at)
            }),
        })
        .collect();
    Ok(Results {
        hits,
        total,
        facets,
        repaired: false,
    })
}

#[cfg(test)]
mod tests;
