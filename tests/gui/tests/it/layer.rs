//! The worker's own layer in the window, headless: a note kept across reopening, a phone
//! flagged with one click, a service added with a field error shown and then fixed, in
//! English and mirrored in Persian.

use haven::i18n::{Locale, tr};
use haven::layer::FlagField;
use haven::present;
use haven::ui::app::Screen;
use haven::ui::{Message, detail, search};
use haven_gui_tests::{SIZE, open, record_name as name, user_layer as layer};
use iced::widget::text_editor;

const LINE: &str = "pl/niebieska-linia";

#[test]
fn a_note_is_there_after_reopening_the_record_and_a_phone_flags_with_one_click() {
    let l = Locale::En;
    let mut w = open(l);
    w.typewrite("niebieska linia");
    w.click(&name(LINE, l)).expect("the result");
    // (The emulator cannot aim at an empty editor's placeholder; the editor's own paste
    // action is what typing into it performs.)
    w.send(Message::Search(search::Message::Detail(
        detail::Message::Mine(detail::Mine::NoteEdit(text_editor::Action::Edit(
            text_editor::Edit::Paste(std::sync::Arc::new("Answers only in the mornings".into())),
        ))),
    )));
    w.click(&tr(l, "detail-note-save")).expect("save");
    // Closed and opened again: the note is read back from the layer.
    w.click("×").expect("close the pane");
    assert!(!w.shows("Answers only in the mornings"));
    w.click(&name(LINE, l)).expect("the result again");
    let note = layer(w.data.path()).note(LINE).unwrap().expect("saved");
    assert_eq!(note.text, "Answers only in the mornings");
    // The pane shows the saved note's date, and the note can be removed: it was read back.
    let written = haven::i18n::tr_args(
        l,
        "field-note-date",
        &[("date", present::date(note.updated_at, l).into())],
    );
    assert!(w.shows(&written), "{written}");
    assert!(w.shows(&tr(l, "detail-note-clear")));
    // The result carries the note's mark, and search finds the record by the note.
    assert!(w.shows(&tr(l, "mine-noted-short")));

    w.click(&tr(l, "detail-flag-phone"))
        .expect("the flag beside the number");
    let flags = layer(w.data.path()).flags(LINE).unwrap();
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].field, FlagField::Phone);
    assert_eq!(flags[0].value, "+48800120002");
    assert!(w.shows(&tr(l, "detail-unflag")), "it can be taken back");
    assert!(
        w.shows(&tr(l, "filters-flagged")),
        "the flagged filter appears"
    );
    // The right number, typed in the box that opened.
    w.click(&tr(l, "detail-correct-phone")).expect("the box");
    w.typewrite("800 120 226");
    w.click(&tr(l, "detail-correct-save")).expect("save");
    let flags = layer(w.data.path()).flags(LINE).unwrap();
    assert_eq!(flags[0].correct.as_deref(), Some("800 120 226"));
    let r = haven::store::bundled_records()
        .unwrap()
        .into_iter()
        .find(|r| r.id == LINE)
        .unwrap();
    assert!(w.shows(&present::flag_text(&flags[0], &r, l)));
    // One phone truth: Ctrl+C copies the office's number, and says it is the office's.
    w.send(Message::Key(haven::ui::keys::Shortcut::CopyPhone));
    let copied = haven::i18n::tr_args(l, "copied-corrected", &[("text", "+48800120226".into())]);
    assert!(w.shows(&copied), "{copied}");
}

/// Adds a service through the form: first without a name (the message shows beside the
/// name), then with it. With no office's place set, the form asks for the country first;
/// with one, the office's country is chosen (whatever the interface language).
fn add_a_service(l: Locale, place: Option<&str>) {
    let settings = haven::settings::Settings {
        near: place.map(|p| haven::search::near::Near::parse(p).unwrap()),
        ..haven::settings::Settings::default()
    };
    let mut w = haven_gui_tests::open_with(l, &settings);
    w.send(Message::Show(Screen::Form));
    w.click(&tr(l, "form-phone-placeholder"))
        .expect("the phone box");
    // A number as offices there write it (the form checks it as the import does).
    let (typed, dialled) = match place {
        Some(p) if p.starts_with("IR") => ("021 2345 6789", "+982123456789"),
        _ => ("12 654 32 10", "+48126543210"),
    };
    w.typewrite(typed);
    w.click(&tr(l, "form-save")).expect("save");
    let needed = tr(l, "form-required");
    let at = w.bounds_of(&needed).expect("the message beside the name");
    let name_label = w.bounds_of(&tr(l, "form-name")).expect("the name's label");
    assert!(at.y > name_label.y, "the message is under the name");
    if l.is_rtl() {
        // Mirrored: the label and its message keep to the right.
        assert!(name_label.x > SIZE.width * 0.4, "label at {name_label:?}");
        assert!(at.x + at.width > SIZE.width * 0.4, "message at {at:?}");
    } else {
        assert!(name_label.x < SIZE.width * 0.2, "label at {name_label:?}");
    }
    assert!(layer(w.data.path()).local_records().unwrap().is_empty());

    w.click(&tr(l, "form-name-placeholder"))
        .expect("the name box");
    w.typewrite("Tecza");
    if place.is_none() {
        w.click(&tr(l, "form-save")).expect("save");
        assert!(
            w.shows(&tr(l, "form-country-needed")),
            "no country is guessed from the language"
        );
        assert!(layer(w.data.path()).local_records().unwrap().is_empty());
        w.click(&haven::present::country("PL", l))
            .expect("the country");
    }
    w.click(&tr(l, "form-save")).expect("save");
    let local = layer(w.data.path()).local_records().unwrap();
    assert_eq!(local.len(), 1, "saved");
    assert_eq!(local[0].id, "local/tecza");
    // The number gets the country code of the form's country: the office's, or the one
    // the worker chose.
    assert_eq!(local[0].phones[0].number, dialled);
    // Back on the search screen, the record is open and the filter lists it.
    assert!(w.shows(&tr(l, "mine-local")));
    assert!(w.shows(&tr(l, "filters-local")));
}

#[test]
fn a_service_is_added_with_a_field_error_shown_then_fixed() {
    add_a_service(Locale::En, None);
}

#[test]
fn the_offices_country_comes_from_its_place_not_the_interface_language() {
    // A Russian-speaking worker in a Polish office: Poland, not Kazakhstan.
    add_a_service(Locale::Ru, Some("PL"));
}

#[test]
fn the_form_is_mirrored_in_persian() {
    add_a_service(Locale::Fa, Some("IR"));
}

/// The form reads what an office types as the import reads a spreadsheet: `12 34` is no
/// number (once saved as the short code `tel:1234`), `pn-pt 8-16` is weekday hours and
/// `polish, ukrainian` two languages (once both refused).
#[test]
fn the_form_reads_phones_hours_and_languages_as_the_import_does() {
    let l = Locale::En;
    let settings = haven::settings::Settings {
        near: Some(haven::search::near::Near::parse("PL").unwrap()),
        ..haven::settings::Settings::default()
    };
    let mut w = haven_gui_tests::open_with(l, &settings);
    w.send(Message::Show(Screen::Form));
    w.click(&tr(l, "form-name-placeholder"))
        .expect("the name box");
    w.typewrite("Punkt Tecza");
    w.click(&tr(l, "form-phone-placeholder"))
        .expect("the phone box");
    w.typewrite("12 34");
    // The two boxes below the fold, typed into as the window receives typing.
    use haven::ui::local_form::{Field, Message as F};
    w.send(Message::Form(F::Input(Field::Hours, "pn-pt 8-16".into())));
    w.send(Message::Form(F::Input(
        Field::Languages,
        "polish, ukrainian".into(),
    )));
    w.click(&tr(l, "form-save")).expect("save");
    assert!(w.shows(&tr(l, "form-phone-invalid")), "12 34 is no number");
    assert!(!w.shows(&tr(l, "form-hours-invalid")));
    assert!(!w.shows(&tr(l, "form-languages-invalid")));
    assert!(layer(w.data.path()).local_records().unwrap().is_empty());
}
