//! The worker's own layer: what an office knows that the publisher does not. Notes, flags on
//! fields that are wrong ("this number rings out"), local corrections, favourites and the
//! office's own records.
//!
//! This module holds the layer's values and the rules that read them against a record (is a
//! flag still open, or did the publisher change the field since?). The store keeps them in
//! their own SQLite file (`store::UserLayer`), which no sync, rebuild or recovery of the
//! directory touches; the directory only carries a derived copy (the [`Overlay`]) so that
//! search, filters and counts see the office's records and marks.

mod flag;
pub mod local;
pub mod merge;
mod transfer;

pub use flag::{Flag, FlagField, FlagState, field_values, find_value, value_matches};
pub use transfer::{
    CORRECTIONS_FORMAT, Correction, CorrectionsFile, EXPORT_FORMAT, EXPORT_VERSION, Export,
    FlagEntry, LayerFileError, NoteEntry, read_corrections, read_export, write_corrections,
};

use crate::model::{Record, Source};
use serde::{Deserialize, Serialize};

pub use crate::model::{LOCAL_NAMESPACE, is_local};

/// A note on a record, in the language the worker wrote it in.
/// The longest note kept on a record: a few pages of text. A note is read with its record
/// on every search and show; a note of megabytes would slow every command that follows.
pub const MAX_NOTE_CHARS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    /// The interface language when it was written (the sheet shapes the text by it).
    pub lang: String,
    pub updated_at: jiff::civil::Date,
}

/// Everything of the worker's on one record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mine {
    pub note: Option<Note>,
    pub flags: Vec<Flag>,
    pub favourite: bool,
    /// One of the office's own records.
    pub local: bool,
    /// The publisher removed the record in an update; the worker's copy is shown until they
    /// let it go.
    pub removed: bool,
}

impl Mine {
    pub fn is_empty(&self) -> bool {
        self.note.is_none() && self.flags.is_empty() && !self.favourite && !self.local
    }

    /// The flags on `field` whose value is `value`.
    pub fn flag_on(&self, field: FlagField, value: &str) -> Option<&Flag> {
        self.flags
            .iter()
            .find(|f| f.field == field && f.value == value)
    }

    /// The marks the directory's filters read.
    pub fn marks(&self, r: &Record) -> u8 {
        let mut m = 0;
        if self.favourite {
            m |= marks::FAVOURITE;
        }
        if self.local {
            m |= marks::LOCAL;
        }
        if self
            .flags
            .iter()
            .any(|f| matches!(f.state(r), FlagState::Open))
        {
            m |= marks::FLAGGED;
        }
        if self.note.is_some() {
            m |= marks::NOTED;
        }
        if self.removed {
            m |= marks::REMOVED;
        }
        m
    }

    /// Text of the worker's that search should find the record by: the note and the
    /// corrected values.
    pub fn searchable_text(&self) -> String {
        let mut s = String::new();
        if let Some(n) = &self.note {
            s.push_str(&n.text);
        }
        for f in &self.flags {
            for t in [&f.correct, &f.reason].into_iter().flatten() {
                s.push(' ');
                s.push_str(t);
            }
        }
        s
    }
}

/// Bits of a record's marks, as the directory stores them for filtering.
pub mod marks {
    pub const FAVOURITE: u8 = 1;
    pub const LOCAL: u8 = 2;
    pub const FLAGGED: u8 = 4;
    pub const NOTED: u8 = 8;
    pub const REMOVED: u8 = 16;

    /// Each mark a reader shows beside a result, with its short word's Fluent id, in the
    /// order they are shown.
    pub const WORDS: [(u8, &str); 5] = [
        (REMOVED, "mine-removed-short"),
        (LOCAL, "mine-local-short"),
        (FAVOURITE, "mine-favourite-short"),
        (FLAGGED, "mine-flagged-short"),
        (NOTED, "mine-noted-short"),
    ];
}

/// What the directory carries of the layer, so that search and filters see it: the office's
/// own records, the publisher's records it removed that the worker still has notes on, and
/// per record its marks and searchable text. Derived: rebuilt from the layer at any time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlay {
    /// Records the directory does not have from its publisher, in listing order: the
    /// office's own, then removed ones with the worker's notes.
    pub records: Vec<Record>,
    /// (record id, marks, searchable text) for every record the layer touches.
    pub marks: Vec<(String, u8, String)>,
    /// Identifies this content: the directory re-applies an overlay only when it changed.
    pub hash: String,
}

impl Overlay {
    /// Computes the hash from the content.
    pub fn seal(mut self) -> Overlay {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        for r in &self.records {
            h.update(serde_json::to_string(r).unwrap_or_default().as_bytes());
            h.update([0]);
        }
        for (id, m, text) in &self.marks {
            h.update(id.as_bytes());
            h.update([0, *m]);
            h.update(text.as_bytes());
            h.update([0]);
        }
        self.hash = hex::encode(&h.finalize()[..12]);
        self
    }
}

/// The office named as the source of its own records.
pub fn office_source(office: &str, on: jiff::civil::Date) -> Source {
    Source {
        seed: None,
        quote: None,
        url: None,
        publisher: None,
        published: Some(on.to_string()),
        supports: None,
        office: Some(office.trim().to_string()),
    }
}

/// An id in the office's namespace for a new record named `name`, not among `taken`.
pub fn new_local_id(name: &str, taken: &dyn Fn(&str) -> bool) -> String {
    new_id_in(LOCAL_NAMESPACE, name, taken)
}

/// An id in `namespace` (`local`, or a country's `pl`) for a record named `name`, not among
/// `taken`.
pub fn new_id_in(namespace: &str, name: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let slug = slug(name);
    let base = if slug.is_empty() {
        "record".to_string()
    } else {
        slug
    };
    let mut id = format!("{namespace}/{base}");
    let mut n = 2;
    while taken(&id) {
        id = format!("{namespace}/{base}-{n}");
        n += 1;
    }
    id
}

/// Lower-case ASCII letters, digits and dashes from any name (`Ośrodek «Tęcza»` →
/// `osrodek-tecza`); letters of other scripts are spelled in Latin letters.
pub fn slug(name: &str) -> String {
    let latin = crate::search::translit::cyrillic_to_latin(&crate::search::fold::fold(name));
    let mut out = String::new();
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_ids_are_slugs_in_their_namespace() {
        assert!(is_local("local/tecza"));
        assert!(!is_local("localx/tecza"));
        assert!(!is_local("pl/local"));
        assert_eq!(slug("Ośrodek «Tęcza»"), "osrodek-tecza");
        let taken = |id: &str| id == "local/osrodek-tecza";
        assert_eq!(
            new_local_id("Ośrodek «Tęcza»", &taken),
            "local/osrodek-tecza-2"
        );
        assert!(crate::model::is_valid_id(&new_local_id(
            "Кризисный центр",
            &|_| false
        )));
        assert_eq!(new_local_id("«»", &|_| false), "local/record");
    }
}
