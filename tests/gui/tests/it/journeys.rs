//! Whole journeys through the window, headless: what a social worker types, clicks and sees.

use haven::i18n::{Arg, Locale, tr, tr_args};
use haven::model::Record;
use haven::present;
use haven::ui::Message;
use haven::ui::keys::Shortcut;
use haven_gui_tests::{SIZE, matches_snapshot, open};
use iced_test::instruction::Key;

fn record(id: &str) -> Record {
    haven::store::bundled_records()
        .unwrap()
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no record {id}"))
}

fn name_in(id: &str, locale: Locale) -> String {
    present::names(&record(id), locale).0
}

fn count_text(locale: Locale, n: usize) -> String {
    tr_args(locale, "search-count", &[("count", Arg::from(n))])
}

#[test]
fn typing_in_each_language_finds_the_record() {
    let cases = [
        (Locale::En, "kryzys", "kz/semey-crisis-centre"),
        (Locale::Pl, "niebieska karta", "pl/niebieskie-karty"),
        (Locale::Ru, "кризисный центр", "kz/semey-crisis-centre"),
        (Locale::Kk, "ерікті", "kz/kyzylorda-volunteers-front-office"),
        (Locale::Vi, "Cần Thơ", "vn/can-tho-police"),
        (Locale::Fa, "کلانتری", "ir/kalantari-counselling"),
    ];
    let all = haven::store::bundled_records().unwrap().len();
    for (locale, query, id) in cases {
        let mut w = open(locale);
        w.typewrite(query);
        // The count says the list narrowed to what the core finds for the query…
        let expected = haven::search::search(
            &haven::store::Directory::open(&w.data.path().join("directory.sqlite3"), false)
                .unwrap()
                .0,
            &haven::search::Query::new(query),
        )
        .unwrap();
        assert!(expected.total < all, "{query:?} narrows the list");
        assert!(
            w.shows(&count_text(locale, expected.total)),
            "{locale}: the count shows {} for {query:?}",
            expected.total
        );
        // …and the record is among the first cards, in view (not only somewhere in the list).
        let name = name_in(id, locale);
        let at = w.bounds_of(&name);
        assert!(
            at.is_some_and(|b| b.y + b.height <= SIZE.height),
            "{locale}: typing {query:?} should show {name:?} on screen, at {at:?}"
        );
        // The search box holds what was typed.
        assert!(w.shows(query), "{locale}: the search box shows {query:?}");
    }
}

#[test]
fn opening_a_result_shows_where_it_came_from() {
    let mut w = open(Locale::En);
    w.typewrite("niebieska karta");
    let r = record("pl/niebieskie-karty");
    let name = name_in("pl/niebieskie-karty", Locale::En);
    w.click(&name).expect("the result can be clicked");
    let quote = r
        .sources
        .iter()
        .find_map(|s| s.quote.clone())
        .expect("the procedure quotes its seed");
    assert!(w.shows(&format!("«{quote}»")), "the seed sentence is shown");
    // The seed is cited as its publication: who published it, under what title.
    let letter = haven::model::publication("001_10f23ff8e7cee5b1.txt").expect("a seed");
    let cited = present::cite(letter, Locale::En);
    assert!(cited.contains("WPS 16 dni przeciw przemocy"), "{cited}");
    assert!(w.shows(&cited), "{cited}");
    // Its steps are listed, in order.
    let first_step = format!(
        "1. {} — {}",
        present::text(&r.steps[0].actor, Locale::En),
        tr_args(Locale::En, "field-step-form", &[("form", "A".into())])
    );
    assert!(w.shows(&first_step), "{first_step}");
}

#[test]
fn two_filters_combine_and_change_the_counts() {
    let mut w = open(Locale::En);
    let all = haven::store::bundled_records().unwrap();
    assert!(w.shows(&count_text(Locale::En, all.len())));
    let poland = present::country("PL", Locale::En);
    w.click(&poland).expect("the Poland filter");
    let in_pl = all.iter().filter(|r| r.country.code() == "PL").count();
    assert!(w.shows(&count_text(Locale::En, in_pl)), "{in_pl} in Poland");
    let helpline = tr(Locale::En, "category-helpline");
    w.click(&helpline).expect("the helpline filter");
    let pl_helplines = all
        .iter()
        .filter(|r| {
            r.country.code() == "PL" && r.categories.contains(&haven::model::Category::Helpline)
        })
        .count();
    assert!(pl_helplines > 0 && pl_helplines < in_pl);
    assert!(w.shows(&count_text(Locale::En, pl_helplines)));
    // Clearing brings everything back.
    w.click(&tr(Locale::En, "filters-clear")).expect("clear");
    assert!(w.shows(&count_text(Locale::En, all.len())));
}

#[test]
fn persian_mirrors_the_whole_layout() {
    let mut w = open(Locale::Fa);
    // The filter panel is on the right, the results to its left, the app name at the right
    // end of the top bar.
    let filters = w
        .bounds_of(&tr(Locale::Fa, "filters-title"))
        .expect("filters heading");
    let count = w
        .bounds_of(&count_text(
            Locale::Fa,
            haven::store::bundled_records().unwrap().len(),
        ))
        .expect("result count");
    let app = w.bounds_of(&tr(Locale::Fa, "app-name")).expect("app name");
    assert!(filters.x > SIZE.width * 0.75, "filters at {filters:?}");
    assert!(count.x < filters.x, "results left of the filters");
    assert!(
        count.x + count.width > SIZE.width * 0.5,
        "result text keeps to the right"
    );
    assert!(app.x > SIZE.width * 0.9, "app name at {app:?}");
    let (rgba, width, height) = w.screenshot();
    matches_snapshot("persian-search", &rgba, width, height).unwrap();

    // And back to English: the same window mirrors back.
    let mut w = open(Locale::En);
    let filters = w
        .bounds_of(&tr(Locale::En, "filters-title"))
        .expect("filters heading");
    assert!(filters.x < SIZE.width * 0.25);
    let (rgba, width, height) = w.screenshot();
    matches_snapshot("english-search", &rgba, width, height).unwrap();
}

#[test]
fn switching_language_at_runtime_changes_every_label() {
    let mut w = open(Locale::En);
    assert!(w.shows(&tr(Locale::En, "filters-title")));
    w.send(Message::Settings(
        haven::ui::settings_screen::Message::Language(Some(Locale::Fa)),
    ));
    assert!(w.shows(&tr(Locale::Fa, "filters-title")));
    assert!(!w.shows(&tr(Locale::En, "filters-title")));
    let settings = std::fs::read_to_string(w.data.path().join("settings.json")).unwrap();
    assert!(
        settings.contains("\"fa\""),
        "the choice is remembered: {settings}"
    );
}

#[test]
fn keyboard_only_journey() {
    let mut w = open(Locale::En);
    // The search box has the keyboard from the start.
    w.typewrite("karty");
    // Enter opens the first result.
    w.key(Key::Enter);
    let name = name_in("pl/niebieskie-karty", Locale::En);
    let steps = tr(Locale::En, "field-steps");
    assert!(w.shows(&steps), "Enter opened {name}");
    // Ctrl+R puts it in the referral basket.
    w.send(Message::Key(Shortcut::AddToBasket));
    assert!(w.shows(&tr_args(
        Locale::En,
        "basket-count",
        &[("count", 1usize.into())]
    )));
    // Esc goes back to the search box; Esc again clears it and lists everything. (The
    // emulator does not feed key events to subscriptions, so the shortcut the key handler
    // makes of Esc is sent; `keys` tests that mapping.)
    w.send(Message::Key(Shortcut::Escape));
    w.send(Message::Key(Shortcut::Escape));
    let all = haven::store::bundled_records().unwrap().len();
    assert!(w.shows(&count_text(Locale::En, all)));
    // Down moves into the results and opens the first; Down again the second.
    w.send(Message::Key(Shortcut::Down));
    w.send(Message::Key(Shortcut::Down));
    let listed = haven::search::search(
        &haven::store::Directory::open(&w.data.path().join("directory.sqlite3"), false)
            .unwrap()
            .0,
        &haven::search::Query::new(""),
    )
    .unwrap();
    let second = present::names(&listed.hits[1].record, Locale::En).0;
    assert!(
        w.bounds_of(&second).is_some(),
        "the second result {second} is open"
    );
    // Tab moves to the details, where Down and Enter reach its first phone and copy it.
    let phone = listed.hits[1]
        .record
        .main_phone()
        .expect("the second result has a phone")
        .number
        .clone();
    let haven = opened_beside(w.data.path());
    let opened = haven::ui::detail::load(&haven, &listed.hits[1].record.id, &pane_view())
        .unwrap()
        .unwrap();
    // The cursor stops at every action in the order the pane draws them.
    let stops = haven::ui::detail::actions(&opened)
        .iter()
        .position(|a| matches!(a, haven::ui::detail::Message::CopyPhone(d) if d.number == phone))
        .expect("the phone is one of the pane's stops");
    w.send(Message::Key(Shortcut::NextPane));
    for _ in 0..stops {
        w.send(Message::Key(Shortcut::Down));
    }
    w.send(Message::Key(Shortcut::Activate));
    let copied = tr_args(Locale::En, "copied", &[("text", phone.as_str().into())]);
    assert!(w.shows(&copied), "Enter on the phone copied {phone}");
    // Ctrl+F returns to search.
    w.send(Message::Key(Shortcut::FocusSearch));
    w.typewrite("semey");
    assert!(w.shows(&name_in("kz/semey-crisis-centre", Locale::En)));
    // Tab to the filters, Space toggles the first one (Kazakhstan).
    w.send(Message::Key(Shortcut::NextPane));
    w.send(Message::Key(Shortcut::Activate));
    assert!(w.shows(&format!("• {}", present::country("KZ", Locale::En))));
}

#[test]
fn three_services_to_a_persian_sheet_and_nothing_about_the_client_on_disk() {
    use haven::ui::referral::Message as R;
    use iced::widget::text_editor::{Action, Edit};
    let out = tempfile::tempdir().unwrap();
    // The folder the worker saved to last time: without dialogs the sheet goes there.
    let settings = haven::settings::Settings {
        last_folder: Some(out.path().to_path_buf()),
        ..haven::settings::Settings::default()
    };
    let mut w = haven_gui_tests::open_with(Locale::En, &settings);

    let add = tr(Locale::En, "basket-add");
    let picks = [
        ("кризисный центр", "kz/semey-crisis-centre"),
        ("111 family", "kz/111-family-helpline"),
        ("еріктілер", "kz/kyzylorda-volunteers-front-office"),
    ];
    for (query, _) in picks {
        w.send(Message::Search(haven::ui::search::Message::QueryChanged(
            query.into(),
        )));
        w.click(&add).expect("the first result's add button");
    }
    let basket = tr_args(Locale::En, "basket-count", &[("count", 3usize.into())]);
    w.click(&basket).expect("the basket opens the composer");
    for (i, (_, id)) in picks.iter().enumerate() {
        assert!(
            w.shows(&format!("{}. {}", i + 1, name_in(id, Locale::En))),
            "{id} is in the basket, in order"
        );
    }
    // The sheet's language is the client's, not the window's.
    w.click(Locale::Fa.native_name()).expect("Persian");
    let note = "لطفاً دوشنبه صبح تماس بگیرید";
    w.send(Message::Referral(R::Note(Action::Edit(Edit::Paste(
        std::sync::Arc::new(note.into()),
    )))));
    // The preview shows the sheet in Persian while the window stays in English.
    assert!(w.shows(&tr(Locale::Fa, "sheet-title")), "Persian preview");
    assert!(w.shows(&tr(Locale::En, "referral-save")));
    w.click(&tr(Locale::En, "referral-save")).expect("save");

    let saved: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let pdf = std::fs::read(&saved[0]).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let status = tr_args(
        Locale::En,
        "referral-saved",
        &[("path", saved[0].display().to_string().into())],
    );
    assert!(w.shows(&status), "the worker is told where it went");

    // Nothing the worker typed for the client is anywhere in Haven's own folders.
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    files(w.data.path(), &mut all);
    assert!(!all.is_empty());
    let needle = note.as_bytes();
    for f in all {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !bytes.windows(needle.len()).any(|win| win == needle),
            "{} holds the client note",
            f.display()
        );
    }
}

#[test]
fn update_now_brings_the_feed_into_the_open_search() {
    use haven::sync::feed;
    // A feed on loopback, with a record the bundled directory does not have.
    let publish = tempfile::tempdir().unwrap();
    let keys = tempfile::tempdir().unwrap();
    let (public, secret, _) = feed::keygen(keys.path()).unwrap();
    let mut records = haven::store::bundled_records().unwrap();
    let mut extra = record("pl/niebieska-linia");
    extra.id = "pl/punkt-z-feedu".into();
    extra.name = haven::model::Text::new("pl", "Punkt interwencyjny z aktualizacji")
        .with("en", "Intervention point from the update");
    extra.related.clear();
    records.push(extra);
    feed::build(
        records,
        publish.path(),
        None,
        "central",
        jiff::Span::new().hours(240),
        &mut |_| {},
    )
    .unwrap();
    feed::sign(publish.path(), &secret).unwrap();
    let server = std::sync::Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
    let port = server.server_addr().to_ip().unwrap().port();
    let (s, dir) = (server.clone(), publish.path().to_path_buf());
    std::thread::spawn(move || {
        for rq in s.incoming_requests() {
            let name = rq.url().trim_start_matches('/').to_string();
            let resp = match std::fs::read(dir.join(&name)) {
                Ok(bytes) => {
                    tiny_http::Response::from_data(bytes).with_chunked_threshold(usize::MAX)
                }
                Err(_) => tiny_http::Response::from_data(Vec::new()).with_status_code(404),
            };
            let _ = rq.respond(resp);
        }
    });

    let mut settings = haven::settings::Settings::default();
    settings.feed.url = format!("http://127.0.0.1:{port}/manifest.json");
    settings.feed.public_key = std::fs::read_to_string(public).unwrap();
    let mut w = haven_gui_tests::open_with(Locale::En, &settings);
    w.typewrite("punkt interwencyjny");
    assert!(w.shows(&count_text(Locale::En, 0)));

    w.click(&tr(Locale::En, "nav-settings")).unwrap();
    w.click(&tr(Locale::En, "sync-now")).expect("Update now");
    // The search that was open shows the new record at once.
    w.click(&tr(Locale::En, "nav-search")).unwrap();
    assert!(w.shows("Intervention point from the update"));
    assert!(w.shows(&count_text(Locale::En, 1)));
    server.unblock();
}

/// The detail pane shows every string the core presents for the screen, for records that
/// between them hold every kind of field: the pane lays out the core's list and nothing else.
#[test]
fn the_detail_pane_shows_every_field_the_core_presents() {
    let mut w = open(Locale::En);
    let haven = opened_beside(w.data.path());
    let mut kinds = std::collections::BTreeSet::new();
    for id in [
        "pl/niebieskie-karty",
        "kz/semey-crisis-centre",
        "pl/niebieska-linia",
        "kz/abai-police",
        "vn/cai-rang-district-police",
        "kz/kyzylorda-volunteer-day",
    ] {
        w.send(Message::Search(haven::ui::search::Message::OpenId(
            id.into(),
        )));
        let shown = haven::ui::detail::load(&haven, id, &pane_view())
            .unwrap()
            .unwrap()
            .shown;
        for f in &shown.fields {
            kinds.insert(f.value.kind_name());
        }
        for s in shown.texts() {
            let drawn = haven::text::isolate_numbers(&s);
            assert!(w.shows(&drawn), "{id}: the pane should show {drawn:?}");
        }
    }
    for kind in [
        "text", "address", "phones", "channels", "steps", "acts", "records", "sources", "note",
    ] {
        assert!(
            kinds.contains(kind),
            "no record showed a {kind} field: {kinds:?}"
        );
    }
}

/// A settings file that cannot be read is named in the window, with where its copy was kept;
/// the file itself is not touched until the worker changes a setting.
#[test]
fn an_unreadable_settings_file_is_told_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("settings.json");
    std::fs::write(&path, "{ \"office\": ").unwrap();
    let mut w = haven_gui_tests::open_in(Locale::En, data);
    let kept: Vec<_> = std::fs::read_dir(w.data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("unreadable"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read_to_string(&kept[0]).unwrap(), "{ \"office\": ");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ \"office\": ");
    let (_, problem) = haven::settings::Settings::load(&path);
    let said = haven::settings::Settings::problem_message(
        &problem.expect("a problem"),
        Some(&kept[0]),
        Locale::En,
    );
    assert!(w.shows(&said), "the window says {said:?}");
}

/// The office's place chosen in Settings: its police line comes before the same kind
/// elsewhere; "Anywhere" gives the usual order back.
#[test]
fn the_offices_place_chosen_in_settings_comes_first() {
    let mut w = open(Locale::En);
    let iran_police = name_in("ir/110-police", Locale::En);
    let kz_police = name_in("kz/102-police", Locale::En);
    // Whether the first name is drawn above the second.
    macro_rules! above {
        ($a:expr, $b:expr) => {{
            let a = w.bounds_of($a).expect("shown").y;
            let b = w.bounds_of($b).expect("shown").y;
            a < b
        }};
    }
    w.typewrite("پلیس");
    assert!(above!(&kz_police, &iran_police), "no place: 102 first");

    w.click(&tr(Locale::En, "nav-settings")).unwrap();
    w.click(&present::country("IR", Locale::En))
        .expect("Iran as the office's place");
    w.click(&tr(Locale::En, "nav-search")).unwrap();
    assert!(above!(&iran_police, &kz_police), "Iran's 110 first");

    w.click(&tr(Locale::En, "nav-settings")).unwrap();
    w.click(&tr(Locale::En, "settings-near-anywhere")).unwrap();
    w.click(&tr(Locale::En, "nav-search")).unwrap();
    assert!(
        above!(&kz_police, &iran_police),
        "anywhere again: 102 first"
    );
}

/// The window's directory and layer, opened a second time beside it (as the command line
/// would), through the use-case layer.
fn opened_beside(data: &std::path::Path) -> haven::usecase::Haven {
    let paths = haven::usecase::Paths::resolve(Some(data.to_path_buf())).unwrap();
    haven::usecase::Haven::open(&paths).unwrap().0
}

/// How the pane presents a record in English on the tests' fixed day.
fn pane_view() -> haven::ui::detail::View {
    haven::ui::detail::View {
        locale: Locale::En,
        today: haven_gui_tests::today(),
        now: haven_gui_tests::now(),
        fitter: std::sync::Arc::new(std::sync::Mutex::new(haven::text::Fitter::default())),
    }
}

/// A feed address and key typed wrong: said beside each field as they are typed, in the
/// worker's words, and kept exactly as typed (once, the spaces were silently removed and a
/// failed update claimed another Haven had updated the directory).
#[test]
fn a_wrong_feed_address_and_key_are_said_beside_their_fields_and_kept_as_typed() {
    use haven::ui::settings_screen::{Message as S, Row};
    let l = Locale::En;
    let mut w = open(l);
    w.click(&tr(l, "nav-settings")).unwrap();
    let url = "htp//feed haven??";
    w.send(Message::Settings(S::Office(Row::FeedUrl, url.into())));
    w.send(Message::Settings(S::Office(
        Row::FeedKey,
        "RWnotakey123".into(),
    )));
    let bad_url = haven::i18n::tr_args(l, "sync-error-bad-url", &[("detail", url.into())]);
    assert!(w.shows(&bad_url), "the address's error beside it");
    let key = haven::sync::check_key("RWnotakey123").unwrap_err();
    let bad_key = haven::i18n::tr_args(l, key.message_id(), &[("detail", key.detail(l).into())]);
    assert!(w.shows(&bad_key), "the key's error beside it");
    let saved = std::fs::read_to_string(w.data.path().join("settings.json")).unwrap();
    assert!(saved.contains(url), "kept as typed: {saved}");

    // The office's phone, printed on every sheet, is read like every number.
    w.send(Message::Settings(S::Office(
        Row::OfficePhone,
        "12 34".into(),
    )));
    let bad_phone = haven::i18n::tr_args(
        l,
        "settings-office-phone-wrong",
        &[("detail", haven::i18n::ltr("12 34").into())],
    );
    assert!(w.shows(&bad_phone), "the phone's error beside it");
    w.send(Message::Settings(S::Office(
        Row::OfficePhone,
        "+48 89 527 11 22".into(),
    )));
    assert!(!w.shows(&bad_phone), "a number is not an error");
}
