//! Values as people write them in the lists they keep (a spreadsheet's cell, an HSDS field),
//! read as what they mean: a country by its code or name, a telephone number dialled in the
//! record's country, a link, a term of Haven's vocabularies or a language by its name in any
//! of the six languages, a region of the directory, opening hours, the language of a text.

use crate::i18n::all_locales;
use crate::model::{Category, Channel, ChannelKind, Country, Phone, Region, TargetGroup, Text};
use crate::search::fold::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

pub mod hours;

/// Languages known by name, beside any two-letter code.
const NAMED_LANGUAGES: [&str; 12] = [
    "en", "pl", "ru", "kk", "vi", "fa", "uk", "de", "fr", "ar", "tr", "zh",
];

/// Every name a term goes by, folded, under its Fluent prefix (`category`, `target`,
/// `country`, `language`): "prefix\0name" → the term's key. Made once: a hundred thousand
/// rows look names up without formatting a Fluent message each time.
fn names() -> &'static HashMap<String, &'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out = HashMap::new();
        let mut add = |prefix: &str, key: &'static str, name: &str| {
            out.entry(format!("{prefix}\0{}", fold(name.trim())))
                .or_insert(key);
        };
        let mut terms: Vec<(&str, &'static str)> = Vec::new();
        terms.extend(Category::ALL.iter().map(|c| ("category", c.key())));
        terms.extend(TargetGroup::ALL.iter().map(|t| ("target", t.key())));
        terms.extend(NAMED_LANGUAGES.iter().map(|l| ("language", *l)));
        terms.extend(["pl", "kz", "vn", "ir"].iter().map(|c| ("country", *c)));
        for (prefix, key) in terms {
            add(prefix, key, key);
            for name in all_locales(&format!("{prefix}-{key}")) {
                add(prefix, key, &name);
            }
        }
        for (prefix, key, words) in OFFICE_WORDS {
            for w in *words {
                add(prefix, key, w);
            }
        }
        out
    })
}

/// The key of the term `v` names under `prefix`.
fn named(prefix: &str, v: &str) -> Option<&'static str> {
    names()
        .get(&format!("{prefix}\0{}", fold(v.trim())))
        .copied()
}

/// A country by its ISO code or its name in any of the six languages.
pub fn country_of(v: &str) -> Option<Country> {
    Country::new(v).or_else(|| Country::new(named("country", v)?))
}

/// A number as the record keeps it: E.164 when it can be dialled from abroad, a short code
/// (3–6 digits, `112`, `116 123`) as it is. The display keeps the office's spelling when it
/// is the number's own digits, and is the international form otherwise.
pub fn phone(typed: &str, country: &Country) -> Option<Phone> {
    let folded = fold(typed);
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    // A short code is dialled as written: one group (`112`, `19115`, `116123`) or a first
    // group of at least three digits (`116 123`). `12 34` is a fragment of a number, not a
    // code: it is read as a whole number, and refused.
    let first_group = folded
        .split(|c: char| !c.is_ascii_digit())
        .find(|g| !g.is_empty())
        .map_or(0, str::len);
    let short = !folded.trim_start().starts_with('+')
        && (3..=6).contains(&digits.len())
        && first_group >= 3;
    let (number, international) = if short {
        (digits, None)
    } else {
        // A number written with its country code is read as it is (read against the record's
        // country, the crate judges `+44 …` by that country's plan).
        let with_code = folded.trim_start().starts_with('+');
        let region = country
            .code()
            .parse::<phonenumber::country::Id>()
            .ok()
            .filter(|_| !with_code);
        let parsed = phonenumber::parse(region, &folded).ok()?;
        if !parsed.is_valid() {
            return None;
        }
        let number = parsed.format().mode(phonenumber::Mode::E164).to_string();
        if !crate::model::is_e164(&number) {
            return None;
        }
        let international = parsed
            .format()
            .mode(phonenumber::Mode::International)
            .to_string();
        (number, Some(international))
    };
    // The validator's rule: a display shows the number's own last digits.
    let own: String = typed.chars().filter(char::is_ascii_digit).collect();
    let display = match international {
        _ if !own.is_empty() && number.ends_with(&own) => typed.trim().to_string(),
        Some(i) => i,
        None => number.clone(),
    };
    Some(Phone {
        number,
        display,
        label: None,
        free: None,
        sms: None,
        hours: None,
    })
}

/// A number as an office types it, in a form or a spreadsheet: [`phone`], else (Poland) the
/// number without the old trunk `0`, with the text it was read as.
pub fn office_phone(typed: &str, country: &Country) -> Option<(Phone, Option<String>)> {
    if let Some(p) = phone(typed, country) {
        return Some((p, None));
    }
    let read = old_trunk(typed, country)?;
    Some((phone(&read, country)?, Some(read)))
}

/// The pieces of a list an office writes in one field: `polish, ukrainian`, `pl; uk`,
/// `فارسی، انگلیسی` (the Persian comma too).
pub fn pieces(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',', '\n', '|', '،', '؛'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// A Polish number written the old way, with the trunk `0` Poland dropped in 2002 (still on
/// leaflets: `0 800 120 002`, `058 320 51 00`): the text without that `0` when the rest is a
/// valid national number, `None` otherwise.
pub fn old_trunk(typed: &str, country: &Country) -> Option<String> {
    if country.code() != "PL" {
        return None;
    }
    let t = typed.trim_start();
    let rest = t.strip_prefix('0')?;
    if rest.starts_with('0') {
        return None;
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    let parsed = phonenumber::parse(Some(phonenumber::country::Id::PL), rest).ok()?;
    (digits == 9 && parsed.is_valid()).then(|| rest.trim_start().to_string())
}

/// A web address or a social network page as a channel; `www.example.pl` gets `https://`.
pub fn link(v: &str) -> Option<Channel> {
    let v = v.trim();
    if v.contains(char::is_whitespace) || !v.contains('.') {
        return None;
    }
    let url = if v.starts_with("https://") || v.starts_with("http://") {
        v.to_string()
    } else if v.contains("://") {
        return None;
    } else {
        format!("https://{v}")
    };
    let host = url
        .split("://")
        .nth(1)?
        .split('/')
        .next()?
        .to_ascii_lowercase();
    let host = host.trim_start_matches("www.").trim_start_matches("m.");
    let kind = match host {
        "facebook.com" | "fb.com" => ChannelKind::Facebook,
        "instagram.com" => ChannelKind::Instagram,
        "t.me" | "telegram.me" => ChannelKind::Telegram,
        "zalo.me" => ChannelKind::Zalo,
        h if h.contains('.') => ChannelKind::Web,
        _ => return None,
    };
    Some(Channel {
        kind,
        value: url,
        label: None,
    })
}

/// A vocabulary term by its key (`shelter`), its name in any of the six languages
/// (`Schronienie`, `Приют`), or a word offices write for it (`schronisko`), folded.
pub fn term<T: Copy>(v: &str, all: &[T], prefix: &str, key: fn(T) -> &'static str) -> Option<T> {
    let k = named(prefix, v)?;
    all.iter().copied().find(|t| key(*t) == k)
}

/// Words offices use in their own lists for some categories, beside the names Haven shows.
const OFFICE_WORDS: &[(&str, &str, &[&str])] = &[
    (
        "category",
        "shelter",
        &[
            "schronisko",
            "hostel",
            "убежище",
            "кризисный приют",
            "nhà tạm trú",
            "پناهگاه",
        ],
    ),
    (
        "category",
        "crisis-centre",
        &[
            "oik",
            "ośrodek interwencji",
            "кризисный центр",
            "trung tâm khủng hoảng",
        ],
    ),
    (
        "category",
        "police",
        &["policja", "полиция", "công an", "پلیس", "کلانتری"],
    ),
    (
        "category",
        "helpline",
        &[
            "telefon zaufania",
            "linia pomocy",
            "телефон доверия",
            "сенім телефоны",
            "đường dây nóng",
            "خط تلفن",
        ],
    ),
    (
        "category",
        "social-assistance",
        &[
            "ops",
            "mops",
            "gops",
            "pomoc społeczna",
            "социальная помощь",
            "әлеуметтік көмек",
            "bảo trợ xã hội",
            "بهزیستی",
        ],
    ),
    (
        "category",
        "counselling",
        &["poradnia", "porady", "консультация", "tư vấn", "مشاوره"],
    ),
];

/// An ISO 639-1 code (`pl`) or a language's name in any of the six languages (`polski`,
/// `Польский`).
pub fn language(v: &str) -> Option<String> {
    let folded = fold(v.trim());
    if folded.len() == 2 && folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(folded);
    }
    named("language", v).map(str::to_string)
}

/// The directory's region of that name in that country, or a new one.
pub fn region(
    v: &str,
    country: &Country,
    known: &[(String, Text)],
    lang_of: &dyn Fn(&str) -> String,
) -> Region {
    let folded = fold(v.trim());
    let prefix = format!("{}/", country.key());
    let found = known
        .iter()
        .find(|(id, name)| id.starts_with(&prefix) && name.all().any(|n| fold(n) == folded));
    match found {
        Some((id, name)) => Region {
            id: id.clone(),
            name: name.clone(),
        },
        None => {
            let slug = crate::layer::slug(v);
            let slug = if slug.is_empty() {
                "region".into()
            } else {
                slug
            };
            Region {
                id: format!("{}{slug}", prefix),
                name: Text::new(&lang_of(v), v.trim()),
            }
        }
    }
}

/// The language text is written in, from its letters: Persian script, Kazakh or Russian
/// Cyrillic, Vietnamese or Polish Latin letters; Latin text without such letters is in the
/// language of a country that writes Latin letters, else English; anything else in `fallback`.
pub fn guess_lang(text: &str, country: &str, fallback: &str) -> String {
    let mut cyrillic = false;
    let mut latin = false;
    for c in text.chars() {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
                return "fa".into();
            }
            'ә' | 'Ә' | 'ғ' | 'Ғ' | 'қ' | 'Қ' | 'ң' | 'Ң' | 'ө' | 'Ө' | 'ұ' | 'Ұ' | 'ү' | 'Ү'
            | 'һ' | 'Һ' | 'і' | 'І' => return "kk".into(),
            '\u{0400}'..='\u{04FF}' => cyrillic = true,
            'ă'
            | 'Ă'
            | 'â'
            | 'Â'
            | 'đ'
            | 'Đ'
            | 'ê'
            | 'Ê'
            | 'ô'
            | 'Ô'
            | 'ơ'
            | 'Ơ'
            | 'ư'
            | 'Ư'
            | '\u{1EA0}'..='\u{1EFF}' => return "vi".into(),
            'ą' | 'Ą' | 'ć' | 'Ć' | 'ę' | 'Ę' | 'ł' | 'Ł' | 'ń' | 'Ń' | 'ś' | 'Ś' | 'ź' | 'Ź'
            | 'ż' | 'Ż' => return "pl".into(),
            c if c.is_ascii_alphabetic() => latin = true,
            _ => {}
        }
    }
    if cyrillic {
        return if country == "KZ" && fallback == "kk" {
            "kk"
        } else {
            "ru"
        }
        .into();
    }
    if latin {
        return match country {
            "PL" => "pl",
            "VN" => "vi",
            _ => "en",
        }
        .into();
    }
    fallback.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    fn pl() -> Country {
        Country::new("PL").unwrap()
    }

    #[test]
    fn phones_become_e164_with_the_country_given() {
        let p = phone("22 123 45 67", &pl()).unwrap();
        assert_eq!(p.number, "+48221234567");
        assert_eq!(p.display, "22 123 45 67");
        let kz = Country::new("KZ").unwrap();
        let p = phone("8 (727) 272-33-44", &kz).unwrap();
        assert_eq!(p.number, "+77272723344");
        assert!(p.display.starts_with("+7"), "{}", p.display);
        assert_eq!(phone("116 123", &pl()).unwrap().number, "116123");
        assert!(phone("12", &pl()).is_none());
        assert!(phone("call us", &pl()).is_none());
        // A fragment is not a short code; codes are dialled as written.
        assert!(phone("12 34", &pl()).is_none());
        assert_eq!(phone("112", &pl()).unwrap().number, "112");
        assert_eq!(phone("19115", &pl()).unwrap().number, "19115");
    }

    #[test]
    fn terms_by_name_in_any_language() {
        for word in ["Schronienie", "schronisko", "Приют", "خانه امن"] {
            assert_eq!(
                term(word, Category::ALL, "category", Category::key),
                Some(Category::Shelter),
                "{word}"
            );
        }
        assert_eq!(
            term("shelter", Category::ALL, "category", Category::key),
            Some(Category::Shelter)
        );
        assert_eq!(language("Polski").as_deref(), Some("pl"));
        assert_eq!(language("ru").as_deref(), Some("ru"));
        assert_eq!(country_of("Polska").map(|c| c.key()), Some("pl".into()));
        assert_eq!(country_of("Narnia"), None);
    }

    #[test]
    fn links_and_languages_of_text() {
        assert_eq!(
            link("www.cpk.org.pl").unwrap().value,
            "https://www.cpk.org.pl"
        );
        assert_eq!(
            link("https://facebook.com/cpk").unwrap().kind,
            ChannelKind::Facebook
        );
        assert!(link("not a link").is_none());
        assert_eq!(guess_lang("Ośrodek", "PL", "en"), "pl");
        assert_eq!(guess_lang("Дағдарыс орталығы", "KZ", "ru"), "kk");
        assert_eq!(guess_lang("Кризисный центр", "KZ", "ru"), "ru");
        assert_eq!(guess_lang("مرکز مشاوره", "IR", "en"), "fa");
        assert_eq!(guess_lang("Trung tâm", "VN", "en"), "vi");
        assert_eq!(guess_lang("Crisis centre", "KZ", "ru"), "en");
    }
}
