//! `haven feed keygen|build|sign`: the publisher's side.

use super::{FeedAction, out, print_error};
use haven::i18n::{Locale, tr, tr_args};
use haven::sync::feed;
use haven::usecase::StoreError;
use std::process::ExitCode;

pub(super) fn feed_command(action: FeedAction, locale: Locale) -> Result<ExitCode, StoreError> {
    let fail = |e: feed::FeedError| {
        print_error(locale, &e);
        Ok(ExitCode::FAILURE)
    };
    match action {
        FeedAction::Keygen { out: dir } => match feed::keygen(&dir) {
            Ok((public, secret, base64)) => {
                say!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "feed-keys-written",
                        &[
                            ("public", public.display().to_string().into()),
                            ("secret", secret.display().to_string().into()),
                            ("key", base64.into())
                        ]
                    ))
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => fail(e),
        },
        FeedAction::Build {
            from,
            out: dir,
            previous,
            feed_id,
            valid_days,
            publisher,
            source_url,
            country,
            map,
        } => {
            // A folder `haven export hsds` wrote, or an HSDS data package, is HSDS; any other
            // folder is laid out like data/.
            let hsds_dir = from.join("services.json").is_file() || haven::hsds::is_package(&from);
            let sheet = from.is_file() && !haven::import::is_json(&from) && !hsds_dir;
            let records = if from.is_dir() && !hsds_dir {
                match feed::read_records_dir(&from) {
                    Ok(r) => r,
                    Err(e) => return fail(e),
                }
            } else if sheet {
                let given = Sheet {
                    publisher,
                    source_url,
                    country,
                    map,
                };
                match from_sheet(&from, given, locale) {
                    Ok(r) => r,
                    Err(code) => return Ok(code),
                }
            } else {
                match from_file(&from, locale) {
                    Ok(r) => r,
                    Err(code) => return Ok(code),
                }
            };
            let mut shown = super::progress::Progress::new();
            let built = feed::build(
                records,
                &dir,
                previous.as_deref(),
                &feed_id,
                jiff::Span::new().hours(24 * valid_days.clamp(1, 3650)),
                &mut |p| show_build(&mut shown, p, locale),
            );
            shown.finish();
            match built {
                Ok(built) => {
                    say!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "feed-built",
                            &[
                                ("sequence", built.manifest.sequence.into()),
                                ("count", built.manifest.snapshot.records.into()),
                                ("changes", built.delta_changes.unwrap_or(0).into()),
                                ("dir", dir.display().to_string().into())
                            ]
                        ))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => fail(e),
            }
        }
        FeedAction::Corrections {
            files,
            into,
            accept,
        } => super::corrections::review(&files, &into, accept.as_deref(), locale),
        FeedAction::Sign { dir, key } => match feed::sign(&dir, &key) {
            Ok(path) => {
                say!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "feed-signed",
                        &[("path", path.display().to_string().into())]
                    ))
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => fail(e),
        },
    }
}

/// A step of `feed build` on the progress bar (or as a plain line). Its message counts
/// `records` of `of`; the bar stands at `done` of `total` (0: a spinner).
fn show_build(shown: &mut super::progress::Progress, p: feed::BuildProgress, locale: Locale) {
    use feed::BuildProgress as B;
    let (step, key, records, of, done, total) = match p {
        B::Checking { records } => (0, "feed-build-checking", 0, records, 0, 0),
        B::Lines { records } => (1, "feed-build-lines", 0, records, 0, 0),
        B::Indexing { records, total } => {
            (2, "feed-build-indexing", records, total, records, total)
        }
        B::Compacting => (3, "feed-build-packing", 0, 0, 0, 0),
        B::Packing { bytes, total } => (3, "feed-build-packing", 0, 0, bytes, total),
        B::Delta => (4, "feed-build-delta", 0, 0, 0, 0),
    };
    let args = [("records", records.into()), ("total", of.into())];
    shown.at(step, &out(&tr_args(locale, key, &args)), done, total);
}

/// What a publisher says about its spreadsheet.
struct Sheet {
    publisher: Option<String>,
    source_url: Option<String>,
    country: Option<String>,
    map: Vec<String>,
}

/// A publisher's records from its spreadsheet: every row checked as `data/` is, with the
/// publisher's list as each record's source and every name in English. A refused row and
/// nothing is built; a shelter's address and the notes column are left out of the feed.
fn from_sheet(
    path: &std::path::Path,
    given: Sheet,
    locale: Locale,
) -> Result<Vec<haven::model::Record>, ExitCode> {
    use haven::import::{self, ImportError, Options, Publisher};
    let refuse = |msg: String| {
        eprintln!("{}", out(&msg));
        ExitCode::from(super::failure::BAD_INPUT)
    };
    let (Some(name), Some(url)) = (
        given.publisher.filter(|p| !p.trim().is_empty()),
        given
            .source_url
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
    ) else {
        return Err(refuse(tr(locale, "feed-sheet-needs-publisher")));
    };
    let country = match given.country.as_deref() {
        None => None,
        Some(c) => match haven::model::Country::new(c) {
            Some(c) => Some(c),
            None => {
                return Err(refuse(tr_args(
                    locale,
                    "cli-unknown-country",
                    &[("value", c.into())],
                )));
            }
        },
    };
    let mut mapped = Vec::new();
    for m in &given.map {
        match import::parse_map(m) {
            Ok(pair) => mapped.push(pair),
            Err(text) => return Err(refuse(ImportError::BadMap(text).message(locale))),
        }
    }
    let opts = Options {
        country,
        map: mapped,
        office: String::new(),
        today: haven::today(),
        lang: locale.code().to_string(),
        publisher: Some(Publisher { name, url }),
    };
    let mut known = import::Known::default();
    let got = import::prepare(path, &opts, &mut known, &[], &Default::default(), &|_| {
        false
    })
    .map_err(|e| refuse(e.message(locale)))?;
    super::import::print_prepared(&got, locale);
    if got.refused_rows > 0 {
        return Err(refuse(tr_args(
            locale,
            "feed-from-refused",
            &[("count", got.refused_rows.into())],
        )));
    }
    Ok(got.records.into_iter().map(|s| s.record).collect())
}

/// A publisher's records from Open Referral HSDS: one JSON file, the folder `haven export
/// hsds` wrote (organizations.json, then services.json), or a data package of CSV tables,
/// each item checked as `data/` is. One item that cannot be trusted and nothing is built: a
/// feed that left it out would delete the record from every office that has it.
fn from_file(
    path: &std::path::Path,
    locale: Locale,
) -> Result<Vec<haven::model::Record>, ExitCode> {
    use haven::hsds::{self, Target};
    let refuse = |msg: String| {
        eprintln!("{}", out(&msg));
        ExitCode::from(super::failure::BAD_INPUT)
    };
    let package = hsds::is_package(path) && !path.join("services.json").is_file();
    let files: Vec<std::path::PathBuf> = if package {
        Vec::new()
    } else if path.is_dir() {
        ["organizations.json", "services.json"]
            .iter()
            .map(|f| path.join(f))
            .filter(|p| p.is_file())
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    let mut opened = Vec::new();
    for f in &files {
        if !haven::import::is_json(f) {
            return Err(refuse(tr(locale, "feed-from-not-hsds")));
        }
        let file = std::fs::File::open(f).map_err(|e| {
            refuse(
                haven::import::ImportError::Io {
                    path: f.to_path_buf(),
                    detail: e.to_string(),
                }
                .message(locale),
            )
        })?;
        opened.push(file);
    }
    let (target, today, none) = (Target::Publisher, haven::today(), Default::default());
    let got = if package {
        hsds::import_package(path, &target, None, "en", today, &none, &|_| false)
    } else {
        let inputs = opened
            .iter_mut()
            .map(|f| f as &mut dyn std::io::Read)
            .collect();
        hsds::import_all(inputs, &target, None, "en", today, &none, &|_| false)
    }
    .map_err(|e| refuse(e.message(locale)))?;
    for p in got.refused.iter().chain(&got.mended) {
        eprintln!("{}", out(&p.message(locale)));
    }
    if !got.refused.is_empty() {
        return Err(refuse(tr_args(
            locale,
            "feed-from-refused",
            &[("count", got.refused.len().into())],
        )));
    }
    Ok(got.records)
}
