//! An OpenDocument spreadsheet's first sheet that holds anything, read as its XML streams
//! past. A row or cell repeated N times (`table:number-rows-repeated`,
//! `table:number-columns-repeated`: LibreOffice writes a million empty rows that way) is
//! never built N times: empty repeats only move the position on, and a repeated cell that
//! holds something counts against the same budget as any other ([`Grid`]).

use crate::import::ImportError;
use crate::import::grid::{Format, Grid, MAX_COLUMNS, Table, number_text};
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashSet;
use std::io::{BufReader, Cursor};

/// The most a repeat count is believed: far past any sheet's last row and column.
const MAX_REPEAT: usize = 1 << 21;

/// The row being read: its cells that hold something, with their columns.
#[derive(Default)]
struct Row {
    cells: Vec<(usize, String)>,
    formulas: Vec<usize>,
    repeat: usize,
    col: usize,
}

/// The cell being read.
struct Cell {
    repeat: usize,
    /// Its value from an attribute (a number, a date), which wins over its shown text.
    value: Option<String>,
    formula: bool,
    text: String,
    paragraphs: usize,
}

pub(super) fn read(bytes: &[u8]) -> Result<Table, ImportError> {
    let unreadable = |e: &dyn std::fmt::Display| ImportError::Unreadable(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let content = zip.by_name("content.xml").map_err(|e| unreadable(&e))?;
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    xml.config_mut().expand_empty_elements = true;
    let mut buf = Vec::new();
    // Tables inside a table's cell (depth > 1) are only the cell's text.
    let mut depth = 0usize;
    let mut sheet = String::new();
    let mut grid = Grid::default();
    let mut formulas = HashSet::new();
    let mut next_row = 0usize;
    let mut row: Option<Row> = None;
    let mut cell: Option<Cell> = None;
    let mut in_text = 0usize;
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).map_err(|e| unreadable(&e))?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "table:table" => {
                    depth += 1;
                    if depth == 1 {
                        sheet = attr(&e, "table:name").unwrap_or_default();
                        grid = Grid::default();
                        formulas.clear();
                        next_row = 0;
                    }
                }
                "table:table-row" if depth == 1 => {
                    row = Some(Row {
                        repeat: repeat(&e, "table:number-rows-repeated"),
                        ..Row::default()
                    });
                }
                "table:table-cell" | "table:covered-table-cell" if depth == 1 && row.is_some() => {
                    let value = match attr(&e, "office:value-type").as_deref() {
                        Some("float" | "percentage" | "currency") => attr(&e, "office:value")
                            .and_then(|v| v.trim().parse::<f64>().ok())
                            .map(number_text),
                        Some("date") => attr(&e, "office:date-value"),
                        Some("time") => attr(&e, "office:time-value"),
                        Some("boolean") => attr(&e, "office:boolean-value"),
                        Some("string") => attr(&e, "office:string-value"),
                        _ => None,
                    };
                    cell = Some(Cell {
                        repeat: repeat(&e, "table:number-columns-repeated"),
                        value,
                        formula: attr(&e, "table:formula").is_some(),
                        text: String::new(),
                        paragraphs: 0,
                    });
                }
                "text:p" | "text:h" if cell.is_some() => {
                    if let Some(c) = cell.as_mut() {
                        if c.paragraphs > 0 {
                            c.text.push('\n');
                        }
                        c.paragraphs += 1;
                    }
                    in_text += 1;
                }
                "text:s" if in_text > 0 => {
                    let n = attr(&e, "text:c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    push(&mut cell, &" ".repeat(n.clamp(1, 64)))?;
                }
                "text:tab" if in_text > 0 => push(&mut cell, "\t")?,
                "text:line-break" if in_text > 0 => push(&mut cell, "\n")?,
                _ => {}
            },
            Event::Text(t) if in_text > 0 => push(&mut cell, &t.xml10_content())?,
            Event::CData(t) if in_text > 0 => push(&mut cell, &t.into_inner())?,
            Event::GeneralRef(r) if in_text > 0 => {
                let s = if let Some(s) = quick_xml::escape::resolve_xml_entity(&r) {
                    s.to_string()
                } else if let Ok(Some(c)) = r.resolve_char_ref() {
                    c.to_string()
                } else {
                    String::new()
                };
                push(&mut cell, &s)?;
            }
            Event::End(e) => match e.name().as_ref() {
                "table:table" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        let grid = std::mem::take(&mut grid);
                        let format = Format::Workbook {
                            kind: "ODS".into(),
                            sheet: crate::text::clean::clean(&sheet).into_owned(),
                        };
                        if let Some(table) = grid.table(std::mem::take(&mut formulas), format) {
                            return Ok(table);
                        }
                    }
                }
                "text:p" | "text:h" if in_text > 0 => in_text -= 1,
                "table:table-cell" | "table:covered-table-cell" if depth == 1 => {
                    if let (Some(c), Some(r)) = (cell.take(), row.as_mut()) {
                        end_cell(c, r, next_row + 1)?;
                    }
                }
                "table:table-row" if depth == 1 => {
                    if let Some(r) = row.take() {
                        end_row(r, &mut next_row, &mut grid, &mut formulas)?;
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Err(ImportError::Empty)
}

/// Adds text to the cell being read (a cell's text is bounded by the part's XML budget; its
/// spaces by `text:s`'s cap).
fn push(cell: &mut Option<Cell>, s: &str) -> Result<(), ImportError> {
    if let Some(c) = cell.as_mut() {
        if c.text.len() + s.len() > super::MAX_XML_TEXT_BYTES {
            return Err(ImportError::TextTooLong {
                part: "content.xml".into(),
                max_kb: super::MAX_XML_TEXT_BYTES / 1024,
            });
        }
        c.text.push_str(s);
    }
    Ok(())
}

/// A cell read: placed at the row's column as many times as it repeats, when it holds
/// something; the column moves on either way.
fn end_cell(c: Cell, r: &mut Row, row_number: usize) -> Result<(), ImportError> {
    let text = c.value.unwrap_or(c.text);
    if !text.trim().is_empty() || c.formula {
        for k in 0..c.repeat {
            let col = r.col.saturating_add(k);
            if col >= MAX_COLUMNS {
                if text.trim().is_empty() {
                    break;
                }
                return Err(ImportError::TooManyColumns {
                    row: row_number,
                    column: crate::import::column_letters(col),
                    max: MAX_COLUMNS,
                });
            }
            if !text.trim().is_empty() {
                r.cells.push((col, text.clone()));
            }
            if c.formula {
                r.formulas.push(col);
            }
        }
    }
    r.col = r.col.saturating_add(c.repeat);
    Ok(())
}

/// A row read: put in the grid as many times as it repeats, when it holds something.
fn end_row(
    r: Row,
    next_row: &mut usize,
    grid: &mut Grid,
    formulas: &mut HashSet<(usize, usize)>,
) -> Result<(), ImportError> {
    if r.cells.is_empty() {
        *next_row = next_row.saturating_add(r.repeat);
        return Ok(());
    }
    for _ in 0..r.repeat {
        let at = *next_row;
        for (col, text) in &r.cells {
            grid.put(at, *col, text.clone())?;
        }
        for col in &r.formulas {
            formulas.insert((at + 1, *col));
        }
        *next_row += 1;
    }
    Ok(())
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    a.normalized_value(XmlVersion::Implicit1_0)
        .ok()
        .map(|v| v.into_owned())
}

fn repeat(e: &BytesStart, name: &str) -> usize {
    attr(e, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_REPEAT)
}
