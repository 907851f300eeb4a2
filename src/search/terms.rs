//! The index's term dictionary, for forgiving what the worker typed: the folded words the
//! directory holds, each with the number of records holding it, in an `fst` map walked by a
//! Levenshtein automaton (`levenshtein_automata`, the pair Tantivy and Meilisearch use).
//!
//! The rules are those users of instant search know: no typo in a word under 5 letters, one
//! from 5, two from 9 (counted in letters, so a Cyrillic or Persian letter is one); swapping
//! two neighbours counts as one; the first letter is kept. The word being typed may also be a
//! prefix with a typo. Digits are never forgiven: a wrong digit is another number.

use fst::automaton::Str;
use fst::{Automaton, IntoStreamer, Map, Streamer};
use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use std::sync::{Arc, OnceLock};

/// Most candidate terms one query word is expanded to (the best first: fewest typos, then
/// the most records).
pub const MAX_CANDIDATES: usize = 24;
/// Most dictionary entries looked at for one word, so that no keystroke can be slow however
/// large the directory.
const MAX_SCANNED: usize = 4000;

/// How many typos a word of that many letters may have.
pub fn allowed_typos(word: &str) -> u8 {
    if word.chars().any(|c| c.is_numeric()) {
        return 0;
    }
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A term the worker may have meant, and how many typos away it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub term: String,
    pub typos: u8,
}

/// The folded terms of the index with their document counts: the publisher's (kept with
/// the directory, see `store::derived`) and, beside them, the worker's own (their notes and
/// office records, few and read again whenever the layer changes). Cloning shares both.
#[derive(Clone, Default)]
pub struct Terms {
    map: Arc<Map<Vec<u8>>>,
    extra: Option<Arc<Map<Vec<u8>>>>,
}

impl std::fmt::Debug for Terms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Terms({} terms)", self.len())
    }
}

/// Whether a term is one of the index's own tokens (a vocabulary term, a prefix), which begin
/// with a private-use character and are no word anyone types.
pub fn is_own_token(term: &str) -> bool {
    term.starts_with(|c: char| ('\u{E000}'..='\u{F8FF}').contains(&c))
}

impl Terms {
    /// Builds the dictionary from terms in byte order (as SQLite's `fts5vocab` lists them);
    /// a term given twice (once per column) counts its records once per listing. Terms out
    /// of order are skipped rather than refused: the dictionary only suggests.
    pub fn from_sorted<I: IntoIterator<Item = (String, u64)>>(terms: I) -> Terms {
        let mut builder = fst::MapBuilder::memory();
        let mut last: Option<(String, u64)> = None;
        for (term, docs) in terms {
            match &mut last {
                Some((t, d)) if *t == term => *d += docs,
                Some((t, _)) if term.as_bytes() < t.as_bytes() => {}
                _ => {
                    if let Some((t, d)) = last.take() {
                        // In order by construction: cannot fail.
                        let _ = builder.insert(t, d);
                    }
                    last = Some((term, docs));
                }
            }
        }
        if let Some((t, d)) = last {
            let _ = builder.insert(t, d);
        }
        let map = builder
            .into_inner()
            .ok()
            .and_then(|bytes| Map::new(bytes).ok())
            .unwrap_or_default();
        Terms {
            map: Arc::new(map),
            extra: None,
        }
    }

    /// The dictionary of indexed texts, each one record's (the worker's notes and office
    /// records): every word counted once per text.
    pub fn from_texts<'a, I: IntoIterator<Item = &'a str>>(texts: I) -> Terms {
        let mut counts: std::collections::BTreeMap<String, u64> = Default::default();
        let mut seen = std::collections::HashSet::new();
        for text in texts {
            seen.clear();
            for w in super::fold::query_words(text).filter(|w| !is_own_token(w)) {
                if seen.insert(w) {
                    *counts.entry(w.to_string()).or_default() += 1;
                }
            }
        }
        Terms::from_sorted(counts)
    }

    /// This dictionary with `other`'s terms beside it (its own beside terms stay).
    pub fn with_extra(&self, other: &Terms) -> Terms {
        Terms {
            map: self.map.clone(),
            extra: (!other.map.is_empty()).then(|| other.map.clone()),
        }
    }

    /// The publisher's part as bytes, to keep (the `fst` format, with its checksum).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.map.as_fst().as_bytes().to_vec()
    }

    /// A dictionary kept by [`Terms::to_bytes`]; none when the bytes are not a whole, intact
    /// `fst` map (a damaged file is read again from the index, never walked).
    pub fn from_bytes(bytes: Vec<u8>) -> Option<Terms> {
        let map = Map::new(bytes).ok()?;
        map.as_fst().verify().ok()?;
        Some(Terms {
            map: Arc::new(map),
            extra: None,
        })
    }

    fn maps(&self) -> impl Iterator<Item = &Map<Vec<u8>>> {
        std::iter::once(&*self.map).chain(self.extra.as_deref())
    }

    /// Number of terms (one held by both parts counts twice).
    pub fn len(&self) -> usize {
        self.maps().map(|m| m.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many records hold `term` (0 when none).
    pub fn docs(&self, term: &str) -> u64 {
        self.maps().map(|m| m.get(term).unwrap_or(0)).sum()
    }

    /// Whether some term starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.maps().any(|m| {
            let mut s = m.search(Str::new(prefix).starts_with()).into_stream();
            s.next().is_some()
        })
    }

    /// Terms within the word's allowed typos that start with its first letter, the word
    /// itself left out (it is matched as it is). With `prefix`, a term counts when some
    /// prefix of it is within reach (the word is still being typed).
    pub fn typos(&self, word: &str, prefix: bool) -> Vec<Candidate> {
        let max = allowed_typos(word);
        let Some(first) = word.chars().next() else {
            return Vec::new();
        };
        if max == 0 {
            return Vec::new();
        }
        let dfa = automaton(max, word, prefix);
        let mut first_buf = [0u8; 4];
        let first = &*first.encode_utf8(&mut first_buf);
        let mut found: Vec<(u8, u64, String)> = Vec::new();
        for map in self.maps() {
            let start = Str::new(first).starts_with();
            let mut stream = map.search(start.intersection(Lev(&dfa))).into_stream();
            let mut scanned = 0;
            while let Some((term, docs)) = stream.next() {
                scanned += 1;
                if scanned > MAX_SCANNED {
                    break;
                }
                let Distance::Exact(d) = dfa.eval(term) else {
                    continue;
                };
                if d == 0 {
                    continue;
                }
                let Ok(term) = std::str::from_utf8(term) else {
                    continue;
                };
                // A digit changed is another number, not a typo.
                if term.chars().any(|c| c.is_numeric()) {
                    continue;
                }
                match found.iter_mut().find(|f| f.2 == term) {
                    Some(f) => f.1 += docs,
                    None => found.push((d, docs, term.to_string())),
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        found.truncate(MAX_CANDIDATES);
        found
            .into_iter()
            .map(|(typos, _, term)| Candidate { term, typos })
            .collect()
    }

    /// `cantho` → `can` + `tho`: the word cut in two terms the directory holds (the second
    /// may be a prefix when the word is being typed). Best: a whole second term, then the
    /// cut whose rarer half is commonest, then the longer first half.
    pub fn split(&self, word: &str, prefix: bool) -> Option<(String, String)> {
        let cuts = word.char_indices().map(|(i, _)| i).skip(2);
        let mut best: Option<((bool, u64, usize), usize)> = None;
        for cut in cuts {
            let (a, b) = word.split_at(cut);
            if b.chars().count() < 2 {
                break;
            }
            let da = self.docs(a);
            if da == 0 {
                continue;
            }
            let (whole, db) = match self.docs(b) {
                0 if prefix && self.has_prefix(b) => (false, 1),
                d => (true, d),
            };
            if db == 0 {
                continue;
            }
            let score = (whole, da.min(db), cut);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, cut));
            }
        }
        best.map(|(_, cut)| {
            let (a, b) = word.split_at(cut);
            (a.to_string(), b.to_string())
        })
    }
}

/// A Levenshtein automaton for `word`, from a builder made once per distance (building one
/// costs milliseconds; using it, microseconds).
fn automaton(max: u8, word: &str, prefix: bool) -> DFA {
    static BUILDERS: OnceLock<[LevenshteinAutomatonBuilder; 2]> = OnceLock::new();
    let builders = BUILDERS.get_or_init(|| {
        [
            LevenshteinAutomatonBuilder::new(1, true),
            LevenshteinAutomatonBuilder::new(2, true),
        ]
    });
    let b = &builders[usize::from(max.clamp(1, 2) - 1)];
    if prefix {
        b.build_prefix_dfa(word)
    } else {
        b.build_dfa(word)
    }
}

/// The automaton as `fst` walks it.
struct Lev<'a>(&'a DFA);

impl Automaton for Lev<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[(&str, u64)]) -> Terms {
        let mut v: Vec<(String, u64)> = words.iter().map(|(w, d)| (w.to_string(), *d)).collect();
        v.sort();
        Terms::from_sorted(v)
    }

    #[test]
    fn a_kept_dictionary_reads_back_and_a_damaged_one_is_refused() {
        let t = terms(&[("kryzysowe", 3), ("policja", 5)]);
        let bytes = t.to_bytes();
        let back = Terms::from_bytes(bytes.clone()).expect("reads back");
        assert_eq!(back.docs("policja"), 5);
        let mut damaged = bytes;
        let mid = damaged.len() / 2;
        damaged[mid] ^= 0x55;
        assert!(Terms::from_bytes(damaged).is_none());
        assert!(Terms::from_bytes(vec![1, 2, 3]).is_none());
    }

    #[test]
    fn the_workers_terms_sit_beside_the_publishers() {
        let t = terms(&[("kryzysowe", 3)])
            .with_extra(&Terms::from_texts(["mornings only", "mornings"]));
        assert_eq!(t.docs("mornings"), 2);
        assert_eq!(t.typos("morninsg", false)[0].term, "mornings");
        assert_eq!(t.typos("kryzysowa", false)[0].term, "kryzysowe");
    }

    #[test]
    fn typos_follow_the_length_rules() {
        let t = terms(&[
            ("niebieskie", 3),
            ("karty", 5),
            ("karta", 2),
            ("kart", 1),
            ("policja", 4),
            ("кризисный", 2),
            ("کلانتری", 1),
        ]);
        let got = |w: &str, p: bool| -> Vec<(String, u8)> {
            t.typos(w, p)
                .into_iter()
                .map(|c| (c.term, c.typos))
                .collect()
        };
        // Four letters: none; five to eight: one; nine and more: two.
        assert!(got("kary", false).is_empty());
        assert_eq!(
            got("karyt", false),
            vec![("karty".into(), 1), ("kart".into(), 1)],
            "a swap is one, as is a letter too many"
        );
        assert_eq!(got("niebeskie", false), vec![("niebieskie".into(), 1)]);
        assert_eq!(got("nibeskie", false), vec![], "two typos in eight letters");
        assert_eq!(got("nebieskei", false), vec![("niebieskie".into(), 2)]);
        // Letters, not bytes: a Cyrillic word of nine letters may have two.
        assert_eq!(got("кизисный", false), vec![("кризисный".into(), 1)]);
        assert_eq!(got("کلانتاری", false), vec![("کلانتری".into(), 1)]);
        // The first letter is kept.
        assert!(got("bolicja", false).is_empty());
        // The word being typed: a prefix with a typo.
        assert_eq!(got("polcj", true), vec![("policja".into(), 1)]);
        // Fewest typos first, then the commonest.
        let c = got("kartx", false);
        assert_eq!(c[0], ("karty".into(), 1));
        assert_eq!(c[1], ("karta".into(), 1));
    }

    #[test]
    fn digits_are_never_forgiven() {
        let t = terms(&[("116111", 2), ("116123", 1), ("800120002", 1)]);
        assert!(t.typos("116112", false).is_empty());
        assert!(t.typos("800120003", false).is_empty());
    }

    #[test]
    fn a_word_without_its_space_is_cut_in_two_known_terms() {
        let t = terms(&[
            ("can", 4),
            ("tho", 3),
            ("thoi", 1),
            ("ca", 9),
            ("ntho", 1),
            ("nthx", 1),
        ]);
        assert_eq!(t.split("cantho", false), Some(("can".into(), "tho".into())));
        assert_eq!(t.split("canth", true), Some(("can".into(), "th".into())));
        assert_eq!(t.split("canth", false), None);
        assert_eq!(t.split("xyzzy", false), None);
    }

    #[test]
    fn out_of_order_input_is_skipped_not_fatal() {
        let t = Terms::from_sorted(vec![
            ("b".to_string(), 1),
            ("a".to_string(), 1),
            ("b".to_string(), 2),
            ("c".to_string(), 1),
        ]);
        assert_eq!(t.docs("b"), 3);
        assert_eq!(t.docs("a"), 0);
        assert_eq!(t.docs("c"), 1);
    }
}
