//! Bundles `data/**/*.json` into one JSON array compiled into the binary, so the program
//! carries its directory and can build its database on first run with no files beside it.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    collect(Path::new("data"), &mut files)?;
    files.sort();
    let mut bundle = String::from("[\n");
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            bundle.push_str(",\n");
        }
        bundle.push_str(std::fs::read_to_string(f)?.trim());
    }
    bundle.push_str("\n]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("bundle.json"), bundle)?;
    windows_resources()
}

/// For a Windows build (the target's system, not the building machine's): the icon the
/// Explorer, the taskbar and the Start menu show, and the version information of the file's
/// properties, compiled with MinGW's `windres` (named by `WINDRES` and `AR` when set).
fn windows_resources() -> std::io::Result<()> {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    println!("cargo:rerun-if-changed=packaging/windows/haven.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    println!("cargo:rerun-if-env-changed=AR");
    let mut res = winresource::WindowsResource::new();
    res.set_icon("packaging/windows/haven.ico")
        .set("ProductName", "Haven")
        .set(
            "FileDescription",
            "Haven: directory of victim-support services",
        )
        .set("LegalCopyright", "Haven developers, MIT OR Apache-2.0");
    if !cfg!(windows) {
        // Cross-building from Linux: MinGW's tools carry the target's name.
        let tool = |var: &str, name: &str| std::env::var(var).unwrap_or_else(|_| name.into());
        res.set_windres_path(&tool("WINDRES", "x86_64-w64-mingw32-windres"))
            .set_ar_path(&tool("AR", "x86_64-w64-mingw32-ar"));
    }
    res.compile()
}
