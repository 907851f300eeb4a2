//! The narrow facet table: one small row per record (country, region, category, target group
//! and language masks), held in memory and indexed by rowid. Filters and facet counts are a
//! single pass over the matching rowids: no GROUP BY joins, no second query.

use crate::model::open::{OpenState, When};
use crate::model::{Category, TargetGroup};
use std::collections::HashMap;

const NONE: u16 = u16::MAX;
/// A row without hours.
const NO_HOURS: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
struct Row {
    live: bool,
    country: u16,
    region: u16,
    categories: u32,
    targets: u32,
    languages: u64,
    /// The worker's marks (see `layer::marks`).
    marks: u8,
    /// Index of its hours in `FacetTable::hours`, or [`NO_HOURS`].
    hours: u32,
}

/// Facet values of every record, by rowid.
#[derive(Debug, Default, Clone)]
pub struct FacetTable {
    rows: Vec<Row>,
    countries: Vec<String>,
    regions: Vec<String>,
    /// Up to 64 languages get a bit; more are not offered as filters.
    languages: Vec<String>,
    /// The distinct hours (zone and schedules) of the records: few, however many records.
    hours: Vec<When>,
    /// `hours` as `model::open::hours_key` wrote them, to keep the table.
    hour_keys: Vec<String>,
    live: usize,
}

/// The facet table as kept beside the directory (see `store::derived`).
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    rows: Vec<Row>,
    countries: Vec<String>,
    regions: Vec<String>,
    languages: Vec<String>,
    hour_keys: Vec<String>,
}

/// What the worker filtered on. Within a dimension any value matches; across dimensions all
/// must.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub categories: Vec<Category>,
    pub targets: Vec<TargetGroup>,
    pub languages: Vec<String>,
    /// The worker's marks (`layer::marks`: favourites, the office's own, flagged), any of.
    pub marks: u8,
    /// The instant "open now" means (the facet counts count what is open then); `None`:
    /// no count of open services.
    pub now: Option<jiff::Timestamp>,
    /// Only services open at `now` (each in its own time zone).
    pub open_now: bool,
    /// Only services open around the clock.
    pub always_open: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.marks == 0
            && !self.open_now
            && !self.always_open
            && self.countries.is_empty()
            && self.regions.is_empty()
            && self.categories.is_empty()
            && self.targets.is_empty()
            && self.languages.is_empty()
    }
}

/// Counts per facet value, over the records that match the query and every *other* filter,
/// so choosing one country still shows how many the other countries have.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub countries: Vec<(String, usize)>,
    pub regions: Vec<(String, usize)>,
    pub categories: Vec<(Category, usize)>,
    pub targets: Vec<(TargetGroup, usize)>,
    pub languages: Vec<(String, usize)>,
    /// (mark bit, count) for the marks any matching record has.
    pub marks: Vec<(u8, usize)>,
    /// How many are open at the filters' `now` (0 without one).
    pub open_now: usize,
    /// How many are open around the clock.
    pub always_open: usize,
}

/// Filters resolved to the table's numbering.
struct Compiled {
    countries: Option<Vec<u16>>,
    regions: Option<Vec<u16>>,
    categories: u32,
    targets: u32,
    languages: Option<u64>,
    marks: u8,
    /// Per entry of `FacetTable::hours`: open at `now`, and open around the clock.
    open: Vec<bool>,
    always: Vec<bool>,
    open_now: bool,
    always_open: bool,
}

const DIMS: usize = 7;

impl Compiled {
    /// Which dimensions `row` fails, in the order of [`DIMS`].
    fn fails(&self, row: &Row) -> [bool; DIMS] {
        [
            self.countries
                .as_ref()
                .is_some_and(|v| !v.contains(&row.country)),
            self.regions
                .as_ref()
                .is_some_and(|v| !v.contains(&row.region)),
            self.categories != 0 && row.categories & self.categories == 0,
            self.targets != 0 && row.targets & self.targets == 0,
            self.languages.is_some_and(|m| row.languages & m == 0),
            self.marks != 0 && row.marks & self.marks == 0,
            (self.open_now || self.always_open)
                && !{
                    let h = row.hours as usize;
                    (!self.open_now || self.open.get(h).copied().unwrap_or(false))
                        && (!self.always_open || self.always.get(h).copied().unwrap_or(false))
                },
        ]
    }
}

/// Builds a [`FacetTable`] from the store's rows, one record at a time.
#[derive(Default)]
pub struct FacetBuilder {
    t: FacetTable,
    country_ids: HashMap<String, u16>,
    region_ids: HashMap<String, u16>,
    language_ids: HashMap<String, u8>,
    hours_ids: HashMap<String, u32>,
}

impl FacetBuilder {
    /// One record: its row id, country code, region id, category and target bitmasks, its
    /// languages as a comma-separated list, the worker's marks on it and its hours (as
    /// `model::open::hours_key` wrote them).
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        rowid: i64,
        country: String,
        region: Option<String>,
        categories: u32,
        targets: u32,
        languages: &str,
        marks: u8,
        hours: &str,
    ) {
        let Ok(idx) = usize::try_from(rowid) else {
            return;
        };
        let t = &mut self.t;
        let next = self.country_ids.len() as u16;
        let country = *self.country_ids.entry(country.clone()).or_insert_with(|| {
            t.countries.push(country);
            next
        });
        let region = match region {
            Some(g) => {
                let next = self.region_ids.len() as u16;
                *self.region_ids.entry(g.clone()).or_insert_with(|| {
                    t.regions.push(g);
                    next
                })
            }
            None => NONE,
        };
        let mut lang_mask = 0u64;
        for l in languages.split(',').filter(|l| !l.is_empty()) {
            let next = self.language_ids.len();
            let bit = match self.language_ids.get(l) {
                Some(b) => Some(*b),
                None if next < 64 => {
                    self.language_ids.insert(l.to_string(), next as u8);
                    t.languages.push(l.to_string());
                    Some(next as u8)
                }
                None => None,
            };
            if let Some(bit) = bit {
                lang_mask |= 1 << bit;
            }
        }
        let hours = match self.hours_ids.get(hours) {
            Some(h) => *h,
            None => match When::from_key(hours) {
                Some(w) => {
                    let id = t.hours.len() as u32;
                    t.hours.push(w);
                    t.hour_keys.push(hours.to_string());
                    self.hours_ids.insert(hours.to_string(), id);
                    id
                }
                None => NO_HOURS,
            },
        };
        if t.rows.len() <= idx {
            t.rows.resize(idx + 1, Row::default());
        }
        t.rows[idx] = Row {
            live: true,
            country,
            region,
            categories,
            targets,
            languages: lang_mask,
            marks,
            hours,
        };
        t.live += 1;
    }

    pub fn finish(self) -> FacetTable {
        self.t
    }
}

impl FacetTable {
    /// The table as bytes, to keep.
    pub fn to_bytes(&self) -> Vec<u8> {
        let kept = Kept {
            rows: self.rows.clone(),
            countries: self.countries.clone(),
            regions: self.regions.clone(),
            languages: self.languages.clone(),
            hour_keys: self.hour_keys.clone(),
        };
        postcard::to_allocvec(&kept).unwrap_or_default()
    }

    /// A table kept by [`FacetTable::to_bytes`]; none when the bytes do not decode or do not
    /// hold together (a row naming a country, region or hours the table lacks): the table is
    /// then read again from the records.
    pub fn from_bytes(bytes: &[u8]) -> Option<FacetTable> {
        let kept: Kept = postcard::from_bytes(bytes).ok()?;
        let hours: Vec<When> = kept
            .hour_keys
            .iter()
            .map(|k| When::from_key(k))
            .collect::<Option<_>>()?;
        let fits = |i: u16, n: usize| i == NONE || usize::from(i) < n;
        let whole = kept.languages.len() <= 64
            && kept.rows.iter().all(|r| {
                !r.live
                    || (usize::from(r.country) < kept.countries.len()
                        && fits(r.region, kept.regions.len())
                        && (r.hours == NO_HOURS || (r.hours as usize) < hours.len()))
            });
        whole.then(|| FacetTable {
            live: kept.rows.iter().filter(|r| r.live).count(),
            rows: kept.rows,
            countries: kept.countries,
            regions: kept.regions,
            languages: kept.languages,
            hours,
            hour_keys: kept.hour_keys,
        })
    }

    /// The country codes of the records.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The worker's marks on a row.
    pub fn marks(&self, rowid: i64) -> u8 {
        usize::try_from(rowid)
            .ok()
            .and_then(|i| self.rows.get(i))
            .map_or(0, |r| r.marks)
    }

    /// Changes the worker's marks on a row (a note or a favourite written: nothing else of
    /// the row changed, so the table need not be read again).
    pub fn set_marks(&mut self, rowid: i64, marks: u8) {
        if let Some(r) = usize::try_from(rowid)
            .ok()
            .and_then(|i| self.rows.get_mut(i))
        {
            r.marks = marks;
        }
    }

    /// Whether a row's service is open at `at`, in its own time zone.
    pub fn open_state(&self, rowid: i64, at: jiff::Timestamp) -> OpenState {
        usize::try_from(rowid)
            .ok()
            .and_then(|i| self.rows.get(i))
            .and_then(|r| self.hours.get(r.hours as usize))
            .map_or(OpenState::Unknown, |w| w.at(at))
    }

    /// Every live rowid, in listing order.
    pub fn all_rowids(&self) -> Vec<i64> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.live)
            .map(|(i, _)| i as i64)
            .collect()
    }

    fn compile(&self, f: &Filters) -> Compiled {
        let lookup = |names: &[String], dict: &[String]| -> Option<Vec<u16>> {
            (!names.is_empty()).then(|| {
                names
                    .iter()
                    .filter_map(|n| dict.iter().position(|d| d == n).map(|i| i as u16))
                    .collect()
            })
        };
        Compiled {
            countries: lookup(&f.countries, &self.countries),
            regions: lookup(&f.regions, &self.regions),
            categories: Category::mask(&f.categories),
            targets: TargetGroup::mask(&f.targets),
            languages: (!f.languages.is_empty()).then(|| {
                f.languages
                    .iter()
                    .filter_map(|l| self.languages.iter().position(|d| d == l))
                    .fold(0u64, |m, b| m | (1 << b))
            }),
            marks: f.marks,
            open: match f.now {
                Some(now) => self.hours.iter().map(|w| w.at(now).is_open()).collect(),
                None => vec![false; self.hours.len()],
            },
            always: self.hours.iter().map(When::always).collect(),
            open_now: f.open_now && f.now.is_some(),
            always_open: f.always_open,
        }
    }

    /// Filters `matches` (rowids) and counts facets in one pass. Returns the rowids that
    /// pass every filter, in the order given, and the counts.
    pub fn filter_and_count(&self, matches: &[i64], filters: &Filters) -> (Vec<i64>, FacetCounts) {
        let c = self.compile(filters);
        let mut country_n = vec![0usize; self.countries.len()];
        let mut region_n = vec![0usize; self.regions.len()];
        let mut category_n = [0usize; 32];
        let mut target_n = [0usize; 32];
        let mut language_n = [0usize; 64];
        let mut mark_n = [0usize; 8];
        let (mut open_n, mut always_n) = (0usize, 0usize);
        let mut passing = Vec::new();
        for &rowid in matches {
            let Some(row) = usize::try_from(rowid).ok().and_then(|i| self.rows.get(i)) else {
                continue;
            };
            if !row.live {
                continue;
            }
            let fails = c.fails(row);
            let failed = fails.iter().filter(|f| **f).count();
            if failed > 1 {
                continue;
            }
            // A row failing only dimension d still counts for d's values.
            let counts_for = |d: usize| failed == 0 || fails[d];
            if failed == 0 {
                passing.push(rowid);
            }
            if counts_for(0) {
                country_n[row.country as usize] += 1;
            }
            if counts_for(1) && row.region != NONE {
                region_n[row.region as usize] += 1;
            }
            if counts_for(2) {
                add_bits(&mut category_n, row.categories as u64);
            }
            if counts_for(3) {
                add_bits(&mut target_n, row.targets as u64);
            }
            if counts_for(4) {
                add_bits(&mut language_n, row.languages);
            }
            if counts_for(5) {
                add_bits(&mut mark_n, row.marks as u64);
            }
            if counts_for(6) {
                let h = row.hours as usize;
                open_n += usize::from(c.open.get(h).copied().unwrap_or(false));
                always_n += usize::from(c.always.get(h).copied().unwrap_or(false));
            }
        }
        debug_assert_eq!(DIMS, 7);
        let named = |dict: &[String], n: &[usize]| -> Vec<(String, usize)> {
            let mut v: Vec<(String, usize)> = dict
                .iter()
                .zip(n)
                .filter(|(_, n)| **n > 0)
                .map(|(d, n)| (d.clone(), *n))
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        let counts = FacetCounts {
            countries: named(&self.countries, &country_n),
            regions: named(&self.regions, &region_n),
            categories: Category::ALL
                .iter()
                .map(|c| (*c, category_n[*c as usize]))
                .filter(|(_, n)| *n > 0)
                .collect(),
            targets: TargetGroup::ALL
                .iter()
                .map(|t| (*t, target_n[*t as usize]))
                .filter(|(_, n)| *n > 0)
                .collect(),
            languages: named(&self.languages, &language_n[..self.languages.len()]),
            marks: (0..8u8)
                .filter(|b| mark_n[*b as usize] > 0)
                .map(|b| (1u8 << b, mark_n[b as usize]))
                .collect(),
            open_now: open_n,
            always_open: always_n,
        };
        (passing, counts)
    }

    /// How near each rowid is to the office's place (see `near`): 2 in its region, 1 in its
    /// country, 0 elsewhere; always 0 without a place.
    pub fn nearness(
        &self,
        near: Option<&super::near::Near>,
    ) -> impl Fn(i64) -> super::near::Nearness + '_ {
        let country = near.and_then(|n| {
            let at = self.countries.iter().position(|c| c == n.country.code())?;
            Some(at as u16)
        });
        let region = near
            .and_then(|n| n.region.as_ref())
            .and_then(|r| self.regions.iter().position(|g| g == r))
            .map(|at| at as u16);
        move |rowid| {
            let Some(row) = usize::try_from(rowid).ok().and_then(|i| self.rows.get(i)) else {
                return 0;
            };
            match (country, region) {
                (Some(c), _) if row.country != c => 0,
                (Some(_), Some(g)) if row.region == g => 2,
                (Some(_), _) => 1,
                (None, _) => 0,
            }
        }
    }

    /// A test of whether a rowid passes the filters, compiled once (for ranking paths that
    /// see rows one by one: the filters' hours are evaluated once, not per row).
    pub fn passer(&self, filters: &Filters) -> impl Fn(i64) -> bool + '_ {
        let c = self.compile(filters);
        move |rowid| {
            usize::try_from(rowid)
                .ok()
                .and_then(|i| self.rows.get(i))
                .is_some_and(|row| row.live && !c.fails(row).contains(&true))
        }
    }
}

fn add_bits<const N: usize>(counts: &mut [usize; N], mut mask: u64) {
    while mask != 0 {
        let bit = mask.trailing_zeros() as usize;
        if bit < N {
            counts[bit] += 1;
        }
        mask &= mask - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> FacetTable {
        let mut b = FacetBuilder::default();
        b.add(
            1,
            "PL".into(),
            Some("pl-12".into()),
            1,
            2,
            "pl,en",
            0,
            "Europe/Warsaw\t24/7",
        );
        b.add(3, "KZ".into(), None, 4, 0, "kk", 2, "");
        b.finish()
    }

    #[test]
    fn a_kept_table_reads_back_the_same() {
        let t = table();
        let back = FacetTable::from_bytes(&t.to_bytes()).expect("reads back");
        let all = Filters::default();
        assert_eq!(back.len(), 2);
        assert_eq!(
            back.filter_and_count(&[1, 3], &all),
            t.filter_and_count(&[1, 3], &all)
        );
        assert!(back.open_state(1, jiff::Timestamp::UNIX_EPOCH).is_open());
    }

    #[test]
    fn a_kept_table_naming_what_it_lacks_is_refused() {
        let mut t = table();
        t.rows[3].country = 7;
        assert!(FacetTable::from_bytes(&t.to_bytes()).is_none());
        let mut t = table();
        t.rows[1].hours = 5;
        assert!(FacetTable::from_bytes(&t.to_bytes()).is_none());
        assert!(FacetTable::from_bytes(&[0xff, 0xff, 0xff]).is_none());
    }
}
