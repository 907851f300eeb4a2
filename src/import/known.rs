//! What the directory already holds, to tell a new record from one it has: the same
//! telephone number, or the same name in the same city. Short codes (`112`, `116 123`) are
//! shared by many services and do not count.

use crate::model::Record;
use crate::search::fold::fold;
use std::collections::HashMap;

/// Why a row looks like a record the directory already has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Same {
    Phone(String),
    NameAndCity,
}

/// The directory's phone numbers and (name, city) pairs, each with the id and name of the
/// record that has it.
#[derive(Debug, Default)]
pub struct Known {
    phones: HashMap<String, (String, String)>,
    places: HashMap<(String, String), (String, String)>,
}

impl Known {
    pub fn new() -> Known {
        Known::default()
    }

    /// Remembers `r` (a record of the directory, or one just imported).
    pub fn add(&mut self, r: &Record) {
        let who = || (r.id.clone(), r.name.original().to_string());
        for p in &r.phones {
            if !p.is_short_code() {
                self.phones.entry(p.number.clone()).or_insert_with(who);
            }
        }
        for (name, city) in pairs(r) {
            self.places.entry((name, city)).or_insert_with(who);
        }
    }

    /// The record `r` seems to repeat: its id and name, and why.
    pub fn find(&self, r: &Record) -> Option<(String, String, Same)> {
        for p in &r.phones {
            if let Some((id, name)) = self.phones.get(&p.number) {
                return Some((id.clone(), name.clone(), Same::Phone(p.display.clone())));
            }
        }
        pairs(r).into_iter().find_map(|k| {
            self.places
                .get(&k)
                .map(|(id, name)| (id.clone(), name.clone(), Same::NameAndCity))
        })
    }
}

/// Every (name, city) a record is known by, folded: each wording of its name with each of
/// its cities (the record's and its locations').
fn pairs(r: &Record) -> Vec<(String, String)> {
    let mut cities: Vec<String> = r
        .city
        .iter()
        .chain(r.locations.iter().filter_map(|l| l.city.as_ref()))
        .flat_map(|t| t.all())
        .map(|c| fold(c.trim()))
        .filter(|c| !c.is_empty())
        .collect();
    cities.sort();
    cities.dedup();
    let mut out = Vec::new();
    for name in r.name.all() {
        let name = fold(name.trim());
        for city in &cities {
            out.push((name.clone(), city.clone()));
        }
    }
    out
}
