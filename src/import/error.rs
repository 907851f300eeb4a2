//! What can be wrong with a file brought in, as typed values the worker reads in their
//! language: the whole file ([`ImportError`]: nothing is imported) or one row of it
//! ([`RowProblem`]: that row is refused, or imported without the value).

use super::Field;
use crate::i18n::{Arg, Locale, tr, tr_args};
use std::path::PathBuf;

/// The file as a whole cannot be imported; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {detail}")]
    Io {
        path: PathBuf,
        detail: crate::input::Why,
    },
    #[error("the file is {megabytes} MB; at most {max} MB is read")]
    TooLarge { megabytes: u64, max: u64 },
    #[error("not a spreadsheet or CSV file Haven can read: {0}")]
    Unreadable(String),
    #[error("line {line} of the CSV file cannot be read: {detail}")]
    Csv { line: usize, detail: String },
    #[error("the file holds no rows")]
    Empty,
    #[error("more than {max} rows")]
    TooManyRows { max: usize },
    #[error("{path}: not a regular file")]
    NotAFile { path: PathBuf, folder: bool },
    #[error("a {0} file: an old binary format Haven does not read")]
    OldFormat(String),
    #[error("the workbook's part {part:?} unpacks to more than {max_mb} MB")]
    Unpacked { part: String, max_mb: u64 },
    #[error("the workbook's part {part:?} holds a text longer than {max_kb} KB")]
    TextTooLong { part: String, max_kb: usize },
    #[error("row {row} has something in column {column}; at most {max} columns are read")]
    TooManyColumns {
        row: usize,
        column: String,
        max: usize,
    },
    #[error("more than {max} cells")]
    TooManyCells { max: usize },
    #[error("no column holds the names; columns: {0}")]
    NoNameColumn(String),
    #[error("--map {0:?} is not COLUMN=FIELD")]
    BadMap(String),
    #[error("the file has no column {0:?}")]
    NoSuchColumn(String),
}

impl ImportError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            ImportError::Io { path, detail } => tr_args(
                l,
                "import-io",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", detail.say(l).into()),
                ],
            ),
            ImportError::TooLarge { megabytes, max } => tr_args(
                l,
                "import-too-large",
                &[("size", (*megabytes).into()), ("max", (*max).into())],
            ),
            ImportError::Unreadable(detail) => tr_args(
                l,
                "import-unreadable",
                &[("detail", detail.as_str().into())],
            ),
            ImportError::Csv { line, detail } => tr_args(
                l,
                "import-csv-line",
                &[("line", (*line).into()), ("detail", detail.as_str().into())],
            ),
            ImportError::Empty => tr(l, "import-empty"),
            ImportError::NotAFile { path, folder } => tr_args(
                l,
                if *folder {
                    "import-folder"
                } else {
                    "import-not-a-file"
                },
                &[("path", path.display().to_string().into())],
            ),
            ImportError::OldFormat(kind) => {
                tr_args(l, "import-old-format", &[("kind", kind.as_str().into())])
            }
            ImportError::Unpacked { part, max_mb } => tr_args(
                l,
                "import-unpacked",
                &[
                    ("part", if part.is_empty() { "none" } else { part }.into()),
                    ("max", (*max_mb).into()),
                ],
            ),
            ImportError::TextTooLong { part, max_kb } => tr_args(
                l,
                "import-text-too-long",
                &[("part", part.as_str().into()), ("max", (*max_kb).into())],
            ),
            ImportError::TooManyColumns { row, column, max } => tr_args(
                l,
                "import-too-many-columns",
                &[
                    ("row", (*row).into()),
                    ("column", column.as_str().into()),
                    ("max", (*max).into()),
                ],
            ),
            ImportError::TooManyCells { max } => {
                tr_args(l, "import-too-many-cells", &[("max", (*max).into())])
            }
            ImportError::TooManyRows { max } => {
                tr_args(l, "import-too-many-rows", &[("max", (*max).into())])
            }
            ImportError::NoNameColumn(columns) => tr_args(
                l,
                "import-no-name-column",
                &[("columns", columns.as_str().into())],
            ),
            ImportError::BadMap(text) => tr_args(
                l,
                "import-bad-map",
                &[
                    ("map", text.as_str().into()),
                    (
                        "fields",
                        Field::ALL
                            .iter()
                            .map(|f| f.key())
                            .collect::<Vec<_>>()
                            .join(", ")
                            .into(),
                    ),
                ],
            ),
            ImportError::NoSuchColumn(c) => {
                tr_args(l, "import-no-column", &[("column", c.as_str().into())])
            }
        }
    }
}

/// One thing wrong in one row: where (the spreadsheet's row number and the column's
/// header), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    /// The column's header as the file writes it (empty for the row as a whole).
    pub column: String,
    pub why: CellWhy,
}

/// Why a cell is refused, or left out of the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellWhy {
    /// The row has no name: it cannot be a record.
    NoName,
    /// Neither a country column nor `--country` says where the service is.
    NoCountry,
    Country(String),
    /// Not a telephone number that can be dialled in the record's country.
    Phone {
        value: String,
        country: String,
    },
    Email(String),
    Link(String),
    /// Longer than any field of a record may be.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A spreadsheet formula: Haven takes values only.
    Formula,
    /// Left out, the row kept: a category, target group or language Haven does not know.
    UnknownTerm {
        value: String,
        field: Field,
    },
    /// Kept, the row kept: a Polish number written with the old trunk `0`, read without it.
    OldTrunk {
        value: String,
        read: String,
    },
    /// Left out, the row kept: opening hours Haven cannot read (the parser's reason).
    Hours {
        value: String,
        detail: String,
    },
    /// The record the row makes fails the directory's checks.
    Record(crate::model::Problem),
    /// Left out of a publisher's feed, the row kept: the office's notes.
    NotPublished,
    /// Left out of a publisher's feed, the row kept: a shelter's address.
    ShelterAddress,
}

impl CellWhy {
    /// The row is still imported without this value.
    pub fn keeps_row(&self) -> bool {
        matches!(
            self,
            CellWhy::UnknownTerm { .. }
                | CellWhy::OldTrunk { .. }
                | CellWhy::Hours { .. }
                | CellWhy::NotPublished
                | CellWhy::ShelterAddress
        )
    }

    pub fn message(&self, l: Locale) -> String {
        let one = |id: &str, v: &str| tr_args(l, id, &[("value", Arg::from(v))]);
        match self {
            CellWhy::NoName => tr(l, "import-why-no-name"),
            CellWhy::NoCountry => tr(l, "import-why-no-country"),
            CellWhy::Country(v) => one("import-why-country", v),
            CellWhy::Phone { value, country } => tr_args(
                l,
                "import-why-phone",
                &[
                    ("value", value.as_str().into()),
                    ("country", country.as_str().into()),
                ],
            ),
            CellWhy::Email(v) => one("import-why-email", v),
            CellWhy::Link(v) => one("import-why-link", v),
            CellWhy::TooLong { chars, max } => tr_args(
                l,
                "import-why-too-long",
                &[("chars", (*chars).into()), ("max", (*max).into())],
            ),
            CellWhy::Formula => tr(l, "import-why-formula"),
            CellWhy::UnknownTerm { value, field } => tr_args(
                l,
                "import-why-unknown-term",
                &[
                    ("value", value.as_str().into()),
                    ("field", field_name(l, *field).into()),
                ],
            ),
            CellWhy::OldTrunk { value, read } => tr_args(
                l,
                "import-why-old-trunk",
                &[
                    ("value", value.as_str().into()),
                    ("read", read.as_str().into()),
                ],
            ),
            CellWhy::Hours { value, detail } => tr_args(
                l,
                "import-why-hours",
                &[
                    ("value", value.as_str().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            CellWhy::Record(p) => p.message(l),
            CellWhy::NotPublished => tr(l, "import-why-not-published"),
            CellWhy::ShelterAddress => tr(l, "import-why-shelter-address"),
        }
    }
}

impl RowProblem {
    /// `Row 7, Telefon: "12" is not a phone number in PL.`
    pub fn message(&self, l: Locale) -> String {
        let reason = self.why.message(l);
        if self.column.is_empty() {
            tr_args(
                l,
                "import-row",
                &[("row", self.row.into()), ("reason", reason.into())],
            )
        } else {
            tr_args(
                l,
                "import-row-column",
                &[
                    ("row", self.row.into()),
                    ("column", self.column.as_str().into()),
                    ("reason", reason.into()),
                ],
            )
        }
    }
}

/// A field's name in the worker's language.
pub fn field_name(l: Locale, f: Field) -> String {
    tr(l, &format!("import-field-{}", f.key()))
}
