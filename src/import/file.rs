//! One file brought in, whatever it is: an HSDS JSON file (an object or a list) or a
//! spreadsheet (anything else). The command line and the window both call [`prepare`], show
//! the [`Prepared`] outcome, and write its records the same way.

use super::{
    Duplicate, Field, Format, ImportError, Known, Options, RowProblem, Same, Staged, read_table,
    stage,
};
use crate::hsds::{self, HsdsError, HsdsProblem, Target};
use crate::i18n::{Arg, Locale, tr_args};
use crate::model::{Kind, Text};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// How the file was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    Sheet(Option<Format>),
    /// Open Referral HSDS, JSON or a data package of tables, with how many items it held.
    Hsds {
        items: usize,
        package: bool,
    },
}

impl Read {
    pub fn message(&self, l: Locale) -> String {
        match self {
            Read::Sheet(Some(Format::Csv {
                encoding,
                separator,
                samples,
            })) => {
                let sep = match separator {
                    '\t' => "⇥".to_string(),
                    c => c.to_string(),
                };
                let mut said = tr_args(
                    l,
                    "import-read-csv",
                    &[
                        ("encoding", encoding.as_str().into()),
                        ("separator", sep.into()),
                    ],
                );
                if !samples.is_empty() {
                    said.push(' ');
                    said.push_str(&tr_args(
                        l,
                        "import-read-samples",
                        &[("samples", samples.join(" · ").into())],
                    ));
                }
                said
            }
            Read::Sheet(Some(Format::Workbook { kind, sheet })) => tr_args(
                l,
                "import-read-workbook",
                &[
                    ("kind", kind.as_str().into()),
                    ("sheet", sheet.as_str().into()),
                ],
            ),
            Read::Sheet(None) => String::new(),
            Read::Hsds { items, package } => tr_args(
                l,
                if *package {
                    "hsds-read-package"
                } else {
                    "hsds-read"
                },
                &[("items", (*items).into())],
            ),
        }
    }
}

/// A problem of a row of a spreadsheet or of an item of an HSDS file.
#[derive(Debug, Clone, PartialEq)]
pub enum Noted {
    Row(RowProblem),
    Item(HsdsProblem),
}

impl Noted {
    pub fn message(&self, l: Locale) -> String {
        match self {
            Noted::Row(p) => p.message(l),
            Noted::Item(p) => p.message(l),
        }
    }
}

impl Duplicate {
    /// `Row 6: “Niebieska Linia” has the phone number … of “…” (pl/niebieska-linia) …`
    pub fn message(&self, l: Locale) -> String {
        let (id, number) = match &self.why {
            Same::Phone(n) => ("import-duplicate-phone", Some(n.clone())),
            Same::NameAndCity => ("import-duplicate-name", None),
        };
        let mut args: Vec<(&str, Arg)> = vec![
            ("row", self.row.into()),
            ("name", self.name.as_str().into()),
            ("other", self.of_name.as_str().into()),
            ("id", self.of.as_str().into()),
        ];
        if let Some(n) = number {
            args.push(("number", n.into()));
        }
        tr_args(l, id, &args)
    }
}

/// A file read and checked, nothing written yet.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub read: Read,
    /// A spreadsheet's columns and what each became (none for HSDS).
    pub columns: Vec<(String, Option<Field>)>,
    /// Rows (or items) in the file.
    pub rows: usize,
    pub records: Vec<Staged>,
    pub refused: Vec<Noted>,
    /// How many rows (or items) were refused.
    pub refused_rows: usize,
    /// Values left out, or mended, in rows that came in.
    pub dropped: Vec<Noted>,
    pub duplicates: Vec<Duplicate>,
}

/// The file could not be read at all: nothing comes in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    Sheet(ImportError),
    Hsds(HsdsError),
}

impl FileError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            FileError::Sheet(e) => e.message(l),
            FileError::Hsds(e) => e.message(l),
        }
    }
}

/// Whether the file is JSON (an object or a list), which Haven reads as HSDS.
pub fn is_json(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = [0u8; 64];
    // Only a regular file is opened: opening a FIFO would wait for a writer for ever.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('{') || text.starts_with('[')
}

/// Reads and checks the file at `path` for the office's layer: a spreadsheet row by row, an
/// HSDS file item by item. `known` holds the directory's records, for duplicates; `kinds`
/// its ids and kinds, for links; `taken` says whether an id is in use.
pub fn prepare(
    path: &Path,
    opts: &Options,
    known: &mut Known,
    regions: &[(String, Text)],
    kinds: &HashMap<String, Kind>,
    taken: &dyn Fn(&str) -> bool,
) -> Result<Prepared, FileError> {
    // Only a regular file, or a folder that is an HSDS data package, is read: a pipe or a
    // device is never opened (a FIFO would wait for a writer for ever).
    let meta = std::fs::metadata(path).map_err(|e| {
        FileError::Sheet(ImportError::Io {
            path: path.to_path_buf(),
            detail: (&e).into(),
        })
    })?;
    let package = hsds::is_package(path);
    if !meta.is_file() && !package {
        return Err(FileError::Sheet(ImportError::NotAFile {
            path: path.to_path_buf(),
            folder: meta.is_dir(),
        }));
    }
    if !package && !is_json(path) {
        let table = read_table(path, opts.country.as_ref().map(|c| c.code()), opts.encoding)
            .map_err(FileError::Sheet)?;
        let o = stage(&table, opts, known, regions, taken).map_err(FileError::Sheet)?;
        return Ok(Prepared {
            read: Read::Sheet(table.format.clone()),
            columns: o.columns.clone(),
            rows: o.rows,
            refused_rows: o.refused_rows(),
            records: o.records,
            refused: o.refused.into_iter().map(Noted::Row).collect(),
            dropped: o.dropped.into_iter().map(Noted::Row).collect(),
            duplicates: o.duplicates,
        });
    }
    let target = Target::Office {
        office: opts.office.clone(),
    };
    let (country, lang) = (opts.country.as_ref(), opts.lang.as_str());
    let got = if package {
        hsds::import_package(path, &target, country, lang, opts.today, kinds, taken)
    } else {
        let mut input = std::fs::File::open(path).map_err(|e| {
            FileError::Sheet(ImportError::Io {
                path: path.to_path_buf(),
                detail: (&e).into(),
            })
        })?;
        hsds::import(&mut input, &target, country, lang, opts.today, kinds, taken)
    }
    .map_err(FileError::Hsds)?;
    let refused_rows = got
        .refused
        .iter()
        .map(|p| p.item)
        .collect::<HashSet<_>>()
        .len();
    let mut out = Prepared {
        read: Read::Hsds {
            items: got.records.len() + refused_rows,
            package,
        },
        columns: Vec::new(),
        rows: got.records.len() + refused_rows,
        records: Vec::new(),
        refused: got.refused.into_iter().map(Noted::Item).collect(),
        refused_rows,
        dropped: got.mended.into_iter().map(Noted::Item).collect(),
        duplicates: Vec::new(),
    };
    for (i, record) in got.records.into_iter().enumerate() {
        if let Some((of, of_name, why)) = known.find(&record) {
            out.duplicates.push(Duplicate {
                row: i + 1,
                name: record.name.original().to_string(),
                of,
                of_name,
                why,
            });
            continue;
        }
        known.add(&record);
        out.records.push(Staged {
            row: i + 1,
            record,
            note: None,
        });
    }
    Ok(out)
}
