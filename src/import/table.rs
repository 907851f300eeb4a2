//! A spreadsheet or CSV file read into rows of text: XLSX, ODS (and old XLS) with `calamine`,
//! CSV in UTF-8 (with or without a byte-order mark), UTF-16, or the legacy code page an
//! office's spreadsheet program wrote (Windows-1250 in Poland, Windows-1251 in Kazakhstan:
//! guessed by `chardetng`), separated by commas, semicolons or tabs.

use super::ImportError;
use std::collections::HashSet;
use std::io::Cursor;
use std::path::Path;

/// The largest file read: a directory of a hundred thousand services in a spreadsheet is
/// about 20 MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most rows read from one file.
pub const MAX_ROWS: usize = 1_000_000;

/// How the file was read, for the worker to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Csv {
        /// The character encoding's name (`UTF-8`, `windows-1250`).
        encoding: String,
        separator: char,
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

/// Reads the file at `path`.
pub fn read_table(path: &Path, country: Option<&str>) -> Result<Table, ImportError> {
    let io = |e: std::io::Error| ImportError::Io {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            megabytes: size.div_ceil(1024 * 1024),
            max: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_bytes(bytes, country)
}

/// Reads a file's bytes: a workbook if it is one (a ZIP or an OLE file), CSV otherwise.
/// `country` helps guess a legacy encoding.
pub fn read_bytes(bytes: Vec<u8>, country: Option<&str>) -> Result<Table, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            megabytes: (bytes.len() as u64).div_ceil(1024 * 1024),
            max: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip || ole {
        workbook(bytes)
    } else {
        csv_table(&bytes, country)
    }
}

fn workbook(bytes: Vec<u8>) -> Result<Table, ImportError> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let kind = match &book {
        calamine::Sheets::Xlsx(_) => "XLSX",
        calamine::Sheets::Ods(_) => "ODS",
        calamine::Sheets::Xls(_) => "XLS",
        calamine::Sheets::Xlsb(_) => "XLSB",
    }
    .to_string();
    for sheet in book.sheet_names() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| ImportError::Unreadable(e.to_string()))?;
        let Some((top, left)) = range.start() else {
            continue;
        };
        let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let number = top as usize + i + 1;
            let mut cells = vec![String::new(); left as usize];
            cells.extend(row.iter().map(cell_text));
            if cells.iter().any(|c| !c.trim().is_empty()) {
                rows.push((number, cells));
            }
            if rows.len() > MAX_ROWS {
                return Err(ImportError::TooManyRows { max: MAX_ROWS });
            }
        }
        if rows.is_empty() {
            continue;
        }
        // A formula's value is whatever the program last computed, or nothing when the file
        // was written by a program that does not compute: Haven takes values only.
        let mut formulas = HashSet::new();
        if let Ok(f) = book.worksheet_formula(&sheet)
            && let Some((ftop, fleft)) = f.start()
        {
            for (i, row) in f.rows().enumerate() {
                for (j, cell) in row.iter().enumerate() {
                    if !cell.trim().is_empty() {
                        formulas.insert((ftop as usize + i + 1, fleft as usize + j));
                    }
                }
            }
        }
        let (_, headers) = rows.remove(0);
        return Ok(Table {
            headers,
            rows,
            formulas,
            format: Some(Format::Workbook { kind, sheet }),
        });
    }
    Err(ImportError::Empty)
}

/// A cell as the worker sees it: whole numbers without `.0` (a phone number typed into a
/// number cell), dates as ISO dates.
fn cell_text(d: &calamine::Data) -> String {
    use calamine::Data;
    match d {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e16 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => serial_date(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
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

/// The text of a CSV file and the name of the encoding it was read in.
fn decode(bytes: &[u8], country: Option<&str>) -> (String, String) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), enc.name().to_string());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), "UTF-8".to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let tld = country.map(str::to_ascii_lowercase);
    let enc = detector.guess(
        tld.as_deref().map(str::as_bytes),
        chardetng::Utf8Detection::Deny,
    );
    let (text, _, _) = enc.decode(bytes);
    (text.into_owned(), enc.name().to_string())
}

/// The separator of the first line: the most frequent of `,`, `;` and tab outside quotes.
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(s, _)| *s == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(s, n)| (*n, *s == b','))
        .map(|(s, _)| *s)
        .unwrap_or(b',')
}

fn csv_table(bytes: &[u8], country: Option<&str>) -> Result<Table, ImportError> {
    if bytes.contains(&0) && !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF])
    {
        return Err(ImportError::Unreadable(
            "binary data, not text (is this a spreadsheet?)".into(),
        ));
    }
    let (text, encoding) = decode(bytes, country);
    let sep = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for result in reader.records() {
        let record = result.map_err(|e| ImportError::Csv {
            line: e.position().map(|p| p.line() as usize).unwrap_or(0),
            detail: e.to_string(),
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push((line, cells));
        }
        if rows.len() > MAX_ROWS {
            return Err(ImportError::TooManyRows { max: MAX_ROWS });
        }
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    let (_, headers) = rows.remove(0);
    Ok(Table {
        headers,
        rows,
        formulas: HashSet::new(),
        format: Some(Format::Csv {
            encoding,
            separator: sep as char,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1250_with_semicolons() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1250.encode("Nazwa;Miejscowość\nOśrodek Interwencji;Łódź\n");
        let t = read_bytes(bytes.into_owned(), Some("PL")).unwrap();
        assert_eq!(t.headers, vec!["Nazwa", "Miejscowość"]);
        assert_eq!(
            t.rows,
            vec![(2, vec!["Ośrodek Interwencji".into(), "Łódź".into()])]
        );
        assert_eq!(
            t.format,
            Some(Format::Csv {
                encoding: "windows-1250".into(),
                separator: ';'
            })
        );
    }

    #[test]
    fn utf8_bom_and_quoted_commas() {
        let text = "\u{FEFF}name,phone\n\"Centre, Almaty\",+7 727 000 00 00\n";
        let t = read_bytes(text.as_bytes().to_vec(), None).unwrap();
        assert_eq!(t.headers, vec!["name", "phone"]);
        assert_eq!(t.rows[0].1[0], "Centre, Almaty");
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert!(matches!(
            read_bytes(b"\n \n".to_vec(), None),
            Err(ImportError::Empty)
        ));
        assert!(matches!(
            read_bytes(vec![1, 0, 2, 0, 3], None),
            Err(ImportError::Unreadable(_))
        ));
        assert!(matches!(
            read_bytes(b"PK\x03\x04garbage".to_vec(), None),
            Err(ImportError::Unreadable(_))
        ));
    }
}
