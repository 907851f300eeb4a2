//! Workbooks (XLSX, ODS) read within a budget decided before anything is built: every part
//! of the ZIP is unpacked once, counted and thrown away before a reader sees it (a part that
//! inflates past its budget, or too many strings, refuses the file); then the cells are read
//! one at a time (never as a dense range: a cell at XFD1048576 would ask for 16,384 ×
//! 1,048,576 of them) into the rows that hold something, up to [`MAX_COLUMNS`] columns and
//! [`MAX_CELLS`] cells. The old binary formats (XLS, XLSB) are refused: their reader builds
//! each sheet whole, at a size the file decides.

use super::ImportError;
use super::grid::{Format, Grid, MAX_CELLS, MAX_COLUMNS, Table, number_text};
use std::collections::HashSet;
use std::io::{Cursor, Read};

mod ods;

/// The most bytes one part of a workbook may unpack to (a sheet of a hundred thousand
/// services is about 60 MB).
pub const MAX_PART_BYTES: u64 = 128 * 1024 * 1024;
/// The most bytes all the parts of a workbook may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The most parts (files inside the ZIP) a workbook may have.
pub const MAX_PARTS: usize = 10_000;
/// The longest text in one place of a part's XML (a cell may hold 32,767 characters).
pub const MAX_XML_TEXT_BYTES: usize = 256 * 1024;

/// Reads the first sheet that holds anything.
pub fn read(bytes: Vec<u8>) -> Result<Table, ImportError> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::OldFormat("XLS".into()));
    }
    let parts = scan(&bytes)?;
    if parts.iter().any(|p| p == "content.xml") && !parts.iter().any(|p| p == "xl/workbook.xml") {
        return ods::read(&bytes);
    }
    if parts.iter().any(|p| p == "xl/workbook.bin") {
        return Err(ImportError::OldFormat("XLSB".into()));
    }
    xlsx(bytes)
}

/// Unpacks every part once, within the budgets, and names the parts.
fn scan(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    let unreadable = |e: &dyn std::fmt::Display| ImportError::Unreadable(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    if zip.len() > MAX_PARTS {
        return Err(ImportError::Unpacked {
            part: String::new(),
            max_mb: MAX_UNPACKED_BYTES >> 20,
        });
    }
    let mut names = Vec::with_capacity(zip.len());
    let mut total = 0u64;
    let mut strings = 0usize;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|e| unreadable(&e))?;
        let name = entry.name().map_err(|e| unreadable(&e))?.into_owned();
        let too_big = |name: &str| ImportError::Unpacked {
            part: crate::text::clean::clean(name).into_owned(),
            max_mb: MAX_PART_BYTES >> 20,
        };
        let mut counted = Counted {
            inner: entry.take(MAX_PART_BYTES + 1),
            n: 0,
        };
        if name.ends_with(".xml") || name.ends_with(".rels") {
            strings += xml_budget(&mut counted, &name)?;
        } else {
            std::io::copy(&mut counted, &mut std::io::sink()).map_err(|e| unreadable(&e))?;
        }
        if counted.n > MAX_PART_BYTES {
            return Err(too_big(&name));
        }
        total += counted.n;
        if total > MAX_UNPACKED_BYTES {
            return Err(ImportError::Unpacked {
                part: String::new(),
                max_mb: MAX_UNPACKED_BYTES >> 20,
            });
        }
        if strings > MAX_CELLS {
            return Err(ImportError::TooManyCells { max: MAX_CELLS });
        }
        names.push(name);
    }
    Ok(names)
}

/// Reads a part's XML to its end, a chunk at a time: how many shared strings (`si`
/// elements) it holds; refused if it holds a text or a tag longer than
/// [`MAX_XML_TEXT_BYTES`] (an XML reader would hold it whole). Nothing is parsed or kept.
fn xml_budget(input: &mut impl Read, name: &str) -> Result<usize, ImportError> {
    let mut chunk = vec![0u8; 64 * 1024];
    let mut strings = 0usize;
    // Bytes since the last `<` or `>`, and the start of the tag being read.
    let mut run = 0usize;
    let mut tag: Option<Vec<u8>> = None;
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ImportError::Unreadable(e.to_string())),
        };
        for &b in &chunk[..n] {
            match b {
                b'<' => {
                    run = 0;
                    tag = Some(Vec::with_capacity(8));
                }
                b'>' => run = 0,
                _ => run += 1,
            }
            if run > MAX_XML_TEXT_BYTES {
                return Err(ImportError::TextTooLong {
                    part: crate::text::clean::clean(name).into_owned(),
                    max_kb: MAX_XML_TEXT_BYTES / 1024,
                });
            }
            // A tag's name ends at a space, `/` or `>`: `si` (or `x:si`) is a shared string.
            if let Some(t) = tag.as_mut()
                && b != b'<'
            {
                if b.is_ascii_whitespace() || b == b'/' || b == b'>' || t.len() > 16 {
                    if t.as_slice() == b"si" || t.ends_with(b":si") {
                        strings += 1;
                    }
                    tag = None;
                } else {
                    t.push(b);
                }
            }
        }
    }
    Ok(strings)
}

/// A reader that counts what passes through it.
struct Counted<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let got = self.inner.read(buf)?;
        self.n += got as u64;
        Ok(got)
    }
}

fn xlsx(bytes: Vec<u8>) -> Result<Table, ImportError> {
    use calamine::Reader;
    let unreadable = |e: &dyn std::fmt::Display| ImportError::Unreadable(e.to_string());
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    for sheet in book.sheet_names() {
        let mut grid = Grid::default();
        let mut formulas = HashSet::new();
        let mut cells = book
            .worksheet_cells_reader(&sheet)
            .map_err(|e| unreadable(&e))?;
        // The metadata form never expands a shared formula: its index cannot size anything.
        while let Some(cell) = cells
            .next_cell_with_formula_metadata()
            .map_err(|e| unreadable(&e))?
        {
            let (row, col) = (cell.pos.0 as usize, cell.pos.1 as usize);
            let text = cell_text(&cell.value);
            grid.put(row, col, text)?;
            if cell.formula.is_some() && col < MAX_COLUMNS {
                formulas.insert((row + 1, col));
            }
        }
        drop(cells);
        if let Some(table) = grid.table(
            formulas,
            Format::Workbook {
                kind: "XLSX".into(),
                sheet: crate::text::clean::clean(&sheet).into_owned(),
            },
        ) {
            return Ok(table);
        }
    }
    Err(ImportError::Empty)
}

/// A cell as the worker sees it: whole numbers without `.0` (a phone number typed into a
/// number cell), dates as ISO dates.
fn cell_text(d: &calamine::DataRef) -> String {
    use calamine::DataRef;
    match d {
        DataRef::Empty | DataRef::Error(_) => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(dt) => serial_date(dt.as_f64()),
    }
}

/// A spreadsheet's date (days since 1899-12-30, in the 1900 date system) as an ISO date.
fn serial_date(days: f64) -> String {
    let epoch = jiff::civil::date(1899, 12, 30);
    let whole = days.floor();
    if !(0.0..=2_958_465.0).contains(&whole) {
        return days.to_string();
    }
    match epoch.checked_add(jiff::Span::new().days(whole as i64)) {
        Ok(d) => d.to_string(),
        Err(_) => days.to_string(),
    }
}
