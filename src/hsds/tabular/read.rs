//! The tables of a data package read into nested HSDS items: organizations first, then
//! services, each with everything that points at it.

use super::{EMBEDS, LINKS, NESTS, NUMBERS, ORGANIZATION_URLS, TABLES};
use crate::hsds::{HsdsError, PROFILE_KEY};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::Path;

/// A table larger than this is refused: no office's directory comes near it, and a table is
/// held in memory while its links are resolved.
pub const MAX_TABLE_BYTES: u64 = 64 * 1024 * 1024;
/// The most cells all the tables of a package may hold together (each is kept while the
/// links are resolved).
pub const MAX_PACKAGE_CELLS: usize = 1_000_000;
/// The most rows written into one item by its links (a service with its locations, their
/// addresses, phones, schedules…): links that loop, or one row shared by thousands, stop
/// here instead of multiplying.
pub const MAX_ITEM_PARTS: usize = 10_000;
/// The most rows written into all the items together.
pub const MAX_PARTS: usize = 200_000;

/// A row's id column that names no row of the table it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dangling {
    /// The table's file (`phones.csv`).
    pub file: String,
    /// The row, counting the header as row 1, as a spreadsheet shows it.
    pub row: usize,
    pub column: String,
    pub value: String,
    /// The file it should point into (`contacts.csv`), or several for a link to any table.
    pub target: String,
    /// Whether the row was left out (it named no parent that exists).
    pub left_out: bool,
}

type Rows = Vec<Map<String, Value>>;

/// A data package read and linked: its items are built one at a time ([`Package::for_each`]),
/// so only one is ever whole in memory.
pub struct Package {
    linker: Linker,
}

impl Package {
    /// The rows whose links point at nothing.
    pub fn dangling(&self) -> &[Dangling] {
        &self.linker.dangling
    }

    /// Hands on each item, organizations first, within [`MAX_ITEM_PARTS`] and [`MAX_PARTS`].
    pub fn for_each(&self, each: &mut dyn FnMut(Value)) -> Result<(), HsdsError> {
        let mut total = MAX_PARTS;
        for table in ["organization", "service"] {
            let n = self.linker.rows.get(table).map_or(0, Vec::len);
            for i in 0..n {
                let mut budget = Budget {
                    item: MAX_ITEM_PARTS,
                    total: &mut total,
                };
                each(self.linker.build(table, i, 0, &mut budget)?);
            }
        }
        Ok(())
    }
}

/// What is left to build: of this item, and of all of them.
struct Budget<'a> {
    item: usize,
    total: &'a mut usize,
}

impl Budget<'_> {
    fn take(&mut self) -> Result<(), HsdsError> {
        if self.item == 0 {
            return Err(HsdsError::TooManyParts {
                max: MAX_ITEM_PARTS,
                item: true,
            });
        }
        if *self.total == 0 {
            return Err(HsdsError::TooManyParts {
                max: MAX_PARTS,
                item: false,
            });
        }
        self.item -= 1;
        *self.total -= 1;
        Ok(())
    }
}

/// Reads the package at `path` (its folder or its `datapackage.json`) and links its rows.
pub fn read_package(path: &Path) -> Result<Package, HsdsError> {
    let dir = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(Path::new("."))
    };
    let mut rows: HashMap<&str, Rows> = HashMap::new();
    let mut cells = MAX_PACKAGE_CELLS;
    for t in TABLES {
        let file = dir.join(t.file);
        if file.is_file() {
            rows.insert(t.name, read_table(&file, t.file, &mut cells)?);
        }
    }
    if !rows.contains_key("service") && !rows.contains_key("organization") {
        return Err(HsdsError::NotHsds);
    }
    Ok(Package {
        linker: Linker::new(rows),
    })
}

/// Reads one table; `cells` is what is left of the package's budget.
fn read_table(path: &Path, file: &str, cells: &mut usize) -> Result<Rows, HsdsError> {
    let fail = |detail: String| HsdsError::Table {
        file: file.to_string(),
        detail,
    };
    // Only a regular file within its budget: read whole, then parsed.
    let bytes = crate::input::read_bytes(path, MAX_TABLE_BYTES).map_err(|e| fail(e.to_string()))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| fail(e.to_string()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| fail(e.to_string()))?;
        // A row counts as a cell even when empty: a file of blank lines is bounded too.
        if *cells == 0 {
            return Err(HsdsError::TooManyCells {
                max: MAX_PACKAGE_CELLS,
            });
        }
        *cells -= 1;
        let mut row = Map::new();
        for (h, cell) in headers.iter().zip(record.iter()) {
            let cell = cell.trim();
            if cell.is_empty() || h.is_empty() {
                continue;
            }
            if *cells == 0 {
                return Err(HsdsError::TooManyCells {
                    max: MAX_PACKAGE_CELLS,
                });
            }
            *cells -= 1;
            row.insert(h.clone(), value(h, cell));
        }
        out.push(row);
    }
    Ok(out)
}

/// A cell as the JSON form holds it: a number where HSDS has one, text otherwise (a number
/// that does not read stays text, and the importer says what is wrong with it).
fn value(column: &str, cell: &str) -> Value {
    if NUMBERS.contains(&column) {
        if let Ok(n) = cell.parse::<i64>() {
            return n.into();
        }
        if let Ok(f) = cell.parse::<f64>()
            && let Some(n) = serde_json::Number::from_f64(f)
        {
            return Value::Number(n);
        }
    }
    // The Haven profile rides in a column of JSON text.
    if column == PROFILE_KEY
        && let Ok(v @ Value::Object(_)) = serde_json::from_str(cell)
    {
        return v;
    }
    Value::String(cell.to_string())
}

/// A row: its table and its place in it.
type RowRef = (&'static str, usize);

/// A row placed in another, under `key`, by the id in `column`.
struct Placed {
    key: &'static str,
    column: &'static str,
    row: RowRef,
}

/// Where each row goes: the children of every row, by key, and the rows written whole into
/// others.
struct Linker {
    rows: HashMap<&'static str, Rows>,
    /// Rows listed in each row, linked by the child's column that names the parent.
    children: HashMap<RowRef, Vec<Placed>>,
    /// Rows written whole into each row, linked by its column that names them.
    embeds: HashMap<RowRef, Vec<Placed>>,
    dangling: Vec<Dangling>,
}

impl Linker {
    fn new(rows: HashMap<&'static str, Rows>) -> Linker {
        let mut l = Linker {
            rows,
            children: HashMap::new(),
            embeds: HashMap::new(),
            dangling: Vec::new(),
        };
        l.link();
        l
    }

    fn file(table: &str) -> &'static str {
        TABLES
            .iter()
            .find(|t| t.name == table)
            .map(|t| t.file)
            .unwrap_or("")
    }

    fn link(&mut self) {
        let index: HashMap<&str, HashMap<String, usize>> = self
            .rows
            .iter()
            .map(|(t, rows)| {
                let ids = rows
                    .iter()
                    .enumerate()
                    .filter_map(|(i, r)| Some((r.get("id")?.as_str()?.to_string(), i)))
                    .collect();
                (*t, ids)
            })
            .collect();
        let find = |table: &str, id: &str| -> Option<(&'static str, usize)> {
            if table == "*" {
                return TABLES
                    .iter()
                    .filter(|t| !matches!(t.name, "attribute" | "metadata"))
                    .find_map(|t| Some((t.name, *index.get(t.name)?.get(id)?)));
            }
            let t = TABLES.iter().find(|t| t.name == table)?;
            Some((t.name, *index.get(table)?.get(id)?))
        };
        // Locations a service is offered at are written into its service_at_location.
        let at_service: std::collections::HashSet<String> = self
            .rows
            .get("service_at_location")
            .into_iter()
            .flatten()
            .filter_map(|r| Some(r.get("location_id")?.as_str()?.to_string()))
            .collect();
        let mut dangling = Vec::new();
        for nest in &NESTS {
            let Some(rows) = self.rows.get(nest.table) else {
                continue;
            };
            for (i, row) in rows.iter().enumerate() {
                // Its links are checked all the same.
                let elsewhere = nest.table == "location"
                    && row
                        .get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|id| at_service.contains(id));
                let mut parent = None;
                let mut missed = Vec::new();
                for (column, table) in nest.parents {
                    let Some(id) = row.get(*column).and_then(Value::as_str) else {
                        continue;
                    };
                    match find(table, id) {
                        Some(p) => {
                            parent.get_or_insert((p, *column));
                        }
                        None => missed.push((*column, *table, id.to_string())),
                    }
                }
                for (column, table, value) in missed {
                    dangling.push(Dangling {
                        file: Self::file(nest.table).to_string(),
                        row: i + 2,
                        column: column.to_string(),
                        value,
                        target: if table == "*" {
                            String::new()
                        } else {
                            Self::file(table).to_string()
                        },
                        left_out: parent.is_none() && !elsewhere,
                    });
                }
                if let Some((p, column)) = parent.filter(|_| !elsewhere) {
                    let key = if nest.table == "url" && p.0 == "organization" {
                        ORGANIZATION_URLS
                    } else {
                        nest.key
                    };
                    self.children.entry(p).or_default().push(Placed {
                        key,
                        column,
                        row: (nest.table, i),
                    });
                }
            }
        }
        let checked = LINKS.iter().map(|(t, c, to)| (*t, *c, *to, None));
        let embedded = EMBEDS
            .iter()
            .map(|e| (e.table, e.column, e.target, Some(e.key)));
        for (table, column, target, key) in checked.chain(embedded) {
            let Some(rows) = self.rows.get(table) else {
                continue;
            };
            for (i, row) in rows.iter().enumerate() {
                let Some(id) = row.get(column).and_then(Value::as_str) else {
                    continue;
                };
                match find(target, id) {
                    Some((t, j)) => {
                        if let Some(key) = key {
                            let to = Placed {
                                key,
                                column,
                                row: (t, j),
                            };
                            self.embeds.entry((table, i)).or_default().push(to);
                        }
                    }
                    None => dangling.push(Dangling {
                        file: Self::file(table).to_string(),
                        row: i + 2,
                        column: column.to_string(),
                        value: id.to_string(),
                        target: Self::file(target).to_string(),
                        left_out: false,
                    }),
                }
            }
        }
        dangling.sort_by(|a, b| (&a.file, a.row).cmp(&(&b.file, b.row)));
        self.dangling = dangling;
    }

    /// Row `i` of `table` with everything nested in it. The links form a tree of fixed
    /// depth (no table nests in itself), and `depth` bounds it whatever a file says.
    fn build(
        &self,
        table: &'static str,
        i: usize,
        depth: usize,
        budget: &mut Budget,
    ) -> Result<Value, HsdsError> {
        budget.take()?;
        let mut o = self
            .rows
            .get(table)
            .and_then(|r| r.get(i))
            .cloned()
            .unwrap_or_default();
        if depth > 8 {
            return Ok(Value::Object(o));
        }
        // Nesting says what the linking ids said: they are not repeated inside.
        for p in self.embeds.get(&(table, i)).into_iter().flatten() {
            o.remove(p.column);
            o.insert(
                p.key.to_string(),
                self.build(p.row.0, p.row.1, depth + 1, budget)?,
            );
        }
        for p in self.children.get(&(table, i)).into_iter().flatten() {
            let mut child = self.build(p.row.0, p.row.1, depth + 1, budget)?;
            if let Some(c) = child.as_object_mut() {
                c.remove(p.column);
            }
            match o.get_mut(p.key) {
                Some(Value::Array(list)) => list.push(child),
                _ => {
                    o.insert(p.key.to_string(), Value::Array(vec![child]));
                }
            }
        }
        Ok(Value::Object(o))
    }
}
