//! Synthetic directories for benchmarks: any number of records mixing the six languages with
//! realistic words, names and places. Deterministic for a given seed, so figures can be
//! compared between runs. Never shipped as data: every record cites `example.invalid`.

use haven::model::{
    Category, Country, Kind, Location, Phone, Record, Region, Source, TargetGroup, Text,
};

/// A small, fast, deterministic generator (xorshift64*): benchmarks need repeatable data,
/// not statistical quality.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Lang {
    code: &'static str,
    country: &'static str,
    heads: &'static [&'static str],
    words: &'static [&'static str],
    cities: &'static [&'static str],
    regions: &'static [&'static str],
}

const LANGS: &[Lang] = &[
    Lang {
        code: "pl",
        country: "PL",
        heads: &[
            "Ośrodek Interwencji Kryzysowej",
            "Punkt Konsultacyjny",
            "Miejski Ośrodek Pomocy Społecznej",
            "Specjalistyczny Ośrodek Wsparcia",
            "Telefon Zaufania",
            "Schronisko dla Kobiet",
            "Zespół Interdyscyplinarny",
            "Poradnia Psychologiczna",
        ],
        words: &[
            "przemocy",
            "rodzinie",
            "pomoc",
            "wsparcie",
            "dzieci",
            "kobiet",
            "bezpłatna",
            "porada",
            "prawna",
            "psychologiczna",
            "całodobowy",
            "schronienie",
            "ofiar",
            "interwencja",
            "konsultacje",
            "mieszkanie",
            "chronione",
            "terapia",
            "grupa",
            "wsparcia",
            "dyżur",
            "telefoniczny",
            "procedura",
            "Niebieskie",
            "Karty",
        ],
        cities: &[
            "Warszawa",
            "Kraków",
            "Łódź",
            "Wrocław",
            "Poznań",
            "Gdańsk",
            "Szczecin",
            "Lublin",
            "Białystok",
            "Olsztyn",
            "Rzeszów",
            "Kielce",
            "Toruń",
            "Opole",
        ],
        regions: &[
            "mazowieckie",
            "małopolskie",
            "łódzkie",
            "dolnośląskie",
            "wielkopolskie",
            "pomorskie",
            "zachodniopomorskie",
            "lubelskie",
            "podlaskie",
            "warmińsko-mazurskie",
        ],
    },
    Lang {
        code: "ru",
        country: "KZ",
        heads: &[
            "Кризисный центр",
            "Центр социальной помощи",
            "Телефон доверия",
            "Отдел полиции",
            "Управление общественной безопасности",
            "Центр поддержки семьи",
            "Убежище для женщин",
        ],
        words: &[
            "помощь",
            "насилие",
            "бытовое",
            "женщинам",
            "детям",
            "семьям",
            "поддержка",
            "консультация",
            "психолога",
            "юриста",
            "бесплатно",
            "круглосуточно",
            "приют",
            "защита",
            "трудной",
            "жизненной",
            "ситуации",
            "профилактика",
            "социальный",
        ],
        cities: &[
            "Алматы",
            "Астана",
            "Шымкент",
            "Караганда",
            "Семей",
            "Павлодар",
            "Актобе",
            "Костанай",
            "Усть-Каменогорск",
            "Тараз",
            "Атырау",
            "Кызылорда",
        ],
        regions: &[
            "область Абай",
            "Карагандинская область",
            "Павлодарская область",
            "Костанайская область",
            "Актюбинская область",
            "Кызылординская область",
        ],
    },
    Lang {
        code: "kk",
        country: "KZ",
        heads: &[
            "Дағдарыс орталығы",
            "Жастар ресурстық орталығы",
            "Волонтерлар фронт-офисі",
            "Әлеуметтік көмек орталығы",
            "Отбасын қолдау орталығы",
            "Сенім телефоны",
        ],
        words: &[
            "көмек",
            "еріктілер",
            "әйелдер",
            "балалар",
            "отбасы",
            "қолдау",
            "тегін",
            "кеңес",
            "зорлық",
            "тұрмыстық",
            "әлеуметтік",
            "дүкен",
            "жастар",
            "қарттар",
            "қайырымдылық",
            "акция",
            "психолог",
            "заңгер",
            "тәулік",
            "бойы",
        ],
        cities: &[
            "Қызылорда",
            "Түркістан",
            "Ақтөбе",
            "Орал",
            "Өскемен",
            "Талдықорған",
            "Көкшетау",
            "Петропавл",
            "Жезқазған",
            "Семей",
        ],
        regions: &[
            "Қызылорда облысы",
            "Түркістан облысы",
            "Ақтөбе облысы",
            "Абай облысы",
            "Жетісу облысы",
            "Ұлытау облысы",
        ],
    },
    Lang {
        code: "vi",
        country: "VN",
        heads: &[
            "Công an phường",
            "Trung tâm công tác xã hội",
            "Nhà tạm lánh",
            "Hội Liên hiệp Phụ nữ",
            "Đường dây nóng",
            "Trung tâm bảo trợ xã hội",
            "Mô hình",
        ],
        words: &[
            "hỗ trợ",
            "bạo lực",
            "gia đình",
            "phụ nữ",
            "trẻ em",
            "mồ côi",
            "tư vấn",
            "miễn phí",
            "pháp lý",
            "tâm lý",
            "nạn nhân",
            "chăm sóc",
            "đỡ đầu",
            "tình thương",
            "an sinh",
            "xã hội",
            "phòng chống",
            "tội phạm",
            "bảo vệ",
            "khẩn cấp",
        ],
        cities: &[
            "Cần Thơ",
            "Hà Nội",
            "Hồ Chí Minh",
            "Đà Nẵng",
            "Hải Phòng",
            "Huế",
            "Cà Mau",
            "Vĩnh Long",
            "Sóc Trăng",
            "An Giang",
            "Bình Thủy",
            "Cái Răng",
        ],
        regions: &[
            "Cần Thơ",
            "Hà Nội",
            "Thành phố Hồ Chí Minh",
            "Đà Nẵng",
            "Hải Phòng",
            "An Giang",
        ],
    },
    Lang {
        code: "fa",
        country: "IR",
        heads: &[
            "مرکز مشاوره",
            "واحد مددکاری اجتماعی کلانتری",
            "اورژانس اجتماعی",
            "خانه امن زنان",
            "مرکز خدمات بهزیستی",
            "صدای مشاور",
            "پاسگاه انتظامی",
        ],
        words: &[
            "مشاوره",
            "مددکاری",
            "اجتماعی",
            "خشونت",
            "خانگی",
            "زنان",
            "کودکان",
            "خانواده",
            "رایگان",
            "حمایت",
            "روانشناسی",
            "حقوقی",
            "شبانه‌روزی",
            "آسیب",
            "پیشگیری",
            "محله",
            "همیاران",
            "آرامش",
            "پلیس",
            "بهزیستی",
        ],
        cities: &[
            "تهران",
            "مشهد",
            "اصفهان",
            "شیراز",
            "تبریز",
            "کرج",
            "قم",
            "اهواز",
            "رشت",
            "کرمان",
            "یزد",
            "همدان",
        ],
        regions: &[
            "استان تهران",
            "خراسان رضوی",
            "استان اصفهان",
            "استان فارس",
            "آذربایجان شرقی",
            "استان گیلان",
        ],
    },
    Lang {
        code: "en",
        country: "PL",
        heads: &[
            "Crisis Intervention Centre",
            "Women's Shelter",
            "Family Support Helpline",
            "Legal Advice Point",
            "Victim Support Service",
            "Child Protection Unit",
        ],
        words: &[
            "support",
            "violence",
            "domestic",
            "women",
            "children",
            "families",
            "free",
            "advice",
            "legal",
            "counselling",
            "emergency",
            "shelter",
            "confidential",
            "helpline",
            "refugees",
            "night",
            "translation",
            "available",
            "trained",
            "staff",
        ],
        cities: &[
            "Warsaw", "Kraków", "Gdańsk", "Almaty", "Astana", "Hanoi", "Tehran",
        ],
        regions: &[
            "Masovia",
            "Lesser Poland",
            "Pomerania",
            "Almaty region",
            "Red River Delta",
        ],
    },
];

fn words(rng: &mut Rng, list: &[&str], n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(list))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `n` synthetic records, deterministic for `seed`, generated one at a time so a million
/// of them never sit in memory together.
pub fn records(n: usize, seed: u64) -> impl Iterator<Item = Record> {
    let mut rng = Rng(seed.max(1));
    let verified: jiff::civil::Date = jiff::civil::date(2024, 1, 1);
    (0..n).map(move |i| {
        let lang = rng.pick(LANGS);
        let city = *rng.pick(lang.cities);
        let region = *rng.pick(lang.regions);
        let name = format!(
            "{} {} {}",
            rng.pick(lang.heads),
            words(&mut rng, lang.words, 1),
            city
        );
        let en_name = format!("Service {i} in {city}");
        let n_words = 8 + rng.below(10);
        let description = words(&mut rng, lang.words, n_words);
        let cats: Vec<Category> = (0..1 + rng.below(2))
            .map(|_| *rng.pick(Category::ALL))
            .collect();
        let targets: Vec<TargetGroup> = (0..1 + rng.below(3))
            .map(|_| *rng.pick(TargetGroup::ALL))
            .collect();
        let cc = match lang.code {
            "pl" => "48",
            "ru" | "kk" => "7",
            "vi" => "84",
            "fa" => "98",
            _ => "44",
        };
        let digits = format!("{:09}", rng.next() % 1_000_000_000);
        let confidential = cats.contains(&Category::Shelter);
        Record {
            id: format!("synth/{i}"),
            kind: *rng.pick(&[
                Kind::Service,
                Kind::Service,
                Kind::Service,
                Kind::Programme,
                Kind::Organization,
            ]),
            name: Text::new(lang.code, name).with("en", en_name),
            description: Some(Text::new(lang.code, description).with("en", "A synthetic record.")),
            organization: None,
            country: Country::new(lang.country)
                .unwrap_or_else(|| Country::new("PL").expect("PL is a country code")),
            region: Some(Region {
                id: format!("synth/{}", rng.below(40)),
                name: Text::new(lang.code, region).with("en", region),
            }),
            city: Some(Text::new(lang.code, city).with("en", city)),
            locations: vec![Location {
                name: None,
                address: Some({
                    let a = format!("{} {}", city, 1 + rng.below(200));
                    Text::new(lang.code, a.clone()).with("en", a)
                }),
                city: None,
                confidential,
                note: None,
            }],
            categories: cats,
            target_groups: targets,
            languages: vec![lang.code.to_string()],
            phones: vec![Phone {
                number: format!("+{cc}{digits}"),
                display: digits.clone(),
                label: None,
                free: None,
                sms: None,
                hours: None,
            }],
            channels: Vec::new(),
            hours: None,
            eligibility: None,
            what_to_bring: None,
            what_to_expect: None,
            period: None,
            steps: Vec::new(),
            jurisdiction: None,
            legal_basis: Vec::new(),
            related: Vec::new(),
            sources: vec![Source {
                seed: None,
                quote: None,
                url: Some("https://example.invalid/synthetic".into()),
                publisher: Some("synthetic".into()),
                published: None,
                supports: None,
                office: None,
            }],
            verified_at: verified,
            verified_by: "generator".into(),
            hsds: None,
        }
    })
}

/// Queries as typed letter by letter: every prefix of each phrase.
pub fn keystrokes(phrases: &[&str]) -> Vec<String> {
    phrases
        .iter()
        .flat_map(|p| {
            let chars: Vec<char> = p.chars().collect();
            (1..=chars.len())
                .map(move |n| chars[..n].iter().collect::<String>())
                .filter(|s| !s.ends_with(' '))
        })
        .collect()
}

/// Phrases a worker types, in every language.
pub const PHRASES: &[&str] = &[
    "kryzys",
    "przemoc domowa",
    "Ośrodek Interwencji",
    "кризисный центр",
    "Семей",
    "еріктілер",
    "Cần Thơ",
    "do dau",
    "کلانتری",
    "مشاوره خانواده",
    "shelter women",
    "semey",
];

/// The same phrases as a worker on the phone types them: with typos, without a space, and
/// numbers as a client reads them out (issue 12's forgiving search).
pub const TYPO_PHRASES: &[&str] = &[
    "kryzsy",
    "przemic domowa",
    "Ośrodek Interwecji",
    "кизисный центр",
    "Сеней",
    "еріктілр",
    "cantho",
    "کلانتاری",
    "مشاوره خانوداه",
    "sheltr women",
    "semei",
    "+48 512 345 678",
    "0048 512-345-678",
    "8 (7172) 12-34-56",
];

/// Peak resident memory of this process so far, in MB (Linux; NaN elsewhere), for the
/// benchmarks' reports.
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// The `p` percentile of sorted durations (zero for none).
pub fn percentile(sorted: &[std::time::Duration], p: f64) -> std::time::Duration {
    if sorted.is_empty() {
        return std::time::Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

/// A duration in milliseconds, two decimals.
pub fn ms(d: std::time::Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}
