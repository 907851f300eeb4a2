//! Light stemming of query words. Every query word is matched as a prefix, so only the
//! ending the worker typed has to go: `niebieska karta` → `niebiesk* kart*` finds
//! «Niebieskie Karty», `кризисный` → `кризисн*` finds «кризисного». Works on folded words
//! (no diacritics, Kazakh letters already mapped to Russian look-alikes), so one list serves
//! Russian and Kazakh.

/// Polish endings, folded (ą → a, ó → o …), longest first.
const POLISH: &[&str] = &[
    "owego", "owych", "owymi", "owej", "owym", "ami", "owy", "owa", "owe", "ach", "ego", "emu",
    "owi", "iej", "ych", "ymi", "imi", "ow", "om", "ie", "ia", "ii", "iu", "a", "e", "i", "y", "o",
    "u",
];

/// Russian and Kazakh endings, folded, longest first.
const CYRILLIC: &[&str] = &[
    // Kazakh plural + case, then Russian adjective and noun endings.
    "лердин",
    "лардын",
    "лерди",
    "ларды",
    "лерге",
    "ларга",
    "лерде",
    "ларда",
    "лер",
    "лар",
    "дер",
    "дар",
    "тер",
    "тар",
    "нин",
    "нын",
    "дин",
    "дын",
    "тин",
    "тын",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ами",
    "ями",
    "ах",
    "ях",
    "ой",
    "ей",
    "ый",
    "ий",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ую",
    "юю",
    "ом",
    "ем",
    "ам",
    "ям",
    "ов",
    "ев",
    "ын",
    "ин",
    "ды",
    "ди",
    "га",
    "ге",
    "ка",
    "ке",
    "да",
    "де",
    "та",
    "те",
    "а",
    "я",
    "о",
    "е",
    "ы",
    "и",
    "у",
    "ю",
    "ь",
];

/// Shortest stem left after stripping (in characters): shorter stems match too much.
const MIN_STEM: usize = 4;

/// Strips one inflectional ending from a folded word when enough of the word remains.
pub fn stem(word: &str) -> &str {
    let list = if word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        CYRILLIC
    } else if word.bytes().all(|b| b.is_ascii_lowercase()) {
        POLISH
    } else {
        return word;
    };
    let len = word.chars().count();
    for ending in list {
        if let Some(rest) = word.strip_suffix(ending)
            && len - ending.chars().count() >= MIN_STEM
        {
            return rest;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_common_endings() {
        assert_eq!(stem("niebieska"), "niebiesk");
        assert_eq!(stem("niebieskie"), "niebiesk");
        assert_eq!(stem("karta"), "kart");
        assert_eq!(stem("karty"), "kart");
        assert_eq!(stem("przemocy"), "przemoc");
        assert_eq!(stem("kryzysowy"), "kryzys");
        assert_eq!(stem("domowa"), "domow");
        assert_eq!(stem("кризисный"), "кризисн");
        assert_eq!(stem("центра"), "центр");
        assert_eq!(stem("ериктилер"), "ерикти");
    }

    #[test]
    fn leaves_short_words_alone() {
        assert_eq!(stem("do"), "do");
        assert_eq!(stem("dau"), "dau");
        assert_eq!(stem("сан"), "сан");
        assert_eq!(stem("116111"), "116111");
    }
}
