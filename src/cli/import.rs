//! `haven import FILE`: an office's spreadsheet or an Open Referral HSDS file made into its
//! own records; `haven export hsds`: the directory out as HSDS. The command line prints how
//! the file was read, what each column became, every refused row by row and column, the
//! possible duplicates, and what was added.

use super::args::ImportArgs;
use super::failure::{Failure, refuse};
use super::progress::Progress;
use super::{Ctx, out};
use haven::i18n::{Locale, tr, tr_args};
use haven::import::{self, FileError, ImportError, Options, Prepared, field_name};
use haven::model::Country;
use haven::usecase::ImportFailed;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// An import, checked: the file a regular file or an HSDS folder, the country known, the
/// column mappings read.
pub(super) struct ImportRequest {
    file: PathBuf,
    opts: Options,
    dry_run: bool,
}

impl ImportRequest {
    pub fn from_args(ctx: &Ctx, a: ImportArgs) -> Result<ImportRequest, Failure> {
        let country = match a.country.as_deref() {
            Some(c) => match Country::new(c) {
                Some(c) => Some(c),
                None => return refuse("cli-unknown-country", "value", c.to_string()),
            },
            // The office's place, when the worker set one.
            None => ctx.settings().office_country(),
        };
        let mut map = Vec::new();
        for m in &a.map {
            match import::parse_map(m) {
                Ok(pair) => map.push(pair),
                Err(text) => return Err(file_failure(FileError::Sheet(ImportError::BadMap(text)))),
            }
        }
        let file = a.file;
        let encoding = match a.encoding.as_deref() {
            None => None,
            Some(label) => match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
                Some(e) => Some(e),
                None => return refuse("cli-unknown-encoding", "value", label.to_string()),
            },
        };
        let opts = Options {
            encoding,
            country,
            map,
            office: ctx.office_name(),
            today: haven::today(),
            lang: ctx.locale.code().to_string(),
            publisher: None,
        };
        Ok(ImportRequest {
            file,
            opts,
            dry_run: a.dry_run,
        })
    }
}

/// The file cannot be read as asked: the worker's to fix (exit 2).
fn file_failure(e: FileError) -> Failure {
    Failure::Import(ImportFailed::File(e))
}

pub(super) fn import(ctx: &Ctx, r: ImportRequest) -> Result<ExitCode, Failure> {
    let mut haven = ctx.open()?;
    let plan = haven.import_plan()?;
    let reading = ctx.tr_args(
        "import-reading-file",
        &[("file", r.file.display().to_string().into())],
    );
    let prepared = Progress::during(&reading, || plan.read(&r.file, &r.opts));
    let prepared = prepared.map_err(file_failure)?;
    print_prepared(&prepared, ctx.locale);
    let added = if r.dry_run {
        say!("{}", ctx.tr("import-dry-run"));
        prepared.records.len()
    } else {
        let saving = ctx.tr_args(
            "import-saving",
            &[("records", prepared.records.len().into())],
        );
        let lang = ctx.locale.code();
        Progress::during(&saving, || {
            haven.commit_import(&prepared, lang, r.opts.today)
        })?
    };
    say!(
        "{}",
        ctx.tr_args(
            if r.dry_run {
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
        )
    );
    if prepared.refused.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure::Told)
    }
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
pub(super) fn export_hsds(ctx: &Ctx, dir: &Path) -> Result<ExitCode, Failure> {
    let (services, organizations) = ctx.open()?.export_hsds(dir)?;
    say!(
        "{}",
        ctx.tr_args(
            "hsds-exported",
            &[
                ("services", services.into()),
                ("organizations", organizations.into()),
                ("dir", dir.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}
