//! The layer's files: the whole layer as one export (to move it to another PC or a new
//! install), and the corrections an office sends back to its publisher.
//!
//! Both are read as outside input: a file that is not ours, made by a newer Haven, cut
//! short or holding a record that fails its checks is refused whole, with the reason, and
//! nothing is written.

use super::{Flag, Note};
use crate::i18n::{Arg, Locale, tr_args};
use crate::model::Record;
use serde::{Deserialize, Serialize};

/// The `format` of a layer export.
pub const EXPORT_FORMAT: &str = "haven-local-layer";
/// The newest export version this build reads and the one it writes.
pub const EXPORT_VERSION: u32 = 1;
/// The `format` of a corrections file's first line.
pub const CORRECTIONS_FORMAT: &str = "haven-corrections";
const CORRECTIONS_VERSION: u32 = 1;

/// A note with the record it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteEntry {
    pub id: String,
    #[serde(flatten)]
    pub note: Note,
}

/// A flag with the record it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagEntry {
    pub id: String,
    #[serde(flatten)]
    pub flag: Flag,
}

/// The whole layer, as `haven local export` writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub exported_at: jiff::Timestamp,
    #[serde(default)]
    pub notes: Vec<NoteEntry>,
    #[serde(default)]
    pub flags: Vec<FlagEntry>,
    #[serde(default)]
    pub favourites: Vec<String>,
    /// The office's own records.
    #[serde(default)]
    pub records: Vec<Record>,
    /// The publisher's records as the worker last saw them, for those the layer touches (so
    /// one the publisher removed can still be shown with its note).
    #[serde(default)]
    pub known: Vec<Record>,
}

/// One line of a corrections file. The first is the header; the others carry records in
/// the feed's record format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase", deny_unknown_fields)]
pub enum Correction {
    Header {
        format: String,
        version: u32,
        /// The office that sends it (from its settings).
        office: String,
        created_at: jiff::Timestamp,
    },
    /// A flag on a publisher record: the record as the office saw it, and what is wrong.
    Flag {
        id: String,
        #[serde(flatten)]
        flag: Flag,
        record: Box<Record>,
    },
    /// A record the office added itself.
    New { record: Box<Record> },
}

/// A corrections file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionsFile {
    pub office: String,
    pub created_at: jiff::Timestamp,
    pub items: Vec<Correction>,
}

/// Why a layer export or corrections file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayerFileError {
    #[error("this is not a Haven {0} file")]
    NotOurs(&'static str),
    #[error("made by a newer Haven (version {0}); update Haven to read it")]
    Newer(u32),
    #[error("line {line}: {detail}")]
    Syntax { line: usize, detail: String },
    #[error("the file ends in the middle: it was cut short")]
    Truncated,
    #[error("{0}")]
    Invalid(String),
    #[error("{megabytes} MB: far bigger than any Haven file")]
    TooBig { megabytes: u64 },
}

impl LayerFileError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            LayerFileError::NotOurs(what) => {
                tr_args(l, "layer-file-not-ours", &[("what", (*what).into())])
            }
            LayerFileError::Newer(v) => tr_args(
                l,
                "layer-file-newer",
                &[("version", Arg::from(*v as usize))],
            ),
            LayerFileError::Syntax { line, detail } => tr_args(
                l,
                "layer-file-syntax",
                &[
                    ("line", Arg::from(*line)),
                    ("detail", detail.as_str().into()),
                ],
            ),
            LayerFileError::Truncated => crate::i18n::tr(l, "layer-file-truncated"),
            LayerFileError::TooBig { megabytes } => tr_args(
                l,
                "layer-file-too-big",
                &[("megabytes", Arg::from(*megabytes as usize))],
            ),
            LayerFileError::Invalid(detail) => tr_args(
                l,
                "layer-file-invalid",
                &[("detail", detail.as_str().into())],
            ),
        }
    }
}

/// Reads a layer export.
pub fn read_export(text: &str) -> Result<Export, LayerFileError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            LayerFileError::Truncated
        } else {
            LayerFileError::Syntax {
                line: e.line(),
                detail: e.to_string(),
            }
        }
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
        return Err(LayerFileError::NotOurs("layer"));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > EXPORT_VERSION as u64 {
        return Err(LayerFileError::Newer(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let export: Export = serde_json::from_value(value).map_err(|e| LayerFileError::Syntax {
        line: 1,
        detail: e.to_string(),
    })?;
    // A note of megabytes would slow every command once imported: refused as the form does.
    if let Some(n) = export
        .notes
        .iter()
        .map(|n| n.note.text.chars().count())
        .find(|&n| n > super::MAX_NOTE_CHARS)
    {
        return Err(LayerFileError::Invalid(format!(
            "a note of {n} characters; a note holds at most {}",
            super::MAX_NOTE_CHARS
        )));
    }
    Ok(export)
}

impl Export {
    pub fn new() -> Export {
        Export {
            format: EXPORT_FORMAT.to_string(),
            version: EXPORT_VERSION,
            exported_at: jiff::Timestamp::now(),
            notes: Vec::new(),
            flags: Vec::new(),
            favourites: Vec::new(),
            records: Vec::new(),
            known: Vec::new(),
        }
    }
}

impl Default for Export {
    fn default() -> Self {
        Export::new()
    }
}

impl Correction {
    pub fn header(office: &str) -> Correction {
        Correction::Header {
            format: CORRECTIONS_FORMAT.to_string(),
            version: CORRECTIONS_VERSION,
            office: office.to_string(),
            created_at: jiff::Timestamp::now(),
        }
    }
}

/// Writes corrections as JSON lines, the header first.
pub fn write_corrections(items: &[Correction]) -> Result<String, LayerFileError> {
    let mut out = String::new();
    for c in items {
        let line = serde_json::to_string(c).map_err(|e| LayerFileError::Invalid(e.to_string()))?;
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// Reads a corrections file.
pub fn read_corrections(text: &str) -> Result<CorrectionsFile, LayerFileError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let parse = |n: usize, l: &str| -> Result<Correction, LayerFileError> {
        serde_json::from_str(l).map_err(|e| {
            if e.is_eof() {
                LayerFileError::Truncated
            } else {
                LayerFileError::Syntax {
                    line: n + 1,
                    detail: e.to_string(),
                }
            }
        })
    };
    let Some((n, first)) = lines.next() else {
        return Err(LayerFileError::NotOurs("corrections"));
    };
    // The header is read loosely first, so a newer file says so rather than failing on a
    // field this build does not know.
    let head: serde_json::Value =
        serde_json::from_str(first).map_err(|_| LayerFileError::NotOurs("corrections"))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(CORRECTIONS_FORMAT) {
        return Err(LayerFileError::NotOurs("corrections"));
    }
    let version = head.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > CORRECTIONS_VERSION as u64 {
        return Err(LayerFileError::Newer(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let Correction::Header {
        office, created_at, ..
    } = parse(n, first)?
    else {
        return Err(LayerFileError::NotOurs("corrections"));
    };
    let mut items = Vec::new();
    for (n, l) in lines {
        match parse(n, l)? {
            Correction::Header { .. } => {
                return Err(LayerFileError::Syntax {
                    line: n + 1,
                    detail: "a second header".into(),
                });
            }
            c => items.push(c),
        }
    }
    if !text.ends_with('\n') {
        return Err(LayerFileError::Truncated);
    }
    Ok(CorrectionsFile {
        office,
        created_at,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_from_elsewhere_are_refused_with_their_reason() {
        assert_eq!(read_export("{}"), Err(LayerFileError::NotOurs("layer")));
        assert_eq!(
            read_export(
                r#"{"format":"haven-local-layer","version":9,"exported_at":"2026-01-01T00:00:00Z"}"#
            ),
            Err(LayerFileError::Newer(9))
        );
        assert_eq!(
            read_export(r#"{"format":"haven-local-layer","version":1,"#),
            Err(LayerFileError::Truncated)
        );
        let ok = serde_json::to_string(&Export::new()).unwrap();
        assert!(read_export(&ok).is_ok());
        let file = write_corrections(&[Correction::header("Office")]).unwrap();
        assert_eq!(read_corrections(&file).unwrap().office, "Office");
        assert_eq!(
            read_corrections(file.trim_end()),
            Err(LayerFileError::Truncated)
        );
        assert_eq!(
            read_corrections("hello\n"),
            Err(LayerFileError::NotOurs("corrections"))
        );
    }
}
