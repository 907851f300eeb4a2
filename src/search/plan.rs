//! From what the worker typed to FTS5 match expressions, in tiers: first the query as typed,
//! then, only when that finds fewer than [`FEW`] records, forgiving ones (one typo per word,
//! then two; a word cut in two; neighbouring words joined; marks ignored). Each tier matches
//! everything the one before it does, so results are listed tier by tier.
//!
//! The rules of a word as typed:
//! - every word but the last is a whole word (`can` does not find «candy»), or, when the
//!   stemmer took an inflectional ending off, a word starting with its stem (`niebieska`
//!   finds «niebieskie»);
//! - the last word is being typed: a prefix once it has two letters; one letter finds words
//!   of names and places starting with it;
//! - a word typed with marks that mean something (`Cần`, `łódź`, `қала`) is looked for as
//!   written;
//! - a run of digit groups is one number (`phone::numbers_in`), never forgiven.
//!
//! Every word is quoted: `c++`, `NOT`, stray quotes or control characters are separators,
//! and no query can fail to parse.

use super::fold::{fold, fold_marked, has_marks, is_ascii_word, query_words};
use super::phone::{QueryNumber, numbers_in};
use super::terms::{Terms, allowed_typos};
use super::{index, stem, translit};
use std::collections::HashSet;

/// Below this many records found as typed, the forgiving tiers are added.
pub const FEW: usize = 3;
/// Longest query read, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 512;
/// Most words a query uses.
pub const MAX_WORDS: usize = 12;
/// Longest word, in characters.
const MAX_WORD_CHARS: usize = 48;
/// Digits a number needs before it is matched as the start of stored numbers.
const MIN_NUMBER_PREFIX: usize = 5;

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Folded (`fold`), at most [`MAX_WORD_CHARS`] letters.
    pub folded: String,
    /// As written, when it carries marks that mean something.
    pub marked: Option<String>,
    /// The word being typed (the query's last).
    pub last: bool,
}

/// A query read: its words, its numbers and the worker's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub words: Vec<Word>,
    pub numbers: Vec<QueryNumber>,
    /// The worker's spelling, unfolded, for the exact-spelling boost.
    pub exact: String,
    /// Length of the longest word, in characters.
    pub longest_word: usize,
}

impl Parsed {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.numbers.is_empty()
    }
}

/// Reads a query. Pure: the same text always gives the same words.
pub fn parse(text: &str) -> Parsed {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let (rest, numbers) = numbers_in(&fold(&text));
    // The same text as written, for the marks of each word: folding keeps the number of
    // words, so the n-th folded word is the n-th written one.
    let (written_rest, _) = numbers_in(&fold_marked(&text));
    let written: Vec<&str> = query_words(&written_rest).collect();
    let mut words: Vec<Word> = Vec::new();
    let mut seen = HashSet::new();
    let mut longest_word = 0;
    let folded_words: Vec<&str> = query_words(&rest).collect();
    let aligned = written.len() == folded_words.len();
    for (n, w) in folded_words.iter().enumerate().take(MAX_WORDS) {
        let folded: String = w.chars().take(MAX_WORD_CHARS).collect();
        longest_word = longest_word.max(folded.chars().count());
        if !seen.insert(folded.clone()) {
            continue;
        }
        let marked = aligned
            .then(|| written[n])
            .filter(|m| m.chars().count() > 2 && has_marks(m))
            .map(|m| m.chars().take(MAX_WORD_CHARS).collect());
        words.push(Word {
            folded,
            marked,
            last: false,
        });
    }
    // The word being typed: the query ends in it, not in a space or a number (`numbers_in`
    // leaves a space where a number was). A last word dropped as a repeat is not it.
    let typed_last = folded_words
        .last()
        .map(|w| w.chars().take(MAX_WORD_CHARS).collect::<String>());
    if !rest.ends_with(char::is_whitespace)
        && let Some(w) = words.last_mut()
        && typed_last.as_deref() == Some(w.folded.as_str())
    {
        w.last = true;
    }
    Parsed {
        words,
        numbers,
        exact: index::exact_form(text.trim()),
        longest_word,
    }
}

/// The match expressions of a query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// `tiers[0]` is the query as typed; each next tier forgives more and matches a superset.
    /// Empty when the query has no words: list everything.
    pub tiers: Vec<String>,
    /// Two or more words as a phrase in a name or place (`can tho` → «… Cần Thơ»).
    pub phrase: Option<String>,
}

impl Plan {
    /// The widest tier: everything the query matches.
    pub fn widest(&self) -> Option<&str> {
        self.tiers.last().map(String::as_str)
    }

    /// The widest tier restricted to names and places (for the first keystrokes' cheap order).
    pub fn name_place(&self) -> Option<String> {
        self.widest()
            .map(|e| format!("{{name place latin skel pfx marked}} : ({e})"))
    }
}

/// What the planner needs to know of the directory while it plans.
pub trait Lookup {
    /// How many records an expression matches, counting up to `at_most`.
    fn count(&mut self, expr: &str, at_most: usize) -> usize;
    /// The term dictionary (asked for only when a tier is to be added).
    fn terms(&mut self) -> Option<&Terms>;
}

/// The word as typed: the expression its records must match.
fn as_typed(w: &Word) -> String {
    let n = w.folded.chars().count();
    if n <= 2 {
        return if w.last {
            format!(
                "(pfx : \"{}\" OR \"{}\")",
                index::prefix_token(&w.folded),
                w.folded
            )
        } else {
            format!("\"{}\"", w.folded)
        };
    }
    let stemmed = stem::stem(&w.folded);
    let star = if w.last || stemmed != w.folded {
        "*"
    } else {
        ""
    };
    let mut alts = Vec::new();
    match &w.marked {
        Some(m) => {
            // The marked stem: as many letters of the word as written as the stem has.
            let m_stem: String = if m.chars().count() == w.folded.chars().count() {
                m.chars().take(stemmed.chars().count()).collect()
            } else {
                m.clone()
            };
            // The folded term is there for ranking: bm25 then weighs a name above a body.
            alts.push(format!(
                "(marked : \"{m_stem}\"{star} AND \"{stemmed}\"{star})"
            ));
        }
        None => alts.push(format!("\"{stemmed}\"{star}")),
    }
    for token in index::vocabulary_tokens(stemmed, star.is_empty()) {
        alts.push(format!("\"{token}\""));
    }
    if w.marked.is_none() {
        alts.extend(transliterated(w, stemmed));
    }
    or(alts)
}

/// Latin words also look for Cyrillic names by their Latin spelling, and Persian names by
/// their consonant skeleton.
fn transliterated(w: &Word, stemmed: &str) -> Vec<String> {
    let mut alts = Vec::new();
    if is_ascii_word(&w.folded) && w.folded.chars().any(|c| c.is_ascii_alphabetic()) {
        let latin = translit::loose(stemmed);
        if latin != stemmed {
            alts.push(format!("latin : \"{latin}\"*"));
        }
        if let Some(sk) = translit::latin_skeleton(&w.folded) {
            alts.push(format!("skel : \"{sk}\"*"));
        }
    }
    alts
}

/// A number typed: its digits as a prefix of a stored form once there are enough of them to
/// mean one number (a country code alone, `+48`, would read the lists of half the
/// directory), else that very token; or its groups as written, the last a prefix once it has
/// three digits.
fn number(n: &QueryNumber) -> String {
    let star = |d: &str, at_least: usize| if d.len() >= at_least { "*" } else { "" };
    let groups: Vec<String> = n
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let last = i + 1 == n.groups.len();
            format!("\"{g}\"{}", if last { star(g, 3) } else { "" })
        })
        .collect();
    // A number written with a trunk `0` no longer dialled (Poland's, dropped in 2002, still
    // on leaflets: `0 800 120 002`) is also looked for without it. Where the `0` is still
    // dialled (Vietnam, Iran) the stored number's national form holds it anyway.
    let trunkless = n
        .digits
        .strip_prefix('0')
        .filter(|d| !d.starts_with('0') && d.len() >= MIN_NUMBER_PREFIX)
        .map(|d| format!(" OR \"{d}\"*"))
        .unwrap_or_default();
    let lone_zero = match n.groups.split_first() {
        Some((first, rest)) if first == "0" && rest.len() > 1 => {
            format!(" OR ({})", groups[1..].join(" AND "))
        }
        _ => String::new(),
    };
    format!(
        "(\"{}\"{}{trunkless} OR ({}){lone_zero})",
        n.digits,
        star(&n.digits, MIN_NUMBER_PREFIX),
        groups.join(" AND ")
    )
}

fn or(mut alts: Vec<String>) -> String {
    if alts.len() == 1 {
        alts.remove(0)
    } else {
        format!("({})", alts.join(" OR "))
    }
}

fn and(parts: &[String]) -> String {
    parts.join(" AND ")
}

/// What a word may also be, tier by tier: `extra[t]` holds the alternatives tier `t + 1`
/// adds: the word as written without its marks and the likeliest term one typo away (the
/// commonest), then the other terms one typo away, then those two away.
#[derive(Default)]
struct Forgiving {
    extra: [Vec<String>; 3],
    /// Tier 0: the word cut in two known terms.
    split: Option<String>,
}

/// Plans a query's tiers.
pub fn plan<L: Lookup>(parsed: &Parsed, lookup: &mut L) -> Plan {
    if parsed.is_empty() {
        return Plan::default();
    }
    let typed: Vec<String> = parsed.words.iter().map(as_typed).collect();
    let numbers: Vec<String> = parsed.numbers.iter().map(number).collect();
    let tier0 = and(&[typed.clone(), numbers.clone()].concat());
    let tiers = if lookup.count(&tier0, FEW) >= FEW {
        None
    } else {
        forgiving_tiers(parsed, &typed, &numbers, lookup)
    };
    Plan {
        tiers: tiers.unwrap_or_else(|| vec![tier0]),
        phrase: phrase(parsed),
    }
}

/// The tiers of a query that found few records as typed, the first being the query as typed
/// (with its words cut or joined where that makes known terms); none when nothing can be
/// forgiven.
fn forgiving_tiers<L: Lookup>(
    parsed: &Parsed,
    typed: &[String],
    numbers: &[String],
    lookup: &mut L,
) -> Option<Vec<String>> {
    // Forgive the words that are rare on their own, or, when each is common alone (a
    // misspelling that is the start of other words: `полицея`), all of them. A lone word is
    // the query: its count is known.
    let mut rare: Vec<bool> = if typed.len() == 1 && numbers.is_empty() {
        vec![true]
    } else {
        typed.iter().map(|e| lookup.count(e, FEW) < FEW).collect()
    };
    if !rare.iter().any(|r| *r) {
        rare.iter_mut().for_each(|r| *r = true);
    }
    let terms = lookup.terms()?;
    let forgiving: Vec<Forgiving> = parsed
        .words
        .iter()
        .zip(&rare)
        .map(|(w, rare)| {
            if *rare {
                forgive(w, terms)
            } else {
                Forgiving::default()
            }
        })
        .collect();
    let joins = joins(parsed, &rare, terms);
    let mut tiers = Vec::new();
    for t in 0..4 {
        let slot = |i: usize| -> String {
            let f = &forgiving[i];
            let mut alts = vec![typed[i].clone()];
            alts.extend(f.split.clone());
            for extra in f.extra.iter().take(t) {
                alts.extend(extra.iter().cloned());
            }
            or(alts)
        };
        let mut parts = Vec::new();
        let mut i = 0;
        while i < typed.len() {
            match joins.iter().find(|(from, _, _)| *from == i) {
                Some((from, to, joined)) => {
                    let apart: Vec<String> = (*from..*to).map(slot).collect();
                    parts.push(format!("(({}) OR {joined})", and(&apart)));
                    i = *to;
                }
                None => {
                    parts.push(slot(i));
                    i += 1;
                }
            }
        }
        parts.extend(numbers.iter().cloned());
        let e = and(&parts);
        if tiers.last() != Some(&e) {
            tiers.push(e);
        }
    }
    Some(tiers)
}

/// The forgiving alternatives of one word.
fn forgive(w: &Word, terms: &Terms) -> Forgiving {
    let mut f = Forgiving::default();
    if w.folded.chars().count() >= 5
        && terms.docs(&w.folded) == 0
        && let Some((a, b)) = terms.split(&w.folded, w.last)
    {
        let star = if w.last { "*" } else { "" };
        f.split = Some(format!("\"{a}\" + \"{b}\"{star}"));
    }
    // A word typed with marks that nothing holds: the same word with any marks.
    if w.marked.is_some() {
        let unmarked = Word {
            marked: None,
            ..w.clone()
        };
        f.extra[0].push(as_typed(&unmarked));
    }
    if allowed_typos(&w.folded) > 0 {
        for (n, c) in terms.typos(&w.folded, w.last).into_iter().enumerate() {
            let tier = match (n, c.typos) {
                (0, 1) => 0,
                (_, 1) => 1,
                _ => 2,
            };
            f.extra[tier].push(format!("\"{}\"", c.term));
        }
    }
    f
}

/// Neighbouring words that make a known term when joined (`niebies kie` → «niebieskie»),
/// where one of them is rare: `(from, to, expression)` over words `from..to`.
fn joins(parsed: &Parsed, rare: &[bool], terms: &Terms) -> Vec<(usize, usize, String)> {
    let words = &parsed.words;
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        let mut found = None;
        for len in [3, 2] {
            let to = i + len;
            if to > words.len() || !rare[i..to].iter().any(|r| *r) {
                continue;
            }
            let joined: String = words[i..to].iter().map(|w| w.folded.as_str()).collect();
            let last = words[to - 1].last;
            let known = terms.docs(&joined) > 0 || (last && terms.has_prefix(&joined));
            if known {
                let star = if last { "*" } else { "" };
                found = Some((i, to, format!("\"{joined}\"{star}")));
                break;
            }
        }
        match found {
            Some(j) => {
                i = j.1;
                out.push(j);
            }
            None => i += 1,
        }
    }
    out
}

/// Two or more words as a phrase in a name or place; a short word must be that word (a
/// one-letter prefix would read the lists of every word starting with it).
fn phrase(parsed: &Parsed) -> Option<String> {
    if parsed.words.len() < 2 {
        return None;
    }
    let parts: Vec<String> = parsed
        .words
        .iter()
        .map(|w| {
            if w.folded.chars().count() > 2 {
                format!("\"{}\"*", stem::stem(&w.folded))
            } else {
                format!("\"{}\"", w.folded)
            }
        })
        .collect();
    Some(format!("{{name place}} : ({})", parts.join(" + ")))
}
