//! `haven import FILE`: an office's spreadsheet made into its own records. The command line
//! prints how the file was read, what each column became, every refused row by row and
//! column, the possible duplicates, and what was added.

use super::{BAD_INPUT, mine::office_name, open, out, read_settings};
use haven::hsds::{self, Target};
use haven::i18n::{Locale, tr, tr_args};
use haven::import::{self, Format, ImportError, Options, Outcome, Same, field_name};
use haven::model::Country;
use haven::store::{Paths, StoreError, moves};
use std::path::Path;
use std::process::ExitCode;

pub(super) fn import(
    paths: &Paths,
    file: &Path,
    country: Option<&str>,
    map: &[String],
    dry_run: bool,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let refuse = |e: ImportError| {
        eprintln!("{}", out(&e.message(locale)));
        Ok(ExitCode::from(BAD_INPUT))
    };
    let country = match country {
        Some(c) => match Country::new(c) {
            Some(c) => Some(c),
            None => {
                eprintln!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "cli-unknown-country",
                        &[("value", c.into())]
                    ))
                );
                return Ok(ExitCode::from(BAD_INPUT));
            }
        },
        // The office's place, when the worker set one.
        None => read_settings(paths, locale)
            .near
            .and_then(|n| haven::search::near::Near::parse(&n).ok())
            .map(|n| n.country),
    };
    let mut mapped = Vec::new();
    for m in map {
        match import::parse_map(m) {
            Ok(pair) => mapped.push(pair),
            Err(text) => return refuse(ImportError::BadMap(text)),
        }
    }
    if looks_like_json(file) {
        return hsds_import(paths, file, country.as_ref(), dry_run, locale);
    }
    let table = match import::read_table(file, country.as_ref().map(|c| c.code())) {
        Ok(t) => t,
        Err(e) => return refuse(e),
    };
    let mut o = open(paths, locale)?;
    let opts = Options {
        country,
        map: mapped,
        office: office_name(paths, locale),
        today: haven::today(),
        lang: locale.code().to_string(),
    };
    let mut known = moves::known_records(&o.dir, &o.layer)?;
    let regions = o.dir.regions()?;
    let taken = moves::id_taken(&o.dir, &o.layer)?;
    let outcome = match import::stage(&table, &opts, &mut known, &regions, &taken) {
        Ok(x) => x,
        Err(e) => return refuse(e),
    };
    print_outcome(&table.format, &outcome, locale);
    let added = if dry_run {
        println!("{}", out(&tr(locale, "import-dry-run")));
        outcome.records.len()
    } else {
        moves::add_imported(
            &mut o.dir,
            &mut o.layer,
            &outcome.records,
            locale.code(),
            opts.today,
        )?
    };
    println!(
        "{}",
        out(&tr_args(
            locale,
            if dry_run {
                "import-summary-dry"
            } else {
                "import-summary"
            },
            &[
                ("added", added.into()),
                ("duplicates", outcome.duplicates.len().into()),
                ("refused", outcome.refused_rows().into()),
                ("rows", outcome.rows.into()),
            ]
        ))
    );
    Ok(if outcome.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(BAD_INPUT)
    })
}

/// How the file was read and what each column became, then every problem, row by row.
fn print_outcome(format: &Option<Format>, o: &Outcome, locale: Locale) {
    match format {
        Some(Format::Csv {
            encoding,
            separator,
        }) => {
            let sep = match separator {
                '\t' => "⇥".to_string(),
                c => c.to_string(),
            };
            println!(
                "{}",
                out(&tr_args(
                    locale,
                    "import-read-csv",
                    &[
                        ("encoding", encoding.as_str().into()),
                        ("separator", sep.into())
                    ]
                ))
            );
        }
        Some(Format::Workbook { kind, sheet }) => println!(
            "{}",
            out(&tr_args(
                locale,
                "import-read-workbook",
                &[
                    ("kind", kind.as_str().into()),
                    ("sheet", sheet.as_str().into())
                ]
            ))
        ),
        None => {}
    }
    for (header, field) in &o.columns {
        let became = match field {
            Some(f) => field_name(locale, *f),
            None => tr(locale, "import-column-unused"),
        };
        println!(
            "  {}",
            out(&tr_args(
                locale,
                "import-column",
                &[("header", header.trim().into()), ("field", became.into())]
            ))
        );
    }
    for p in &o.refused {
        eprintln!("{}", out(&p.message(locale)));
    }
    for p in &o.dropped {
        eprintln!("{}", out(&p.message(locale)));
    }
    for d in &o.duplicates {
        let (id, args) = match &d.why {
            Same::Phone(number) => ("import-duplicate-phone", Some(number.clone())),
            Same::NameAndCity => ("import-duplicate-name", None),
        };
        let mut a = vec![
            ("row", d.row.into()),
            ("name", d.name.as_str().into()),
            ("other", d.of_name.as_str().into()),
            ("id", d.of.as_str().into()),
        ];
        if let Some(n) = args {
            a.push(("number", n.into()));
        }
        println!("{}", out(&tr_args(locale, id, &a)));
    }
}

/// An HSDS file is JSON: an object or a list. Anything else is read as a spreadsheet.
fn looks_like_json(file: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 64];
    let n = std::fs::File::open(file)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('{') || text.starts_with('[')
}

/// `haven import FILE.json`: HSDS services and organizations into the office's records.
fn hsds_import(
    paths: &Paths,
    file: &Path,
    country: Option<&Country>,
    dry_run: bool,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let refuse = |msg: String| {
        eprintln!("{}", out(&msg));
        Ok(ExitCode::from(BAD_INPUT))
    };
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    if size > import::MAX_FILE_BYTES {
        return refuse(
            ImportError::TooLarge {
                megabytes: size.div_ceil(1024 * 1024),
                max: import::MAX_FILE_BYTES / (1024 * 1024),
            }
            .message(locale),
        );
    }
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            return refuse(
                ImportError::Io {
                    path: file.to_path_buf(),
                    detail: e.to_string(),
                }
                .message(locale),
            );
        }
    };
    let mut o = open(paths, locale)?;
    let target = Target::Office {
        office: office_name(paths, locale),
    };
    let taken = moves::id_taken(&o.dir, &o.layer)?;
    let kinds = o.dir.kinds()?;
    let today = haven::today();
    let got = match hsds::import(
        &text,
        &target,
        country,
        locale.code(),
        today,
        &kinds,
        &taken,
    ) {
        Ok(g) => g,
        Err(e) => return refuse(e.message(locale)),
    };
    println!(
        "{}",
        out(&tr_args(
            locale,
            "hsds-read",
            &[("items", (got.records.len() + refused_items(&got)).into())]
        ))
    );
    for p in got.refused.iter().chain(&got.mended) {
        eprintln!("{}", out(&p.message(locale)));
    }
    let refused = refused_items(&got);
    let mut known = moves::known_records(&o.dir, &o.layer)?;
    let mut staged = Vec::new();
    let mut duplicates = 0usize;
    for (i, r) in got.records.into_iter().enumerate() {
        if let Some((id, other, why)) = known.find(&r) {
            duplicates += 1;
            let (msg, number) = match why {
                Same::Phone(n) => ("import-duplicate-phone", Some(n)),
                Same::NameAndCity => ("import-duplicate-name", None),
            };
            let mut a = vec![
                ("row", (i + 1).into()),
                ("name", r.name.original().into()),
                ("other", other.as_str().into()),
                ("id", id.as_str().into()),
            ];
            if let Some(n) = number {
                a.push(("number", n.into()));
            }
            println!("{}", out(&tr_args(locale, msg, &a)));
            continue;
        }
        known.add(&r);
        staged.push(import::Staged {
            row: i + 1,
            record: r,
            note: None,
        });
    }
    let added = if dry_run {
        println!("{}", out(&tr(locale, "import-dry-run")));
        staged.len()
    } else {
        moves::add_imported(&mut o.dir, &mut o.layer, &staged, locale.code(), today)?
    };
    println!(
        "{}",
        out(&tr_args(
            locale,
            if dry_run {
                "hsds-summary-dry"
            } else {
                "hsds-summary"
            },
            &[
                ("added", added.into()),
                ("duplicates", duplicates.into()),
                ("refused", refused.into()),
            ]
        ))
    );
    Ok(if refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(BAD_INPUT)
    })
}

fn refused_items(got: &hsds::Imported) -> usize {
    got.refused
        .iter()
        .map(|p| p.item)
        .collect::<std::collections::HashSet<_>>()
        .len()
}

/// `haven export hsds --out DIR`: the directory, the office's own records with it, as HSDS.
pub(super) fn export_hsds(
    paths: &Paths,
    dir: &Path,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let o = open(paths, locale)?;
    let records = o.dir.all()?;
    let (services, organizations) = hsds::export_directory(&records);
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let count = |v: &serde_json::Value| v["contents"].as_array().map_or(0, Vec::len);
    for (name, page) in [
        ("services.json", &services),
        ("organizations.json", &organizations),
    ] {
        let text =
            serde_json::to_string_pretty(page).map_err(|e| StoreError::Record(e.to_string()))?;
        moves::write_atomic(&dir.join(name), &text)?;
    }
    println!(
        "{}",
        out(&tr_args(
            locale,
            "hsds-exported",
            &[
                ("services", count(&services).into()),
                ("organizations", count(&organizations).into()),
                ("dir", dir.display().to_string().into()),
            ]
        ))
    );
    Ok(ExitCode::SUCCESS)
}
