//! Rough Latin spellings, so a worker with a Latin keyboard finds Cyrillic and Persian names:
//! `semey` finds «Семей», `kalantari` finds «کلانتری».
//!
//! Cyrillic is transliterated letter by letter (a simple, common scheme). Persian is written
//! without short vowels, so Latin spellings of it disagree on vowels: both sides are reduced to
//! a consonant skeleton instead (`kalantari` and «کلانتری» are both `klntr`).

/// Latin spelling of folded Cyrillic text. Non-Cyrillic letters are kept as they are.
pub fn cyrillic_to_latin(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let s = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(s);
    }
    out
}

pub use crate::text::{has_arabic, has_cyrillic};

/// The consonant skeleton of a folded Persian word: letters mapped to Latin consonants, the
/// letters that mostly write vowels (ا و ی ع) dropped. `None` for non-Persian words.
pub fn persian_skeleton(folded: &str) -> Option<String> {
    if !has_arabic(folded) {
        return None;
    }
    let mut out = String::new();
    for c in folded.chars() {
        let s = match c {
            'ب' => "b",
            'پ' => "p",
            'ت' | 'ط' => "t",
            'ث' | 'س' | 'ص' => "s",
            'ج' => "j",
            'چ' => "ch",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' | 'ز' | 'ض' | 'ظ' => "z",
            'ر' => "r",
            'ژ' => "zh",
            'ش' => "sh",
            'غ' | 'ق' => "gh",
            'ف' => "f",
            'ک' => "k",
            'گ' => "g",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' => "v",
            '0'..='9' => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(s);
    }
    (out.len() >= 2).then_some(out)
}

/// The skeleton of a Latin query word, comparable with [`persian_skeleton`]: vowels dropped,
/// `q` as `gh`, `w` as `v`, `c` as `k`, Polish `sz`/`cz` as `sh`/`ch`. Leading `v` before a
/// vowel-only rest is kept. (Not loosened as Cyrillic spellings are: a skeleton is short, and
/// `sh` as `s` made «شماره» meet `semey`.)
pub fn latin_skeleton(word: &str) -> Option<String> {
    // Polish spellings of Persian names: `sz` and `cz` are `sh` and `ch` (`Sziraz`, `Meszhed`).
    let w = word
        .to_ascii_lowercase()
        .replace("sz", "sh")
        .replace("cz", "ch");
    let mut out = String::new();
    for c in w.chars() {
        match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' => {}
            'q' => out.push_str("gh"),
            'w' => out.push('v'),
            'c' if !w.contains("ch") => out.push('k'),
            c => out.push(c),
        }
    }
    (out.len() >= 2).then_some(out)
}

/// A loose key of a Latin spelling, so the ways Polish, English and official schemes spell
/// one Cyrillic name meet (`kryzys` and «кризис», `semei` and «Семей», `qyzylorda` and
/// «Қызылорда», `pomoszcz` and «помощь»): `shch`/`szcz`/`sch`,
/// `sh`/`sz` are `s`; `zh` is `z`; `kh`/`ch`/`cz` are `h`; `ts`/`tz` are `c`; `q` is `k`,
/// `gh` is `g`, `w` is `v`, `x` is `ks`; `y`/`j`/`i` are `i`, and an `i` between a consonant
/// and a vowel or at a word's end goes, and one starting a word before a vowel (`pietro` and
/// `petro`, `policja` and `politsiya`, `yerikti` and `erikti`); doubled letters are one. Other characters are kept.
pub fn loose(latin: &str) -> String {
    const GROUPS: &[(&str, &str)] = &[
        ("shch", "s"),
        ("szcz", "s"),
        ("sch", "s"),
        ("sh", "s"),
        ("sz", "s"),
        ("zh", "z"),
        ("kh", "h"),
        ("ch", "h"),
        ("cz", "h"),
        ("ts", "c"),
        ("tz", "c"),
        ("gh", "g"),
        ("q", "k"),
        ("w", "v"),
        ("x", "ks"),
        ("y", "i"),
        ("j", "i"),
    ];
    let mut mapped = String::with_capacity(latin.len());
    let mut rest = latin;
    'outer: while let Some(c) = rest.chars().next() {
        for (from, to) in GROUPS {
            if let Some(after) = rest.strip_prefix(from) {
                mapped.push_str(to);
                rest = after;
                continue 'outer;
            }
        }
        mapped.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let mut single: Vec<char> = mapped.chars().collect();
    single.dedup();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let mut out = String::with_capacity(mapped.len());
    for (i, &c) in single.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| single[p]);
        let next = single.get(i + 1).copied();
        let after_consonant = prev.is_some_and(|p| p.is_ascii_lowercase() && !vowel(p));
        let glide = c == 'i'
            && match (prev, next) {
                (None, Some(n)) => vowel(n),
                (Some(_), None) => after_consonant,
                (Some(_), Some(n)) => after_consonant && vowel(n),
                (None, None) => false,
            };
        if !glide {
            out.push(c);
        }
    }
    out
}

/// A Latin query word as the Cyrillic-spelling column held it before the loose key (`q` as
/// `k`): kept for the comparison in `benches/translit.rs`.
pub fn latin_query(word: &str) -> String {
    word.replace('q', "k")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold::fold;

    #[test]
    fn cyrillic_places() {
        assert_eq!(cyrillic_to_latin(&fold("Семей")), "semey");
        assert_eq!(cyrillic_to_latin(&fold("Қызылорда")), "kyzylorda");
        assert_eq!(cyrillic_to_latin(&fold("Шымкент")), "shymkent");
    }

    #[test]
    fn persian_and_latin_skeletons_meet() {
        for (fa, latin) in [
            ("کلانتری", "kalantari"),
            ("تهران", "tehran"),
            ("بهزیستی", "behzisti"),
            ("فراجا", "faraja"),
            ("مسجد", "masjed"),
        ] {
            assert_eq!(
                persian_skeleton(&fold(fa)),
                latin_skeleton(latin),
                "{fa} / {latin}"
            );
        }
        assert_eq!(persian_skeleton("semey"), None);
    }

    #[test]
    fn loose_keys_meet_across_spellings() {
        let key = |s: &str| loose(&cyrillic_to_latin(&fold(s)));
        assert_eq!(key("Семей"), loose("semei"));
        assert_eq!(key("Семей"), loose("semej"));
        assert_eq!(key("Қызылорда"), loose("qyzylorda"));
        assert_eq!(key("помощь"), loose("pomoszcz"));
        assert_eq!(key("Петропавловск"), loose("pietropawlowsk"));
        assert!(key("кризисный").starts_with(&loose("kryzys")));
        assert_ne!(loose("semei"), loose("semipalatinsk"));
    }
}
