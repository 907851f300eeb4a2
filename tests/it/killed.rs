//! Haven killed anywhere: an import, a note, a rebuild, a sync and the first build of the
//! directory, each started as a worker would start it and killed with SIGKILL at a random
//! moment of its run, 120 times in all. After every kill the directory passes
//! `quick_check` and holds the old state or the new (never a mix), the worker's layer is
//! intact, and the same command run again succeeds.

use crate::common::*;
use haven::store::{Directory, Origin, Paths};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A small repeatable random sequence (the kill moments), so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

struct Office {
    data: tempfile::TempDir,
    paths: Paths,
}

impl Office {
    fn new() -> Office {
        let data = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(data.path().to_path_buf())).unwrap();
        let o = Office { data, paths };
        o.ok(&["search", "policja"]);
        o
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_haven"));
        c.arg("--data-dir")
            .arg(self.data.path())
            .args(["--lang", "en"])
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.command(args).stdout(Stdio::piped()).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// How long `args` takes uninterrupted.
    fn time(&self, args: &[&str]) -> Duration {
        let t = Instant::now();
        self.ok(args);
        t.elapsed()
    }

    /// Starts `args` and kills it after a random part of `span`.
    fn kill_during(&self, args: &[&str], span: Duration, rng: &mut Lcg) {
        let mut child: Child = self.command(args).spawn().unwrap();
        let at = Duration::from_micros(rng.below(span.as_micros() as u64 + 1));
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
    }

    /// The directory's file passes SQLite's `quick_check` (or is not there, to be built).
    fn directory_sound(&self) -> bool {
        let db = self.paths.directory_db();
        if !db.exists() {
            return true;
        }
        let conn = rusqlite::Connection::open(&db).unwrap();
        let verdict: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .unwrap_or_else(|e| e.to_string());
        verdict == "ok"
    }

    fn local_count(&self) -> usize {
        let out = self.ok(&["local", "list", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v.as_array().map_or(0, |a| {
            a.iter()
                .filter(|r| r["id"].as_str().is_some_and(|i| i.starts_with("local/")))
                .count()
        })
    }

    fn note(&self, id: &str) -> Option<String> {
        let out = self.ok(&["show", "--json", id]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["note"]["text"].as_str().map(str::to_string)
    }

    fn sequence(&self) -> u64 {
        let (dir, _) = Directory::open(&self.paths.directory_db(), true).unwrap();
        match dir.origin().unwrap() {
            Origin::Feed { sequence, .. } => sequence,
            Origin::Bundled { .. } => 0,
        }
    }
}

/// The `k`th office list: `rows` services no other list has.
fn sheet(dir: &Path, k: usize, rows: usize) -> PathBuf {
    let mut text = String::from("name,phone,city\n");
    for i in 0..rows {
        text.push_str(&format!("Punkt {k}-{i},22 6{k:02}{i:04},Warszawa\n"));
    }
    let path = dir.join(format!("list-{k}.csv"));
    std::fs::write(&path, text).unwrap();
    path
}

const KILLS: usize = 20;

#[test]
fn killed_at_random_moments_nothing_is_lost_or_mixed() {
    let mut rng = Lcg(0x4841_5645_4e21);
    let o = Office::new();
    let mut kills = 0;

    // An import: all of its records or none.
    let rows = 200;
    let list = |k: usize| sheet(o.data.path(), k, rows).to_string_lossy().into_owned();
    let span = {
        let first = list(0);
        o.time(&["import", "--country", "PL", &first])
    };
    for k in 1..=KILLS {
        let before = o.local_count();
        let file = list(k);
        let import = ["import", "--country", "PL", &file];
        o.kill_during(&import, span, &mut rng);
        kills += 1;
        assert!(o.directory_sound());
        let n = o.local_count();
        assert!(
            n == before || n == before + rows,
            "{before} → {n}: half an import"
        );
        // Run again: what came in stays, what did not comes in.
        o.ok(&import);
        assert_eq!(o.local_count(), before + rows);
    }
    let rows = (KILLS + 1) * rows;

    // A note: the old text or the new.
    let id = "pl/niebieska-linia";
    o.ok(&["note", id, "note 0"]);
    let span = o.time(&["note", id, "note 0"]);
    for k in 1..=KILLS {
        let before = o.note(id);
        let text = format!("note {k}");
        o.kill_during(&["note", id, &text], span, &mut rng);
        kills += 1;
        let after = o.note(id);
        assert!(
            after == before || after.as_deref() == Some(text.as_str()),
            "{after:?}"
        );
    }
    o.ok(&["note", id, "final"]);
    assert_eq!(o.note(id).as_deref(), Some("final"));

    // A rebuild, and the first build of the directory: the layer survives both.
    let span = o.time(&["db", "rebuild"]);
    for _ in 0..KILLS {
        o.kill_during(&["db", "rebuild"], span, &mut rng);
        kills += 1;
        assert!(o.directory_sound());
        o.ok(&["search", "policja"]);
        assert_eq!(o.note(id).as_deref(), Some("final"));
    }
    for _ in 0..KILLS {
        let db = o.paths.directory_db();
        for entry in std::fs::read_dir(o.data.path()).unwrap() {
            let p = entry.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with("directory.sqlite3") {
                std::fs::remove_file(&p).unwrap();
            }
        }
        o.kill_during(&["search", "policja"], span, &mut rng);
        kills += 1;
        assert!(o.directory_sound(), "{}", db.display());
        o.ok(&["search", "policja"]);
        assert_eq!(o.local_count(), rows);
    }

    // A sync: the old sequence or the new, each time a newer feed is published.
    let (server, keys) = (Server::start(), keys());
    let feed_dir = tempfile::tempdir().unwrap();
    let mut previous: Option<tempfile::TempDir> = None;
    let mut publish_next = |n: usize| {
        let dir = tempfile::tempdir().unwrap();
        let mut records = bundled();
        records.push(extra(&format!("pl/punkt-{n}"), &format!("Punkt {n}")));
        publish(
            records,
            dir.path(),
            previous.as_ref().map(|p| p.path()),
            &keys,
        );
        server.publish(dir.path());
        previous = Some(dir);
    };
    let _ = &feed_dir;
    publish_next(0);
    let sync = ["sync", "--feed", &server.url(), "--key", keys.public.trim()].map(str::to_string);
    let sync: Vec<&str> = sync.iter().map(String::as_str).collect();
    let span = o.time(&sync);
    for k in 1..=KILLS {
        let before = o.sequence();
        publish_next(k);
        o.kill_during(&sync, span, &mut rng);
        kills += 1;
        assert!(o.directory_sound());
        let after = o.sequence();
        assert!(after == before || after == before + 1, "{before} → {after}");
        assert_eq!(o.note(id).as_deref(), Some("final"));
        o.ok(&sync);
        assert_eq!(o.sequence(), before + 1);
    }
    assert!(kills >= 100, "{kills} kills");
}
