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
    Ok(())
}
