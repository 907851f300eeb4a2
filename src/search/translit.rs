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
/// `q` as `gh`, `w` as `v`, `c` as `k`. Leading `v` before a vowel-only rest is kept.
pub fn latin_skeleton(word: &str) -> Option<String> {
    let w = word.to_ascii_lowercase();
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

/// Normalises a Latin query word for the Cyrillic-spelling column: `q` is written `k` there.
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
}
