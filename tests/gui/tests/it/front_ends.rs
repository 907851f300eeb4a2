//! The window and the command line give the same answer, because both call the one use-case
//! layer (`haven::usecase`): gathering a referral sheet, previewing an import, and an edit of
//! the worker's layer. The command line's side is the use case it calls
//! (`src/cli/find.rs`, `src/cli/import.rs`, `src/cli/mine.rs`); the window's is driven as a
//! worker drives it.

use haven::i18n::{Locale, tr, tr_args};
use haven::layer::{Flag, FlagField};
use haven::ui::Message;
use haven::usecase::{Edit, Haven, Paths};
use haven_gui_tests::open_in;
use std::path::Path;

fn opened(data: &Path) -> Haven {
    let paths = Paths::resolve(Some(data.to_path_buf())).unwrap();
    Haven::open(&paths).unwrap().0
}

/// One of the office's own records, added as `haven local add` adds it; returns its id.
fn add_local(data: &Path, name: &str) -> String {
    let value = serde_json::json!({
        "kind": "service",
        "name": { "orig": "pl", "pl": name },
        "country": "PL",
        "categories": ["counselling"],
        "phones": [{ "number": "+48221002030", "display": "22 100 20 30" }],
    });
    let edit = Edit::AddLocal {
        value,
        office: "Test office".into(),
        on: haven_gui_tests::today(),
    };
    opened(data).edit(edit).expect("a valid record").id
}

#[test]
fn a_record_removed_after_it_went_in_the_basket_is_named_by_both_never_dropped_silently() {
    let data = tempfile::tempdir().unwrap();
    let id = add_local(data.path(), "Punkt Konsultacyjny Tęcza");
    let l = Locale::En;
    let mut w = open_in(l, data);
    w.send(Message::Search(haven::ui::search::Message::QueryChanged(
        "Punkt Konsultacyjny Tęcza".into(),
    )));
    w.click(&tr(l, "basket-add")).expect("its add button");
    w.send(Message::Search(haven::ui::search::Message::QueryChanged(
        "niebieska linia".into(),
    )));
    w.click(&tr(l, "basket-add"))
        .expect("the helpline's add button");
    // Meanwhile the office's record goes (as `haven local remove` would, from a terminal).
    opened(w.data.path())
        .edit(Edit::RemoveLocal { id: id.clone() })
        .unwrap();

    let basket = tr_args(l, "basket-count", &[("count", 2usize.into())]);
    w.click(&basket).expect("the composer");
    let told = tr_args(l, "referral-left-out", &[("ids", id.as_str().into())]);
    assert!(w.shows(&told), "the composer names what it left off");

    // The command line gathers through the same use case: the same record missing, the
    // same one kept (it then refuses the sheet, naming the id: tests/it/cli.rs).
    let asked = vec![id.clone(), "pl/niebieska-linia".to_string()];
    let gathered = opened(w.data.path()).gather(&asked).unwrap();
    assert_eq!(gathered.missing, vec![id]);
    let kept: Vec<_> = gathered.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(kept, ["pl/niebieska-linia"]);
    let shown = format!(
        "1. {}",
        haven_gui_tests::record_name("pl/niebieska-linia", l)
    );
    assert!(w.shows(&shown), "the window's basket holds the same");
}

#[test]
fn a_phone_flagged_in_the_window_is_the_flag_the_command_line_writes() {
    let l = Locale::En;
    let line = "pl/niebieska-linia";
    // The command line's way, on a data folder of its own: `haven flag … --value 800120002`.
    let typed = tempfile::tempdir().unwrap();
    let flag = Flag {
        field: FlagField::Phone,
        value: "800 120 002".into(),
        correct: None,
        reason: None,
        on: haven_gui_tests::today(),
    };
    let by_command = opened(typed.path())
        .edit(Edit::Flag {
            id: line.into(),
            flag,
        })
        .unwrap()
        .flag
        .expect("the saved flag");

    let mut w = haven_gui_tests::open(l);
    w.typewrite("niebieska linia");
    w.click(&haven_gui_tests::record_name(line, l))
        .expect("the result");
    w.click(&tr(l, "detail-flag-phone")).expect("the flag");
    let flags = haven_gui_tests::user_layer(w.data.path())
        .flags(line)
        .unwrap();
    assert_eq!(flags.len(), 1);
    let mut by_window = flags[0].clone();
    by_window.on = by_command.on;
    assert_eq!(
        by_window, by_command,
        "the same value, matched the same way"
    );
}

#[test]
fn the_import_preview_is_the_one_the_command_line_prints() {
    let list = "Nazwa;Telefon;Miejscowość\n\
                Punkt Interwencji Kryzysowej Tęcza;22 100 20 30;Warszawa\n\
                Zły numer;12;Kraków\n";
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("lista.csv");
    std::fs::write(&file, list).unwrap();
    let settings = haven::settings::Settings {
        last_folder: Some(folder.path().to_path_buf()),
        near: Some(haven::search::near::Near::parse("PL").unwrap()),
        ..haven::settings::Settings::default()
    };
    settings.save(&data.path().join("settings.json")).unwrap();
    // What `haven import --dry-run` reads, through the same use case.
    let l = Locale::En;
    let opts = haven::import::Options {
        country: settings.office_country(),
        map: Vec::new(),
        office: settings.office.source_name(l),
        today: haven_gui_tests::today(),
        lang: l.code().into(),
        encoding: None,
        publisher: None,
    };
    let by_command = opened(data.path()).prepare_import(&file, &opts).unwrap();
    assert_eq!((by_command.records.len(), by_command.refused_rows), (1, 1));

    let mut w = open_in(l, data);
    w.click(&tr(l, "nav-settings")).unwrap();
    w.click(&tr(l, "settings-import-list")).unwrap();
    let confirm = tr_args(
        l,
        "import-confirm",
        &[("count", by_command.records.len().into())],
    );
    assert!(w.shows(&confirm), "the same number of services can come in");
    for problem in by_command.refused.iter() {
        let said = haven::i18n::strip_isolates(&problem.message(l));
        assert!(w.shows(&said), "the same refusal: {said}");
    }
}

#[test]
fn an_entry_with_no_number_to_call_is_told_before_the_sheet_and_its_line_added_with_one_press() {
    // The Semey crisis centre keeps its address confidential and has no phone of its own:
    // once, its entry went on the sheet with nothing a client could use.
    let l = Locale::En;
    let mut w = haven_gui_tests::open(l);
    w.send(Message::Search(haven::ui::search::Message::QueryChanged(
        "crisis centre semey".into(),
    )));
    w.click(&tr(l, "basket-add")).expect("its add button");
    let basket = tr_args(l, "basket-count", &[("count", 1usize.into())]);
    w.click(&basket).expect("the composer");
    let name = haven_gui_tests::record_name("kz/semey-crisis-centre", l);
    let told = tr_args(l, "referral-unreachable", &[("name", name.as_str().into())]);
    assert!(
        w.shows(&told),
        "the composer says no number will be printed"
    );
    // The command line says the same, from the same use case.
    let gathered = opened(w.data.path())
        .gather(&["kz/semey-crisis-centre".to_string()])
        .unwrap();
    assert_eq!(gathered.unreachable[0].message(l)[0], told);
    let line = haven_gui_tests::record_name("kz/111-family-helpline", l);
    let add = tr_args(l, "referral-add-offer", &[("name", line.as_str().into())]);
    w.click(&add).expect("the family helpline offered");
    assert!(
        w.shows(&format!("2. {line}")),
        "the helpline joins the sheet"
    );
}
