//! A spreadsheet or CSV file read into rows of text: XLSX and ODS (`workbook`),
//! CSV in UTF-8 (with or without a byte-order mark), UTF-16, or the legacy code page an
//! office's spreadsheet program wrote (Windows-1250 in Poland, Windows-1251 in Kazakhstan:
//! guessed by `chardetng`), separated by commas, semicolons or tabs.

use super::ImportError;
use super::grid::{Format, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, Table};
use encoding_rs::Encoding;
use std::collections::HashSet;
use std::path::Path;

/// Reads the file at `path`: only a regular file, at most [`MAX_FILE_BYTES`] of it.
pub fn read_table(
    path: &Path,
    country: Option<&str>,
    encoding: Option<&'static Encoding>,
) -> Result<Table, ImportError> {
    use crate::input::ReadError;
    let bytes = crate::input::read_bytes(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::TooBig { bytes, max } => ImportError::TooLarge {
            megabytes: bytes.div_ceil(1024 * 1024),
            max: max / (1024 * 1024),
        },
        ReadError::NotAFile(_) => ImportError::NotAFile {
            path: path.to_path_buf(),
            folder: path.is_dir(),
        },
        e => ImportError::Io {
            path: path.to_path_buf(),
            detail: (&e.into_io()).into(),
        },
    })?;
    read_bytes(bytes, country, encoding)
}

/// Reads a file's bytes: a workbook if it is one (a ZIP or an OLE file), CSV otherwise.
/// `country` helps guess a legacy encoding; `encoding`, when the worker gave one, is used
/// instead of a guess.
pub fn read_bytes(
    bytes: Vec<u8>,
    country: Option<&str>,
    encoding: Option<&'static Encoding>,
) -> Result<Table, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            megabytes: (bytes.len() as u64).div_ceil(1024 * 1024),
            max: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip || ole {
        super::workbook::read(bytes)
    } else {
        csv_table(&bytes, country, encoding)
    }
}

/// The text of a CSV file and the name of the encoding it was read in: the one given, else
/// its byte-order mark, else UTF-8 when it is valid, else a guess ([`legacy`]).
fn decode(
    bytes: &[u8],
    country: Option<&str>,
    given: Option<&'static Encoding>,
) -> (String, String) {
    if let Some(enc) = given {
        let (text, _, _) = enc.decode(bytes);
        return (text.into_owned(), enc.name().to_string());
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), enc.name().to_string());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), "UTF-8".to_string());
    }
    let enc = legacy(bytes, country);
    let (text, _, _) = enc.decode(bytes);
    (text.into_owned(), enc.name().to_string())
}

/// The legacy code page of a file that is not UTF-8: `chardetng`'s guess for the country,
/// except that the Windows code page an office program writes (Excel in Poland writes
/// Windows-1250) is preferred to its ISO-8859 cousin unless the ISO reading gives more
/// letters: a short file gives the detector too little to tell them apart (`Elbląg` became
/// `Elblšg` as ISO-8859-2).
fn legacy(bytes: &[u8], country: Option<&str>) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let tld = country.map(str::to_ascii_lowercase);
    let guess = detector.guess(
        tld.as_deref().map(str::as_bytes),
        chardetng::Utf8Detection::Deny,
    );
    let windows = match guess.name() {
        "ISO-8859-2" => encoding_rs::WINDOWS_1250,
        "ISO-8859-5" => encoding_rs::WINDOWS_1251,
        "ISO-8859-6" => encoding_rs::WINDOWS_1256,
        "ISO-8859-7" => encoding_rs::WINDOWS_1253,
        "ISO-8859-8" => encoding_rs::WINDOWS_1255,
        "ISO-8859-4" | "ISO-8859-13" => encoding_rs::WINDOWS_1257,
        _ => return guess,
    };
    // Letters each reading makes of the bytes above ASCII.
    let letters = |enc: &'static Encoding| {
        let (text, _, _) = enc.decode(bytes);
        text.chars()
            .filter(|c| !c.is_ascii())
            .map(|c| if c.is_alphabetic() { 1i64 } else { -1 })
            .sum::<i64>()
    };
    if letters(guess) > letters(windows) {
        guess
    } else {
        windows
    }
}

/// Up to three values holding letters beyond ASCII, each once, as read.
fn samples(rows: &[(usize, Vec<String>)], headers: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for cell in headers
        .iter()
        .chain(rows.iter().flat_map(|(_, cells)| cells.iter()))
    {
        let cell = cell.trim();
        if !cell.is_ascii() && !out.iter().any(|s| s == cell) {
            out.push(cell.chars().take(40).collect());
            if out.len() == 3 {
                break;
            }
        }
    }
    out
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

fn csv_table(
    bytes: &[u8],
    country: Option<&str>,
    given: Option<&'static Encoding>,
) -> Result<Table, ImportError> {
    if bytes.contains(&0) && !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF])
    {
        return Err(ImportError::Unreadable(
            "binary data, not text (is this a spreadsheet?)".into(),
        ));
    }
    let (text, encoding) = decode(bytes, country, given);
    let sep = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut cells = 0usize;
    for result in reader.records() {
        let record = result.map_err(|e| ImportError::Csv {
            line: e.position().map(|p| p.line() as usize).unwrap_or(0),
            detail: e.to_string(),
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        // The row up to its last cell that holds something, within the budget.
        let Some(last) = (0..record.len())
            .rev()
            .find(|&i| !record[i].trim().is_empty())
        else {
            continue;
        };
        if last >= MAX_COLUMNS {
            return Err(ImportError::TooManyColumns {
                row: line,
                column: super::column_letters(last),
                max: MAX_COLUMNS,
            });
        }
        cells += last + 1;
        if cells > MAX_CELLS {
            return Err(ImportError::TooManyCells { max: MAX_CELLS });
        }
        rows.push((
            line,
            record.iter().take(last + 1).map(str::to_string).collect(),
        ));
        if rows.len() > MAX_ROWS {
            return Err(ImportError::TooManyRows { max: MAX_ROWS });
        }
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    let (_, headers) = rows.remove(0);
    let samples = samples(&rows, &headers);
    Ok(Table {
        headers,
        rows,
        formulas: HashSet::new(),
        format: Some(Format::Csv {
            encoding,
            separator: sep as char,
            samples,
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
        let t = read_bytes(bytes.into_owned(), Some("PL"), None).unwrap();
        assert_eq!(t.headers, vec!["Nazwa", "Miejscowość"]);
        assert_eq!(
            t.rows,
            vec![(2, vec!["Ośrodek Interwencji".into(), "Łódź".into()])]
        );
        assert_eq!(
            t.format,
            Some(Format::Csv {
                encoding: "windows-1250".into(),
                separator: ';',
                samples: vec![
                    "Miejscowość".into(),
                    "Ośrodek Interwencji".into(),
                    "Łódź".into()
                ],
            })
        );
    }

    #[test]
    fn utf8_bom_and_quoted_commas() {
        let text = "\u{FEFF}name,phone\n\"Centre, Almaty\",+7 727 000 00 00\n";
        let t = read_bytes(text.as_bytes().to_vec(), None, None).unwrap();
        assert_eq!(t.headers, vec!["name", "phone"]);
        assert_eq!(t.rows[0].1[0], "Centre, Almaty");
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert!(matches!(
            read_bytes(b"\n \n".to_vec(), None, None),
            Err(ImportError::Empty)
        ));
        assert!(matches!(
            read_bytes(vec![1, 0, 2, 0, 3], None, None),
            Err(ImportError::Unreadable(_))
        ));
        assert!(matches!(
            read_bytes(b"PK\x03\x04garbage".to_vec(), None, None),
            Err(ImportError::Unreadable(_))
        ));
    }

    #[test]
    fn a_short_polish_file_from_excel_is_read_as_windows_1250_not_iso_8859_2() {
        // Two rows, as Excel writes them in Poland: chardetng alone says ISO-8859-2.
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode("Nazwa;Miasto\nMOPS;Elbląg\n");
        let t = read_bytes(bytes.into_owned(), Some("PL"), None).unwrap();
        assert_eq!(t.rows[0].1[1], "Elbląg");
        // A file that really is ISO-8859-2 stays so: its ą is a symbol in Windows-1250.
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode("Nazwa;Miasto\nMOPS;Elbląg\n");
        let t = read_bytes(bytes.into_owned(), Some("PL"), None).unwrap();
        assert_eq!(t.rows[0].1[1], "Elbląg");
        // The worker's word wins over any guess.
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode("Nazwa\nŁódź\n");
        let t = read_bytes(bytes.into_owned(), None, Some(encoding_rs::ISO_8859_2)).unwrap();
        assert_ne!(t.rows[0].1[0], "Łódź");
    }
}
