//! What an office's spreadsheet spells its own way, read as it was meant: a short CSV in the
//! code page Excel writes in Poland, and a Polish number written with the trunk `0` dropped in
//! 2002 (issue "Safe to trust", items 8 and 9).

use crate::common::cli::haven;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(c: &mut assert_cmd::Command) -> Run {
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_short_windows_1250_file_reads_right_and_says_what_letters_it_read() {
    // Two rows, as Excel writes them in Poland; once read as ISO-8859-2 (`Elblšg`), silently.
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("mops.csv");
    let (bytes, _, _) = encoding_rs::WINDOWS_1250
        .encode("Nazwa;Miejscowość;Telefon\nMOPS Elbląg;Elbląg;55 625 61 00\n");
    std::fs::write(&file, &bytes).unwrap();
    let dry = |extra: &[&str]| {
        let mut c = haven(data.path());
        c.args(["import", "--country", "PL", "--dry-run"])
            .args(extra)
            .arg(&file);
        run(&mut c)
    };
    let r = dry(&[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(all.contains("windows-1250"), "{all}");
    assert!(
        all.contains("Letters read: Miejscowość · MOPS Elbląg"),
        "{all}"
    );
    // The worker's word wins, and the letters show what it gave.
    let r = dry(&["--encoding", "iso-8859-2"]);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(all.contains("Elblšg"), "{all}");
    let r = dry(&["--encoding", "klingon"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("“klingon” is not a character encoding"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_polish_number_with_the_old_trunk_zero_is_read_without_it_and_said_so() {
    // Once: `058 320 51 00` refused the whole row.
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("gdansk.csv");
    std::fs::write(
        &file,
        "Nazwa,Telefon\nOśrodek Interwencji Kryzysowej w Gdańsku,058 320 51 00\n",
    )
    .unwrap();
    let mut c = haven(data.path());
    c.args(["import", "--country", "PL"]).arg(&file);
    let r = run(&mut c);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains("“058 320 51 00” is written with the old leading 0 Poland dropped in 2002; read as 58 320 51 00"),
        "{all}"
    );
    let list = run(haven(data.path()).args(["local", "list", "--json"]));
    assert!(list.stdout.contains("+48583205100"), "{}", list.stdout);
}
