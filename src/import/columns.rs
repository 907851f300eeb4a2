//! Which column of an office's spreadsheet holds what: headers recognised in the six
//! languages (folded, so `Miejscowość`, `MIEJSCOWOSC` and `miejscowosc:` are one header), and
//! `--map COLUMN=FIELD` for any other.

use crate::search::fold::fold;

/// What a column can become in a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    Description,
    Phone,
    Address,
    City,
    Region,
    Country,
    Category,
    Target,
    Hours,
    Website,
    Email,
    Languages,
    Eligibility,
    /// The office's own note on the record (kept in the worker's layer, never sent out).
    Notes,
    /// The name in English, beside the name as the office writes it: a publisher's directory
    /// has every name in English.
    NameEn,
    /// The description in English.
    DescriptionEn,
}

impl Field {
    pub const ALL: [Field; 17] = [
        Field::Name,
        Field::Description,
        Field::Phone,
        Field::Address,
        Field::City,
        Field::Region,
        Field::Country,
        Field::Category,
        Field::Target,
        Field::Hours,
        Field::Website,
        Field::Email,
        Field::Languages,
        Field::Eligibility,
        Field::Notes,
        Field::NameEn,
        Field::DescriptionEn,
    ];

    /// The name used with `--map` and in Fluent ids (`import-field-phone`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Description => "description",
            Field::Phone => "phone",
            Field::Address => "address",
            Field::City => "city",
            Field::Region => "region",
            Field::Country => "country",
            Field::Category => "category",
            Field::Target => "target",
            Field::Hours => "hours",
            Field::Website => "website",
            Field::Email => "email",
            Field::Languages => "languages",
            Field::Eligibility => "eligibility",
            Field::Notes => "notes",
            Field::NameEn => "name-en",
            Field::DescriptionEn => "description-en",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim().to_ascii_lowercase();
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Headers offices write for this field, in English, Polish, Russian, Kazakh, Vietnamese
    /// and Persian. Compared folded, so marks and case do not matter.
    fn headers(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "name",
                "service",
                "service name",
                "organisation",
                "organization",
                "nazwa",
                "nazwa placówki",
                "nazwa instytucji",
                "instytucja",
                "placówka",
                "название",
                "наименование",
                "организация",
                "учреждение",
                "атауы",
                "атау",
                "мекеме",
                "ұйым",
                "tên",
                "tên cơ sở",
                "tên dịch vụ",
                "tên tổ chức",
                "cơ quan",
                "نام",
                "عنوان",
                "نام مرکز",
                "نام سازمان",
            ],
            Field::Description => &[
                "description",
                "about",
                "services offered",
                "opis",
                "zakres pomocy",
                "описание",
                "описание услуг",
                "сипаттама",
                "сипаттамасы",
                "mô tả",
                "توضیحات",
                "شرح",
                "شرح خدمات",
            ],
            Field::Phone => &[
                "phone",
                "telephone",
                "tel",
                "tel.",
                "phone number",
                "telephone number",
                "helpline",
                "telefon",
                "nr telefonu",
                "numer telefonu",
                "telefon kontaktowy",
                "телефон",
                "тел",
                "тел.",
                "номер телефона",
                "телефон нөмірі",
                "байланыс телефоны",
                "điện thoại",
                "số điện thoại",
                "sđt",
                "đường dây nóng",
                "تلفن",
                "شماره تلفن",
                "شماره تماس",
                "تلفن تماس",
            ],
            Field::Address => &[
                "address",
                "street",
                "street address",
                "adres",
                "ulica",
                "адрес",
                "мекенжай",
                "мекен-жай",
                "địa chỉ",
                "نشانی",
                "آدرس",
            ],
            Field::City => &[
                "city",
                "town",
                "locality",
                "miasto",
                "miejscowość",
                "gmina",
                "город",
                "населённый пункт",
                "населенный пункт",
                "қала",
                "елді мекен",
                "thành phố",
                "quận/huyện",
                "شهر",
                "شهرستان",
            ],
            Field::Region => &[
                "region",
                "province",
                "state",
                "voivodeship",
                "województwo",
                "регион",
                "область",
                "облыс",
                "өңір",
                "tỉnh",
                "tỉnh/thành phố",
                "tỉnh thành",
                "استان",
            ],
            Field::Country => &[
                "country",
                "kraj",
                "państwo",
                "страна",
                "ел",
                "мемлекет",
                "quốc gia",
                "کشور",
            ],
            Field::Category => &[
                "category",
                "categories",
                "type",
                "kind",
                "kategoria",
                "rodzaj",
                "typ",
                "категория",
                "тип",
                "вид",
                "санат",
                "санаты",
                "түрі",
                "loại",
                "danh mục",
                "loại hình",
                "دسته",
                "دسته بندی",
                "دسته‌بندی",
                "نوع",
            ],
            Field::Target => &[
                "target group",
                "for whom",
                "who for",
                "clients",
                "grupa docelowa",
                "dla kogo",
                "для кого",
                "целевая группа",
                "кімге",
                "кімге арналған",
                "đối tượng",
                "گروه هدف",
                "مخاطبان",
            ],
            Field::Hours => &[
                "hours",
                "opening hours",
                "open",
                "godziny",
                "godziny otwarcia",
                "godziny pracy",
                "часы",
                "часы работы",
                "режим работы",
                "жұмыс уақыты",
                "жұмыс кестесі",
                "жұмыс тәртібі",
                "giờ",
                "giờ làm việc",
                "giờ mở cửa",
                "ساعات کار",
                "ساعت کاری",
                "ساعات کاری",
            ],
            Field::Website => &[
                "website",
                "web",
                "www",
                "url",
                "site",
                "web site",
                "strona",
                "strona www",
                "strona internetowa",
                "сайт",
                "веб-сайт",
                "вебсайт",
                "интернет-сайт",
                "trang web",
                "website",
                "وبسایت",
                "وب سایت",
                "وب‌سایت",
                "سایت",
            ],
            Field::Email => &[
                "email",
                "e-mail",
                "mail",
                "email address",
                "adres e-mail",
                "poczta",
                "электронная почта",
                "эл. почта",
                "e-mail адрес",
                "электрондық пошта",
                "эл. пошта",
                "thư điện tử",
                "ایمیل",
                "پست الکترونیک",
                "رایانامه",
            ],
            Field::Languages => &[
                "languages",
                "language",
                "języki",
                "język",
                "языки",
                "язык",
                "тілдер",
                "тіл",
                "ngôn ngữ",
                "زبان",
                "زبان‌ها",
                "زبان ها",
            ],
            Field::Eligibility => &[
                "eligibility",
                "who can use it",
                "kto może skorzystać",
                "warunki",
                "кто может обратиться",
                "условия",
                "кім жүгіне алады",
                "шарттар",
                "điều kiện",
                "ai được sử dụng",
                "شرایط",
                "شرایط پذیرش",
            ],
            Field::Notes => &[
                "notes",
                "note",
                "comments",
                "remarks",
                "uwagi",
                "notatki",
                "notatka",
                "примечания",
                "примечание",
                "заметки",
                "ескертпе",
                "ескертпелер",
                "ghi chú",
                "یادداشت",
                "ملاحظات",
            ],
            Field::NameEn => &[
                "name (en)",
                "name_en",
                "name en",
                "english name",
                "name in english",
                "nazwa (en)",
                "nazwa po angielsku",
                "nazwa angielska",
                "название (en)",
                "название на английском",
                "атауы (en)",
                "ағылшынша атауы",
                "tên (en)",
                "tên tiếng anh",
                "نام (en)",
                "نام انگلیسی",
            ],
            Field::DescriptionEn => &[
                "description (en)",
                "description_en",
                "description en",
                "english description",
                "description in english",
                "opis (en)",
                "opis po angielsku",
                "описание (en)",
                "описание на английском",
                "сипаттама (en)",
                "ағылшынша сипаттама",
                "mô tả (en)",
                "mô tả tiếng anh",
                "توضیحات (en)",
                "توضیحات انگلیسی",
            ],
        }
    }
}

/// A header as it is compared: folded, without surrounding punctuation or a trailing `*`.
fn key(header: &str) -> String {
    let folded = fold(header);
    let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The field a header names, if Haven knows it.
pub fn recognise(header: &str) -> Option<Field> {
    let k = key(header);
    if k.is_empty() {
        return None;
    }
    Field::ALL
        .into_iter()
        .find(|f| f.headers().iter().any(|h| key(h) == k))
}

/// One `--map COLUMN=FIELD`, read. `Err` holds the text as given.
pub fn parse_map(text: &str) -> Result<(String, Field), String> {
    let (column, field) = text.rsplit_once('=').ok_or_else(|| text.to_string())?;
    let field = Field::from_key(field).ok_or_else(|| text.to_string())?;
    if column.trim().is_empty() {
        return Err(text.to_string());
    }
    Ok((column.trim().to_string(), field))
}

/// What each column becomes: the worker's `--map` first (matched by header, folded, or by
/// spreadsheet letter `C`), then the headers Haven knows. A field taken by an earlier column
/// is not given to a later one. `Err` names a mapped column the file does not have.
pub fn assign(headers: &[String], map: &[(String, Field)]) -> Result<Vec<Option<Field>>, String> {
    let mut out: Vec<Option<Field>> = vec![None; headers.len()];
    for (column, field) in map {
        let wanted = key(column);
        let at = headers
            .iter()
            .position(|h| key(h) == wanted)
            .or_else(|| letter_index(column).filter(|i| *i < headers.len()));
        match at {
            Some(i) => out[i] = Some(*field),
            None => return Err(column.clone()),
        }
    }
    for (i, h) in headers.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        if let Some(f) = recognise(h)
            && !out.contains(&Some(f))
        {
            out[i] = Some(f);
        }
    }
    Ok(out)
}

/// `A` → 0, `AB` → 27: a spreadsheet's column letters.
fn letter_index(s: &str) -> Option<usize> {
    let s = s.trim();
    if s.is_empty() || s.len() > 3 || !s.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut n = 0usize;
    for c in s.chars() {
        n = n * 26 + (c.to_ascii_uppercase() as usize - 'A' as usize + 1);
    }
    Some(n - 1)
}

/// A column's letters from its index: 0 → `A`, 27 → `AB`.
pub fn column_letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push((b'A' + (i % 26) as u8) as char);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_six_languages() {
        for (h, f) in [
            ("Nazwa", Field::Name),
            ("Название", Field::Name),
            ("Атауы", Field::Name),
            ("Tên", Field::Name),
            ("نام", Field::Name),
            ("Telefon:", Field::Phone),
            ("Телефон", Field::Phone),
            ("Điện thoại", Field::Phone),
            ("تلفن", Field::Phone),
            ("MIEJSCOWOŚĆ", Field::City),
            ("Электронная почта", Field::Email),
        ] {
            assert_eq!(recognise(h), Some(f), "{h}");
        }
        assert_eq!(recognise("Faks"), None);
    }

    #[test]
    fn map_names_columns_by_header_or_letter() {
        let headers = vec!["Placówka".to_string(), "Numer".into(), "Kontakt".into()];
        let map = vec![
            ("numer".to_string(), Field::Phone),
            ("C".to_string(), Field::Email),
        ];
        assert_eq!(
            assign(&headers, &map),
            Ok(vec![
                Some(Field::Name),
                Some(Field::Phone),
                Some(Field::Email)
            ])
        );
        assert_eq!(
            assign(&headers, &[("Faks".into(), Field::Phone)]),
            Err("Faks".into())
        );
        assert_eq!(parse_map("Numer=phone"), Ok(("Numer".into(), Field::Phone)));
        assert!(parse_map("Numer=fax").is_err());
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(letter_index("AB"), Some(27));
    }
}
