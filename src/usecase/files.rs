//! Files in and out: an office's spreadsheet or HSDS file made into its own records, the
//! worker's layer moved between PCs, the office's corrections for the publisher, the
//! directory as HSDS. The window and the command line both call these, so a file made by one
//! is the file the other reads.

use super::{Haven, ImportSummary, StoreError};
use crate::i18n::Locale;
use crate::import::{self, FileError, Options, Prepared};
use crate::store::moves;
use std::path::Path;

/// What an import is checked against: the records the directory and the office already
/// hold, its regions and ids. Gathered on the directory's side, then the file is read
/// against it (on the command line behind a progress line).
pub struct ImportPlan {
    known: import::Known,
    regions: Vec<(String, crate::model::Text)>,
    kinds: std::collections::HashMap<String, crate::model::Kind>,
    taken: Box<dyn Fn(&str) -> bool + Send>,
}

impl std::fmt::Debug for ImportPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ImportPlan")
    }
}

impl ImportPlan {
    /// Reads `file` and checks every row as `data/` is checked: nothing is written.
    pub fn read(mut self, file: &Path, opts: &Options) -> Result<Prepared, FileError> {
        import::prepare(
            file,
            opts,
            &mut self.known,
            &self.regions,
            &self.kinds,
            &*self.taken,
        )
    }
}

/// Why an import read nothing.
#[derive(Debug, Clone)]
pub enum ImportFailed {
    /// The file cannot be read as a spreadsheet or HSDS.
    File(FileError),
    /// The directory could not be asked what it holds.
    Store(StoreError),
}

impl ImportFailed {
    /// The reason as a sentence in `locale`.
    pub fn message(&self, l: Locale) -> String {
        match self {
            ImportFailed::File(e) => e.message(l),
            ImportFailed::Store(e) => e.message(l),
        }
    }
}

impl From<StoreError> for ImportFailed {
    fn from(e: StoreError) -> ImportFailed {
        ImportFailed::Store(e)
    }
}

/// What a layer export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub notes: usize,
    pub flags: usize,
    pub records: usize,
}

/// How many services and organisations an HSDS export wrote.
pub type HsdsCounts = (usize, usize);

impl Haven {
    /// What an import of a file will be checked against ([`ImportPlan::read`]).
    pub fn import_plan(&self) -> Result<ImportPlan, StoreError> {
        Ok(ImportPlan {
            known: moves::known_records(&self.dir, &self.layer)?,
            regions: self.dir.regions()?,
            kinds: self.dir.kinds()?,
            taken: Box::new(moves::id_taken(&self.dir, &self.layer)?),
        })
    }

    /// Reads and checks `file` for import, writing nothing (the preview, `--dry-run`).
    pub fn prepare_import(&self, file: &Path, opts: &Options) -> Result<Prepared, ImportFailed> {
        let plan = self.import_plan().map_err(ImportFailed::Store)?;
        plan.read(file, opts).map_err(ImportFailed::File)
    }

    /// Writes a checked import's records as the office's own, with their rows' notes, in one
    /// transaction. Returns how many records were written.
    pub fn commit_import(
        &mut self,
        prepared: &Prepared,
        lang: &str,
        today: jiff::civil::Date,
    ) -> Result<usize, StoreError> {
        self.writable()?;
        moves::add_imported(
            &mut self.dir,
            &mut self.layer,
            &prepared.records,
            lang,
            today,
        )
    }

    /// Writes the whole layer to `path` (confidential addresses left out).
    pub fn export_layer(&self, path: &Path) -> Result<Exported, StoreError> {
        let e = moves::export_layer(&self.layer, path)?;
        Ok(Exported {
            notes: e.notes.len(),
            flags: e.flags.len(),
            records: e.records.len(),
        })
    }

    /// Reads a layer file another PC exported and merges it into the layer, never
    /// overwriting the worker's own notes, flags or records: a note that differs is kept
    /// beside theirs under a dated mark in `locale`.
    pub fn import_layer(
        &mut self,
        path: &Path,
        office: &str,
        today: jiff::civil::Date,
        locale: Locale,
    ) -> Result<ImportSummary, StoreError> {
        self.writable()?;
        let text = moves::read_layer_file(path)?;
        let mark = |n: &crate::layer::Note| {
            crate::i18n::tr_args(
                locale,
                "layer-note-brought-in",
                &[
                    ("today", crate::present::date(today, locale).into()),
                    ("written", crate::present::date(n.updated_at, locale).into()),
                ],
            )
        };
        moves::import_layer(&mut self.dir, &mut self.layer, &text, office, today, &mark)
    }

    /// Writes the office's corrections for the publisher to `path`; returns how many.
    pub fn export_corrections(&self, office: &str, path: &Path) -> Result<usize, StoreError> {
        moves::export_corrections(&self.dir, &self.layer, office, path)
    }

    /// Writes the directory, the office's own records with it, as HSDS into the folder `out`.
    pub fn export_hsds(&self, out: &Path) -> Result<HsdsCounts, StoreError> {
        let records = self.dir.all()?;
        std::fs::create_dir_all(out).map_err(|e| StoreError::io(out, e))?;
        // Haven has few organisations: they wait in memory while the services stream out.
        let mut orgs = Vec::new();
        let mut written = (0, 0);
        moves::write_atomic_with(&out.join("services.json"), &mut |w| {
            written = crate::hsds::write_directory(&records, w, &mut orgs)?;
            Ok(())
        })?;
        moves::write_atomic_with(&out.join("organizations.json"), &mut |w| w.write_all(&orgs))?;
        for (file, bytes) in crate::hsds::write_package(&records) {
            moves::write_atomic_with(&out.join(file), &mut |w| w.write_all(&bytes))?;
        }
        Ok(written)
    }
}
