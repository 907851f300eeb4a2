//! The command line: `haven search|show|list|db …`. Run bare, `haven` opens the window.
//!
//! Each command's arguments become a request checked once (`find::SearchRequest` …), run by
//! a short function through the use-case layer (`haven::usecase`); whatever stops it is a
//! [`Failure`], printed in one place ([`run`]) with its exit status.

#[macro_use]
mod output;

mod args;
mod corrections;
mod failure;
mod feed;
mod find;
mod generate;
mod import;
mod mine;
mod print;
mod progress;

pub use args::{Cli, Command, CorrectionsAction, DbAction, ExportFormat, FeedAction, LocalAction};

use failure::{Failure, Said};
use haven::i18n::{self, Locale, tr, tr_args};
use haven::settings::Settings;
use haven::usecase::{Haven, Origin, Paths};
use std::process::ExitCode;

pub fn locale_for(lang: Option<&str>) -> Result<Locale, String> {
    match lang {
        None => Ok(i18n::system_locale()),
        Some(l) => Locale::from_code(l).ok_or_else(|| l.to_string()),
    }
}

/// What every command runs with: where the data is (found when first needed: `haven
/// generate` needs none) and the worker's language.
pub(crate) struct Ctx {
    data_dir: Option<std::path::PathBuf>,
    paths: std::cell::OnceCell<Paths>,
    pub locale: Locale,
}

impl Ctx {
    /// Where Haven keeps its data.
    pub fn paths(&self) -> Result<&Paths, Failure> {
        if let Some(p) = self.paths.get() {
            return Ok(p);
        }
        let resolved = Paths::resolve(self.data_dir.clone())?;
        Ok(self.paths.get_or_init(|| resolved))
    }

    /// The directory and the worker's layer, telling the worker what opening them did.
    pub fn open(&self) -> Result<Haven, Failure> {
        let (haven, opening) = Haven::open(self.paths()?)?;
        for e in &opening.events {
            output::complain(&e.message(self.locale));
        }
        for e in &opening.layer_events {
            output::complain(&e.message(self.locale));
        }
        Ok(haven)
    }

    /// The settings, telling the worker on standard error what was wrong with the file (the
    /// file itself is left as it is: the command line never writes settings).
    pub fn settings(&self) -> Settings {
        // With no data folder there are no settings either: the command says why when it
        // needs the folder.
        let Ok(paths) = self.paths() else {
            return Settings::default();
        };
        let (settings, problem) = Settings::load(&paths.settings_file());
        if let Some(p) = problem {
            output::complain(&Settings::problem_message(&p, None, self.locale));
        }
        settings
    }

    /// The office's name for its own records and corrections.
    pub fn office_name(&self) -> String {
        self.settings().office.source_name(self.locale)
    }

    pub fn tr(&self, id: &str) -> String {
        out(&tr(self.locale, id))
    }

    pub fn tr_args(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        out(&tr_args(self.locale, id, args))
    }
}

/// Runs a subcommand; the caller handles the bare `haven` (the window).
pub fn run(cli: Cli, command: Command) -> ExitCode {
    let locale = match locale_for(cli.lang.as_deref()) {
        Ok(l) => l,
        Err(bad) => {
            let said = Said::new("cli-unknown-lang")
                .arg("value", bad)
                .arg("choices", "en, pl, ru, kk, vi, fa");
            return Failure::Input(said).report(i18n::system_locale());
        }
    };
    output::set_locale(locale);
    let ctx = Ctx {
        data_dir: cli.data_dir.clone(),
        paths: std::cell::OnceCell::new(),
        locale,
    };
    match execute(&ctx, command) {
        Ok(code) => code,
        Err(f) => f.report(locale),
    }
}

/// Hands each command to the short function that runs it.
fn execute(ctx: &Ctx, command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Generate { what } => Ok(generate::generate(what)),
        Command::Search(a) => find::search(ctx, find::SearchRequest::from_args(ctx, a)?),
        Command::Show(a) => find::show(ctx, a),
        Command::List(a) => find::list(ctx, a.json),
        Command::Referral(a) => find::referral(ctx, find::ReferralRequest::from_args(ctx, a)?),
        Command::Sync(a) => sync(ctx, a),
        Command::Feed { action } => feed::feed_command(ctx, action),
        Command::Note(a) => mine::note(ctx, a),
        Command::Flag(a) => mine::flag(ctx, mine::FlagRequest::from_args(a)?),
        Command::Favourite(a) => mine::favourite(ctx, a),
        Command::Local { action } => mine::local(ctx, action),
        Command::Corrections { action } => mine::corrections(ctx, action),
        Command::Import(a) => import::import(ctx, import::ImportRequest::from_args(ctx, a)?),
        Command::Export {
            format: ExportFormat::Hsds { out },
        } => import::export_hsds(ctx, &out),
        Command::Db { action } => db(ctx, action),
    }
}

/// `haven --version`: the program's version, then its directory's origin and size and where
/// it is kept, without setting anything up.
pub fn version(cli: &Cli) -> ExitCode {
    let locale = locale_for(cli.lang.as_deref()).unwrap_or_else(|_| i18n::system_locale());
    say!("haven {}", env!("CARGO_PKG_VERSION"));
    let paths = match Paths::resolve(cli.data_dir.clone()) {
        Ok(p) => p,
        Err(e) => return Failure::Store(e).report(locale),
    };
    match Haven::peek(&paths) {
        Ok(Some((origin, count))) => {
            let origin = origin_text(&origin, locale);
            let total = tr_args(locale, "about-total", &[("count", count.into())]);
            say!("{}", out(&format!("{origin}: {total}")));
        }
        Ok(None) => say!("{}", out(&tr(locale, "cli-version-not-set-up"))),
        Err(e) => output::complain(&e.message(locale)),
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

/// Where the directory's content came from, in words.
fn origin_text(origin: &Origin, locale: Locale) -> String {
    match origin {
        Origin::Bundled { hash } => tr_args(
            locale,
            "about-origin-bundled",
            &[("version", hash.as_str().into())],
        ),
        Origin::Feed { feed_id, sequence } => tr_args(
            locale,
            "about-origin-feed",
            &[
                ("feed", feed_id.as_str().into()),
                ("sequence", (*sequence).into()),
            ],
        ),
    }
}

/// Text for a terminal: without the bidi isolates Fluent adds around arguments, and with
/// every character a terminal would obey shown as an escape.
fn out(s: &str) -> String {
    haven::text::clean::for_terminal(s).into_owned()
}

/// `haven sync`: the directory updated from the feed, with progress on standard error.
fn sync(ctx: &Ctx, a: args::SyncArgs) -> Result<ExitCode, Failure> {
    let settings = ctx.settings();
    let key = a.key.unwrap_or(settings.feed.public_key.clone());
    // A key may be given as the path of a .pub file.
    let key = match haven::usecase::read_key_file(&key) {
        Some(text) => text,
        None => key,
    };
    let config = haven::sync::Config {
        url: a.feed.unwrap_or(settings.feed.url.clone()),
        public_key: key,
        proxy: a
            .proxy
            .or(Some(settings.feed.proxy.clone()).filter(|p| !p.is_empty())),
        limits: haven::sync::Limits::default(),
    };
    // Open (and if needed create or repair) the directory and the layer first, with their
    // messages.
    drop(ctx.open()?);
    let locale = ctx.locale;
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
    let result = haven::usecase::sync(ctx.paths()?, &config, &mut report, &cancel);
    shown.finish();
    let outcome = result.map_err(Failure::Sync)?;
    say!("{}", out(&haven::sync::outcome_message(&outcome, locale)));
    Ok(ExitCode::SUCCESS)
}

/// `haven db path|rebuild|check`.
fn db(ctx: &Ctx, action: DbAction) -> Result<ExitCode, Failure> {
    match action {
        DbAction::Path => say!("{}", ctx.paths()?.directory_db().display()),
        DbAction::Rebuild => {
            let count = Haven::rebuild(ctx.paths()?)?;
            say!(
                "{}",
                ctx.tr_args("cli-db-rebuilt", &[("count", count.into())])
            );
        }
        DbAction::Check => {
            let haven = ctx.open()?;
            if let Err(problems) = haven.check()? {
                let said = Said::new("cli-db-damaged").arg("detail", problems.join("; "));
                return Err(Failure::Failed(said));
            }
            say!(
                "{}",
                ctx.tr_args("cli-db-ok", &[("count", haven.count()?.into())])
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
