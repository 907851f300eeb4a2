//! A full disk: the worker's note, an import and the first build of the directory on a
//! filesystem with no space left fail with the translated "not enough disk space", leave
//! everything as it was, and succeed once there is space again. The filesystem is a small
//! tmpfs mounted by the test, so it runs as root (as CI does).

use crate::common;

use haven::i18n::{Locale, tr};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A tmpfs of `mb` megabytes, unmounted when dropped.
struct Small {
    dir: tempfile::TempDir,
}

impl Small {
    /// `None` where this machine lets no one mount (a container without the capability).
    fn mount(mb: u32) -> Option<Small> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mb}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .ok()?;
        ok.success().then_some(Small { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Small {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Fills the filesystem of `dir` to the last byte; the file is returned to free it.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let chunk = vec![7u8; 4096];
    while f.write_all(&chunk).is_ok() {}
    let _ = f.write_all(&[7u8]);
    path
}

fn haven(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "ru"])
        .args(args)
        .output()
        .unwrap()
}

fn says_disk_full(out: &Output) -> bool {
    !out.status.success()
        && String::from_utf8_lossy(&out.stderr).contains(&tr(Locale::Ru, "store-error-disk-full"))
}

#[test]
fn a_full_disk_is_said_plainly_loses_nothing_and_the_next_try_works() {
    let uid = Command::new("id").arg("-u").output().unwrap();
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        eprintln!("not root: a tmpfs cannot be mounted here");
        return;
    }
    let Some(small) = Small::mount(12) else {
        eprintln!("SKIPPED: this machine does not let root mount a tmpfs");
        return;
    };
    let data = small.path().join("data");
    assert!(haven(&data, &["search", "Семей"]).status.success());
    let sheet = small.path().join("list.csv");
    let mut rows = String::from("name,phone,city\n");
    for i in 0..2000 {
        rows.push_str(&format!("Центр {i},+7 7222 {:06},Семей\n", 100_000 + i));
    }
    std::fs::write(&sheet, rows).unwrap();

    let filler = fill(small.path());
    let note = ["note", "kz/semey-crisis-centre", "Звонить до 18:00"];
    let out = haven(&data, &note);
    assert!(
        says_disk_full(&out),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut import = vec!["import", "--country", "KZ"];
    import.push(sheet.to_str().unwrap());
    let out = haven(&data, &import);
    assert!(
        says_disk_full(&out),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Nothing changed: no note, no imported record.
    let show = haven(&data, &["show", "--json", "kz/semey-crisis-centre"]);
    assert!(!String::from_utf8_lossy(&show.stdout).contains("Звонить"));
    let mine = haven(&data, &["local", "list", "--json"]);
    assert!(!String::from_utf8_lossy(&mine.stdout).contains("Центр 1"));

    // The first build of the directory on a full disk.
    std::fs::remove_file(&filler).unwrap();
    let db = data.join("directory.sqlite3");
    for entry in std::fs::read_dir(&data).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("directory.sqlite3"))
        {
            std::fs::remove_file(p).unwrap();
        }
    }
    let filler = fill(small.path());
    let out = haven(&data, &["search", "Семей"]);
    assert!(
        says_disk_full(&out),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!db.exists(), "no half-built directory is left");

    // With space again, each goes through.
    std::fs::remove_file(&filler).unwrap();
    assert!(haven(&data, &["search", "Семей"]).status.success());

    // An update from the feed on a full disk: refused whole, then taken once there is room.
    let (server, keys) = (common::Server::start(), common::keys());
    let feed = tempfile::tempdir().unwrap();
    let mut records = common::bundled();
    records.push(common::extra("pl/punkt-z-feedu", "Punkt z feedu"));
    common::publish(records, feed.path(), None, &keys);
    server.publish(feed.path());
    let url = server.url();
    let sync = ["sync", "--feed", url.as_str(), "--key", keys.public.trim()];
    let filler = fill(small.path());
    let out = haven(&data, &sync);
    assert!(
        says_disk_full(&out),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_file(&filler).unwrap();
    let found = haven(&data, &["show", "pl/punkt-z-feedu"]);
    assert!(!found.status.success(), "nothing of the feed came in");
    let out = haven(&data, &sync);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(haven(&data, &["show", "pl/punkt-z-feedu"]).status.success());
    assert!(haven(&data, &note).status.success());
    let show = haven(&data, &["show", "--json", "kz/semey-crisis-centre"]);
    assert!(String::from_utf8_lossy(&show.stdout).contains("Звонить"));
    let out = haven(&data, &import);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
