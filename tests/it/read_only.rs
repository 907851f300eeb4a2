//! A data folder the worker's account can only read (a read-only share, a stick with its
//! write switch on, a profile folder locked by the IT department): Haven still searches,
//! shows and prints from it, says once why nothing can be saved, refuses each write with that
//! reason, and leaves every file of the folder as it was.
//!
//! The folder is made read-only the way the system would: as an ordinary account, by its
//! modes; as root (who ignores modes), by a read-only bind mount in a mount namespace of the
//! command's own (`unshare -m`), else by running the command as `nobody`.

use assert_cmd::Command;
use haven::i18n::{Locale, tr_args};
use std::collections::BTreeMap;
use std::path::Path;

/// How the commands of a test see the folder read-only.
#[derive(Clone, Copy, Debug)]
enum Way {
    /// The folder's and its files' write bits taken away (not root).
    Modes,
    /// A read-only bind mount (root, where mount namespaces are allowed): `EROFS`.
    Mount,
    /// Run as `nobody`, who may read but not write a folder of root's (root, no namespaces).
    Nobody,
}

fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Makes `data` read-only for the commands to come, and says how.
fn freeze(data: &Path) -> Way {
    use std::os::unix::fs::PermissionsExt;
    let set = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    if !is_root() {
        for e in walk(data) {
            set(&e, 0o444).unwrap();
        }
        set(data, 0o555).unwrap();
        return Way::Modes;
    }
    // Readable by others, for `nobody`; root still writes it when the test ends.
    for e in walk(data) {
        set(&e, 0o644).unwrap();
    }
    set(data, 0o755).unwrap();
    let mount = std::process::Command::new("unshare")
        .args([
            "-m",
            "sh",
            "-c",
            "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\"",
        ])
        .arg(data)
        .status();
    if mount.is_ok_and(|s| s.success()) {
        Way::Mount
    } else {
        Way::Nobody
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
            out.push(p);
        } else {
            out.push(p);
        }
    }
    out
}

/// `haven --lang LANG ARGS` on the read-only `data`.
fn run(way: Way, data: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("haven");
    let mut c = match way {
        Way::Modes => Command::new(&bin),
        Way::Mount => {
            let mut c = Command::new("unshare");
            c.args([
                "-m",
                "sh",
                "-c",
                "d=$1; shift; mount --bind \"$d\" \"$d\" && mount -o remount,bind,ro \"$d\" && exec \"$@\"",
                "sh",
            ])
            .arg(data)
            .arg(&bin);
            c
        }
        Way::Nobody => {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin);
            c
        }
    };
    c.env("HAVEN_DATA_DIR", data)
        .env_remove("LANG")
        .args(["--lang", lang])
        .args(args)
        .timeout(std::time::Duration::from_secs(60));
    c.output().unwrap()
}

/// Every file of the folder and its bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir)
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_read_only_data_folder_still_searches_shows_and_prints_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    crate::common::cli::ok(
        d,
        &["note", "pl/niebieska-linia", "Ask for Ewa, mornings only"],
    );
    let way = freeze(d);
    let before = contents(d);
    let out_dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        out_dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o777),
    )
    .unwrap();
    let l = Locale::En;
    // As a terminal shows them (without the direction isolates around the folder's name).
    let said = |l: Locale, id: &str| {
        haven::i18n::strip_isolates(&tr_args(l, id, &[("dir", d.display().to_string().into())]))
    };
    let said_once = said(l, "db-read-only");
    let refused = said(l, "store-error-read-only");

    // Two words, and a typo: search then reads its spelling dictionary too.
    for q in ["niebieska linia", "niebeskie karty"] {
        let o = run(way, d, "en", &["search", q]);
        assert!(o.status.success(), "{way:?} {q}: {}", text(&o.stderr));
        assert!(
            text(&o.stdout).contains("Niebiesk"),
            "{q}: {}",
            text(&o.stdout)
        );
    }
    let found = run(way, d, "en", &["search", "przemoc"]);
    assert!(found.status.success(), "{way:?}: {}", text(&found.stderr));
    assert!(
        text(&found.stdout).contains("Niebieska Linia"),
        "{}",
        text(&found.stdout)
    );
    assert!(
        text(&found.stderr).contains(&said_once),
        "{}",
        text(&found.stderr)
    );

    let shown = run(way, d, "en", &["show", "pl/niebieska-linia"]);
    assert!(shown.status.success(), "{}", text(&shown.stderr));
    assert!(
        text(&shown.stdout).contains("Ask for Ewa, mornings only"),
        "the worker's note is read"
    );
    assert!(text(&shown.stdout).contains("800 120 002"));

    let sheet = out_dir.path().join("sheet.pdf");
    let sheet_arg = sheet.display().to_string();
    let printed = run(
        way,
        d,
        "en",
        &["referral", "pl/niebieska-linia", "--out", &sheet_arg],
    );
    assert!(printed.status.success(), "{}", text(&printed.stderr));
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF"));

    // Each write is refused with the reason, in the worker's language.
    let keys = crate::common::keys();
    let key = keys.public.lines().last().unwrap().trim().to_string();
    for args in [
        &["note", "pl/niebieska-linia", "changed"][..],
        &["favourite", "pl/niebieska-linia"][..],
        &[
            "flag",
            "pl/niebieska-linia",
            "--field",
            "phone",
            "--value",
            "800120002",
        ][..],
        &["db", "rebuild"][..],
        &[
            "sync",
            "--feed",
            "http://127.0.0.1:9/manifest.json",
            "--key",
            &key,
        ][..],
    ] {
        let o = run(way, d, "en", args);
        assert!(!o.status.success(), "{args:?} succeeded");
        assert!(
            text(&o.stderr).contains(&refused),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    let pl = run(way, d, "pl", &["note", "pl/niebieska-linia", "changed"]);
    let refused_pl = said(Locale::Pl, "store-error-read-only");
    assert!(
        text(&pl.stderr).contains(&refused_pl),
        "{}",
        text(&pl.stderr)
    );

    assert_eq!(
        contents(d),
        before,
        "{way:?}: nothing in the folder changed"
    );
}

/// A read-only folder Haven never used (an empty share): the bundled directory is built where
/// it can be, and searched.
#[test]
fn an_empty_read_only_folder_searches_the_bundled_directory() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let way = freeze(d);
    let found = run(way, d, "en", &["search", "przemoc"]);
    assert!(found.status.success(), "{way:?}: {}", text(&found.stderr));
    assert!(text(&found.stdout).contains("Niebieska Linia"));
    assert!(contents(d).is_empty(), "nothing written into the folder");
}
