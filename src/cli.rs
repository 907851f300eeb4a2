//! The command line: `haven search|show|list|db …`. Run bare, `haven` opens the window.

#[macro_use]
mod output;

mod args;
mod corrections;
mod feed;
mod generate;
mod import;
mod mine;
mod print;
mod progress;

pub use args::{Cli, Command, CorrectionsAction, DbAction, ExportFormat, FeedAction, LocalAction};

use haven::i18n::{self, Locale, tr, tr_args};
use haven::model::{Category, Country, TargetGroup};
use haven::search::{self, Filters, Query};
use haven::store::{Directory, Opened, Paths, StoreError};
use haven::{present, today};
use print::{json_summary, print_record, print_results, redact_confidential};
use std::process::ExitCode;

/// Exit code for input the user can correct (unknown id, bad filter).
const BAD_INPUT: u8 = 2;

pub fn locale_for(lang: Option<&str>) -> Result<Locale, String> {
    match lang {
        None => Ok(i18n::system_locale()),
        Some(l) => Locale::from_code(l).ok_or_else(|| l.to_string()),
    }
}

/// Runs a subcommand; the caller handles the bare `haven` (the window).
pub fn run(cli: Cli, command: Command) -> ExitCode {
    let locale = match locale_for(cli.lang.as_deref()) {
        Ok(l) => l,
        Err(bad) => {
            let l = i18n::system_locale();
            eprintln!(
                "{}",
                out(&tr_args(
                    l,
                    "cli-unknown-lang",
                    &[
                        ("value", bad.into()),
                        ("choices", "en, pl, ru, kk, vi, fa".into())
                    ]
                ))
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    output::set_locale(locale);
    match execute(&cli, command, locale) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", out(&e.message(locale)));
            ExitCode::FAILURE
        }
    }
}

/// `haven --version`: the program's version, then its directory's origin and size and where
/// it is kept, without setting anything up.
pub fn version(cli: &Cli) -> ExitCode {
    let locale = locale_for(cli.lang.as_deref()).unwrap_or_else(|_| i18n::system_locale());
    say!("haven {}", env!("CARGO_PKG_VERSION"));
    let paths = match Paths::resolve(cli.data_dir.clone()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", out(&e.message(locale)));
            return ExitCode::FAILURE;
        }
    };
    let db = paths.directory_db();
    if db.exists() {
        match Directory::open(&db, false).and_then(|(d, _)| Ok((d.origin()?, d.count()?))) {
            Ok((origin, count)) => {
                let origin = match origin {
                    haven::store::Origin::Bundled { hash } => {
                        tr_args(locale, "about-origin-bundled", &[("version", hash.into())])
                    }
                    haven::store::Origin::Feed { feed_id, sequence } => tr_args(
                        locale,
                        "about-origin-feed",
                        &[("feed", feed_id.into()), ("sequence", sequence.into())],
                    ),
                };
                let total = tr_args(locale, "about-total", &[("count", count.into())]);
                say!("{}", out(&format!("{origin}: {total}")));
            }
            Err(e) => eprintln!("{}", out(&e.message(locale))),
        }
    } else {
        say!("{}", out(&tr(locale, "cli-version-not-set-up")));
    }
    let kept = if paths.portable {
        "about-portable"
    } else {
        "about-kept-in"
    };
    let dir = paths.data_dir.display().to_string();
    say!("{}", out(&tr_args(locale, kept, &[("dir", dir.into())])));
    ExitCode::SUCCESS
}

/// A failure, translated, on standard error.
fn print_error(locale: Locale, e: &dyn std::fmt::Display) {
    eprintln!(
        "{}",
        out(&tr_args(
            locale,
            "cli-error",
            &[("detail", e.to_string().into())]
        ))
    );
}

/// Text for a terminal: without the bidi isolates Fluent adds around arguments.
fn out(s: &str) -> String {
    i18n::strip_isolates(s)
}

/// The settings, telling the worker on standard error what was wrong with the file (the file
/// itself is left as it is: the command line never writes settings).
fn read_settings(paths: &Paths, locale: Locale) -> haven::settings::Settings {
    use haven::settings::Settings;
    let (settings, problem) = Settings::load(&paths.settings_file());
    if let Some(p) = problem {
        eprintln!("{}", out(&Settings::problem_message(&p, None, locale)));
    }
    settings
}

/// The directory and the worker's layer, telling the worker what opening them did.
fn open(paths: &Paths, locale: Locale) -> Result<Opened, StoreError> {
    let check = haven::store::check_inline(&paths.directory_db());
    let opened = haven::store::open_with_layer(paths, check)?;
    for e in &opened.events {
        eprintln!("{}", out(&e.message(locale)));
    }
    for e in &opened.layer_events {
        eprintln!("{}", out(&e.message(locale)));
    }
    Ok(opened)
}

fn execute(cli: &Cli, command: Command, locale: Locale) -> Result<ExitCode, StoreError> {
    if let Command::Generate { what } = command {
        return Ok(generate::generate(what));
    }
    let paths = Paths::resolve(cli.data_dir.clone())?;
    match command {
        Command::Generate { .. } => Ok(ExitCode::SUCCESS),
        Command::Search {
            query,
            country,
            region,
            category,
            target,
            language,
            favourites,
            local,
            flagged,
            open_now,
            always_open,
            at,
            near,
            limit,
            json,
        } => {
            let Some(now) = instant(at.as_deref(), locale) else {
                return Ok(ExitCode::from(BAD_INPUT));
            };
            let near = near.or_else(|| read_settings(&paths, locale).near);
            let filters = match parse_filters(country, region, category, target, language, locale) {
                Ok(mut f) => {
                    use haven::layer::marks;
                    for (on, bit) in [
                        (favourites, marks::FAVOURITE),
                        (local, marks::LOCAL),
                        (flagged, marks::FLAGGED),
                    ] {
                        if on {
                            f.marks |= bit;
                        }
                    }
                    f.now = Some(now);
                    f.open_now = open_now;
                    f.always_open = always_open;
                    f
                }
                Err(msg) => {
                    eprintln!("{}", out(&msg));
                    return Ok(ExitCode::from(BAD_INPUT));
                }
            };
            let dir = open(&paths, locale)?.dir;
            let near = match near.as_deref().map(|n| place(&dir, n, locale)).transpose() {
                Ok(near) => near,
                Err(msg) => {
                    eprintln!("{}", out(&msg));
                    return Ok(ExitCode::from(BAD_INPUT));
                }
            };
            let q = Query {
                text: query.join(" "),
                filters,
                limit,
                near,
            };
            let results = search::search(&dir, &q)?;
            if json {
                let items: Vec<serde_json::Value> = results
                    .hits
                    .iter()
                    .map(|h| print::json_hit(h, locale))
                    .collect();
                say!("{}", serde_json::Value::Array(items));
            } else {
                print_results(&results, locale, now);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, json, at } => {
            let Some(now) = instant(at.as_deref(), locale) else {
                return Ok(ExitCode::from(BAD_INPUT));
            };
            let Opened { dir, layer, .. } = open(&paths, locale)?;
            match dir.get(id.trim())? {
                Some(r) if json => {
                    let mut v = serde_json::to_value(&r).unwrap_or_default();
                    redact_confidential(&mut v, &r);
                    print::add_publications(&mut v, &r);
                    print::add_mine(&mut v, &r, &dir.mine(&layer, &r)?, locale);
                    say!("{v:#}");
                    Ok(ExitCode::SUCCESS)
                }
                Some(r) => {
                    print_record(&dir, &layer, &r, locale, now)?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!(
                        "{}",
                        out(&tr_args(locale, "cli-unknown-id", &[("id", id.into())]))
                    );
                    Ok(ExitCode::from(BAD_INPUT))
                }
            }
        }
        Command::List { json } => {
            let dir = open(&paths, locale)?.dir;
            let all = dir.all()?;
            if json {
                let items: Vec<_> = all.iter().map(|r| json_summary(r, locale)).collect();
                say!("{}", serde_json::Value::Array(items));
            } else {
                for r in &all {
                    let (name, _) = present::names(r, locale);
                    say!("{:<48} {}", r.id, out(&name));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Referral {
            ids,
            out: out_path,
            note,
            paper,
            print_flagged,
        } => {
            let settings = read_settings(&paths, locale);
            let paper = match paper.as_deref().map(str::to_ascii_lowercase).as_deref() {
                None => settings.paper,
                Some("a4") => haven::settings::Paper::A4,
                Some("letter") => haven::settings::Paper::Letter,
                Some(other) => {
                    eprintln!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "cli-unknown-paper",
                            &[("value", other.into())]
                        ))
                    );
                    return Ok(ExitCode::from(BAD_INPUT));
                }
            };
            let Opened { dir, layer, .. } = open(&paths, locale)?;
            let mut records = Vec::new();
            let mut organizations = std::collections::HashMap::new();
            let mut mine = std::collections::HashMap::new();
            for id in &ids {
                match dir.get(id.trim())? {
                    Some(r) => {
                        mine.insert(r.id.clone(), dir.mine(&layer, &r)?);
                        if let Some(org) = &r.organization
                            && let Some(o) = dir.get(org)?
                        {
                            organizations.insert(o.id.clone(), o.name.clone());
                        }
                        records.push(r);
                    }
                    None => {
                        eprintln!(
                            "{}",
                            out(&tr_args(
                                locale,
                                "cli-unknown-id",
                                &[("id", id.as_str().into())]
                            ))
                        );
                        return Ok(ExitCode::from(BAD_INPUT));
                    }
                }
            }
            let request = haven::referral::Request {
                records,
                organizations,
                locale,
                office: settings.office.clone(),
                note: note.unwrap_or_default(),
                paper,
                date: today(),
                mine,
                print_flagged,
            };
            let bytes = match haven::referral::make_pdf(&request) {
                Ok(b) => b,
                Err(e) => {
                    print_error(locale, &e);
                    return Ok(ExitCode::FAILURE);
                }
            };
            if let Err(e) = std::fs::write(&out_path, &bytes) {
                eprintln!(
                    "{}",
                    out(&tr_args(
                        locale,
                        "referral-save-failed",
                        &[
                            ("path", out_path.display().to_string().into()),
                            ("detail", e.to_string().into())
                        ]
                    ))
                );
                return Ok(ExitCode::FAILURE);
            }
            say!(
                "{}",
                out(&tr_args(
                    locale,
                    "referral-saved",
                    &[("path", out_path.display().to_string().into())]
                ))
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Sync { feed, key, proxy } => {
            let settings = read_settings(&paths, locale);
            let key = key.unwrap_or(settings.feed.public_key.clone());
            // A key may be given as the path of a .pub file.
            let key = match std::fs::read_to_string(&key) {
                Ok(text) if !key.trim().is_empty() => text,
                _ => key,
            };
            let config = haven::sync::Config {
                url: feed.unwrap_or(settings.feed.url.clone()),
                public_key: key,
                proxy: proxy.or(Some(settings.feed.proxy.clone()).filter(|p| !p.is_empty())),
                limits: haven::sync::Limits::default(),
            };
            // Open (and if needed create or repair) the directory and the layer first, with
            // their messages.
            drop(open(&paths, locale)?);
            let cancel = std::sync::atomic::AtomicBool::new(false);
            let mut shown = progress::Progress::new();
            let mut report = |p: haven::sync::Progress| match p {
                haven::sync::Progress::Checking => {
                    shown.at(0, &out(&tr(locale, "sync-checking")), 0, 0);
                }
                haven::sync::Progress::Downloading { file, bytes, total } => {
                    let line = tr_args(
                        locale,
                        "sync-downloading",
                        &[
                            ("file", file.into()),
                            ("bytes", bytes.into()),
                            ("total", total.into()),
                        ],
                    );
                    shown.at(1, &out(&line), bytes, total);
                }
                haven::sync::Progress::Applying { records, total } => {
                    let line = tr_args(
                        locale,
                        "sync-applying",
                        &[("records", records.into()), ("total", total.into())],
                    );
                    shown.at(2, &out(&line), records, total);
                }
            };
            let result = haven::sync::sync(&paths.directory_db(), &config, &mut report, &cancel);
            shown.finish();
            match result {
                Ok(outcome) => {
                    say!("{}", out(&haven::sync::outcome_message(&outcome, locale)));
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", out(&haven::sync::error_message(&e, locale)));
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Feed { action } => feed::feed_command(action, locale),
        Command::Note { id, text, clear } => mine::note(&paths, &id, &text, clear, locale),
        Command::Flag {
            id,
            field,
            value,
            correct,
            reason,
            clear,
            keep,
        } => mine::flag(
            &paths, &id, &field, &value, correct, reason, clear, keep, locale,
        ),
        Command::Favourite { id, clear } => mine::favourite(&paths, &id, clear, locale),
        Command::Local { action } => mine::local(&paths, action, locale),
        Command::Corrections { action } => mine::corrections(&paths, action, locale),
        Command::Import {
            file,
            country,
            map,
            dry_run,
        } => import::import(&paths, &file, country.as_deref(), &map, dry_run, locale),
        Command::Export {
            format: ExportFormat::Hsds { out },
        } => import::export_hsds(&paths, &out, locale),
        Command::Db { action } => {
            let path = paths.directory_db();
            match action {
                DbAction::Path => {
                    say!("{}", path.display());
                }
                DbAction::Rebuild => {
                    let mut dir = Directory::rebuild(&path)?;
                    // The rebuilt directory carries the worker's layer again at once.
                    dir.attach_layer(&paths.user_layer())?;
                    say!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "cli-db-rebuilt",
                            &[("count", dir.count()?.into())]
                        ))
                    );
                }
                DbAction::Check => {
                    let dir = open(&paths, locale)?.dir;
                    match dir.check()? {
                        Ok(()) => say!(
                            "{}",
                            out(&tr_args(
                                locale,
                                "cli-db-ok",
                                &[("count", dir.count()?.into())]
                            ))
                        ),
                        Err(problems) => {
                            eprintln!(
                                "{}",
                                out(&tr_args(
                                    locale,
                                    "cli-db-damaged",
                                    &[("detail", problems.join("; ").into())]
                                ))
                            );
                            return Ok(ExitCode::FAILURE);
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The instant `--at` names (now when absent); none, with the reason printed, when it is not
/// an RFC 3339 time.
fn instant(at: Option<&str>, locale: Locale) -> Option<jiff::Timestamp> {
    let Some(at) = at else {
        return Some(jiff::Timestamp::now());
    };
    match at.trim().parse::<jiff::Timestamp>() {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!(
                "{}",
                out(&tr_args(locale, "cli-bad-time", &[("value", at.into())]))
            );
            None
        }
    }
}

/// The office's place as written on the command line or in the settings, its region one the
/// directory has.
fn place(dir: &Directory, written: &str, locale: Locale) -> Result<search::near::Near, String> {
    let bad = || tr_args(locale, "cli-bad-near", &[("value", written.into())]);
    let near = search::near::Near::parse(written).map_err(|_| bad())?;
    if let Some(region) = &near.region {
        let known = dir.regions().map_err(|e| e.to_string())?;
        if !known.iter().any(|(id, _)| id == region) {
            return Err(bad());
        }
    }
    Ok(near)
}

fn parse_filters(
    country: Vec<String>,
    region: Vec<String>,
    category: Vec<String>,
    target: Vec<String>,
    language: Vec<String>,
    locale: Locale,
) -> Result<Filters, String> {
    let mut f = Filters {
        regions: region,
        languages: language.into_iter().map(|l| l.to_lowercase()).collect(),
        ..Filters::default()
    };
    for c in country {
        match Country::new(&c) {
            Some(c) => f.countries.push(c.code().to_string()),
            None => {
                return Err(tr_args(
                    locale,
                    "cli-unknown-country",
                    &[("value", c.into())],
                ));
            }
        }
    }
    for c in category {
        match Category::from_key(c.trim()) {
            Some(c) => f.categories.push(c),
            None => {
                let choices: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
                return Err(tr_args(
                    locale,
                    "cli-unknown-category",
                    &[("value", c.into()), ("choices", choices.join(", ").into())],
                ));
            }
        }
    }
    for t in target {
        match TargetGroup::from_key(t.trim()) {
            Some(t) => f.targets.push(t),
            None => {
                let choices: Vec<&str> = TargetGroup::ALL.iter().map(|t| t.key()).collect();
                return Err(tr_args(
                    locale,
                    "cli-unknown-target",
                    &[("value", t.into()), ("choices", choices.join(", ").into())],
                ));
            }
        }
    }
    Ok(f)
}
