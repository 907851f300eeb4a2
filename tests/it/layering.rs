//! The house's layering, read from the source as a newcomer would read it:
//! - the window (`src/ui`) and the command line (`src/cli`) reach the directory only through
//!   the use-case layer (`haven::usecase`): neither names the store nor runs SQL;
//! - the core never names the window;
//! - among the modules of one parent no two import each other, directly or round a cycle
//!   (`ui::keys` → `ui::app` → `ui::keys`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its module path below `root` (`ui/app/import.rs` →
/// `["ui", "app", "import"]`; `foo/mod.rs` → `["foo"]`).
fn files(root: &Path, dir: &Path, out: &mut Vec<(Vec<String>, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        if path.is_dir() {
            files(root, &path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod") {
                module.pop();
            }
            out.push((module, path));
        }
    }
}

/// The code without its comments (a doc comment may name any path).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|l| match l.find("//") {
            // Not inside a string literal holding "//" (a URL): good enough for this tree,
            // where such literals hold no module path.
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module paths a file's code names, each as written from `start`
/// (`crate`/`super`/`self`/`haven`), with `{a, b::c}` groups expanded one level.
fn paths_named(code: &str) -> Vec<Vec<String>> {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        if !ident(bytes[i]) || (i > 0 && (ident(bytes[i - 1]) || bytes[i - 1] == ':')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && ident(bytes[i]) {
            i += 1;
        }
        let head: String = bytes[start..i].iter().collect();
        if !matches!(head.as_str(), "crate" | "super" | "self" | "haven") {
            continue;
        }
        let mut path = vec![head];
        loop {
            if i + 1 < bytes.len() && bytes[i] == ':' && bytes[i + 1] == ':' {
                i += 2;
                if i < bytes.len() && bytes[i] == '{' {
                    let close = bytes[i..].iter().position(|c| *c == '}').map(|p| p + i);
                    let Some(close) = close else { break };
                    let inner: String = bytes[i + 1..close].iter().collect();
                    for part in inner.split(',') {
                        let mut p = path.clone();
                        p.extend(
                            part.split("::")
                                .map(|s| s.trim().split(' ').next().unwrap_or("").to_string())
                                .filter(|s| !s.is_empty()),
                        );
                        out.push(p);
                    }
                    i = close + 1;
                    path.clear();
                    break;
                }
                let s = i;
                while i < bytes.len() && ident(bytes[i]) {
                    i += 1;
                }
                if s == i {
                    break;
                }
                path.push(bytes[s..i].iter().collect());
            } else {
                break;
            }
        }
        if path.len() > 1 {
            out.push(path);
        }
    }
    out
}

/// `path` as written in the file of `module`, made absolute (from the crate's root).
fn resolve(module: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut abs: Vec<String> = match path[0].as_str() {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => module[..module.len().checked_sub(1)?].to_vec(),
        _ => return None,
    };
    for seg in &path[1..] {
        if seg == "super" {
            abs.pop()?;
        } else {
            abs.push(seg.clone());
        }
    }
    Some(abs)
}

#[test]
fn the_window_and_the_command_line_reach_the_directory_only_through_the_use_cases() {
    let root = src();
    let mut all = Vec::new();
    files(&root, &root.join("ui"), &mut all);
    files(&root, &root.join("cli"), &mut all);
    all.push((vec!["cli".into()], root.join("cli.rs")));
    all.push((vec!["main".into()], root.join("main.rs")));
    let mut found = Vec::new();
    for (_, path) in &all {
        let code = code(path);
        for p in paths_named(&code) {
            if p.iter().any(|s| s == "store") {
                found.push(format!("{}: {}", path.display(), p.join("::")));
            }
        }
        for word in [
            "rusqlite",
            "Connection",
            "SELECT ",
            "INSERT INTO",
            "DELETE FROM",
        ] {
            if code.contains(word) {
                found.push(format!("{}: {word}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "front ends must go through haven::usecase:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_core_never_names_the_window_or_the_command_line() {
    let root = src();
    let mut all = Vec::new();
    files(&root, &root, &mut all);
    let core = all
        .iter()
        .filter(|(m, _)| !matches!(m[0].as_str(), "ui" | "cli" | "main" | "lib"));
    let mut found = Vec::new();
    for (module, path) in core {
        for p in paths_named(&code(path)) {
            if let Some(abs) = resolve(module, &p)
                && abs.first().is_some_and(|m| m == "ui" || m == "cli")
            {
                found.push(format!("{}: {}", path.display(), p.join("::")));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The edges between sibling modules: `a → b` when code in `a` (or below it) names `b` (or
/// something in it), both children of the same module.
fn sibling_edges(
    all: &[(Vec<String>, PathBuf)],
) -> BTreeMap<Vec<String>, BTreeSet<(String, String)>> {
    let modules: BTreeSet<Vec<String>> = all.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<(String, String)>> = BTreeMap::new();
    for (module, path) in all {
        for p in paths_named(&code(path)) {
            let Some(abs) = resolve(module, &p) else {
                continue;
            };
            let common = module.iter().zip(&abs).take_while(|(a, b)| a == b).count();
            if common >= module.len() || common >= abs.len() {
                continue; // a module naming its own ancestor or descendant
            }
            let parent = module[..common].to_vec();
            let (a, b) = (&module[common], &abs[common]);
            let mut sibling = parent.clone();
            sibling.push(b.clone());
            if a != b && modules.contains(&sibling) {
                edges
                    .entry(parent)
                    .or_default()
                    .insert((a.clone(), b.clone()));
            }
        }
    }
    edges
}

/// A cycle in `edges`, if there is one, as the modules round it.
fn cycle(edges: &BTreeSet<(String, String)>) -> Option<Vec<String>> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        next.entry(a).or_default().push(b);
    }
    fn visit<'a>(
        n: &'a str,
        next: &BTreeMap<&'a str, Vec<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| *s == n) {
            let mut c: Vec<String> = stack[i..].iter().map(|s| s.to_string()).collect();
            c.push(n.to_string());
            return Some(c);
        }
        if !done.insert(n) {
            return None;
        }
        stack.push(n);
        for m in next.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, next, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for n in next.keys() {
        if let Some(c) = visit(n, &next, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_two_modules_import_each_other_anywhere() {
    let root = src();
    let mut all = Vec::new();
    files(&root, &root, &mut all);
    // The library (core and window) and the program (`main`, the command line) are two
    // crates: `crate::` means a different root in each.
    let (program, library): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(m, _)| matches!(m[0].as_str(), "main" | "cli"));
    let mut found = Vec::new();
    for crate_files in [library, program] {
        for (parent, edges) in sibling_edges(&crate_files) {
            if let Some(c) = cycle(&edges) {
                found.push(format!("in {}: {}", parent.join("::"), c.join(" → ")));
            }
        }
    }
    assert!(found.is_empty(), "module cycles:\n{}", found.join("\n"));
}

#[test]
fn the_checks_see_a_cycle_and_a_store_path() {
    // The reader finds paths in grouped imports and resolves `super`.
    let named = paths_named("use super::{keys::Shortcut, app};\nlet x = crate::store::Directory;");
    assert!(named.contains(&vec!["super".into(), "keys".into(), "Shortcut".into()]));
    assert!(named.contains(&vec!["crate".into(), "store".into(), "Directory".into()]));
    let m: Vec<String> = vec!["ui".into(), "keys".into()];
    assert_eq!(
        resolve(&m, &["super".into(), "app".into()]),
        Some(vec!["ui".into(), "app".into()])
    );
    let edges: BTreeSet<(String, String)> = [("keys", "app"), ("app", "keys")]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert!(cycle(&edges).is_some());
}
