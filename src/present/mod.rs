//! Record fields as a person reads them, in a given locale: places, dates, hours, periods.
//! Shared by the CLI, the window and the referral sheet so all three say the same thing:
//! [`present`] turns a whole record into the one list of fields they lay out.

mod fields;
mod mine;
mod now;
mod record;
mod sources;

pub use fields::{
    ActLine, Audience, Banner, ChannelLine, Field, Links, PhoneLine, Presented, RecordLink, Run,
    SourceLine, StepLine, Value,
};
pub use mine::{Dial, dial, flag_text};
pub use now::open_status;
pub use record::present;
pub use sources::{cite, source_name};

use crate::i18n::{self, Arg, Locale, tr, tr_args};
use crate::model::schedule::{Schedule, format_minute};
use crate::model::{Hours, Period, Phone, Record, Text};

/// A record's text in `locale`, else English, else its original.
pub fn text(t: &Text, locale: Locale) -> &str {
    t.show(locale.code())
}

/// The name in `locale`, and the original when it differs (shown beside it).
pub fn names(r: &Record, locale: Locale) -> (String, Option<String>) {
    let (lang, shown) = r.name.best(locale.code());
    let original = r.name.original();
    let other = (lang != r.name.orig && original != shown).then(|| original.to_string());
    (shown.to_string(), other)
}

/// `Semey, Abai region, Kazakhstan`
pub fn place(r: &Record, locale: Locale) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &r.city {
        parts.push(text(c, locale).to_string());
    }
    if let Some(g) = &r.region {
        let region = text(&g.name, locale).to_string();
        if !parts.contains(&region) {
            parts.push(region);
        }
    }
    parts.push(country(r.country.code(), locale));
    parts.join(list_separator(locale))
}

/// The comma between list items: Persian has its own.
pub fn list_separator(locale: Locale) -> &'static str {
    if locale == Locale::Fa { "، " } else { ", " }
}

/// A country's name, or its code when we have no name for it.
pub fn country(code: &str, locale: Locale) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    if i18n::has(Locale::En, &id) {
        tr(locale, &id)
    } else {
        code.to_string()
    }
}

/// A language's name (`language-pl`), or its code.
pub fn language(code: &str, locale: Locale) -> String {
    let id = format!("language-{code}");
    if i18n::has(Locale::En, &id) {
        tr(locale, &id)
    } else {
        code.to_string()
    }
}

/// A date as people write it in `locale`: Solar Hijri with Persian digits for Persian
/// (`۴ آذر ۱۴۰۳`), the Gregorian calendar with the locale's month names elsewhere. Its pieces
/// carry no bidi isolates: a date put into a sentence is isolated as a whole, and an isolate
/// holding only isolates would be read left to right, reversing a Persian date.
pub fn date(d: jiff::civil::Date, locale: Locale) -> String {
    i18n::strip_isolates(&date_with_isolates(d, locale))
}

fn date_with_isolates(d: jiff::civil::Date, locale: Locale) -> String {
    if locale == Locale::Fa
        && let Some((y, m, day)) = solar_hijri(d)
    {
        let s = tr_args(
            locale,
            "date-full",
            &[
                ("day", Arg::from(day.to_string())),
                (
                    "month",
                    Arg::from(tr(locale, &format!("month-persian-{m}"))),
                ),
                ("year", Arg::from(y.to_string())),
            ],
        );
        return i18n::local_digits(&s, locale);
    }
    tr_args(
        locale,
        "date-full",
        &[
            ("day", Arg::from(d.day().to_string())),
            (
                "month",
                Arg::from(tr(locale, &format!("month-{}", d.month()))),
            ),
            ("year", Arg::from(d.year().to_string())),
        ],
    )
}

/// The Solar Hijri (Persian) year, month (1–12) and day of a Gregorian date.
pub fn solar_hijri(d: jiff::civil::Date) -> Option<(i32, u8, u8)> {
    use icu_calendar::{Date, cal::Persian};
    let iso = Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()?;
    let p = iso.to_calendar(Persian::new());
    Some((
        p.year().era_year_or_related_iso(),
        p.month().ordinal,
        p.day_of_month().0,
    ))
}

fn day_month(month: u8, day: u8, locale: Locale) -> String {
    tr_args(
        locale,
        "day-month",
        &[
            ("day", Arg::from(day.to_string())),
            ("month", Arg::from(tr(locale, &format!("month-{month}")))),
        ],
    )
}

/// `Every year, 25 November – 10 December`. In Persian a period of known years is given in
/// the Solar Hijri calendar, day to day (`۱ فروردین ۱۴۰۲ تا ۲۹ اسفند ۱۴۰۵`), and every period
/// in Persian digits with the Persian comma.
pub fn period(p: &Period, locale: Locale) -> String {
    if locale == Locale::Fa
        && let Some(y) = p.year
    {
        let (sm, sd, em, ed) = (p.start.month, p.start.day, p.end.month, p.end.day);
        let wraps = (em, ed) < (sm, sd);
        let end_year = p.until_year.unwrap_or(if wraps { y + 1 } else { y });
        let start = jiff::civil::Date::new(y, sm as i8, sd as i8);
        let end = jiff::civil::Date::new(end_year, em as i8, ed as i8);
        if let (Ok(start), Ok(end)) = (start, end) {
            return tr_args(
                locale,
                "period-dates",
                &[
                    ("start", date(start, locale).into()),
                    ("end", date(end, locale).into()),
                ],
            );
        }
    }
    let s = period_gregorian(p, locale);
    if locale == Locale::Fa {
        i18n::local_digits(&s.replace(", ", list_separator(locale)), locale)
    } else {
        s
    }
}

fn period_gregorian(p: &Period, locale: Locale) -> String {
    let start = day_month(p.start.month, p.start.day, locale);
    let end = day_month(p.end.month, p.end.day, locale);
    let mut s = if p.yearly {
        tr_args(
            locale,
            "period-yearly",
            &[("start", start.into()), ("end", end.into())],
        )
    } else if let Some(y) = p.year {
        tr_args(
            locale,
            "period-once",
            &[
                ("start", start.into()),
                ("end", end.into()),
                ("year", Arg::from(y.to_string())),
            ],
        )
    } else {
        tr_args(
            locale,
            "period-dates",
            &[("start", start.into()), ("end", end.into())],
        )
    };
    if let Some(y) = p.until_year {
        s.push_str(list_separator(locale));
        s.push_str(&tr_args(
            locale,
            "period-until",
            &[("year", Arg::from(y.to_string()))],
        ));
    }
    s
}

/// `Mon–Fri 08:00–16:00; Sat closed`, or `Open 24 hours, every day`, in the locale's digits.
/// Times are isolated
/// left-to-right so Persian text does not reorder them.
pub fn hours(h: &Hours, locale: Locale) -> String {
    let mut s = match Schedule::parse(&h.opening_hours) {
        Ok(Schedule::AlwaysOpen) => tr(locale, "hours-always"),
        Ok(Schedule::Weekly(rules)) => rules
            .iter()
            .map(|rule| {
                let days = day_ranges(&rule.days, locale);
                let spans = if rule.spans.is_empty() {
                    tr(locale, "hours-closed")
                } else {
                    rule.spans
                        .iter()
                        .map(|(a, b)| {
                            let span = format!("{}–{}", format_minute(*a), format_minute(*b));
                            i18n::ltr(&i18n::local_digits(&span, locale))
                        })
                        .collect::<Vec<_>>()
                        .join(list_separator(locale))
                };
                if days.is_empty() {
                    spans
                } else {
                    format!("{days} {spans}")
                }
            })
            .collect::<Vec<_>>()
            .join(if locale == Locale::Fa { "؛ " } else { "; " }),
        // Validation refuses what we cannot parse; a feed from a newer publisher may still
        // carry it, and the raw text is better than nothing.
        Err(_) => h.opening_hours.clone(),
    };
    if let Some(note) = &h.note {
        s.push_str(" (");
        s.push_str(text(note, locale));
        s.push(')');
    }
    s
}

/// `Mon–Fri`, `Sat, Sun`; empty when every day is covered.
fn day_ranges(days: &[bool; 7], locale: Locale) -> String {
    if days.iter().all(|d| *d) {
        return String::new();
    }
    let name = |i: usize| tr(locale, &format!("weekday-{i}"));
    let mut parts = Vec::new();
    let mut i = 0;
    while i < 7 {
        if !days[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < 7 && days[i + 1] {
            i += 1;
        }
        parts.push(if i > start + 1 {
            format!("{}–{}", name(start), name(i))
        } else if i == start + 1 {
            format!("{}{}{}", name(start), list_separator(locale), name(i))
        } else {
            name(start)
        });
        i += 1;
    }
    parts.join(list_separator(locale))
}

/// The categories of a record, joined: `Crisis centre · Shelter`.
pub fn categories(r: &Record, locale: Locale) -> String {
    r.categories
        .iter()
        .map(|c| tr(locale, &format!("category-{}", c.key())))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The languages a service works in, named in `locale` and joined with its list separator.
pub fn languages(r: &Record, locale: Locale) -> String {
    r.languages
        .iter()
        .map(|l| language(l, locale))
        .collect::<Vec<_>>()
        .join(list_separator(locale))
}

/// What a phone line's own fields say about it, translated: free, takes text messages, hours.
pub fn phone_facts(p: &Phone, locale: Locale) -> Vec<String> {
    let mut facts = Vec::new();
    if p.free == Some(true) {
        facts.push(tr(locale, "field-phone-free"));
    }
    if p.sms == Some(true) {
        facts.push(tr(locale, "field-phone-sms"));
    }
    if premium_rate(&p.number) {
        facts.push(tr(locale, "field-phone-charged"));
    }
    if let Some(h) = &p.hours {
        facts.push(hours(h, locale));
    }
    facts
}

/// A number the client pays extra to call (libphonenumber's data: premium rate, such as
/// Vietnam's 1900 numbers).
pub fn premium_rate(number: &str) -> bool {
    number.starts_with('+')
        && phonenumber::parse(None, number).is_ok_and(|n| {
            n.number_type(&phonenumber::metadata::DATABASE) == phonenumber::Type::PremiumRate
        })
}

/// The target groups of a record, joined with commas.
pub fn targets(r: &Record, locale: Locale) -> String {
    r.target_groups
        .iter()
        .map(|t| tr(locale, &format!("target-{}", t.key())))
        .collect::<Vec<_>>()
        .join(list_separator(locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> jiff::civil::Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_vietnamese_1900_number_is_premium_rate_and_a_free_line_is_not() {
        assert!(premium_rate("+841900969680"));
        assert!(!premium_rate("+48800120002"));
        assert!(!premium_rate("112"));
    }

    #[test]
    fn solar_hijri_of_known_days() {
        // The Persian seed is dated یکشنبه 4 آذر 1403: Sunday 24 November 2024.
        assert_eq!(solar_hijri(d("2024-11-24")), Some((1403, 9, 4)));
        // Nowruz 1404 fell on 21 March 2025.
        assert_eq!(solar_hijri(d("2025-03-21")), Some((1404, 1, 1)));
    }

    #[test]
    fn hours_use_the_locales_punctuation_and_keep_times_in_order() {
        let h = Hours {
            opening_hours: "Mo-Fr 08:00-12:00,13:00-16:00; Sa,Su off".into(),
            note: None,
        };
        let en = hours(&h, Locale::En);
        assert!(en.contains(", ") && en.contains("; "), "{en}");
        let fa = hours(&h, Locale::Fa);
        assert!(fa.contains("، ") && fa.contains("؛ "), "{fa}");
        assert!(!fa.contains(", ") && !fa.contains("; "), "{fa}");
        // Each time span is isolated left-to-right, so RTL text never reverses it.
        // …written in the locale's digits, as dates and counts are.
        assert!(fa.contains(&i18n::ltr("۰۸:۰۰–۱۲:۰۰")), "{fa}");
        assert!(en.contains(&i18n::ltr("08:00–12:00")), "{en}");
    }

    #[test]
    fn a_phone_lines_facts_come_translated_and_in_order() {
        let p = Phone {
            number: "111".into(),
            display: "111".into(),
            label: None,
            free: Some(true),
            sms: Some(true),
            hours: Some(Hours {
                opening_hours: "24/7".into(),
                note: None,
            }),
        };
        let facts = phone_facts(&p, Locale::Pl);
        assert_eq!(facts.len(), 3);
        assert_eq!(facts[0], tr(Locale::Pl, "field-phone-free"));
        assert_eq!(facts[1], tr(Locale::Pl, "field-phone-sms"));
        assert_eq!(facts[2], tr(Locale::Pl, "hours-always"));
        let unknown = Phone {
            free: None,
            sms: Some(false),
            hours: None,
            ..p
        };
        assert!(phone_facts(&unknown, Locale::Pl).is_empty());
    }

    #[test]
    fn persian_digits_only_change_digits() {
        assert_eq!(i18n::local_digits("4 آذر 1403", Locale::Fa), "۴ آذر ۱۴۰۳");
    }

    #[test]
    fn a_website_and_hours_reported_wrong_read_so_everywhere_and_the_client_gets_the_right_ones() {
        use crate::layer::{Flag, FlagField};
        let r = crate::model::parse_records(include_str!(concat!(env!("OUT_DIR"), "/bundle.json")))
            .unwrap()
            .into_iter()
            .find(|r| r.hours.is_some() && r.channels.iter().any(|c| c.kind.is_link()))
            .expect("a record with hours and a website");
        let site = r.channels.iter().find(|c| c.kind.is_link()).unwrap();
        let flag = |field, value: &str, correct: Option<&str>| Flag {
            field,
            value: value.to_string(),
            correct: correct.map(str::to_string),
            reason: None,
            on: d("2026-11-20"),
        };
        let channels = |p: &Presented| -> Vec<ChannelLine> {
            p.fields
                .iter()
                .find_map(|f| match &f.value {
                    Value::Channels(c) => Some(c.clone()),
                    _ => None,
                })
                .unwrap_or_default()
        };
        let hours_of = |p: &Presented| -> String {
            p.fields
                .iter()
                .find(|f| f.id == "field-hours")
                .map(|f| match &f.value {
                    Value::Text(t) => t.text.clone(),
                    _ => String::new(),
                })
                .unwrap()
        };
        let hours_text = r.hours.as_ref().unwrap().opening_hours.clone();
        let mut links = Links::default();
        links.mine.flags = vec![
            flag(FlagField::Channel, &site.value, None),
            flag(FlagField::Hours, &hours_text, None),
        ];
        let today = d("2026-11-22");
        let l = Locale::En;
        // The worker sees the flag's sentence beside the website.
        let worker = present(&r, &links, l, Audience::Screen, today, None);
        let line = channels(&worker)
            .into_iter()
            .find(|c| c.value == site.value)
            .unwrap();
        assert!(line.flag.is_some(), "{line:?}");
        // The client's sheet leaves the dead website off and warns about the hours.
        let sheet = present(&r, &links, l, Audience::Client, today, None);
        assert!(!channels(&sheet).iter().any(|c| c.value == site.value));
        assert!(hours_of(&sheet).contains(&tr(l, "sheet-hours-flagged")));
        // With the right values known, the client gets them.
        links.mine.flags = vec![
            flag(
                FlagField::Channel,
                &site.value,
                Some("https://example.org/right"),
            ),
            flag(FlagField::Hours, &hours_text, Some("Mo-Fr 09:00-15:00")),
        ];
        let sheet = present(&r, &links, l, Audience::Client, today, None);
        let line = channels(&sheet)
            .into_iter()
            .find(|c| c.value == site.value)
            .unwrap();
        assert_eq!(line.link.as_deref(), Some("https://example.org/right"));
        assert!(line.flag.is_none());
        assert_eq!(hours_of(&sheet), "Mo-Fr 09:00-15:00");
    }
}
