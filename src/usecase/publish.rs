//! The publisher's side, written once: the records a feed is built from (a `data/`-style
//! folder, an HSDS export or data package, or the publisher's spreadsheet), and offices'
//! corrections reviewed against the folder with the accepted ones written into it. The
//! command line calls these (`haven feed build|corrections`); the window's Publish section
//! will call the same.

use crate::hsds::{self, HsdsError, HsdsProblem, Target};
use crate::i18n::{Locale, tr, tr_args};
use crate::import::{self, FileError, ImportError, Options, Prepared, Publisher};
use crate::layer::{self, Correction, FlagField, LayerFileError, merge};
use crate::model::{Country, Problem, Record};
use crate::store::{StoreError, moves};
use crate::sync::feed::{self, FeedError};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// What the publisher says of a spreadsheet a feed is built from.
#[derive(Debug, Clone, Default)]
pub struct SheetSource {
    /// The publisher's name, cited by every record.
    pub publisher: Option<String>,
    /// The public page where the list is published.
    pub source_url: Option<String>,
    /// The country of rows that name none.
    pub country: Option<String>,
    /// `COLUMN=FIELD` for headers Haven does not know.
    pub map: Vec<String>,
}

/// Why a feed's records could not be read: nothing is built.
#[derive(Debug, Clone)]
pub enum SourceError {
    /// The `data/`-style folder could not be read.
    Folder(FeedError),
    /// A spreadsheet needs its publisher's name and public page.
    NeedsPublisher,
    UnknownCountry(String),
    BadMap(String),
    /// A file given as HSDS is not JSON.
    NotHsds,
    File(FileError),
    Hsds(HsdsError),
    /// Rows or items that cannot be trusted (told one by one in [`Source`]): a feed that
    /// left them out would delete those records from every office that has them.
    Refused(usize),
}

impl SourceError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            SourceError::Folder(e) => tr_args(l, "cli-error", &[("detail", e.to_string().into())]),
            SourceError::NeedsPublisher => tr(l, "feed-sheet-needs-publisher"),
            SourceError::UnknownCountry(c) => {
                tr_args(l, "cli-unknown-country", &[("value", c.as_str().into())])
            }
            SourceError::BadMap(m) => ImportError::BadMap(m.clone()).message(l),
            SourceError::NotHsds => tr(l, "feed-from-not-hsds"),
            SourceError::File(e) => e.message(l),
            SourceError::Hsds(e) => e.message(l),
            SourceError::Refused(n) => tr_args(l, "feed-from-refused", &[("count", (*n).into())]),
        }
    }
}

/// The records a feed is to be built from, with what reading them found.
#[derive(Debug, Default)]
pub struct Source {
    pub records: Vec<Record>,
    /// A spreadsheet: how it was read, what each column became, every row's problem.
    pub sheet: Option<Prepared>,
    /// HSDS: items refused, and what was mended in those taken.
    pub hsds: Vec<HsdsProblem>,
    /// Rows or items refused.
    pub refused: usize,
}

impl Source {
    /// The records, if nothing was refused: one record that cannot be trusted and nothing
    /// is built.
    pub fn usable(self) -> Result<Vec<Record>, SourceError> {
        if self.refused > 0 {
            return Err(SourceError::Refused(self.refused));
        }
        Ok(self.records)
    }
}

/// Reads what a feed is built from: a folder `haven export hsds` wrote or an HSDS data
/// package, a `data/`-style folder, a spreadsheet (with `sheet`), or an HSDS JSON file.
pub fn read_source(from: &Path, sheet: SheetSource, lang: &str) -> Result<Source, SourceError> {
    let hsds_dir = from.join("services.json").is_file() || hsds::is_package(from);
    if from.is_dir() && !hsds_dir {
        let records = feed::read_records_dir(from).map_err(SourceError::Folder)?;
        return Ok(Source {
            records,
            ..Source::default()
        });
    }
    if from.is_file() && !import::is_json(from) && !hsds_dir {
        return from_sheet(from, sheet, lang);
    }
    from_hsds(from)
}

fn from_sheet(path: &Path, given: SheetSource, lang: &str) -> Result<Source, SourceError> {
    let (Some(name), Some(url)) = (
        given.publisher.filter(|p| !p.trim().is_empty()),
        given
            .source_url
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
    ) else {
        return Err(SourceError::NeedsPublisher);
    };
    let country = match given.country.as_deref() {
        None => None,
        Some(c) => Some(Country::new(c).ok_or_else(|| SourceError::UnknownCountry(c.into()))?),
    };
    let mut map = Vec::new();
    for m in &given.map {
        map.push(import::parse_map(m).map_err(SourceError::BadMap)?);
    }
    let opts = Options {
        country,
        map,
        office: String::new(),
        today: crate::today(),
        lang: lang.to_string(),
        encoding: None,
        publisher: Some(Publisher { name, url }),
    };
    let mut known = import::Known::default();
    let got = import::prepare(path, &opts, &mut known, &[], &Default::default(), &|_| {
        false
    })
    .map_err(SourceError::File)?;
    Ok(Source {
        records: got.records.iter().map(|s| s.record.clone()).collect(),
        refused: got.refused_rows,
        sheet: Some(got),
        hsds: Vec::new(),
    })
}

/// A publisher's records from Open Referral HSDS: one JSON file, the folder `haven export
/// hsds` wrote (organizations.json, then services.json), or a data package of CSV tables,
/// each item checked as `data/` is.
fn from_hsds(path: &Path) -> Result<Source, SourceError> {
    let package = hsds::is_package(path) && !path.join("services.json").is_file();
    let files: Vec<PathBuf> = if package {
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
        if !import::is_json(f) {
            return Err(SourceError::NotHsds);
        }
        let file = std::fs::File::open(f).map_err(|e| {
            SourceError::File(FileError::Sheet(ImportError::Io {
                path: f.to_path_buf(),
                detail: (&e).into(),
            }))
        })?;
        opened.push(file);
    }
    let (target, today, none) = (Target::Publisher, crate::today(), Default::default());
    let got = if package {
        hsds::import_package(path, &target, None, "en", today, &none, &|_| false)
    } else {
        let inputs = opened
            .iter_mut()
            .map(|f| f as &mut dyn std::io::Read)
            .collect();
        hsds::import_all(inputs, &target, None, "en", today, &none, &|_| false)
    }
    .map_err(SourceError::Hsds)?;
    let refused = got.refused.len();
    Ok(Source {
        records: got.records,
        sheet: None,
        hsds: got.refused.into_iter().chain(got.mended).collect(),
        refused,
    })
}

/// One change an office proposed.
#[derive(Debug, Clone, PartialEq)]
pub enum Proposal {
    /// A value flagged wrong: the right one, or none (to remove it).
    Flag {
        id: String,
        field: FlagField,
        value: String,
        correct: Option<String>,
        reason: Option<String>,
    },
    /// A record of the office's own, offered to the directory under a publisher's id.
    New {
        from: String,
        id: String,
        name: String,
    },
}

/// Why a proposal cannot be applied to the folder as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The folder no longer has the record.
    Gone(String),
    /// The folder's value changed since the office flagged it: it holds these now.
    Changed(Vec<String>),
    /// A record renamed needs the office to say what the right name is.
    NameRequired,
}

impl Refusal {
    pub fn message(&self, l: Locale) -> String {
        match self {
            Refusal::Gone(id) => tr_args(l, "feed-corrections-gone", &[("id", id.as_str().into())]),
            Refusal::Changed(now) => tr_args(
                l,
                "feed-corrections-changed",
                &[("now", now.join(", ").into())],
            ),
            Refusal::NameRequired => tr(l, "feed-corrections-name"),
        }
    }
}

/// One proposal, with the office that made it and the record it would write.
#[derive(Debug, Clone)]
pub struct Item {
    pub office: String,
    pub proposal: Proposal,
    pub result: Result<Record, Refusal>,
}

/// Why a review could not be made or written.
#[derive(Debug, Clone)]
pub enum ReviewError {
    /// The `data/`-style folder could not be read.
    Folder(FeedError),
    /// A corrections file could not be read (the worker's to fix).
    Read(StoreError),
    /// A corrections file is not one, or is damaged.
    File(PathBuf, LayerFileError),
    /// The accepted records would leave the folder invalid: nothing is written.
    Invalid(Vec<Problem>),
    /// Writing into the folder failed.
    Write(StoreError),
}

impl ReviewError {
    pub fn message(&self, l: Locale) -> String {
        match self {
            ReviewError::Folder(e) => tr_args(l, "cli-error", &[("detail", e.to_string().into())]),
            ReviewError::Read(e) | ReviewError::Write(e) => e.message(l),
            ReviewError::File(path, e) => format!("{}: {}", path.display(), e.message(l)),
            ReviewError::Invalid(p) => StoreError::Invalid(p.clone()).message(l),
        }
    }

    /// Whether the publisher can put it right (a file or a choice), rather than the machine.
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            ReviewError::Read(_) | ReviewError::File(..) | ReviewError::Invalid(_)
        )
    }
}

/// Offices' corrections beside the folder's records, numbered from 1.
#[derive(Debug)]
pub struct Review {
    pub items: Vec<Item>,
    by_id: HashMap<String, Record>,
    into: PathBuf,
}

/// Reads every corrections file against the `data/`-style folder `into`.
pub fn review(files: &[PathBuf], into: &Path) -> Result<Review, ReviewError> {
    let current = feed::read_records_dir(into).map_err(ReviewError::Folder)?;
    let by_id: HashMap<String, Record> = current.into_iter().map(|r| (r.id.clone(), r)).collect();
    let mut items = Vec::new();
    for file in files {
        // A corrections file is read within the layer files' budget (a regular file).
        let text = moves::read_layer_file(file).map_err(ReviewError::Read)?;
        let c = layer::read_corrections(&text).map_err(|e| ReviewError::File(file.clone(), e))?;
        for item in c.items {
            let (proposal, result) = match item {
                Correction::Flag { id, flag, .. } => {
                    let result = match by_id.get(&id) {
                        None => Err(Refusal::Gone(id.clone())),
                        Some(r) => merge::apply(r, &flag, &c.office).map_err(|e| match e {
                            merge::Refusal::AlreadyChanged { now } => Refusal::Changed(now),
                            merge::Refusal::NameRequired => Refusal::NameRequired,
                        }),
                    };
                    let proposal = Proposal::Flag {
                        id,
                        field: flag.field,
                        value: flag.value,
                        correct: flag.correct,
                        reason: flag.reason,
                    };
                    (proposal, result)
                }
                Correction::New { record } => {
                    let adopted = merge::adopt(&record, &|id| by_id.contains_key(id));
                    let proposal = Proposal::New {
                        from: record.id.clone(),
                        id: adopted.id.clone(),
                        name: record.name.original().to_string(),
                    };
                    (proposal, Ok(adopted))
                }
                Correction::Header { .. } => continue,
            };
            items.push(Item {
                office: c.office.clone(),
                proposal,
                result,
            });
        }
    }
    Ok(Review {
        items,
        by_id,
        into: into.to_path_buf(),
    })
}

impl Review {
    /// Applies the accepted items (numbered from 1) in memory, checks the whole folder as
    /// `feed build` would, then writes the records they change. Returns how many it wrote.
    pub fn write(mut self, chosen: &BTreeSet<usize>) -> Result<usize, ReviewError> {
        let mut written = Vec::new();
        for n in chosen {
            if let Some(Ok(r)) = self.items.get(n.wrapping_sub(1)).map(|i| &i.result) {
                self.by_id.insert(r.id.clone(), r.clone());
                written.push(r.clone());
            }
        }
        let all: Vec<Record> = self.by_id.values().cloned().collect();
        let problems =
            crate::model::validate_directory(&all, &crate::model::seed_text, crate::today());
        let touched: BTreeSet<&str> = written.iter().map(|r| r.id.as_str()).collect();
        let problems: Vec<_> = problems
            .into_iter()
            .filter(|p| touched.contains(p.id.as_str()))
            .collect();
        if !problems.is_empty() {
            return Err(ReviewError::Invalid(problems));
        }
        for r in &written {
            let path = record_path(&self.into, &r.id);
            let text = serde_json::to_string_pretty(r)
                .map_err(|e| ReviewError::Write(StoreError::Record(e.to_string())))?;
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| ReviewError::Write(StoreError::io(parent, e)))?;
            }
            moves::write_atomic(&path, &format!("{text}\n")).map_err(ReviewError::Write)?;
        }
        Ok(written.len())
    }
}

/// Where a record lives in a `data/`-style folder: `<namespace>/<slug>.json`.
fn record_path(dir: &Path, id: &str) -> PathBuf {
    let (ns, slug) = id.split_once('/').unwrap_or(("misc", id));
    dir.join(ns).join(format!("{slug}.json"))
}
