//! `haven import FILE`: an office's spreadsheet or an Open Referral HSDS file made into its
//! own records; `haven export hsds`: the directory out as HSDS. The command line prints how
//! the file was read, what each column became, every refused row by row and column, the
//! possible duplicates, and what was added.

use super::progress::Progress;
use super::{BAD_INPUT, mine::office_name, open, out, read_settings};
use haven::hsds;
use haven::i18n::{Locale, tr, tr_args};
use haven::import::{self, ImportError, Options, Prepared, field_name};
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
    let refuse = |msg: String| {
        eprintln!("{}", out(&msg));
        Ok(ExitCode::from(BAD_INPUT))
    };
    let country = match country {
        Some(c) => match Country::new(c) {
            Some(c) => Some(c),
            None => {
                return refuse(tr_args(
                    locale,
                    "cli-unknown-country",
                    &[("value", c.into())],
                ));
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
            Err(text) => return refuse(ImportError::BadMap(text).message(locale)),
        }
    }
    // A folder is read when it is an HSDS data package (its tables).
    if file.is_dir() && !haven::hsds::is_package(file) {
        return refuse(haven::hsds::HsdsError::NotHsds.message(locale));
    }
    if !file.is_file() && !file.is_dir() {
        let detail = std::fs::metadata(file)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        return refuse(
            ImportError::Io {
                path: file.to_path_buf(),
                detail,
            }
            .message(locale),
        );
    }
    let mut o = open(paths, locale)?;
    let opts = Options {
        country,
        map: mapped,
        office: office_name(paths, locale),
        today: haven::today(),
        lang: locale.code().to_string(),
        publisher: None,
    };
    let mut known = moves::known_records(&o.dir, &o.layer)?;
    let regions = o.dir.regions()?;
    let kinds = o.dir.kinds()?;
    let taken = moves::id_taken(&o.dir, &o.layer)?;
    let reading = tr_args(
        locale,
        "import-reading-file",
        &[("file", file.display().to_string().into())],
    );
    let prepared = Progress::during(&out(&reading), || {
        import::prepare(file, &opts, &mut known, &regions, &kinds, &taken)
    });
    let prepared = match prepared {
        Ok(p) => p,
        Err(e) => return refuse(e.message(locale)),
    };
    print_prepared(&prepared, locale);
    let added = if dry_run {
        say!("{}", out(&tr(locale, "import-dry-run")));
        prepared.records.len()
    } else {
        let saving = tr_args(
            locale,
            "import-saving",
            &[("records", prepared.records.len().into())],
        );
        Progress::during(&out(&saving), || {
            moves::add_imported(
                &mut o.dir,
                &mut o.layer,
                &prepared.records,
                locale.code(),
                opts.today,
            )
        })?
    };
    say!(
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
                ("duplicates", prepared.duplicates.len().into()),
                ("refused", prepared.refused_rows.into()),
                ("rows", prepared.rows.into()),
            ]
        ))
    );
    Ok(if prepared.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(BAD_INPUT)
    })
}

/// How the file was read and what each column became, then every problem, row by row.
pub(super) fn print_prepared(p: &Prepared, locale: Locale) {
    say!("{}", out(&p.read.message(locale)));
    for (header, field) in &p.columns {
        let became = match field {
            Some(f) => field_name(locale, *f),
            None => tr(locale, "import-column-unused"),
        };
        say!(
            "  {}",
            out(&tr_args(
                locale,
                "import-column",
                &[("header", header.trim().into()), ("field", became.into())]
            ))
        );
    }
    for n in p.refused.iter().chain(&p.dropped) {
        eprintln!("{}", out(&n.message(locale)));
    }
    for d in &p.duplicates {
        say!("{}", out(&d.message(locale)));
    }
}

/// `haven export hsds --out DIR`: the directory, the office's own records with it, as HSDS.
pub(super) fn export_hsds(
    paths: &Paths,
    dir: &Path,
    locale: Locale,
) -> Result<ExitCode, StoreError> {
    let o = open(paths, locale)?;
    let records = o.dir.all()?;
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    // Haven has few organisations: they wait in memory while the services stream to disk.
    let mut orgs = Vec::new();
    let mut written = (0, 0);
    moves::write_atomic_with(&dir.join("services.json"), &mut |w| {
        written = hsds::write_directory(&records, w, &mut orgs)?;
        Ok(())
    })?;
    moves::write_atomic_with(&dir.join("organizations.json"), &mut |w| w.write_all(&orgs))?;
    for (file, bytes) in hsds::write_package(&records) {
        moves::write_atomic_with(&dir.join(file), &mut |w| w.write_all(&bytes))?;
    }
    say!(
        "{}",
        out(&tr_args(
            locale,
            "hsds-exported",
            &[
                ("services", written.0.into()),
                ("organizations", written.1.into()),
                ("dir", dir.display().to_string().into()),
            ]
        ))
    );
    Ok(ExitCode::SUCCESS)
}
