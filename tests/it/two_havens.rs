//! Two Havens on one computer: the window open while a scheduled `haven sync` runs, or two
//! syncs started together. One update runs at a time; the other is told so, in the worker's
//! language, and changes nothing.

use haven::i18n::{Locale, tr};
use haven::store::{Paths, UpdateLock};
use std::process::{Command, Output};

fn haven(data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haven"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_second_update_is_told_one_is_running_and_waits_for_nothing() {
    use crate::common::{Server, bundled, keys, publish};
    let data = tempfile::tempdir().unwrap();
    // The directory is set up, and a publisher's feed is being served.
    assert!(haven(data.path(), &["search", "policja"]).status.success());
    let (server, keys) = (Server::start(), keys());
    let feed = tempfile::tempdir().unwrap();
    publish(bundled(), feed.path(), None, &keys);
    server.publish(feed.path());
    let key = feed.path().join("publisher.pub");
    std::fs::write(&key, &keys.public).unwrap();
    let url = server.url();
    let sync_args = [
        "--lang",
        "pl",
        "sync",
        "--feed",
        url.as_str(),
        "--key",
        key.to_str().unwrap(),
    ];

    // Another Haven (this test) is updating the directory. The second one reads the feed's
    // manifest (the lock is not held while waiting on the network), then is told.
    let db = Paths::resolve(Some(data.path().to_path_buf()))
        .unwrap()
        .directory_db();
    let held = UpdateLock::acquire(&db).unwrap();
    let busy = tr(Locale::Pl, "sync-error-busy");
    let out = haven(data.path(), &sync_args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains(&busy), "{err}");
    // A rebuild waits its turn as well, and the directory is still there.
    let out = haven(data.path(), &["--lang", "pl", "db", "rebuild"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains(&tr(Locale::Pl, "store-error-update-running")),
        "{err}"
    );
    assert!(haven(data.path(), &["search", "policja"]).status.success());
    // Within one process the lock is not taken twice either.
    assert!(UpdateLock::acquire(&db).is_err());

    // Once the other Haven has finished, the sync goes ahead.
    drop(held);
    let out = haven(data.path(), &sync_args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains(&busy), "{err}");
}

#[test]
fn an_open_window_can_tell_another_haven_changed_the_directory() {
    let data = tempfile::tempdir().unwrap();
    assert!(haven(data.path(), &["search", "policja"]).status.success());
    let db = Paths::resolve(Some(data.path().to_path_buf()))
        .unwrap()
        .directory_db();
    // The window's handle on the directory.
    let (window, _) = haven::store::Directory::open(&db, true).unwrap();
    let first = window.seen().unwrap();
    assert_eq!(window.seen().unwrap(), first, "nothing changed yet");

    // Another Haven writes into the directory (the office's list, imported).
    let list = data.path().join("list.csv");
    std::fs::write(
        &list,
        "name,phone,city\nPunkt Zaufania,22 100 20 30,Warszawa\n",
    )
    .unwrap();
    let import = haven(
        data.path(),
        &["import", "--country", "PL", list.to_str().unwrap()],
    );
    assert!(import.status.success());
    let written = window.seen().unwrap();
    assert_ne!(written, first);
    assert!(!written.replaced(&first), "the same file, written into");

    // Another Haven puts a new directory file in its place.
    assert!(haven(data.path(), &["db", "rebuild"]).status.success());
    let rebuilt = window.seen().unwrap();
    assert!(rebuilt.replaced(&written), "a new file stands at the path");
}
