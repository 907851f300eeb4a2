//! What the releases carry (packaging/): the desktop entry and the AppStream metainfo pass
//! the freedesktop validators, name the window's own id, and speak the six languages; the
//! manual page and completions are made from the command line itself.

use std::path::Path;
use std::process::Command;

fn file(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/linux")
        .join(name)
}

fn haven(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

const ID: &str = "io.github.havendirectory.Haven";

#[test]
fn the_desktop_entry_and_metainfo_are_valid_and_name_the_window() {
    let entry = file(&format!("{ID}.desktop"));
    let meta = file(&format!("{ID}.metainfo.xml"));
    let ok = Command::new("desktop-file-validate")
        .arg(&entry)
        .status()
        .expect("desktop-file-validate (desktop-file-utils) is needed");
    assert!(ok.success());
    let ok = Command::new("appstreamcli")
        .args(["validate", "--no-net"])
        .arg(&meta)
        .status()
        .expect("appstreamcli (appstream) is needed");
    assert!(ok.success());
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains(&format!("StartupWMClass={ID}")));
    assert!(text.contains(&format!("Icon={ID}")));
    let meta = std::fs::read_to_string(&meta).unwrap();
    for l in ["pl", "ru", "kk", "vi", "fa"] {
        assert!(text.contains(&format!("Comment[{l}]=")), "{l}");
        assert!(meta.contains(&format!("<summary xml:lang=\"{l}\">")), "{l}");
    }
}

#[test]
fn the_macos_bundle_files_are_well_formed_and_name_the_window() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/macos");
    let plist = dir.join("Info.plist");
    let ok = Command::new("xmllint")
        .arg("--noout")
        .arg(&plist)
        .status()
        .expect("xmllint (libxml2-utils) is needed");
    assert!(ok.success(), "Info.plist is not well-formed XML");
    let text = std::fs::read_to_string(&plist).unwrap();
    let value = |key: &str| -> String {
        let after = text
            .split(&format!("<key>{key}</key>"))
            .nth(1)
            .unwrap_or_else(|| panic!("no {key}"));
        let start = after.find("<string>").unwrap() + "<string>".len();
        after[start..start + after[start..].find("</string>").unwrap()].to_string()
    };
    assert_eq!(value("CFBundleIdentifier"), ID);
    assert_eq!(
        value("CFBundleShortVersionString"),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(value("CFBundleExecutable"), "haven");
    for l in ["en", "pl", "ru", "kk", "vi", "fa"] {
        assert!(text.contains(&format!("<string>{l}</string>")), "{l}");
    }
    // An icon family ('icns', its length) with the 512 px image macOS shows largest.
    let icns = std::fs::read(dir.join(value("CFBundleIconFile"))).unwrap();
    assert_eq!(&icns[..4], b"icns");
    assert_eq!(
        u32::from_be_bytes([icns[4], icns[5], icns[6], icns[7]]) as usize,
        icns.len()
    );
    assert!(icns.windows(4).any(|w| w == b"ic09"), "no 512 px image");
}

#[test]
fn the_manual_page_and_completions_come_from_the_command_line() {
    let man = haven(&["generate", "man"]);
    assert!(man.starts_with(".ie") && man.contains(".TH haven 1"));
    assert!(man.contains("EXIT STATUS"));
    for sub in [
        "haven\\-search",
        "haven\\-referral",
        "haven\\-sync",
        "haven\\-import",
    ] {
        assert!(man.contains(sub), "{sub}");
    }
    assert!(haven(&["generate", "completions", "bash"]).contains("_haven()"));
    assert!(haven(&["generate", "completions", "fish"]).contains("complete -c haven"));
    assert!(
        !haven(&["--help"]).contains("generate"),
        "hidden from workers"
    );
}
