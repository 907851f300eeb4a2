//! What a person can do with Haven, written once: the window (`ui`) and the command line call
//! these and nothing below them. Neither front end names the store or runs SQL
//! (`tests/it/layering.rs` fails if one does).
//!
//! A [`Haven`] is the directory and the worker's layer, opened together. Every write to the
//! layer is an [`Edit`] value, run by [`Haven::edit`], which writes *and* has the directory
//! carry the change in one step: no caller can forget to bring the directory's copy of the
//! layer up to date.

mod edit;
mod files;
pub mod publish;

pub use crate::layer::MAX_NOTE_CHARS;
pub use crate::store::user::ImportSummary;
pub use crate::store::{LayerEvent, OpenEvent, Origin, Paths, Seen, StoreError, bundled_records};
pub use edit::{Edit, EditError, Edited};
pub use files::{Exported, HsdsCounts, ImportFailed, ImportPlan};

use crate::layer::Mine;
use crate::model::{Record, Text};
use crate::present::Links;
use crate::search::{self, Query, Results};
use crate::store::{Directory, UserLayer};
use std::collections::HashMap;

/// The directory and the worker's layer, open.
pub struct Haven {
    dir: Directory,
    layer: UserLayer,
    /// Set when the data folder can only be read: writes say so and change nothing.
    frozen: Option<crate::store::frozen::Frozen>,
}

impl std::fmt::Debug for Haven {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Haven")
            .field("dir", &self.dir.path())
            .finish()
    }
}

/// What opening did, for the worker to read.
#[derive(Debug, Clone)]
pub struct Opening {
    /// What opening the directory did (built it, repaired it, …).
    pub events: Vec<OpenEvent>,
    /// What opening the worker's layer did (a damaged file restored from its backup).
    pub layer_events: Vec<LayerEvent>,
    /// The directory is large: its full integrity check is still to run ([`Haven::check`]).
    pub check_pending: bool,
    /// How many records the directory holds.
    pub count: usize,
}

/// The records a referral sheet is made of, gathered the same way for the window and the
/// command line.
#[derive(Debug, Clone, Default)]
pub struct Gathered {
    /// The records found, in the order asked for.
    pub records: Vec<Record>,
    /// The names of the organisations that run them.
    pub organizations: HashMap<String, Text>,
    /// The worker's layer on each record (notes, flags …).
    pub mine: HashMap<String, Mine>,
    /// Ids asked for that the directory does not hold (removed by an update, or mistyped).
    pub missing: Vec<String>,
    /// Records that would go on the sheet with no number to call, each with the related
    /// records that have one (its organisation, the lines it names), to offer instead.
    pub unreachable: Vec<Unreachable>,
}

/// A sheet entry with no working number, and what could be added for the client to call.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreachable {
    pub id: String,
    pub name: Text,
    /// Up to three related records with a number: `(id, name, number as dialled)`.
    pub offers: Vec<(String, Text, String)>,
}

impl Unreachable {
    /// What the worker is told, a sentence a line: that no number will be printed, and what
    /// could be added instead (or the office's own number).
    pub fn message(&self, l: crate::i18n::Locale) -> Vec<String> {
        use crate::i18n::{tr, tr_args};
        use crate::present::text;
        let mut lines = vec![tr_args(
            l,
            "referral-unreachable",
            &[("name", text(&self.name, l).into())],
        )];
        for (id, name, number) in &self.offers {
            lines.push(tr_args(
                l,
                "referral-unreachable-offer",
                &[
                    ("name", text(name, l).into()),
                    ("number", crate::i18n::ltr(number).into()),
                    ("id", id.as_str().into()),
                ],
            ));
        }
        lines.push(tr(l, "referral-unreachable-office"));
        lines
    }
}

/// The number a client could call for `r` as the sheet prints it: its main phone, the office's
/// correction where there is one; none when it has no phone or the only one was reported not
/// to work.
fn callable(r: &Record, mine: &crate::layer::Mine) -> Option<String> {
    r.phones
        .iter()
        .map(|p| crate::present::dial(r, mine, p))
        .find(|d| d.reported.is_none())
        .map(|d| d.number)
}

/// What the About screen and `haven --version` tell of the directory.
#[derive(Debug, Clone)]
pub struct DirectoryInfo {
    pub total: usize,
    pub per_country: Vec<(String, usize)>,
    pub origin: Origin,
    pub updated_at: Option<String>,
}

/// The directory's country codes (sorted) and regions (id, name).
pub type Places = (Vec<String>, Vec<(String, Text)>);

impl Haven {
    /// Opens (building or repairing if needed) the directory and the worker's layer beside
    /// it, and keeps the layer's copies of the publisher's records current. A small directory
    /// is integrity-checked now; a large one is left for [`Haven::check`] after the first
    /// frame or command.
    pub fn open(paths: &Paths) -> Result<(Haven, Opening), StoreError> {
        let check = crate::store::check_inline(&paths.directory_db());
        let (opened, frozen) = if crate::store::frozen::writable(paths) {
            (crate::store::open_with_layer(paths, check)?, None)
        } else {
            let (opened, frozen) = crate::store::frozen::open(paths, check)?;
            (opened, Some(frozen))
        };
        let count = opened.dir.count()?;
        Ok((
            Haven {
                dir: opened.dir,
                layer: opened.layer,
                frozen,
            },
            Opening {
                events: opened.events,
                layer_events: opened.layer_events,
                check_pending: !check,
                count,
            },
        ))
    }

    /// Builds the directory again from the bundled copy (the worker's layer is kept and
    /// carried at once). Returns how many records it holds.
    pub fn rebuild(paths: &Paths) -> Result<usize, StoreError> {
        writable(paths)?;
        let mut dir = Directory::rebuild(&paths.directory_db())?;
        dir.attach_layer(&paths.user_layer())?;
        dir.count()
    }

    /// The directory's origin and size, without setting anything up: `None` when there is
    /// no directory yet.
    pub fn peek(paths: &Paths) -> Result<Option<(Origin, usize)>, StoreError> {
        let db = paths.directory_db();
        if !db.exists() {
            return Ok(None);
        }
        let (d, _) = Directory::open(&db, false)?;
        Ok(Some((d.origin()?, d.count()?)))
    }

    /// One search: ranked hits and facet counts.
    /// An index that search finds damaged is rebuilt from the directory's own records, and
    /// the search made again (`Results::repaired` says so), rather than failing every search.
    pub fn search(&mut self, query: &Query) -> Result<Results, StoreError> {
        match search::search(&self.dir, query) {
            Err(e) if e.is_corrupt() && self.frozen.is_none() => {
                self.dir.reindex()?;
                self.dir.reload_facets()?;
                let mut results = search::search(&self.dir, query)?;
                results.repaired = true;
                Ok(results)
            }
            other => other,
        }
    }

    /// The record with this id (the office's own and its corrections included).
    pub fn record(&self, id: &str) -> Result<Option<Record>, StoreError> {
        self.dir.get(id.trim())
    }

    /// Every record, in listing order.
    pub fn all(&self) -> Result<Vec<Record>, StoreError> {
        self.dir.all()
    }

    /// What presenting `r` needs: the records it points at and the worker's layer on it.
    pub fn around(&self, r: &Record) -> Result<Links, StoreError> {
        self.dir.around(&self.layer, r)
    }

    /// Everything of the worker's on `r`.
    pub fn mine(&self, r: &Record) -> Result<Mine, StoreError> {
        self.dir.mine(&self.layer, r)
    }

    /// The number to dial for the record's main phone (the office's correction, if any),
    /// as every front end copies it: `None` when the record has no phone.
    pub fn main_dial(&self, id: &str) -> Result<Option<crate::present::Dial>, StoreError> {
        let Some(r) = self.record(id)? else {
            return Ok(None);
        };
        let Some(p) = r.main_phone() else {
            return Ok(None);
        };
        let mine = self.mine(&r)?;
        Ok(Some(crate::present::dial(&r, &mine, p)))
    }

    /// The records for a sheet, in the order asked; ids the directory does not hold are
    /// named in `missing`, never dropped silently.
    pub fn gather(&self, ids: &[String]) -> Result<Gathered, StoreError> {
        let mut g = Gathered::default();
        for id in ids {
            let Some(r) = self.dir.get(id.trim())? else {
                g.missing.push(id.trim().to_string());
                continue;
            };
            g.mine.insert(r.id.clone(), self.dir.mine(&self.layer, &r)?);
            if let Some(org) = &r.organization
                && let Some(o) = self.dir.get(org)?
            {
                g.organizations.insert(o.id.clone(), o.name.clone());
            }
            g.records.push(r);
        }
        for r in &g.records {
            // The worker's layer on the sheet's records was read above: not asked again.
            if let Some(mine) = g.mine.get(&r.id)
                && callable(r, mine).is_some()
            {
                continue;
            }
            let mut offers = Vec::new();
            for other in r.organization.iter().chain(r.related.iter()) {
                if offers.len() == 3 || ids.iter().any(|i| i.trim() == other) {
                    continue;
                }
                if let Some(o) = self.dir.get(other)?
                    && let Some(number) = callable(&o, &self.dir.mine(&self.layer, &o)?)
                {
                    offers.push((o.id.clone(), o.name.clone(), number));
                }
            }
            g.unreachable.push(Unreachable {
                id: r.id.clone(),
                name: r.name.clone(),
                offers,
            });
        }
        Ok(g)
    }

    /// The directory's countries and regions, for filters and the office's place.
    pub fn places(&self) -> Result<Places, StoreError> {
        let mut countries = self.dir.facets().countries().to_vec();
        countries.sort();
        Ok((countries, self.dir.regions()?))
    }

    /// The directory's regions (id, name).
    pub fn regions(&self) -> Result<Vec<(String, Text)>, StoreError> {
        self.dir.regions()
    }

    /// The office's own records, then the publisher's records it let go of but still keeps
    /// (removed by an update): `(record, removed)`.
    pub fn local_list(&self) -> Result<Vec<(Record, bool)>, StoreError> {
        let mut rows: Vec<(Record, bool)> = self
            .layer
            .local_records()?
            .into_iter()
            .map(|r| (r, false))
            .collect();
        for id in self.layer.touched_ids()? {
            if self.dir.is_overlay(&id)?
                && let Some(r) = self.dir.get(&id)?
            {
                rows.push((r, true));
            }
        }
        Ok(rows)
    }

    /// The directory's size, origin and date, for About and `--version`.
    pub fn info(&self) -> Result<DirectoryInfo, StoreError> {
        Ok(DirectoryInfo {
            total: self.dir.count()?,
            per_country: self.dir.count_by_country()?,
            origin: self.dir.origin()?,
            updated_at: self.dir.meta("updated_at")?,
        })
    }

    /// The full integrity check: `Err(problems)` when the directory is damaged.
    pub fn check(&self) -> Result<Result<(), Vec<String>>, StoreError> {
        self.dir.check()
    }

    /// How many records the directory holds.
    pub fn count(&self) -> Result<usize, StoreError> {
        self.dir.count()
    }

    /// The last update's (when, outcome, detail), as logged by whichever Haven ran it.
    pub fn last_sync(&self) -> Result<Option<(String, String, String)>, StoreError> {
        self.dir.last_sync()
    }

    /// What the directory file looks like now, to notice another Haven's change.
    pub fn seen(&self) -> Result<Seen, StoreError> {
        self.dir.seen()
    }

    /// The directory's records changed (an update, another Haven): what is derived from
    /// them (search terms, facet counts) is read again, so the next search sees them.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        self.dir.reload_facets()
    }
}

impl Haven {
    /// `Err(ReadOnly)` when the data folder can only be read: what would be written is not.
    pub fn writable(&self) -> Result<(), StoreError> {
        match &self.frozen {
            Some(f) => Err(StoreError::ReadOnly(f.dir.clone())),
            None => Ok(()),
        }
    }
}

/// `Err(ReadOnly)` when this account cannot write in the data folder of `paths`.
pub fn writable(paths: &Paths) -> Result<(), StoreError> {
    if crate::store::frozen::writable(paths) {
        Ok(())
    } else {
        Err(StoreError::ReadOnly(paths.data_dir.clone()))
    }
}

/// A key file holds one minisign public key: a few lines.
pub const MAX_KEY_FILE: u64 = 4 << 10;

/// The text of `key` when it names a key file (a regular file of at most
/// [`MAX_KEY_FILE`] bytes); `None` when it is not a file, so it is taken as the key itself.
pub fn read_key_file(key: &str) -> Option<String> {
    let path = std::path::Path::new(key.trim());
    if key.trim().is_empty() {
        return None;
    }
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_KEY_FILE {
        return None;
    }
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(MAX_KEY_FILE)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

/// What an update from the feed uses, from the office's feed settings.
pub fn sync_config(feed: &crate::settings::FeedSettings) -> crate::sync::Config {
    crate::sync::Config {
        url: feed.url.clone(),
        public_key: feed.public_key.clone(),
        proxy: Some(feed.proxy.clone()).filter(|p| !p.trim().is_empty()),
        limits: crate::sync::Limits::default(),
    }
}

/// Updates the directory from the feed (on its own connection: a window's searches go on
/// with the directory as it was until the update commits).
pub fn sync(
    paths: &Paths,
    config: &crate::sync::Config,
    report: &mut dyn FnMut(crate::sync::Progress),
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<crate::sync::Outcome, crate::sync::SyncError> {
    writable(paths)?;
    crate::sync::sync(&paths.directory_db(), config, report, cancel)
}

/// One record the office wrote as JSON is a few kilobytes; a bigger file is not one.
pub const MAX_RECORD_FILE: u64 = 1 << 20;

/// Reads a record file the worker named (`haven local add|edit`): a regular file of at most
/// [`MAX_RECORD_FILE`] bytes.
pub fn read_record_file(path: &std::path::Path) -> Result<String, StoreError> {
    crate::store::moves::read_bounded(path, MAX_RECORD_FILE)
}

/// Reads a layer or corrections file (a regular file within the layer files' budget).
pub fn read_layer_file(path: &std::path::Path) -> Result<String, StoreError> {
    crate::store::moves::read_layer_file(path)
}
