//! The command line's arguments (clap).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "haven",
    disable_version_flag = true,
    about = "Haven: offline directory of victim-support services",
    after_long_help = "Exit status: 0 when the command did what was asked; 1 when it could not \
(the directory, the network or a file failed; the message says why, and nothing was changed); \
2 when what was given was wrong (an unknown id, a bad option or value, rows of an import \
refused: the others were still added).\n\nWithout a command, Haven opens its window."
)]
pub struct Cli {
    /// Keep all data (directory, settings) in this folder instead of the per-user folders.
    #[arg(long, global = true, env = "HAVEN_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Interface language: en, pl, ru, kk, vi or fa (default: the system's).
    #[arg(long, global = true, value_name = "LL")]
    pub lang: Option<String>,
    /// Print Haven's version and its directory's (origin, number of records, where it is kept).
    #[arg(long, short = 'V')]
    pub version: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write Haven's manual page (roff) or completions for a shell, for packagers.
    #[command(hide = true)]
    Generate {
        #[command(subcommand)]
        what: Generate,
    },
    /// Search the directory in any language.
    Search(SearchArgs),
    /// Show one record in full, with its sources.
    Show(ShowArgs),
    /// List every record.
    List(ListArgs),
    /// Make a referral sheet (PDF) for a client, in the language given by --lang.
    Referral(ReferralArgs),
    /// Write the office's note on a record (never a client's details).
    Note(NoteArgs),
    /// Flag a field of a record as wrong, with the correct value if you know it.
    Flag(FlagArgs),
    /// Mark a record as one of the office's favourites.
    Favourite(FavouriteArgs),
    /// The office's own records and the whole layer (notes, flags, favourites).
    Local {
        #[command(subcommand)]
        action: LocalAction,
    },
    /// Corrections for the publisher.
    Corrections {
        #[command(subcommand)]
        action: CorrectionsAction,
    },
    /// Update the directory from the central feed (settings, or --feed and --key).
    Sync(SyncArgs),
    /// Publish a feed: keys, build, sign.
    Feed {
        #[command(subcommand)]
        action: FeedAction,
    },
    /// Add the services of a spreadsheet (CSV, XLSX, ODS) or of an Open Referral HSDS 3.1
    /// JSON file to this office's own records.
    /// Rows that look like records already in the directory are reported, not added twice.
    /// Exits with 2 when rows were refused (the others are still added).
    Import(ImportArgs),
    /// Write the directory in another format for other programs.
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// The directory database: where it is, rebuild it, check it.
    Db {
        #[command(subcommand)]
        action: DbAction,
    },
}

#[derive(Subcommand, Debug)]
pub enum LocalAction {
    /// Add a record of the office's own from a JSON file (the record format of data/).
    Add { file: PathBuf },
    /// Replace one of the office's own records with a JSON file.
    Edit { id: String, file: PathBuf },
    /// List the office's own records, and records the publisher removed that have notes.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove one of the office's own records.
    Remove { id: String },
    /// Let a record go: its note, flags and favourite mark (e.g. one the publisher removed).
    Forget { id: String },
    /// Write the whole layer to one file (to move it to another PC).
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Merge a layer file written by `local export` (importing twice changes nothing).
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum ExportFormat {
    /// Open Referral HSDS 3.1 JSON: services.json and organizations.json, with the Haven
    /// profile for what HSDS has no place for. Confidential addresses are left out.
    Hsds {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum CorrectionsAction {
    /// Write the office's flags, corrections and own records for the publisher.
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum FeedAction {
    /// Create a signing key pair in DIR (haven-feed.pub, haven-feed.key).
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Build a feed (the snapshot as JSON lines and as a ready-made directory database, and a
    /// delta from --previous) from a folder of records, Open Referral HSDS 3.1, or a
    /// spreadsheet.
    Build {
        /// A folder of record files laid out like data/, an HSDS JSON file (services,
        /// organizations, a list or a page; with or without the Haven profile), an HSDS
        /// data package (a folder of CSV tables, or its datapackage.json), or a spreadsheet
        /// (CSV, XLSX, ODS; with --publisher and --source-url).
        #[arg(long, value_name = "DIR|FILE")]
        from: PathBuf,
        /// For a spreadsheet: the publisher every record cites.
        #[arg(long, value_name = "NAME")]
        publisher: Option<String>,
        /// For a spreadsheet: the public page where people can see the publisher's list.
        #[arg(long, value_name = "URL")]
        source_url: Option<String>,
        /// For a spreadsheet: the country of rows that do not name one.
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// For a spreadsheet: which field a column holds, by header or letter (as for
        /// `haven import`).
        #[arg(long, value_name = "COLUMN=FIELD")]
        map: Vec<String>,
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
    /// Show offices' corrections beside the current records, and write the accepted ones
    /// into a data/-style folder.
    Corrections {
        /// Corrections files from `haven corrections export`.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The publisher's folder of records (laid out like data/).
        #[arg(long, value_name = "DIR")]
        into: PathBuf,
        /// Which to accept: `all`, or their numbers as listed (`1,3`). Without it, nothing
        /// is written.
        #[arg(long, value_name = "all|N,…")]
        accept: Option<String>,
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

#[derive(Subcommand, Debug)]
pub enum Generate {
    /// The manual page, haven(1).
    Man,
    /// Completions for a shell (bash, zsh, fish, elvish, powershell).
    Completions { shell: clap_complete::Shell },
}

// The arguments of `haven search`.
#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words to look for (none lists everything).
    pub query: Vec<String>,
    /// Only this country (ISO code, e.g. PL); repeat for several.
    #[arg(long, value_name = "CC")]
    pub country: Vec<String>,
    /// Only this region id (e.g. kz/abai).
    #[arg(long, value_name = "ID")]
    pub region: Vec<String>,
    /// Only this category (e.g. helpline, shelter).
    #[arg(long, value_name = "C")]
    pub category: Vec<String>,
    /// Only for this target group (e.g. women, children).
    #[arg(long, value_name = "T")]
    pub target: Vec<String>,
    /// Only services working in this language (ISO 639-1).
    #[arg(long, value_name = "LL")]
    pub language: Vec<String>,
    /// Only the office's favourites.
    #[arg(long)]
    pub favourites: bool,
    /// Only the records this office added.
    #[arg(long)]
    pub local: bool,
    /// Only records with a field the office flagged as wrong.
    #[arg(long)]
    pub flagged: bool,
    /// Only services open now (each in its own time zone; see --at).
    #[arg(long)]
    pub open_now: bool,
    /// Only services open around the clock.
    #[arg(long = "24-7")]
    pub always_open: bool,
    /// What "now" means, as an RFC 3339 time (e.g. 2026-12-06T23:00:00+03:30).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// The office's place, whose services come first (e.g. IR, KZ/abai); the settings'
    /// place when not given.
    #[arg(long, value_name = "CC[/REGION]")]
    pub near: Option<String>,
    /// How many results to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print one JSON array of results.
    #[arg(long)]
    pub json: bool,
}

// The arguments of `haven show`.
#[derive(Args, Debug)]
pub struct ShowArgs {
    pub id: String,
    #[arg(long)]
    pub json: bool,
    /// What "now" means for "open now", as an RFC 3339 time.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

// The arguments of `haven list`.
#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long)]
    pub json: bool,
}

// The arguments of `haven referral`.
#[derive(Args, Debug)]
pub struct ReferralArgs {
    /// Ids of the records to put on the sheet, in order.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// A note for the client, printed in a box (never stored).
    #[arg(long)]
    pub note: Option<String>,
    /// Paper size: a4 or letter (default: the settings' choice).
    #[arg(long, value_name = "a4|letter")]
    pub paper: Option<String>,
    /// Also print phone numbers the office flagged as not working.
    #[arg(long)]
    pub print_flagged: bool,
    /// Also print the office's note on this record (repeat for several): notes are the
    /// office's and stay off a client's sheet unless asked.
    #[arg(long, value_name = "ID")]
    pub share_note: Vec<String>,
}

// The arguments of `haven note`.
#[derive(Args, Debug)]
pub struct NoteArgs {
    pub id: String,
    /// The note's text.
    pub text: Vec<String>,
    /// Remove the note.
    #[arg(long)]
    pub clear: bool,
}

// The arguments of `haven flag`.
#[derive(Args, Debug)]
pub struct FlagArgs {
    pub id: String,
    /// phone, address, hours, channel, name, description, city, eligibility,
    /// what-to-bring or what-to-expect.
    #[arg(long, value_name = "FIELD")]
    pub field: String,
    /// The value that is wrong, as the record shows it (e.g. the number).
    #[arg(long, value_name = "VALUE", default_value = "")]
    pub value: String,
    /// What is right instead: shown beside the publisher's value.
    #[arg(long, value_name = "VALUE")]
    pub correct: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Take the flag back (or accept the publisher's new value).
    #[arg(long)]
    pub clear: bool,
    /// Keep your correction after the publisher changed the field.
    #[arg(long, conflicts_with = "clear")]
    pub keep: bool,
}

// The arguments of `haven favourite`.
#[derive(Args, Debug)]
pub struct FavouriteArgs {
    pub id: String,
    #[arg(long)]
    pub clear: bool,
}

// The arguments of `haven sync`.
#[derive(Args, Debug)]
pub struct SyncArgs {
    /// URL of the feed's manifest.json (default: the one in settings).
    #[arg(long, value_name = "URL")]
    pub feed: Option<String>,
    /// The publisher's minisign public key, or a file holding it (default: settings).
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    /// An HTTP(S) proxy to use instead of the system's.
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
}

// The arguments of `haven import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// The country of rows that do not name one (default: the office's place).
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// What a column holds, for headers Haven does not know: COLUMN=FIELD (e.g.
    /// Numer=phone, or C=phone by the column's letter). Fields: name, description, phone,
    /// address, city, region, country, category, target, hours, website, email,
    /// languages, eligibility, notes.
    #[arg(long, value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// A CSV file's character encoding, when Haven's guess is wrong (e.g. windows-1250,
    /// windows-1251, utf-8): the letters Haven read are shown after the import.
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,
    /// Show what would be added, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}
