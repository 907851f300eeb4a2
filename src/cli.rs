//! The command line: `haven search|show|list|db …`. Run bare, `haven` opens the window.

use clap::{Parser, Subcommand};
use haven::i18n::{self, Locale, tr, tr_args};
use haven::model::{Category, Country, Record, TargetGroup};
use haven::search::{self, Filters, Query};
use haven::store::{Directory, Paths, StoreError};
use haven::{present, today};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "haven",
    version,
    about = "Haven: offline directory of victim-support services"
)]
pub struct Cli {
    /// Keep all data (directory, settings) in this folder instead of the per-user folders.
    #[arg(long, global = true, env = "HAVEN_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Interface language: en, pl, ru, kk, vi or fa (default: the system's).
    #[arg(long, global = true, value_name = "LL")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Search the directory in any language.
    Search {
        /// Words to look for (none lists everything).
        query: Vec<String>,
        /// Only this country (ISO code, e.g. PL); repeat for several.
        #[arg(long, value_name = "CC")]
        country: Vec<String>,
        /// Only this region id (e.g. kz/abai).
        #[arg(long, value_name = "ID")]
        region: Vec<String>,
        /// Only this category (e.g. helpline, shelter).
        #[arg(long, value_name = "C")]
        category: Vec<String>,
        /// Only for this target group (e.g. women, children).
        #[arg(long, value_name = "T")]
        target: Vec<String>,
        /// Only services working in this language (ISO 639-1).
        #[arg(long, value_name = "LL")]
        language: Vec<String>,
        /// How many results to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print one JSON array of results.
        #[arg(long)]
        json: bool,
    },
    /// Show one record in full, with its sources.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// List every record.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Make a referral sheet (PDF) for a client, in the language given by --lang.
    Referral {
        /// Ids of the records to put on the sheet, in order.
        #[arg(required = true)]
        ids: Vec<String>,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// A note for the client, printed in a box (never stored).
        #[arg(long)]
        note: Option<String>,
        /// Paper size: a4 or letter (default: the settings' choice).
        #[arg(long, value_name = "a4|letter")]
        paper: Option<String>,
    },
    /// Update the directory from the central feed (settings, or --feed and --key).
    Sync {
        /// URL of the feed's manifest.json (default: the one in settings).
        #[arg(long, value_name = "URL")]
        feed: Option<String>,
        /// The publisher's minisign public key, or a file holding it (default: settings).
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
        /// An HTTP(S) proxy to use instead of the system's.
        #[arg(long, value_name = "URL")]
        proxy: Option<String>,
    },
    /// Publish a feed: keys, build, sign.
    Feed {
        #[command(subcommand)]
        action: FeedAction,
    },
    /// The directory database: where it is, rebuild it, check it.
    Db {
        #[command(subcommand)]
        action: DbAction,
    },
}

#[derive(Subcommand, Debug)]
pub enum FeedAction {
    /// Create a signing key pair in DIR (haven-feed.pub, haven-feed.key).
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Build a feed (snapshot, and a delta from --previous) from a folder of records.
    Build {
        /// Folder of record files, laid out like data/.
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
        /// Where to write manifest.json and the payloads.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The feed as last published, to make a delta from.
        #[arg(long, value_name = "DIR")]
        previous: Option<PathBuf>,
        /// The feed's id (kept from --previous when given).
        #[arg(long, default_value = "haven")]
        feed_id: String,
        /// Days until clients refuse this manifest as expired.
        #[arg(long, default_value_t = 30)]
        valid_days: i64,
    },
    /// Sign DIR/manifest.json with the secret key (writes manifest.json.minisig).
    Sign {
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
    },
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum DbAction {
    /// Print the database's path.
    Path,
    /// Rebuild the directory from the bundled data.
    Rebuild,
    /// Check the database's integrity.
    Check,
}

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
    match execute(&cli, command, locale) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", out(&e.message(locale)));
            ExitCode::FAILURE
        }
    }
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

fn open(paths: &Paths, locale: Locale) -> Result<Directory, StoreError> {
    let (dir, events) = Directory::open(&paths.directory_db(), true)?;
    for e in events {
        eprintln!("{}", out(&e.message(locale)));
    }
    Ok(dir)
}

fn execute(cli: &Cli, command: Command, locale: Locale) -> Result<ExitCode, StoreError> {
    let paths = Paths::resolve(cli.data_dir.clone())?;
    match command {
        Command::Search {
            query,
            country,
            region,
            category,
            target,
            language,
            limit,
            json,
        } => {
            let filters = match parse_filters(country, region, category, target, language, locale) {
                Ok(f) => f,
                Err(msg) => {
                    eprintln!("{}", out(&msg));
                    return Ok(ExitCode::from(BAD_INPUT));
                }
            };
            let dir = open(&paths, locale)?;
            let q = Query {
                text: query.join(" "),
                filters,
                limit,
            };
            let results = search::search(&dir, &q)?;
            if json {
                let items: Vec<serde_json::Value> = results
                    .hits
                    .iter()
                    .map(|h| json_summary(&h.record, locale))
                    .collect();
                println!("{}", serde_json::Value::Array(items));
            } else {
                print_results(&results, locale);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, json } => {
            let dir = open(&paths, locale)?;
            match dir.get(id.trim())? {
                Some(r) if json => {
                    let mut v = serde_json::to_value(&r).unwrap_or_default();
                    redact_confidential(&mut v, &r);
                    println!("{v:#}");
                    Ok(ExitCode::SUCCESS)
                }
                Some(r) => {
                    print_record(&dir, &r, locale)?;
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
            let dir = open(&paths, locale)?;
            let all = dir.all()?;
            if json {
                let items: Vec<_> = all.iter().map(|r| json_summary(r, locale)).collect();
                println!("{}", serde_json::Value::Array(items));
            } else {
                for r in &all {
                    let (name, _) = present::names(r, locale);
                    println!("{:<48} {}", r.id, out(&name));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Referral {
            ids,
            out: out_path,
            note,
            paper,
        } => {
            let (settings, _) = haven::settings::Settings::load(&paths.settings_file());
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
            let dir = open(&paths, locale)?;
            let mut records = Vec::new();
            let mut organizations = std::collections::HashMap::new();
            for id in &ids {
                match dir.get(id.trim())? {
                    Some(r) => {
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
            println!(
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
            let (settings, _) = haven::settings::Settings::load(&paths.settings_file());
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
            // Open (and if needed create or repair) the directory first, with its messages.
            drop(open(&paths, locale)?);
            let cancel = std::sync::atomic::AtomicBool::new(false);
            let mut last_pct = u64::MAX;
            let mut report = |p: haven::sync::Progress| match p {
                haven::sync::Progress::Checking => {
                    eprintln!("{}", out(&tr(locale, "sync-checking")));
                }
                haven::sync::Progress::Downloading { file, bytes, total } => {
                    let pct = (bytes * 100).checked_div(total).unwrap_or(0);
                    if pct / 25 != last_pct / 25 || last_pct == u64::MAX {
                        last_pct = pct;
                        eprintln!(
                            "{}",
                            out(&tr_args(
                                locale,
                                "sync-downloading",
                                &[
                                    ("file", file.into()),
                                    ("bytes", bytes.into()),
                                    ("total", total.into())
                                ]
                            ))
                        );
                    }
                }
                haven::sync::Progress::Applying { records, total } => {
                    eprintln!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "sync-applying",
                            &[("records", records.into()), ("total", total.into())]
                        ))
                    );
                }
            };
            match haven::sync::sync(&paths.directory_db(), &config, &mut report, &cancel) {
                Ok(outcome) => {
                    println!("{}", out(&haven::sync::outcome_message(&outcome, locale)));
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", out(&haven::sync::error_message(&e, locale)));
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Feed { action } => feed_command(action, locale),
        Command::Db { action } => {
            let path = paths.directory_db();
            match action {
                DbAction::Path => {
                    println!("{}", path.display());
                }
                DbAction::Rebuild => {
                    let dir = Directory::rebuild(&path)?;
                    println!(
                        "{}",
                        out(&tr_args(
                            locale,
                            "cli-db-rebuilt",
                            &[("count", dir.count()?.into())]
                        ))
                    );
                }
                DbAction::Check => {
                    let dir = open(&paths, locale)?;
                    match dir.check()? {
                        Ok(()) => println!(
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

/// The JSON object of one result: what a script needs to act on it.
fn json_summary(r: &Record, locale: Locale) -> serde_json::Value {
    let (name, _) = present::names(r, locale);
    serde_json::json!({
        "id": r.id,
        "kind": r.kind.key(),
        "name": name,
        "original_name": r.name.original(),
        "original_language": r.name.orig,
        "names": r.name.values,
        "country": r.country.code(),
        "region": r.region.as_ref().map(|g| g.id.clone()),
        "city": r.city.as_ref().map(|c| c.show(locale.code()).to_string()),
        "category": r.categories.first().map(|c| c.key()),
        "categories": r.categories.iter().map(|c| c.key()).collect::<Vec<_>>(),
        "target_groups": r.target_groups.iter().map(|t| t.key()).collect::<Vec<_>>(),
        "phones": r.phones.iter().map(|p| serde_json::json!({
            "number": p.number, "display": p.display, "free": p.free,
        })).collect::<Vec<_>>(),
        "verified_at": r.verified_at.to_string(),
        "due_for_recheck": r.is_stale(today()),
    })
}

/// Confidential addresses never leave the machine, not even through `--json`.
fn redact_confidential(v: &mut serde_json::Value, r: &Record) {
    if let Some(locs) = v.get_mut("locations").and_then(|l| l.as_array_mut()) {
        for (loc, rec) in locs.iter_mut().zip(&r.locations) {
            if rec.confidential
                && let Some(obj) = loc.as_object_mut()
            {
                obj.remove("address");
                obj.remove("name");
            }
        }
    }
}

fn print_results(results: &search::Results, locale: Locale) {
    let count = results.total;
    let mut head = tr_args(locale, "cli-results", &[("count", count.into())]);
    if results.hits.len() < count && !results.hits.is_empty() {
        head.push_str(" — ");
        head.push_str(&tr_args(
            locale,
            "cli-results-shown",
            &[("shown", results.hits.len().into())],
        ));
    }
    println!("{}", out(&head));
    if count == 0 {
        println!("{}", out(&tr(locale, "cli-empty-hint")));
    }
    let today = today();
    for (i, h) in results.hits.iter().enumerate() {
        let r = &h.record;
        let (name, original) = present::names(r, locale);
        let mut line = format!("{:>2}. {name}", i + 1);
        if let Some(o) = original {
            line.push_str(&format!(" — {o}"));
        }
        println!("{}", out(&line));
        let mut meta = vec![present::categories(r, locale), present::place(r, locale)];
        if let Some(p) = r.main_phone() {
            meta.push(format!("☎ {}", p.display));
        }
        if r.is_stale(today) {
            meta.push(format!("[{}]", tr(locale, "field-stale-short")));
        }
        println!("    {}", out(&meta.join(" · ")));
        println!("    {}", r.id);
    }
}

fn print_record(dir: &Directory, r: &Record, locale: Locale) -> Result<(), StoreError> {
    let links = dir.links(r)?;
    let p = present::present(r, &links, locale, present::Audience::Terminal, today());
    print!("{}", record_text(&p));
    Ok(())
}

/// The terminal's layout of a presented record: a field per line, lists indented under
/// their label.
fn record_text(p: &present::Presented) -> String {
    use present::Value;
    let mut s = String::new();
    let mut line = |text: &str| {
        s.push_str(&out(text));
        s.push('\n');
    };
    line(&p.title.text);
    if let Some(o) = &p.original {
        line(&o.text);
    }
    line(&p.kind);
    if let Some(stale) = &p.stale {
        line(&format!("⚠ {stale}"));
    }
    for f in &p.fields {
        let label = f.label.as_deref().unwrap_or_default();
        match &f.value {
            Value::Text(t) if f.label.is_none() => line(&format!("\n{}\n", t.text)),
            Value::Text(t) if t.text.contains('\n') => {
                line(&format!("{label}:"));
                for l in t.text.lines() {
                    line(&format!("  {l}"));
                }
            }
            Value::Text(t) => line(&format!("{label}: {}", t.text)),
            Value::Note(n) => line(n),
            Value::Address { warning, lines } => {
                let mut all: Vec<&str> = warning.iter().map(String::as_str).collect();
                all.extend(lines.iter().map(|r| r.text.as_str()));
                line(&format!("{label}: {}", all.join(" · ")));
            }
            Value::Phones(phones) => {
                line(&format!("{label}:"));
                for ph in phones {
                    let mut l = format!("  ☎ {}", ph.text);
                    if let Some(n) = &ph.dial_note {
                        l.push_str(&format!(" ({n})"));
                    }
                    line(&l);
                }
            }
            Value::Channels(list) => {
                line(&format!("{label}:"));
                for c in list {
                    line(&format!("  {}", c.text));
                }
            }
            Value::Steps(steps) => {
                line(&format!("{label}:"));
                for st in steps {
                    line(&format!("  {}: {}", st.head, st.action.text));
                    for n in &st.notes {
                        line(&format!("     {n}"));
                    }
                }
            }
            Value::Acts(acts) => {
                line(&format!("{label}:"));
                for a in acts {
                    match &a.url {
                        Some(u) => line(&format!("  {} {u}", a.text)),
                        None => line(&format!("  {}", a.text)),
                    }
                }
            }
            Value::Records(list) => {
                line(&format!("{label}:"));
                for r in list {
                    line(&format!("  {} — {}", r.id, r.name));
                }
            }
            Value::Sources(list) => {
                line(&format!("{label}:"));
                for src in list {
                    let mut l = format!("  {}", src.title);
                    if let Some(q) = &src.quote {
                        l.push_str(&format!(": {q}"));
                    }
                    if let Some(u) = &src.url {
                        l.push_str(&format!(": {u}"));
                    }
                    line(&l);
                }
            }
        }
    }
    s
}

fn feed_command(action: FeedAction, locale: Locale) -> Result<ExitCode, StoreError> {
    use haven::sync::feed;
    let fail = |e: feed::FeedError| {
        print_error(locale, &e);
        Ok(ExitCode::FAILURE)
    };
    match action {
        FeedAction::Keygen { out: dir } => match feed::keygen(&dir) {
            Ok((public, secret, base64)) => {
                println!(
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
        } => {
            let records = match feed::read_records_dir(&from) {
                Ok(r) => r,
                Err(e) => return fail(e),
            };
            match feed::build(
                records,
                &dir,
                previous.as_deref(),
                &feed_id,
                jiff::Span::new().hours(24 * valid_days.clamp(1, 3650)),
            ) {
                Ok(built) => {
                    println!(
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
        FeedAction::Sign { dir, key } => match feed::sign(&dir, &key) {
            Ok(path) => {
                println!(
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
