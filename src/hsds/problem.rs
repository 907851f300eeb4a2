//! What an HSDS import brings and refuses, in words a worker reads: where the records go,
//! each item's problems, and why a whole file could not be read.

use crate::i18n::{Arg, Locale, tr, tr_args};
use crate::model::{Problem, Record};

/// Where the records are going: the office's own layer, or a publisher's directory.
#[derive(Debug, Clone)]
pub enum Target {
    /// `local/…` ids, the office as the source.
    Office { office: String },
    /// `cc/…` ids; each record's source is the service's web page and its organisation.
    Publisher,
}

/// What an import brought, and what it refused.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub records: Vec<Record>,
    /// Items refused whole, each problem with its item and field.
    pub refused: Vec<HsdsProblem>,
    /// Problems in items that still came in (the value was mended or left in the extras).
    pub mended: Vec<HsdsProblem>,
}

/// One problem of one item: which (its position in the file and its name or id), where (the
/// field's path) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct HsdsProblem {
    pub item: usize,
    pub name: String,
    pub field: String,
    pub why: HsdsWhy,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HsdsWhy {
    NoName,
    NoCountry,
    Phone(String),
    /// A number written inside quote marks: taken without them.
    QuotedPhone(String),
    /// A latitude or longitude off the globe: kept in the extras, not used.
    Coordinate(f64),
    Language(String),
    Link(String),
    Email(String),
    /// The Haven profile does not fit a record (serde's reason).
    Profile(String),
    /// In a data package, a row's id column names no row of the table it points at.
    Dangling(super::tabular::Dangling),
    Record(Problem),
}

impl HsdsWhy {
    pub(super) fn refuses(&self) -> bool {
        !matches!(
            self,
            HsdsWhy::QuotedPhone(_)
                | HsdsWhy::Coordinate(_)
                | HsdsWhy::Language(_)
                | HsdsWhy::Dangling(_)
        )
    }
}

impl HsdsProblem {
    pub fn message(&self, l: Locale) -> String {
        if let HsdsWhy::Dangling(d) = &self.why {
            return dangling(d, l);
        }
        let v = |id: &str, value: &str| tr_args(l, id, &[("value", Arg::from(value))]);
        let reason = match &self.why {
            HsdsWhy::NoName => tr(l, "hsds-why-no-name"),
            HsdsWhy::NoCountry => tr(l, "hsds-why-no-country"),
            HsdsWhy::Phone(n) => v("hsds-why-phone", n),
            HsdsWhy::QuotedPhone(n) => v("hsds-why-quoted-phone", n),
            HsdsWhy::Coordinate(c) => v("hsds-why-coordinate", &c.to_string()),
            HsdsWhy::Language(c) => v("hsds-why-language", c),
            HsdsWhy::Link(u) => v("hsds-why-link", u),
            HsdsWhy::Email(e) => v("hsds-why-email", e),
            HsdsWhy::Profile(d) => v("hsds-why-profile", d),
            HsdsWhy::Dangling(d) => dangling(d, l),
            HsdsWhy::Record(p) => p.message(l),
        };
        tr_args(
            l,
            "hsds-problem",
            &[
                ("item", (self.item + 1).into()),
                ("name", self.name.as_str().into()),
                ("field", self.field.as_str().into()),
                ("reason", reason.into()),
            ],
        )
    }
}

/// `phones.csv, row 3, contact_id: “…” names no row of contacts.csv; …`
fn dangling(d: &super::tabular::Dangling, l: Locale) -> String {
    let id = match (d.target.is_empty(), d.left_out) {
        (true, true) => "hsds-dangling-any-left-out",
        (true, false) => "hsds-dangling-any",
        (false, true) => "hsds-dangling-left-out",
        (false, false) => "hsds-dangling",
    };
    tr_args(
        l,
        id,
        &[
            ("file", d.file.as_str().into()),
            ("row", d.row.into()),
            ("column", d.column.as_str().into()),
            ("value", d.value.as_str().into()),
            ("target", d.target.as_str().into()),
        ],
    )
}

/// The file as a whole is not HSDS JSON Haven can read: nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HsdsError {
    #[error("line {line}: {detail}")]
    Syntax { line: usize, detail: String },
    #[error("no HSDS service or organization in the file")]
    NotHsds,
    #[error("the file cannot be read: {0}")]
    Io(String),
    /// A table of a data package cannot be read (not CSV, not UTF-8, too large).
    #[error("{file}: {detail}")]
    Table { file: String, detail: String },
    #[error("more than {max_mb} MB of HSDS JSON")]
    TooLarge { max_mb: u64 },
    #[error("the tables hold more than {max} cells")]
    TooManyCells { max: usize },
    /// The package's links would write more rows than this into one item (or all of them).
    #[error("the links make more than {max} rows (one item: {item})")]
    TooManyParts { max: usize, item: bool },
}

impl HsdsError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            HsdsError::Syntax { line, detail } => tr_args(
                l,
                "hsds-syntax",
                &[("line", (*line).into()), ("detail", detail.as_str().into())],
            ),
            HsdsError::NotHsds => tr(l, "hsds-not-hsds"),
            HsdsError::Io(detail) => tr_args(l, "hsds-io", &[("detail", detail.as_str().into())]),
            HsdsError::Table { file, detail } => tr_args(
                l,
                "hsds-table",
                &[
                    ("file", file.as_str().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            HsdsError::TooLarge { max_mb } => {
                tr_args(l, "hsds-too-large", &[("max", (*max_mb).into())])
            }
            HsdsError::TooManyCells { max } => {
                tr_args(l, "hsds-too-many-cells", &[("max", (*max).into())])
            }
            HsdsError::TooManyParts { max, item } => tr_args(
                l,
                if *item {
                    "hsds-item-too-many-parts"
                } else {
                    "hsds-too-many-parts"
                },
                &[("max", (*max).into())],
            ),
        }
    }
}
