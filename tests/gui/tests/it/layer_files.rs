//! The office's layer as files, from Settings, headless: saved on one PC, brought in on
//! another (in Persian) where the search finds the note, brought in twice with nothing
//! doubled, a damaged file refused with nothing changed, and the corrections for the
//! publisher saved. Without dialogs the window uses the folder last used.

use haven::i18n::{Locale, tr, tr_args};
use haven::ui::app::Screen;
use haven::ui::{Message, detail, search};
use haven_gui_tests::{open_in, record_name as name, today, user_layer as layer};
use iced::widget::text_editor;
use std::path::Path;

const LINE: &str = "pl/niebieska-linia";
const NOTE: &str = "Answers only in the mornings";

fn data_with_folder(out: &Path) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let settings = haven::settings::Settings {
        last_folder: Some(out.to_path_buf()),
        ..haven::settings::Settings::default()
    };
    settings.save(&data.path().join("settings.json")).unwrap();
    data
}

#[test]
fn the_layer_moves_to_another_pc_through_a_file_and_corrections_go_to_the_publisher() {
    let out = tempfile::tempdir().unwrap();
    let l = Locale::En;
    let mut w = open_in(l, data_with_folder(out.path()));
    w.typewrite("niebieska linia");
    w.click(&name(LINE, l)).expect("the result");
    w.send(Message::Search(search::Message::Detail(
        detail::Message::Mine(detail::Mine::NoteEdit(text_editor::Action::Edit(
            text_editor::Edit::Paste(std::sync::Arc::new(NOTE.into())),
        ))),
    )));
    w.click(&tr(l, "detail-note-save")).expect("save the note");
    w.click(&tr(l, "detail-flag-phone"))
        .expect("flag the number");

    w.send(Message::Show(Screen::Settings));
    w.click(&tr(l, "settings-layer-export"))
        .expect("the export button");
    let file = out.path().join(format!("haven-office-{}.json", today()));
    let text = std::fs::read_to_string(&file).expect("the file was written");
    assert!(text.contains(NOTE));
    let said = tr_args(
        l,
        "cli-layer-exported",
        &[
            ("path", file.display().to_string().into()),
            ("notes", 1usize.into()),
            ("flags", 1usize.into()),
            ("records", 0usize.into()),
        ],
    );
    assert!(w.shows(&said), "{said}");

    w.click(&tr(l, "settings-corrections-export"))
        .expect("the corrections button");
    let sent = out
        .path()
        .join(format!("haven-corrections-{}.jsonl", today()));
    let corrections =
        haven::layer::read_corrections(&std::fs::read_to_string(&sent).expect("written"))
            .expect("a corrections file the publisher can read");
    assert_eq!(corrections.items.len(), 1, "the one flag");
    assert!(
        !std::fs::read_to_string(&sent).unwrap().contains(NOTE),
        "notes stay home"
    );

    // Another PC, in Persian: Settings' import brings the note and the flag in.
    let fa = Locale::Fa;
    let mut other = open_in(fa, data_with_folder(out.path()));
    other.send(Message::Show(Screen::Settings));
    other
        .click(&tr(fa, "settings-layer-import"))
        .expect("the import button");
    let imported = tr_args(
        fa,
        "cli-layer-imported",
        &[
            // Numbers, so Persian digits in the Persian window (as on the command line).
            ("notes", 1usize.into()),
            ("flags", 1usize.into()),
            ("favourites", 0usize.into()),
            ("records", 0usize.into()),
        ],
    );
    assert!(other.shows(&imported), "{imported}");
    let there = layer(other.data.path());
    assert_eq!(there.note(LINE).unwrap().expect("the note").text, NOTE);
    assert_eq!(there.flags(LINE).unwrap().len(), 1);
    drop(there);
    // The search finds the record by its note at once.
    other.send(Message::Search(search::Message::QueryChanged(
        "mornings".into(),
    )));
    assert!(other.shows(&name(LINE, fa)), "found by the note");

    // Twice: nothing doubles.
    other.send(Message::Show(Screen::Settings));
    other
        .click(&tr(fa, "settings-layer-import"))
        .expect("again");
    assert!(other.shows(&tr(fa, "cli-layer-import-nothing")));
    assert_eq!(layer(other.data.path()).flags(LINE).unwrap().len(), 1);

    // A file cut short while copying (the newest one in the folder): refused, said why in
    // Persian, and the layer is as it was.
    let cut = out.path().join("haven-office-2026-12-01.json");
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    other
        .click(&tr(fa, "settings-layer-import"))
        .expect("the cut file");
    let refused = tr_args(
        fa,
        "layer-file-failed",
        &[("detail", tr(fa, "layer-file-truncated").into())],
    );
    assert!(other.shows(&refused), "{refused}");
    let there = layer(other.data.path());
    assert_eq!(there.note(LINE).unwrap().expect("kept").text, NOTE);
    assert_eq!(there.flags(LINE).unwrap().len(), 1);
}
