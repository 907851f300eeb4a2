//! Directories kept elsewhere, brought into Haven: the spreadsheets offices already keep
//! (CSV, XLSX, ODS). A file is read into rows ([`read_table`]), its columns recognised by
//! their headers in the six languages or named by the worker ([`Field`]), and every row made
//! into one of the office's records and checked as `data/` is ([`stage`]). Nothing is
//! written here: the caller shows the outcome (a preview, a summary) and the store writes
//! the records in one transaction.

mod columns;
mod error;
mod file;
mod grid;
mod known;
mod rows;
mod table;
mod workbook;

pub use crate::parse::guess_lang;
pub use columns::{Field, assign, column_letters, parse_map, recognise};
pub use error::{CellWhy, ImportError, RowProblem, field_name};
pub use file::{FileError, Noted, Prepared, Read, is_json, prepare};
pub use grid::{Format, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, Table};
pub use known::{Known, Same};
pub use rows::MAX_CELL_CHARS;
pub use table::{read_bytes, read_table};
pub use workbook::{MAX_PART_BYTES, MAX_PARTS, MAX_UNPACKED_BYTES, MAX_XML_TEXT_BYTES};

use crate::model::{Country, Record, Text, Validator};
use std::collections::{HashMap, HashSet};

/// What the worker chose for one import.
#[derive(Debug, Clone)]
pub struct Options {
    /// The country of rows that do not name one.
    pub country: Option<Country>,
    /// `--map COLUMN=FIELD`: columns Haven does not recognise by their header.
    pub map: Vec<(String, Field)>,
    /// The office, named as the records' source.
    pub office: String,
    pub today: jiff::civil::Date,
    /// The worker's language: the language of text whose letters do not tell.
    pub lang: String,
    /// A CSV file's character encoding as the worker gave it (`--encoding`): no guess.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// For a publisher's feed rather than the office's own records: the rows become
    /// `cc/…` records citing the publisher's list, and must have every name in English.
    pub publisher: Option<Publisher>,
}

/// A publisher that builds its feed from a spreadsheet: its name and the public page where
/// people can see the list, which every record cites.
#[derive(Debug, Clone)]
pub struct Publisher {
    pub name: String,
    pub url: String,
}

/// A row ready to be written: the record, and the office's note from the row.
#[derive(Debug, Clone)]
pub struct Staged {
    pub row: usize,
    pub record: Record,
    pub note: Option<String>,
}

/// A row that looks like a record the directory has: not added again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub row: usize,
    pub name: String,
    /// The record it seems to repeat, and that record's name.
    pub of: String,
    pub of_name: String,
    pub why: Same,
}

/// What importing a file would do (or did).
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Each column's header and what it becomes (`None`: not imported).
    pub columns: Vec<(String, Option<Field>)>,
    /// How many rows the file has below its header.
    pub rows: usize,
    pub records: Vec<Staged>,
    /// Rows not imported, each problem by row and column.
    pub refused: Vec<RowProblem>,
    /// Values left out of rows that were imported.
    pub dropped: Vec<RowProblem>,
    pub duplicates: Vec<Duplicate>,
}

impl Outcome {
    /// How many rows were refused (a row may have several problems).
    pub fn refused_rows(&self) -> usize {
        self.refused
            .iter()
            .map(|p| p.row)
            .collect::<HashSet<_>>()
            .len()
    }
}

/// Makes the table's rows into the office's records. `known` holds the directory's records
/// (rows repeating one are reported, not staged; staged rows are added to it, so a file that
/// lists a service twice adds it once). `regions` are the directory's; `taken` says whether
/// an id is in use.
pub fn stage(
    table: &Table,
    opts: &Options,
    known: &mut Known,
    regions: &[(String, Text)],
    taken: &dyn Fn(&str) -> bool,
) -> Result<Outcome, ImportError> {
    let fields = assign(&table.headers, &opts.map).map_err(ImportError::NoSuchColumn)?;
    if !fields.contains(&Some(columns::Field::Name)) {
        return Err(ImportError::NoNameColumn(
            table
                .headers
                .iter()
                .filter(|h| !h.trim().is_empty())
                .map(|h| format!("«{}»", h.trim()))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let mut out = Outcome {
        columns: table.headers.iter().cloned().zip(fields.clone()).collect(),
        rows: table.rows.len(),
        ..Outcome::default()
    };
    let cx = rows::Context {
        country: opts.country.clone(),
        fallback_lang: &opts.lang,
        office: &opts.office,
        publisher: opts.publisher.as_ref(),
        today: opts.today,
        regions,
    };
    let kinds = HashMap::new();
    let mut validator = Validator::new(&kinds, &crate::model::seed_text, opts.today, false);
    if opts.publisher.is_none() {
        validator = validator.for_office();
    }
    let mut ids: HashSet<String> = HashSet::new();
    for (row, cells) in &table.rows {
        let formula = |col: usize| table.formulas.contains(&(*row, col));
        let mut new_id = |name: &str, country: &Country| {
            let free = |id: &str| taken(id) || ids.contains(id);
            let id = match &opts.publisher {
                None => crate::layer::new_local_id(name, &free),
                Some(_) => crate::layer::new_id_in(&country.key(), name, &free),
            };
            ids.insert(id.clone());
            id
        };
        let built = match rows::build(
            *row,
            &table.headers,
            &fields,
            cells,
            &formula,
            &cx,
            &mut new_id,
        ) {
            Ok(b) => b,
            Err(problems) => {
                out.refused.extend(problems);
                continue;
            }
        };
        let problems = validator.check(&built.record);
        if !problems.is_empty() {
            out.refused.extend(problems.into_iter().map(|p| RowProblem {
                row: *row,
                column: p.field.clone(),
                why: CellWhy::Record(p),
            }));
            continue;
        }
        if let Some((of, of_name, why)) = known.find(&built.record) {
            ids.remove(&built.record.id);
            out.duplicates.push(Duplicate {
                row: *row,
                name: built.record.name.original().to_string(),
                of,
                of_name,
                why,
            });
            continue;
        }
        known.add(&built.record);
        out.dropped.extend(built.dropped);
        out.records.push(Staged {
            row: *row,
            record: built.record,
            note: built.note,
        });
    }
    Ok(out)
}
