//! The seed documents the directory's first content was drawn from, and the publication each
//! one is: who published it, under what title, when and where, as far as the document itself
//! says. A record cites a seed by file name and quotes it; people read the publication.

/// One seed document and its publication. Every field is what the document states; what it
/// does not state is `None`, never guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Publication {
    /// The file in `seeds/`.
    pub file: &'static str,
    /// The language the document is written in.
    pub lang: &'static str,
    /// The document's text, for checking quotes.
    pub text: &'static str,
    /// The publisher as the document names it, in the document's language. Translations are
    /// the interface's `{subject}-publisher` message.
    pub publisher: Option<&'static str>,
    /// The author, when the document signs the article.
    pub author: Option<&'static str>,
    /// The headline, as written.
    pub title: Option<&'static str>,
    /// When it was published, as precisely as the document says: `2024-11-24` or `2021`.
    pub published: Option<&'static str>,
    /// The address of the page, when the document gives it.
    pub url: Option<&'static str>,
    /// The Fluent id of what the document is about (`seed-004`).
    pub subject: &'static str,
}

/// The five seed documents.
pub const SEEDS: [Publication; 5] = [
    Publication {
        file: "000_5e01460ee2a91363.txt",
        lang: "ru",
        text: include_str!("../../seeds/000_5e01460ee2a91363.txt"),
        // "сотрудники Управления общественной безопасности Департамента полиции области Абай",
        // and the page it names is on that department's part of gov.kz (entities/mvd-abay).
        publisher: Some("Департамент полиции области Абай"),
        author: None,
        title: None,
        published: None,
        url: Some(
            "https://www.gov.kz/memleket/entities/mvd-abay/press/news/details/1177135?lang=kk",
        ),
        subject: "seed-000",
    },
    Publication {
        file: "001_10f23ff8e7cee5b1.txt",
        lang: "pl",
        text: include_str!("../../seeds/001_10f23ff8e7cee5b1.txt"),
        // It writes of "the website of this Office" and of the facebook page of the
        // "Warmińsko-Mazurski Urząd Wojewódzki"; it is undated but announces the campaign of
        // 25 November – 10 December 2021 as coming.
        publisher: Some("Warmińsko-Mazurski Urząd Wojewódzki"),
        author: None,
        title: Some("WPS 16 dni przeciw przemocy"),
        published: Some("2021"),
        url: None,
        subject: "seed-001",
    },
    Publication {
        file: "002_22526e9b774609f4.txt",
        lang: "vi",
        text: include_str!("../../seeds/002_22526e9b774609f4.txt"),
        // Headline, "Thứ Sáu, 02/09/2022, 07:20", signed "Văn Đức"; the outlet is not named.
        publisher: None,
        author: Some("Văn Đức"),
        title: Some("Những hoạt động nhân văn của Công an TP Cần Thơ"),
        published: Some("2022-09-02"),
        url: None,
        subject: "seed-002",
    },
    Publication {
        file: "003_364bb7c0b4e3ccb9.txt",
        lang: "kk",
        text: include_str!("../../seeds/003_364bb7c0b4e3ccb9.txt"),
        // Signed "Қызылорда облысының Өңірлік коммуникациялар қызметі"; no date.
        publisher: Some("Қызылорда облысының Өңірлік коммуникациялар қызметі"),
        author: None,
        title: Some("Еріктілердің жұмысы ерлікпен тең"),
        published: None,
        url: None,
        subject: "seed-003",
    },
    Publication {
        file: "004_3629adb00e0c4f21.txt",
        lang: "fa",
        text: include_str!("../../seeds/004_3629adb00e0c4f21.txt"),
        // "یکشنبه 4 آذر 1403" (Sunday 4 Azar 1403 = 24 November 2024), "خبرگزاری فارس".
        publisher: Some("خبرگزاری فارس"),
        author: None,
        title: Some("ضرورت مشارکتهای مردم در بخش آسیبهای اجتماعی"),
        published: Some("2024-11-24"),
        url: None,
        subject: "seed-004",
    },
];

/// The publication of a seed document, by file name.
pub fn publication(file: &str) -> Option<&'static Publication> {
    SEEDS.iter().find(|p| p.file == file)
}

/// A seed document's text by file name.
pub fn seed_text(file: &str) -> Option<String> {
    publication(file).map(|p| p.text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_publication_states_is_in_its_document() {
        for p in SEEDS {
            for said in [p.author, p.title, p.url].into_iter().flatten() {
                assert!(p.text.contains(said), "{}: {said}", p.file);
            }
            // The publisher may be named in another grammatical case: each word's stem.
            for word in p.publisher.into_iter().flat_map(str::split_whitespace) {
                let stem: String = word.chars().take(6).collect();
                assert!(p.text.contains(&stem), "{}: {word}", p.file);
            }
            if let Some(d) = p.published.filter(|d| d.len() == 10) {
                assert!(d.parse::<jiff::civil::Date>().is_ok(), "{d}");
            }
        }
    }
}
