//! Running the `haven` binary as a worker or a script does, on a data folder of its own.

use assert_cmd::Command;
use std::path::Path;

/// `haven --lang en` on `data`, with no system language in the way.
pub fn haven(data: &Path) -> Command {
    let mut c = Command::cargo_bin("haven").unwrap();
    c.env("HAVEN_DATA_DIR", data)
        .env_remove("LANG")
        .args(["--lang", "en"]);
    c
}

/// Runs and returns standard output, failing with standard error if the command failed.
#[track_caller]
pub fn ok(data: &Path, args: &[&str]) -> String {
    let out = haven(data).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "haven {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a command that must fail; returns its exit code and standard error.
#[track_caller]
pub fn fails(data: &Path, args: &[&str]) -> (i32, String) {
    let out = haven(data).args(args).output().unwrap();
    assert!(!out.status.success(), "haven {args:?} succeeded");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}
