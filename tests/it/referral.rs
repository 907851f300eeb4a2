//! Referral sheets, read back from the PDF: what a client holds in their hand.

use haven::i18n::{self, Locale};
use haven::model::{Location, Record, Text};
use haven::present;
use haven::referral::{self, Block, Request};
use haven::settings::{Office, Paper};
use std::collections::HashMap;

fn records(ids: &[&str]) -> Vec<Record> {
    let all = haven::store::bundled_records().unwrap();
    ids.iter()
        .map(|id| {
            all.iter()
                .find(|r| r.id == *id)
                .cloned()
                .unwrap_or_else(|| panic!("no {id}"))
        })
        .collect()
}

fn request(ids: &[&str], locale: Locale) -> Request {
    let all = haven::store::bundled_records().unwrap();
    let records = records(ids);
    let organizations: HashMap<String, Text> = records
        .iter()
        .filter_map(|r| r.organization.as_ref())
        .filter_map(|o| all.iter().find(|r| &r.id == o))
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    Request {
        records,
        organizations,
        locale,
        office: Office {
            name: "MOPS Olsztyn".into(),
            address: "ul. Przykładowa 1".into(),
            phone: "+48 89 000 00 00".into(),
            worker: String::new(),
        },
        note: String::new(),
        paper: Paper::A4,
        date: jiff::civil::date(2026, 11, 22),
        mine: Default::default(),
        print_flagged: false,
        share_notes: Default::default(),
    }
}

/// Text extracted from the PDF, without whitespace or invisible marks (pdf-extract guesses
/// spaces from glyph positions; what matters is that every letter is there, in order).
fn pdf_text(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).expect("the PDF reads back");
    squash(&text)
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[track_caller]
fn holds(text: &str, what: &str, lang: &str) {
    assert!(
        text.contains(&squash(what)),
        "the {lang} sheet should hold {what:?}\n--- extracted:\n{text}"
    );
}

fn check_sheet(ids: &[&str], locale: Locale) -> String {
    let req = request(ids, locale);
    let bytes = referral::make_pdf(&req).unwrap();
    let text = pdf_text(&bytes);
    let lang = locale.code();
    for r in &req.records {
        holds(&text, r.name.show(lang), lang);
        for p in &r.phones {
            holds(&text, &p.display, lang);
        }
        for s in &r.steps {
            holds(&text, s.action.show(lang), lang);
        }
    }
    holds(&text, &i18n::tr(locale, "sheet-title"), lang);
    holds(&text, "MOPS Olsztyn", lang);
    text
}

#[test]
fn polish_sheet_holds_names_phones_and_the_procedure_steps() {
    let text = check_sheet(&["pl/niebieskie-karty", "pl/niebieska-linia"], Locale::Pl);
    holds(&text, "800 120 002", "pl");
    holds(&text, "Niebieskie Karty", "pl");
}

#[test]
fn russian_sheet() {
    check_sheet(
        &["kz/semey-crisis-centre", "kz/111-family-helpline"],
        Locale::Ru,
    );
}

#[test]
fn kazakh_sheet_keeps_kazakh_letters() {
    let text = check_sheet(
        &[
            "kz/semey-crisis-centre",
            "kz/111-family-helpline",
            "kz/kyzylorda-volunteers-front-office",
        ],
        Locale::Kk,
    );
    for letter in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
        assert!(text.contains(letter), "Kazakh letter {letter} lost");
    }
}

#[test]
fn vietnamese_sheet_keeps_stacked_marks() {
    let text = check_sheet(
        &[
            "vn/me-do-dau",
            "vn/111-child-protection-hotline",
            "vn/ngoi-nha-binh-yen",
        ],
        Locale::Vi,
    );
    for word in ["đỡ đầu", "Ngôi nhà Bình yên"] {
        holds(&text, word, "vi");
    }
}

#[test]
fn persian_sheet_reads_right_to_left_with_a_solar_hijri_date() {
    let mut req = request(
        &["ir/kalantari-counselling", "ir/123-social-emergency"],
        Locale::Fa,
    );
    req.date = jiff::civil::date(2024, 11, 24);
    let sheet = referral::compose(&req).unwrap();
    let date = i18n::strip_isolates(&present::date(req.date, Locale::Fa));
    assert_eq!(date, "۴ آذر ۱۴۰۳");
    let all_text: String = sheet
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Para(p) => vec![p.text.clone()],
            Block::Service { paras, .. } | Block::Note(paras) => {
                paras.iter().map(|p| p.text.clone()).collect()
            }
            Block::Rule => vec![],
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(i18n::strip_isolates(&all_text).contains("۴ آذر ۱۴۰۳"));
    // The page is mirrored: every line of Persian text ends at the right margin.
    let mut fonts = referral::Fonts::new();
    let pages = referral::layout::layout(&sheet, &mut fonts);
    let page = &pages[0];
    let right = page.width - referral::layout::MARGIN;
    let mut persian_lines = 0;
    for item in &page.items {
        if let referral::Item::Line(l) = item
            && l.lang == "fa"
            && l.para != 0
            && l.ink_w > 0.0
        {
            persian_lines += 1;
            let end = l.ink_x + l.ink_w;
            assert!(
                (right - end).abs() < 2.0 || l.x + l.width < right - 1.0,
                "{:?} ends at {end}, not at the right margin {right}",
                l.visible
            );
        }
    }
    assert!(persian_lines > 5);
    // And poppler reads the Persian words back in order.
    let bytes = referral::pdf::render(&sheet, &pages, &mut fonts).unwrap();
    let text = pdftotext(&bytes);
    let text = squash(&text);
    // Word by word: a heading may wrap, and poppler spells the lam-alef ligature back
    // as alef-lam, so words holding it are left out of this check.
    for r in &req.records {
        for word in r.name.show("fa").split_whitespace() {
            let word = squash(word);
            if word.chars().count() > 2
                && !word.contains("لا")
                && word.chars().all(char::is_alphabetic)
            {
                assert!(text.contains(&word), "{word:?} not in\n{text}");
            }
        }
    }
    assert!(text.contains("۱۴۰۳") && text.contains("آذر"));
    // The office's phone keeps its order inside the right-to-left page.
    assert!(text.contains("+48890000000"), "{text}");
}

/// poppler's `pdftotext` (installed by `.ci/run`): it orders right-to-left text the way a
/// reader sees it, which pdf-extract does not attempt.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed for this test: apt-get install poppler-utils");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_font_is_embedded_and_subsetted() {
    let bytes = referral::make_pdf(&request(
        &["ir/kalantari-counselling", "pl/niebieska-linia"],
        Locale::Fa,
    ))
    .unwrap();
    let doc = pdf_extract::Document::load_mem(&bytes).unwrap();
    let mut fonts = 0;
    for (_, obj) in doc.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        let is_font_descriptor = dict.get(b"Type").ok().and_then(|t| t.as_name().ok())
            == Some(b"FontDescriptor".as_slice());
        if !is_font_descriptor {
            continue;
        }
        fonts += 1;
        let name =
            String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap()).to_string();
        let (tag, base) = name.split_once('+').expect("a subset tag");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{name}"
        );
        assert!(base.starts_with("Noto"), "only bundled fonts: {name}");
        let file = dict.get(b"FontFile2").expect("the font file is embedded");
        let stream = doc
            .get_object(file.as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        let embedded = stream.content.len();
        assert!(
            embedded < 100_000,
            "{name}: {embedded} bytes embedded; the full fonts are 175–515 KB"
        );
    }
    assert!(fonts >= 3, "sans, bold and Naskh: {fonts}");
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
}

#[test]
fn a_confidential_address_never_reaches_paper() {
    let mut req = request(&["kz/semey-crisis-centre"], Locale::Ru);
    req.records[0].locations = vec![Location {
        name: None,
        address: Some(Text::new("ru", "ул. Тайная, 7").with("en", "7 Secret Street")),
        city: None,
        confidential: true,
        note: None,
    }];
    for locale in Locale::ALL {
        req.locale = locale;
        let sheet = referral::compose(&req).unwrap();
        let debug = format!("{sheet:?}");
        assert!(
            !debug.contains("Тайная") && !debug.contains("Secret"),
            "{locale}"
        );
        let text = pdf_text(&referral::make_pdf(&req).unwrap());
        assert!(
            !text.contains("Тайная") && !text.contains("Secret"),
            "{locale}"
        );
        if !locale.is_rtl() {
            // pdf-extract reads right-to-left lines in visual order; the Persian sheet is
            // read back with poppler in the Persian test.
            holds(
                &text,
                &i18n::tr(locale, "sheet-address-by-phone"),
                locale.code(),
            );
        }
    }
    // The same address, not confidential, is printed.
    req.locale = Locale::Ru;
    req.records[0].locations[0].confidential = false;
    let text = pdf_text(&referral::make_pdf(&req).unwrap());
    holds(&text, "ул. Тайная, 7", "ru");
}

#[test]
fn page_count_grows_with_the_basket_and_pages_are_numbered() {
    let count = |ids: &[&str]| {
        let bytes = referral::make_pdf(&request(ids, Locale::En)).unwrap();
        pdf_extract::extract_text_from_mem_by_pages(&bytes)
            .unwrap()
            .len()
    };
    assert_eq!(count(&["pl/niebieska-linia"]), 1);
    let all = haven::store::bundled_records().unwrap();
    let many: Vec<&str> = all
        .iter()
        .filter(|r| r.country.code() == "PL" || r.country.code() == "KZ")
        .map(|r| r.id.as_str())
        .collect();
    let pages = count(&many);
    assert!(pages >= 3, "{} services on {pages} pages", many.len());
    let req = request(&many, Locale::En);
    let text = pdf_text(&referral::make_pdf(&req).unwrap());
    holds(&text, &format!("page 1 of {pages}"), "en");
    holds(&text, &format!("page {pages} of {pages}"), "en");
}

#[test]
fn the_note_is_printed_in_its_own_box() {
    let mut req = request(&["pl/niebieska-linia"], Locale::Pl);
    req.note = "Proszę zadzwonić w poniedziałek rano.".into();
    let text = pdf_text(&referral::make_pdf(&req).unwrap());
    holds(&text, "Proszę zadzwonić w poniedziałek rano.", "pl");
    // On the page, the note and its heading sit inside a frame, and nothing else does.
    let sheet = referral::compose(&req).unwrap();
    let pages = referral::layout::layout(&sheet, &mut referral::Fonts::new());
    let items = &pages[0].items;
    let frames: Vec<(f32, f32, f32, f32)> = items
        .iter()
        .filter_map(|i| match i {
            referral::Item::Frame { x, y, w, h } => Some((*x, *y, *w, *h)),
            _ => None,
        })
        .collect();
    assert_eq!(frames.len(), 1, "one framed box: {frames:?}");
    let (x, y, w, h) = frames[0];
    let inside = |l: &referral::Line| {
        l.ink_x >= x && l.ink_x + l.ink_w <= x + w && l.top >= y && l.top + l.height <= y + h
    };
    let lines: Vec<&referral::Line> = items
        .iter()
        .filter_map(|i| match i {
            referral::Item::Line(l) => Some(l),
            _ => None,
        })
        .collect();
    let heading = i18n::tr(Locale::Pl, "sheet-note");
    for l in &lines {
        let is_note = l.visible.contains("Proszę") || l.visible.contains(&heading);
        assert_eq!(
            inside(l),
            is_note,
            "{:?} inside the box: {}",
            l.visible,
            inside(l)
        );
    }
    assert!(
        lines
            .iter()
            .any(|l| l.visible.contains("Proszę") && inside(l))
    );
}

#[test]
fn a_missing_translation_is_said_discreetly_and_english_is_used() {
    let mut req = request(&["pl/niebieska-linia"], Locale::Vi);
    let r = &mut req.records[0];
    r.name.values.remove("vi");
    if let Some(d) = &mut r.description {
        d.values.remove("vi");
    }
    let text = pdf_text(&referral::make_pdf(&req).unwrap());
    holds(&text, req.records[0].name.show("en"), "vi");
    holds(&text, req.records[0].name.original(), "vi");
    let note = i18n::tr_args(
        Locale::Vi,
        "sheet-untranslated",
        &[("language", present::language("vi", Locale::Vi).into())],
    );
    holds(&text, &i18n::strip_isolates(&note), "vi");
}

#[test]
fn an_empty_basket_is_refused() {
    let req = request(&[], Locale::En);
    assert!(referral::make_pdf(&req).is_err());
}

#[test]
fn the_qr_code_carries_the_main_phone() {
    let req = request(&["pl/116-111-children-helpline"], Locale::En);
    let sheet = referral::compose(&req).unwrap();
    let qr = sheet.blocks.iter().find_map(|b| match b {
        Block::Service { qr, .. } => qr.clone(),
        _ => None,
    });
    let (data, alt) = qr.expect("a QR code");
    assert_eq!(data, "tel:116111");
    // A reader who cannot see it hears what it dials, as the sheet prints it.
    assert_eq!(i18n::strip_isolates(&alt), "QR code: phone 116 111");
}

/// Every string the core presents to a client, for every record of the bundled directory,
/// is on that record's sheet: the sheet lays out the core's list and decides nothing itself,
/// so a field added to the presentation reaches paper with no change here. The kinds of field
/// seen are counted, so the test cannot pass on records that lack most of them.
#[test]
fn every_field_the_core_presents_for_a_client_is_on_the_sheet() {
    let all = haven::store::bundled_records().unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for r in &all {
        let req = request(&[r.id.as_str()], Locale::En);
        let links = present::Links {
            organization: r
                .organization
                .as_ref()
                .and_then(|id| Some((id.clone(), req.organizations.get(id)?.clone()))),
            ..Default::default()
        };
        let shown = present::present(
            r,
            &links,
            Locale::En,
            present::Audience::Client,
            req.date,
            None,
        );
        for f in &shown.fields {
            kinds.insert(f.value.kind_name());
        }
        // poppler orders right-to-left runs as they read (pdf-extract does not).
        let text = squash(&pdftotext(&referral::make_pdf(&req).unwrap()));
        let letters_only: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        for s in shown.texts() {
            if haven::text::has_arabic(&s) {
                // Numbers and mirrored brackets inside Persian text come out of poppler on
                // the other side of their words: the words' letters must all be there.
                // poppler reads the lam-alef ligature back reversed: such words are left out.
                for word in s.split_whitespace().filter(|w| !w.contains("لا")) {
                    let letters: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
                    holds(&letters_only, &letters, &r.id);
                }
            } else {
                // Letters and digits, in order (poppler drops a hyphen a line breaks at).
                let letters: String = s.chars().filter(|c| c.is_alphanumeric()).collect();
                holds(&letters_only, &letters, &r.id);
            }
        }
    }
    for kind in [
        "text", "address", "phones", "channels", "steps", "acts", "records", "note",
    ] {
        assert!(
            kinds.contains(kind),
            "no record showed a {kind} field: {kinds:?}"
        );
    }
}

#[test]
fn a_seed_is_cited_as_its_publication_and_translations_are_said() {
    // An Iranian programme, on an English sheet: the client reads who published the source
    // and when, and that the English is the directory's translation from Persian.
    let req = request(&["ir/hamyaran-aramesh-ejtemai"], Locale::En);
    let pdf = referral::make_pdf(&req).unwrap();
    let text = pdf_text(&pdf);
    holds(&text, "Fars News Agency", "en");
    holds(&text, "24 November 2024", "en");
    // The Persian title, word by word in reading order (poppler orders right-to-left text).
    let read = squash(&pdftotext(&pdf));
    for word in ["ضرورت", "مشارکتهای", "اجتماعی"] {
        assert!(read.contains(word), "{word} not in\n{read}");
    }
    assert!(!text.contains(".txt"), "no file name on paper:\n{text}");
    let translated = i18n::tr_args(
        Locale::En,
        "field-translated",
        &[
            ("language", present::language("en", Locale::En).into()),
            ("original", present::language("fa", Locale::En).into()),
        ],
    );
    holds(&text, &i18n::strip_isolates(&translated), "en");

    // The Persian sheet names the agency as it names itself, and the date in its calendar.
    let req = request(&["ir/hamyaran-aramesh-ejtemai"], Locale::Fa);
    let text = squash(&pdftotext(&referral::make_pdf(&req).unwrap()));
    for word in ["خبرگزاری", "فارس", "آذر", "۱۴۰۳"] {
        assert!(text.contains(word), "{word} not in\n{text}");
    }
}

/// Every sheet, in every language, for every record of the bundled directory (a few at a
/// time, as a worker makes them), passes krilla's checks of PDF/UA-1 and says so: the
/// identification in its metadata, its title shown as the window's title, and each QR code
/// named in the sheet's language, never by the `tel:` it carries.
#[test]
fn every_sheet_is_pdf_ua_1_with_its_qr_codes_named_in_the_sheets_language() {
    let all = haven::store::bundled_records().unwrap();
    let ids: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
    for l in Locale::ALL {
        for chunk in ids.chunks(8) {
            let req = request(chunk, l);
            let sheet = referral::compose(&req).unwrap();
            let mut fonts = referral::Fonts::new();
            let pages = referral::layout::layout(&sheet, &mut fonts);
            let bytes = match referral::pdf::render_ua(&sheet, &pages, &mut fonts) {
                Ok(b) => b,
                Err(e) => panic!("{l:?} {chunk:?}: not PDF/UA-1: {e:?}"),
            };
            let raw = String::from_utf8_lossy(&bytes);
            assert!(raw.contains("pdfuaid:part"), "{l:?}: identified as PDF/UA");
            assert!(
                raw.contains("/DisplayDocTitle true"),
                "{l:?}: the title shown"
            );
            let doc = pdf_extract::Document::load_mem(&bytes).unwrap();
            let alts: Vec<String> = doc
                .objects
                .values()
                .filter_map(|o| o.as_dict().ok())
                .filter(|d| {
                    d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure".as_slice())
                })
                .filter_map(|d| d.get(b"Alt").ok().and_then(|a| a.as_str().ok()))
                .map(pdf_string)
                .collect();
            let qrs = sheet
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Service { qr: Some(_), .. }))
                .count();
            assert_eq!(alts.len(), qrs, "{l:?} {chunk:?}: every QR code named");
            let word = i18n::tr(l, "sheet-qr-phone");
            let head: String = word.chars().take(4).collect();
            for a in &alts {
                assert!(!a.starts_with("tel:"), "{l:?}: {a}");
                assert!(a.contains(&head) || a.contains("QR"), "{l:?}: {a}");
            }
        }
    }
}

/// A PDF text string: UTF-16BE with its byte-order mark, or PDFDocEncoding (ASCII here).
fn pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}
