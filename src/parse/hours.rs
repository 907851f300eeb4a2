//! Opening hours as offices write them in their own lists (`pn-pt 8-16`, `Пн–Пт 9:00–18:00`,
//! `T2-T6 7.30-17`, `całodobowo`) made into the `opening_hours` form Haven reads
//! (`Mo-Fr 08:00-16:00`). Only what can be read whole is taken; anything else is left for
//! the worker to write again.

use crate::model::schedule::{Schedule, WEEKDAYS};
use crate::search::fold::fold;

/// Words for "around the clock".
const ALWAYS: &[&str] = &[
    "24/7",
    "24h",
    "24 h",
    "non-stop",
    "nonstop",
    "całodobowo",
    "całą dobę",
    "czynne całą dobę",
    "круглосуточно",
    "тәулік бойы",
    "täulik boiy",
    "24/24",
    "cả ngày",
    "suốt ngày đêm",
    "شبانه‌روزی",
    "شبانه روزی",
    "۲۴ ساعته",
];

/// Day names and abbreviations in the six languages, Monday first.
const DAYS: [&[&str]; 7] = [
    &[
        "mo",
        "mon",
        "monday",
        "pn",
        "pon",
        "poniedziałek",
        "пн",
        "понедельник",
        "дс",
        "дүйсенбі",
        "t2",
        "thứ 2",
        "thứ hai",
        "دوشنبه",
    ],
    &[
        "tu",
        "tue",
        "tuesday",
        "wt",
        "wtorek",
        "вт",
        "вторник",
        "сс",
        "сейсенбі",
        "t3",
        "thứ 3",
        "thứ ba",
        "سه‌شنبه",
        "سه شنبه",
    ],
    &[
        "we",
        "wed",
        "wednesday",
        "śr",
        "środa",
        "ср",
        "среда",
        "сәрсенбі",
        "t4",
        "thứ 4",
        "thứ tư",
        "چهارشنبه",
    ],
    &[
        "th",
        "thu",
        "thursday",
        "czw",
        "cz",
        "czwartek",
        "чт",
        "четверг",
        "бс",
        "бейсенбі",
        "t5",
        "thứ 5",
        "thứ năm",
        "پنجشنبه",
        "پنج‌شنبه",
        "پنج شنبه",
    ],
    &[
        "fr",
        "fri",
        "friday",
        "pt",
        "pią",
        "piątek",
        "пт",
        "пятница",
        "жм",
        "жұма",
        "t6",
        "thứ 6",
        "thứ sáu",
        "جمعه",
    ],
    &[
        "sa",
        "sat",
        "saturday",
        "sob",
        "sobota",
        "сб",
        "суббота",
        "сенбі",
        "t7",
        "thứ 7",
        "thứ bảy",
        "شنبه",
    ],
    &[
        "su",
        "sun",
        "sunday",
        "nd",
        "ndz",
        "niedz",
        "niedziela",
        "вс",
        "воскресенье",
        "жс",
        "жексенбі",
        "cn",
        "chủ nhật",
        "یکشنبه",
        "یک‌شنبه",
        "یک شنبه",
    ],
];

/// `text` in Haven's `opening_hours` form, if it is that already or can be read whole.
pub fn from_office(text: &str) -> Option<String> {
    if Schedule::parse(text).is_ok() {
        return Some(text.to_string());
    }
    let folded = fold(text.trim())
        .replace(['–', '—', '−'], "-")
        .trim_end_matches('.')
        .to_string();
    if ALWAYS.iter().any(|a| fold(a) == folded) {
        return Some("24/7".into());
    }
    // Longest names first, so `thu hai` is one day and not `thu` + `hai`.
    let mut names: Vec<(String, usize)> = DAYS
        .iter()
        .enumerate()
        .flat_map(|(i, names)| names.iter().map(move |n| (fold(n), i)))
        .collect();
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
    let mut out = String::new();
    let mut rest = folded.as_str();
    while let Some(c) = rest.chars().next() {
        if c.is_alphabetic() {
            let (name, day) = names.iter().find(|(n, _)| {
                rest.starts_with(n.as_str())
                    && !rest[n.len()..].starts_with(|c: char| c.is_alphabetic())
            })?;
            out.push_str(WEEKDAYS[*day]);
            rest = &rest[name.len()..];
        } else if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
                .unwrap_or(rest.len());
            out.push_str(&time(&rest[..end])?);
            rest = &rest[end..];
        } else {
            match c {
                '-' => out.push('-'),
                ',' | ';' => out.push(c),
                ' ' | '\t' => out.push(' '),
                _ => return None,
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    let tidy = out
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" - ", "-")
        .replace("- ", "-")
        .replace(" -", "-")
        .replace(" ,", ",")
        .replace(", ", ",")
        .replace(" ;", ";")
        .replace(';', "; ");
    let tidy = tidy.replace(";  ", "; ");
    Schedule::parse(&tidy).is_ok().then_some(tidy)
}

/// `8` → `08:00`, `7.30` → `07:30`, `16:00` as it is.
fn time(t: &str) -> Option<String> {
    let t = t.trim_end_matches(['.', ':']);
    let (h, m) = match t.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (t, "00"),
    };
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_hours_in_six_languages() {
        for (typed, want) in [
            ("Mo-Fr 08:00-16:00", "Mo-Fr 08:00-16:00"),
            ("pn-pt 8-16", "Mo-Fr 08:00-16:00"),
            ("Пн–Пт 9:00–18:00", "Mo-Fr 09:00-18:00"),
            ("T2-T6 7.30-17", "Mo-Fr 07:30-17:00"),
            ("Thứ Hai - Thứ Sáu 8-17", "Mo-Fr 08:00-17:00"),
            ("Дс-Жм 9:00-18:00", "Mo-Fr 09:00-18:00"),
            ("pn-pt 8-16; sob 10-14", "Mo-Fr 08:00-16:00; Sa 10:00-14:00"),
            ("całodobowo", "24/7"),
            ("Круглосуточно", "24/7"),
            ("شنبه-چهارشنبه ۸-۱۴", "Sa-We 08:00-14:00"),
        ] {
            assert_eq!(from_office(typed).as_deref(), Some(want), "{typed}");
        }
        assert_eq!(from_office("po umówieniu"), None);
        assert_eq!(from_office("pn-pt 8-25"), None);
    }
}
