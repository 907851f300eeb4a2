//! `haven import FILE`: an office's spreadsheet made into its own records. The command line
//! prints how the file was read, what each column became, every refused row by row and
//! column, the possible duplicates, and what was added.

use super::{BAD_INPUT, mine::office_name, open, out, read_settings};
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
