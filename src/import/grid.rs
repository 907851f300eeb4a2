//! A file read into rows of text, whatever it was: the [`Table`] the importer stages, and
//! the [`Grid`] its readers fill one cell at a time within the budget below, so that no file
//! decides how much is built.

use super::ImportError;
use std::collections::{BTreeMap, HashSet};

/// The largest file read: a directory of a hundred thousand services in a spreadsheet is
/// about 20 MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most rows read from one file. Each row becomes a record checked against the whole
/// directory and written with the office's layer, and an import must stay within the 512 MB
/// Haven promises: measured with the release build, 10,000 rows import in 260 MB, 20,000
/// rows need 457 MB (more than the budget allows once the allocator's reserve is counted).
/// An office's list is hundreds of rows; a larger one is split into files.
pub const MAX_ROWS: usize = 10_000;

/// How the file was read, for the worker to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Csv {
        /// The character encoding's name (`UTF-8`, `windows-1250`).
        encoding: String,
        separator: char,
        /// A few values with letters beyond ASCII, as decoded: for the worker to see at a
        /// glance whether the encoding was guessed right (`Elbląg`, not `Elblšg`).
        samples: Vec<String>,
    },
    /// A workbook (`XLSX`, `ODS`, `XLS`) and the sheet read from it.
    Workbook { kind: String, sheet: String },
}

/// The file's rows as text: the first row that holds anything is the header.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    /// Each row with its number as the spreadsheet program shows it (1 is the first line).
    pub rows: Vec<(usize, Vec<String>)>,
    /// Cells whose value a formula computes: (row number, column index).
    pub formulas: HashSet<(usize, usize)>,
    pub format: Option<Format>,
}

/// The most columns a row may use (Excel 2003's limit, column IV): a directory needs a few
/// dozen.
pub const MAX_COLUMNS: usize = 256;
/// The most cells read from one file, counting the empty ones between a row's first column
/// and its last that holds something.
pub const MAX_CELLS: usize = 1_000_000;
/// The rows that hold something, as they are read, within the budget.
#[derive(Default)]
pub struct Grid {
    rows: BTreeMap<usize, Vec<String>>,
    cells: usize,
}

impl Grid {
    /// The cell at zero-based `row` and `col`; an empty one only moves on.
    pub fn put(&mut self, row: usize, col: usize, text: String) -> Result<(), ImportError> {
        if text.trim().is_empty() {
            return Ok(());
        }
        if col >= MAX_COLUMNS {
            return Err(ImportError::TooManyColumns {
                row: row + 1,
                column: super::column_letters(col),
                max: MAX_COLUMNS,
            });
        }
        if !self.rows.contains_key(&row) && self.rows.len() >= MAX_ROWS {
            return Err(ImportError::TooManyRows { max: MAX_ROWS });
        }
        let cells = self.rows.entry(row).or_default();
        if cells.len() <= col {
            self.cells += col + 1 - cells.len();
            if self.cells > MAX_CELLS {
                return Err(ImportError::TooManyCells { max: MAX_CELLS });
            }
            cells.resize(col + 1, String::new());
        }
        cells[col] = text;
        Ok(())
    }

    /// The table: the first row is the header. `None` when nothing was read.
    pub fn table(self, formulas: HashSet<(usize, usize)>, format: Format) -> Option<Table> {
        let mut rows = self.rows.into_iter().map(|(r, cells)| (r + 1, cells));
        let (_, headers) = rows.next()?;
        Some(Table {
            headers,
            rows: rows.collect(),
            formulas,
            format: Some(format),
        })
    }
}

/// A number as typed: whole numbers without `.0`.
pub fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}
