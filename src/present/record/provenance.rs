//! The end of every record: which texts are the directory's own translations, where the
//! facts come from and when they were checked.

use super::Presenter;
use crate::i18n;
use crate::model::{Record, publication};
use crate::present::fields::{Field, SourceLine, Value};
use crate::present::sources::source_name;
use crate::present::{date, language, list_separator};

impl Presenter {
    /// Notes a text shown in another language than it was first written in.
    pub(super) fn note_translation(&mut self, shown: &str, orig: &str) {
        let pair = (shown.to_string(), orig.to_string());
        if shown != orig && !self.translated.contains(&pair) {
            self.translated.push(pair);
        }
    }

    /// Which texts are the directory's own translations, one note per language shown.
    fn translations(&self) -> Vec<Field> {
        let l = self.locale;
        let mut shown: Vec<&str> = self.translated.iter().map(|(s, _)| s.as_str()).collect();
        shown.sort_unstable();
        shown.dedup();
        shown
            .into_iter()
            .map(|lang| {
                let originals: Vec<String> = self
                    .translated
                    .iter()
                    .filter(|(s, _)| s == lang)
                    .map(|(_, o)| language(o, l))
                    .collect();
                Field {
                    id: "field-translated",
                    label: None,
                    value: Value::Note(self.ta(
                        "field-translated",
                        &[
                            ("language", language(lang, l).into()),
                            ("original", originals.join(list_separator(l)).into()),
                        ],
                    )),
                }
            })
            .collect()
    }

    /// Sources and the check date; on a sheet, one line naming them, and a note when some of
    /// the entry is not in the sheet's language.
    pub(super) fn provenance(&mut self, r: &Record, fields: &mut Vec<Field>) {
        let l = self.locale;
        let checked = date(r.verified_at, l);
        fields.extend(self.translations());
        if self.client() {
            if let Some(english) = self.fell_back {
                let id = if english {
                    "sheet-untranslated"
                } else {
                    "sheet-untranslated-original"
                };
                fields.push(Field {
                    id,
                    label: None,
                    value: Value::Note(self.ta(id, &[("language", language(l.code(), l).into())])),
                });
            }
            let mut names: Vec<String> = Vec::new();
            for s in &r.sources {
                let name = source_name(s, l);
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            fields.push(Field {
                id: "sheet-source",
                label: None,
                value: Value::Note(self.ta(
                    "sheet-source",
                    &[
                        ("sources", names.join("; ").into()),
                        ("date", checked.into()),
                    ],
                )),
            });
            return;
        }
        // Quotes from one publication are listed under it once.
        let mut sources: Vec<SourceLine> = Vec::new();
        for s in &r.sources {
            let mut title = source_name(s, l);
            if let Some(p) = &s.published {
                // A day is written as the reader writes days (Solar Hijri in Persian).
                let when = match p.parse::<jiff::civil::Date>() {
                    Ok(d) => super::super::date(d, l),
                    Err(_) => i18n::ltr(p),
                };
                title.push_str(&format!(" ({when})"));
            }
            if let Some(what) = &s.supports {
                title.push_str(&format!(" — {what}"));
            }
            let url = s.url.clone().or_else(|| {
                let seed = s.seed.as_deref().and_then(publication)?;
                seed.url.map(str::to_string)
            });
            let quote = s.quote.as_ref().map(|q| format!("«{q}»"));
            match sources
                .iter_mut()
                .find(|o| o.title == title && o.url == url)
            {
                Some(same) => same.quotes.extend(quote),
                None => sources.push(SourceLine {
                    title,
                    quotes: quote.into_iter().collect(),
                    url,
                }),
            }
        }
        fields.push(self.field("field-sources", Value::Sources(sources)));
        fields.push(Field {
            id: "field-verified",
            label: None,
            value: Value::Note(self.ta(
                "field-verified",
                &[
                    ("date", checked.into()),
                    (
                        "who",
                        super::super::sources::office_name(&r.verified_by, l).into(),
                    ),
                ],
            )),
        });
    }
}
