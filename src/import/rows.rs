//! One spreadsheet row made into one of the office's records, every cell checked as `data/`
//! is: telephone numbers dialled in the record's country and written in E.164, links and
//! e-mail addresses that work, categories, target groups and languages by their names in
//! any of the six languages, opening hours Haven can read.

use super::{CellWhy, Field, RowProblem};
use crate::model::Channel;
use crate::model::{
    Category, ChannelKind, Country, Hours, Kind, Location, Record, TargetGroup, Text,
};
use crate::parse::{country_of, guess_lang, language, link, office_phone, pieces, region, term};

/// The longest cell taken: longer text is not a field of a record (a pasted document, or a
/// hostile file).
pub const MAX_CELL_CHARS: usize = 10_000;

/// What every row of one file shares.
pub struct Context<'a> {
    /// The country of rows that do not name one (`--country`, or the office's place).
    pub country: Option<Country>,
    /// The language of text whose script does not tell (the worker's).
    pub fallback_lang: &'a str,
    pub office: &'a str,
    /// Set when the rows go into a publisher's feed instead of the office's records.
    pub publisher: Option<&'a super::Publisher>,
    pub today: jiff::civil::Date,
    /// The directory's regions, so `Mazowieckie` in a file is the directory's `pl/mazowieckie`.
    pub regions: &'a [(String, Text)],
}

/// A row made into a record, with the office's note from it and what was left out.
pub struct Built {
    pub record: Record,
    pub note: Option<String>,
    pub dropped: Vec<RowProblem>,
}

/// Makes row `row` into a record. `id` gives the new record's id from its name and country.
/// Every refusing problem of the row is returned, not only the first.
pub fn build(
    row: usize,
    headers: &[String],
    fields: &[Option<Field>],
    cells: &[String],
    formula: &dyn Fn(usize) -> bool,
    cx: &Context<'_>,
    id: &mut dyn FnMut(&str, &Country) -> String,
) -> Result<Built, Vec<RowProblem>> {
    let mut refused = Vec::new();
    let mut dropped = Vec::new();
    let mut values: Vec<(Field, usize, &str)> = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let (Some(field), Some(cell)) = (field, cells.get(i)) else {
            continue;
        };
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let at = |why| RowProblem {
            row,
            column: headers.get(i).cloned().unwrap_or_default(),
            why,
        };
        if formula(i) {
            refused.push(at(CellWhy::Formula));
            continue;
        }
        let chars = cell.chars().count();
        if chars > MAX_CELL_CHARS {
            refused.push(at(CellWhy::TooLong {
                chars,
                max: MAX_CELL_CHARS,
            }));
            continue;
        }
        values.push((*field, i, cell));
    }
    let header = |i: usize| headers.get(i).cloned().unwrap_or_default();
    let first = |f: Field| {
        values
            .iter()
            .find(|(g, _, _)| *g == f)
            .map(|(_, i, v)| (*i, *v))
    };

    let Some((_, name)) = first(Field::Name) else {
        let column = fields
            .iter()
            .position(|f| *f == Some(Field::Name))
            .map(header)
            .unwrap_or_default();
        refused.push(RowProblem {
            row,
            column,
            why: CellWhy::NoName,
        });
        return Err(refused);
    };

    let country = match first(Field::Country) {
        Some((i, v)) => match country_of(v) {
            Some(c) => Some(c),
            None => {
                refused.push(RowProblem {
                    row,
                    column: header(i),
                    why: CellWhy::Country(v.to_string()),
                });
                None
            }
        },
        None => cx.country.clone(),
    };
    let Some(country) = country else {
        if !refused.iter().any(|p| matches!(p.why, CellWhy::Country(_))) {
            refused.push(RowProblem {
                row,
                column: String::new(),
                why: CellWhy::NoCountry,
            });
        }
        return Err(refused);
    };
    let lang_of = |text: &str| guess_lang(text, country.code(), cx.fallback_lang);
    let text = |v: &str| Text::new(&lang_of(v), v);

    // The office's own records cite the office; a publisher's cite its published list.
    let (source, verifier) = match cx.publisher {
        None => (
            crate::layer::office_source(cx.office, cx.today),
            cx.office.trim().to_string(),
        ),
        Some(p) => (
            crate::model::Source {
                seed: None,
                quote: None,
                url: Some(p.url.trim().to_string()),
                publisher: Some(p.name.trim().to_string()),
                published: Some(cx.today.to_string()),
                supports: None,
                office: None,
            },
            p.name.trim().to_string(),
        ),
    };
    let mut record = Record {
        description: first(Field::Description).map(|(_, v)| text(v)),
        city: first(Field::City).map(|(_, v)| text(v)),
        eligibility: first(Field::Eligibility).map(|(_, v)| text(v)),
        sources: vec![source],
        ..Record::new(
            String::new(),
            Kind::Service,
            text(name),
            country.clone(),
            cx.today,
            verifier,
        )
    };
    // English beside the office's own wording (a publisher's directory needs it).
    if let Some((_, v)) = first(Field::NameEn)
        && record.name.orig != "en"
    {
        record.name.values.insert("en".into(), v.to_string());
    }
    if let Some((_, v)) = first(Field::DescriptionEn) {
        match &mut record.description {
            Some(d) if d.orig != "en" => {
                d.values.insert("en".into(), v.to_string());
            }
            Some(_) => {}
            None => record.description = Some(Text::new("en", v)),
        }
    }
    if let Some((_, v)) = first(Field::Address) {
        record.locations.push(Location {
            name: None,
            address: Some(text(v)),
            city: record.city.clone(),
            confidential: false,
            note: None,
        });
    }
    if let Some((_, v)) = first(Field::Region) {
        record.region = Some(region(v, &country, cx.regions, &lang_of));
    }
    let mut note = None;
    for (field, i, v) in &values {
        let at = |why| RowProblem {
            row,
            column: header(*i),
            why,
        };
        match field {
            Field::Phone => {
                for piece in pieces(v) {
                    match office_phone(piece, &country) {
                        Some((p, read)) => {
                            record.phones.push(p);
                            // Read without the old trunk `0`, and said so.
                            if let Some(read) = read {
                                dropped.push(at(CellWhy::OldTrunk {
                                    value: piece.to_string(),
                                    read,
                                }));
                            }
                        }
                        None => refused.push(at(CellWhy::Phone {
                            value: piece.to_string(),
                            country: country.code().to_string(),
                        })),
                    }
                }
            }
            Field::Email => {
                for piece in pieces(v) {
                    let ok = piece.contains('@') && !piece.contains(char::is_whitespace);
                    if ok {
                        record.channels.push(Channel {
                            kind: ChannelKind::Email,
                            value: piece.trim_start_matches("mailto:").to_string(),
                            label: None,
                        });
                    } else {
                        refused.push(at(CellWhy::Email(piece.to_string())));
                    }
                }
            }
            Field::Website => {
                for piece in pieces(v) {
                    match link(piece) {
                        Some(c) => record.channels.push(c),
                        None => refused.push(at(CellWhy::Link(piece.to_string()))),
                    }
                }
            }
            Field::Category => {
                for piece in pieces(v) {
                    match term(piece, Category::ALL, "category", Category::key) {
                        Some(c) if !record.categories.contains(&c) => record.categories.push(c),
                        Some(_) => {}
                        None => dropped.push(at(CellWhy::UnknownTerm {
                            value: piece.to_string(),
                            field: Field::Category,
                        })),
                    }
                }
            }
            Field::Target => {
                for piece in pieces(v) {
                    match term(piece, TargetGroup::ALL, "target", TargetGroup::key) {
                        Some(t) if !record.target_groups.contains(&t) => {
                            record.target_groups.push(t)
                        }
                        Some(_) => {}
                        None => dropped.push(at(CellWhy::UnknownTerm {
                            value: piece.to_string(),
                            field: Field::Target,
                        })),
                    }
                }
            }
            Field::Languages => {
                for piece in pieces(v) {
                    match language(piece) {
                        Some(l) if !record.languages.contains(&l) => record.languages.push(l),
                        Some(_) => {}
                        None => dropped.push(at(CellWhy::UnknownTerm {
                            value: piece.to_string(),
                            field: Field::Languages,
                        })),
                    }
                }
            }
            Field::Hours => match crate::parse::hours::from_office(v) {
                Some(opening_hours) => {
                    record.hours = Some(Hours {
                        opening_hours,
                        note: None,
                    })
                }
                None => dropped.push(at(CellWhy::Hours {
                    value: v.to_string(),
                    detail: crate::model::schedule::Schedule::parse(v)
                        .err()
                        .map(|e| e.to_string())
                        .unwrap_or_default(),
                })),
            },
            // An office's notes stay in the office: a feed does not carry them.
            Field::Notes if cx.publisher.is_some() => dropped.push(at(CellWhy::NotPublished)),
            Field::Notes => note = Some(v.to_string()),
            _ => {}
        }
    }
    if !refused.is_empty() {
        return Err(refused);
    }
    // A shelter's address keeps its clients safe only while nobody outside the office has
    // it: it is confidential, as in `data/`, whatever the spreadsheet says.
    // A feed goes to every office: there the address is not written at all.
    if record.categories.contains(&Category::Shelter) {
        for l in &mut record.locations {
            l.confidential = true;
            if cx.publisher.is_some() && l.address.take().is_some() {
                let column = first(Field::Address).map(|(i, _)| header(i));
                dropped.push(RowProblem {
                    row,
                    column: column.unwrap_or_default(),
                    why: CellWhy::ShelterAddress,
                });
            }
        }
    }
    record.id = id(name, &country);
    Ok(Built {
        record,
        note,
        dropped,
    })
}
