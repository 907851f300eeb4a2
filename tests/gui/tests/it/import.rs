//! The office's own spreadsheet brought in from the window, headless: Settings → "Import a
//! list of services", the preview of what was read, "Import", and the services found.

use haven::i18n::{Arg, Locale, tr, tr_args};
use haven_gui_tests::open_in;

const LIST: &str = "\
Nazwa;Telefon;Miejscowość;Kategoria;Uwagi
Punkt Interwencji Kryzysowej Tęcza;22 100 20 30;Warszawa;Ośrodek interwencji kryzysowej;Pani Ewa
Poradnia Rodzinna Most;58 301 00 00;Gdańsk;poradnia;
Zły numer;12;Kraków;;
";

#[test]
fn an_offices_spreadsheet_is_previewed_imported_and_found() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("lista-placowek.csv"), LIST).unwrap();
    // Without dialogs the window takes the newest list in the folder used last; the office
    // is in Poland, which gives the rows their country.
    let settings = haven::settings::Settings {
        last_folder: Some(folder.path().to_path_buf()),
        near: Some(haven::search::near::Near::parse("PL").unwrap()),
        ..haven::settings::Settings::default()
    };
    settings.save(&data.path().join("settings.json")).unwrap();
    let l = Locale::Pl;
    let mut w = open_in(l, data);

    w.click(&tr(l, "nav-settings")).unwrap();
    w.click(&tr(l, "settings-import-list"))
        .expect("the import button in Settings");
    // The preview: how the file was read, what each column became, what is refused.
    let column = tr_args(
        l,
        "import-column",
        &[
            ("header", Arg::from("Telefon")),
            ("field", Arg::from(tr(l, "import-field-phone"))),
        ],
    );
    assert!(w.shows(&column), "the phone column is recognised");
    for part in [
        "Punkt Interwencji Kryzysowej Tęcza",
        "22 100 20 30",
        "Warszawa",
        &tr(l, "category-crisis-centre"),
    ] {
        assert!(
            w.shows(part),
            "the first service as it will be saved: {part}"
        );
    }
    let confirm = tr_args(l, "import-confirm", &[("count", Arg::from(2usize))]);
    assert!(w.shows(&confirm), "two services can come in");
    assert!(
        w.shows("Wiersz 4, Telefon: „12” nie jest numerem telefonu, który można wybrać w kraju PL. Wiersza nie zaimportowano."),
        "the bad row, by row and column"
    );
    // Nothing is written before the worker says so.
    assert!(
        haven_gui_tests::user_layer(w.data.path())
            .local_records()
            .unwrap()
            .is_empty()
    );

    w.click(&confirm).unwrap();
    let done = tr_args(
        l,
        "import-done",
        &[
            ("added", Arg::from(2usize)),
            ("duplicates", Arg::from(0usize)),
            ("refused", Arg::from(1usize)),
        ],
    );
    assert!(w.shows(&done), "the summary");
    assert_eq!(
        haven_gui_tests::user_layer(w.data.path())
            .local_records()
            .unwrap()
            .len(),
        2
    );
    w.click(&tr(l, "import-show")).unwrap();
    assert!(w.shows("Punkt Interwencji Kryzysowej Tęcza"));
    assert!(w.shows("Poradnia Rodzinna Most"));

    // Found by search, beside the publisher's services.
    w.send(haven::ui::Message::Search(
        haven::ui::search::Message::QueryChanged("tęcza".into()),
    ));
    assert!(w.shows("Punkt Interwencji Kryzysowej Tęcza"));
}
