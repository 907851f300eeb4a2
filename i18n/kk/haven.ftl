# Haven — Kazakh interface text. Every locale has exactly the ids of the English file.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = Зардап шеккендерге көмек көрсететін қызметтердің офлайн анықтамалығы

## Жазба түрлері, санаттар, мақсатты топтар

kind-organization = Ұйым
kind-service = Қызмет
kind-programme = Бағдарлама
kind-campaign = Науқан
kind-procedure = Рәсім

category-helpline = Сенім телефоны
category-emergency = Шұғыл нөмір
category-crisis-centre = Дағдарыс орталығы
category-shelter = Баспана
category-police = Полиция
category-social-assistance = Әлеуметтік көмек
category-counselling = Кеңес беру
category-child-protection = Балаларды қорғау
category-material-aid = Материалдық көмек
category-support-programme = Қолдау бағдарламасы
category-campaign = Науқан
category-procedure = Рәсім
category-volunteering = Еріктілік
category-health = Денсаулық сақтау
category-government = Мемлекеттік орган

target-everyone = Барлығы
target-women = Әйелдер
target-children = Балалар
target-youth = Жастар
target-families = Отбасылар
target-older-people = Егде жастағы адамдар
target-domestic-violence = Тұрмыстық зорлық-зомбылықтан зардап шеккендер
target-orphans = Жетім балалар
target-low-income = Қиын өмірлік жағдайдағы адамдар
target-professionals = Мамандар
target-volunteers = Еріктілер

## Елдер (ISO 3166-1)

country-pl = Польша
country-kz = Қазақстан
country-vn = Вьетнам
country-ir = Иран

## Тілдер

language-en = ағылшын тілі
language-pl = поляк тілі
language-ru = орыс тілі
language-kk = қазақ тілі
language-vi = вьетнам тілі
language-fa = парсы тілі
language-uk = украин тілі
language-de = неміс тілі
language-fr = француз тілі
language-ar = араб тілі
language-tr = түрік тілі
language-zh = қытай тілі

## Күндер және жұмыс уақыты

month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан
# Months of the Solar Hijri calendar (dates on Persian sheets).
month-persian-1 = Фарвардин
month-persian-2 = Ордибехешт
month-persian-3 = Хордад
month-persian-4 = Тир
month-persian-5 = Мордад
month-persian-6 = Шахривар
month-persian-7 = Мехр
month-persian-8 = Абан
month-persian-9 = Азар
month-persian-10 = Дей
month-persian-11 = Бахман
month-persian-12 = Эсфанд
# A day of a month, as in "25 қараша".
day-month = { $day } { $month }
# A full date, as in "2021 жылғы 25 қараша".
date-full = { $year } жылғы { $day } { $month }

weekday-0 = дс
weekday-1 = сс
weekday-2 = ср
weekday-3 = бс
weekday-4 = жм
weekday-5 = сн
weekday-6 = жс
hours-always = Тәулік бойы, күн сайын
hours-closed = жабық
now-open = Қазір ашық
now-open-until = Қазір ашық, { $time } дейін
now-always = Тәулік бойы
now-line-always = Телефон тәулік бойы жұмыс істейді (мекеменің өз жұмыс уақыты бар)
now-closed = Жабық
now-closed-opens-today = Жабық, { $time } ашылады
now-closed-opens-on = Жабық, ашылуы: { $day }, { $time }
now-unknown = Жұмыс уақыты белгісіз
now-running = Қазір өтіп жатыр
filter-hours = Жұмыс уақыты
filter-open-now = Қазір ашық
filter-always-open = Тәулік бойы
period-yearly = Жыл сайын, { $start } – { $end }
period-once = { $year } жылғы { $start } – { $end }
period-dates = { $start } – { $end }
period-until = { $year } жылға дейін

## Жазба өрістері (толық көрініс, `haven show`, жолдамалар)

field-id = ID
field-kind = Түрі
field-names = Атаулары
field-description = Сипаттамасы
field-organization = Ұйым
field-place = Орны
field-address = Мекенжайы
field-address-confidential = Мекенжай құпия: оны ешкімге айтпаңыз. Қызметтің өзінен телефон арқылы сұраңыз.
field-no-address = Мекенжай көрсетілмеген
field-phones = Телефондар
phone-short = Тел.
field-phone-free = тегін
field-phone-sms = SMS арқылы да
field-phone-charged = ақылы қоңырау (жоғары тариф)
field-channels = Басқа байланыстар
field-hours = Жұмыс уақыты
field-languages = Қызмет көрсету тілдері
field-categories = Санаттар
field-targets = Кімге арналған
field-eligibility = Кім жүгіне алады
field-bring = Өзіңізбен не алу керек
field-expect = Не күтуге болады
field-period = Қашан
field-steps = Қадамдар
field-step-form = { $form } нысаны
field-step-deadline = Мерзімі: { $deadline }
field-step-expects = Зардап шеккен адам не күте алады: { $text }
field-jurisdiction = Қолданылу аумағы
field-legal-basis = Құқықтық негізі
field-related = Сондай-ақ қараңыз
field-sources = Дереккөздер
field-verified = Тексерілген күні: { $date } ({ $who })
field-stale = Қайта тексеру қажет: соңғы тексеруден бері 12 айдан астам уақыт өтті
field-stale-short = қайта тексеру қажет

channel-web = Веб-сайт
channel-facebook = Facebook
channel-instagram = Instagram
channel-telegram = Telegram
channel-zalo = Zalo
channel-email = Эл. пошта

## Пәрмен жолы

cli-results = { $count ->
    [0] Нәтиже жоқ.
    [one] { $count } нәтиже
   *[other] { $count } нәтиже
}
cli-results-shown = алғашқы { $shown } нәтиже көрсетілді
cli-empty-hint = Азырақ сөз енгізіңіз, басқаша жазып көріңіз немесе сүзгіні алып тастаңыз.
cli-unknown-id = «{ $id }» ID-і бар жазба жоқ. Оны табу үшін `haven search` пайдаланыңыз.
cli-bad-time = Haven «{ $value }» уақытын түсінбейді. Былай жазыңыз: 2026-12-06T23:00:00+05:00 (RFC 3339, ығысуымен).
cli-unknown-category = Белгісіз санат: «{ $value }». Мыналардың бірін пайдаланыңыз: { $choices }
cli-unknown-target = Белгісіз мақсатты топ: «{ $value }». Мыналардың бірін пайдаланыңыз: { $choices }
cli-unknown-country = «{ $value }» ел коды емес (екі әріп, мысалы, PL немесе KZ).
cli-unknown-encoding = «{ $value }» — Haven білетін кодтау емес (мысалы, utf-8, windows-1250, windows-1251, windows-1256).
cli-db-path = Анықтамалықтың дерекқоры: { $path }
cli-db-ok = Анықтамалықтың дерекқоры бүтін ({ $count } жазба).
cli-db-damaged = Анықтамалықтың дерекқоры зақымдалған: { $detail }. Оны бағдарламамен бірге берілген анықтамалықтан қалпына келтіру үшін `haven db rebuild` іске қосыңыз.
cli-db-rebuilt = Анықтамалық бағдарламамен бірге берілген деректерден қалпына келтірілді ({ $count } жазба).
cli-error = Қате: { $detail }

## Анықтамалықты ашу

db-created = Анықтамалық осы компьютерде алғаш рет орнатылды.
db-rebuilt-corrupt = Анықтамалықтың дерекқоры зақымдалғандықтан, ол бағдарламамен бірге берілген анықтамалықтан қалпына келтірілді. Сіздің жазбаларыңыз бен баптауларыңыз сақталды.
db-rebuilt-corrupt-backup = Зақымдалған файл { $path } ретінде сақталды.
db-rebuilt-newer = Анықтамалықтың дерекқорын Haven-нің жаңарақ нұсқасы жасаған, сондықтан ол бағдарламамен бірге берілген анықтамалықтан қалпына келтірілді. Жаңарақ файл { $path } ретінде сақталды.
db-rebuilt-bundle = Haven-нің бұл нұсқасында жаңартылған анықтамалық бар; ол жүктелді.
db-not-private = Осы компьютердегі басқа тіркелгілер { $dir } оқи алуы мүмкін: оның иесі немесе файлдық жүйесі (ортақ қалта, флешка) Haven-ге оны жеке етуге мүмкіндік бермейді. Онда жазбалар мен кеңсенің мәліметтері сақталады; оларға клиенттердің деректерін жазбаңыз немесе жеке қалтаны таңдаңыз.
db-made-private = Haven { $dir } қалтасын тек сізге ғана оқуға болатын етті (рұқсаттар { $mode } болған): онда жазбалар мен мекеменің мәліметтері сақталады.
db-migrated = Анықтамалықтың дерекқоры жаңартылды ({ $from } нұсқасынан { $to } нұсқасына).
db-reindexed = Іздеу индексі қайта құрылды.
db-error = Анықтамалықты ашу мүмкін болмады: { $detail }
store-error-database = Анықтамалықтың дерекқоры қате туралы хабарлады: { $detail }
store-error-disk-full = Дискіде орын жеткіліксіз. Ештеңе өзгертілмеді; біраз орын босатып, қайталап көріңіз.
store-error-file = { $path } файлын пайдалану мүмкін болмады: { $detail }
store-error-bundle = Haven-мен бірге берілген анықтамалықты оқу мүмкін емес: { $detail }
store-error-no-data-dir = Haven деректеріне арналған қалта табылмады. Haven-ді --data-dir ҚАЛТА параметрімен іске қосыңыз.
store-error-record = Анықтамалықтағы жазбаны оқу мүмкін болмады: { $detail }
store-error-stopped = Анықтамалық фондық режимде жұмысын тоқтатты. Haven-ді жауып, қайта ашыңыз.
store-error-origin = Анықтамалықта оның қай арнадан немесе бағдарламамен бірге берілген қай анықтамалықтан алынғаны көрсетілмеген ({ $detail }), сондықтан оны қауіпсіз жаңарту мүмкін емес. Оны бағдарламамен бірге берілген анықтамалықтан қалпына келтіріңіз.
cli-unknown-lang = Белгісіз тіл: «{ $value }». Мыналардың бірін пайдаланыңыз: { $choices }
cli-output-failed = Haven нәтижені шығара алмады: { $detail }

## Терезе: навигация және күй

nav-search = Іздеу
nav-settings = Баптаулар
nav-about = Бағдарлама туралы
nav-menu = Мәзір
notice-dismiss = Жабу
status-opening = Анықтамалық ашылуда…
status-failed = Анықтамалық қолжетімсіз
status-keys = Ctrl+F іздеу · Жоғары/Төмен жылжу · Enter ашу · Tab келесі аймақ · Ctrl+C телефонды көшіру · Ctrl+R жолдамаға қосу · F1 бағдарлама туралы
copied = Алмасу буферіне көшірілді: { $text }
copied-corrected = Алмасу буферіне көшірілді: { $text }, баспагер нөміріне кеңсенің түзетуі.
copied-reported = Алмасу буферіне көшірілді: { $text }. Кеңсе { $date } бұл нөмір жұмыс істемейтінін хабарлаған: клиентке бермес бұрын тексеріңіз.
copy-no-phone = Таңдалған жазбада телефон нөмірі жоқ.
link-failed = Сілтемені ашу мүмкін болмады: { $detail }
work-program-failed = { $program } бағдарламасы мұны істей алмады: { $detail }

## Іздеу экраны

search-placeholder = Қызметтерді, орындарды, телефон нөмірлерін іздеу… кез келген тілде
search-loading = Анықтамалық жүктелуде…
search-busy = ізделуде…
search-error = Іздеу сәтсіз аяқталды: { $detail }
search-count = { $count ->
    [0] Нәтиже жоқ
    [one] { $count } нәтиже
   *[other] { $count } нәтиже
}
search-empty-title = Ештеңе табылмады.
search-empty-hint = Азырақ сөз енгізіңіз, басқаша жазып көріңіз немесе сүзгілерді тазалаңыз. Диакритикалық белгілер міндетті емес: «can tho» деп жазсаңыз, «Cần Thơ» табылады.
search-empty-examples = Мысалдар: kryzys · Cần Thơ · کلانتری · ерікті · 116 111 · Niebieska Karta
filters-title = Сүзгілер
filters-clear = Барлық сүзгіні тазалау
filters-none = Бұл нәтижелер үшін сүзгі жоқ.
filters-country = Ел
filters-region = Өңір
filters-category = Санат
filters-target = Кімге арналған
filters-language = Қызмет көрсету тілі
detail-copy-hint = Нөмірді көшіру үшін оны басыңыз.
detail-runs = Ұйымдастырады

## Жолдама

basket-title = Жолдама
basket-count = { $count ->
    [one] Жолдама ({ $count } қызмет)
   *[other] Жолдама ({ $count } қызмет)
}
basket-add = + Жолдамаға қосу
basket-in = • Жолдамада

## Баптаулар

settings-title = Баптаулар
settings-language = Интерфейс тілі
settings-language-system = Жүйедегідей
settings-theme = Тақырып
settings-theme-light = Ашық
settings-theme-dark = Қараңғы
settings-theme-high-contrast = Жоғары контраст
settings-text-size = Мәтін өлшемі
settings-paper = Жолдамаларға арналған қағаз өлшемі
paper-a4 = A4
paper-letter = Letter
settings-office = Сіздің мекемеңіз
settings-office-hint = Жолдамалардың жоғарғы жағында басылады. Тек осы компьютерде сақталады.
settings-office-name = Мекеме атауы
settings-office-address = Мекеме мекенжайы
settings-office-phone = Мекеме телефоны
settings-office-phone-wrong = Бұл телефон нөмірі емес: { $detail }. Оны терілетіндей жазыңыз; мекеменің орны таңдалмайынша, ел кодымен (+7 …).
settings-worker = Аты-жөніңіз (міндетті емес)
settings-keys-hint = Пернетақта: Жоғары/Төмен — баптауды таңдау, Солға/Оңға — оны өзгерту, Esc — іздеуге оралу.
settings-unreadable = Баптаулар файлын оқу мүмкін болмады ({ $detail }), сондықтан әдепкі баптаулар қолданылуда. Ескі файл { $path } ретінде сақталды.
settings-unreadable-unchanged = Баптаулар файлын оқу мүмкін болмады ({ $detail }), сондықтан әдепкі баптаулар қолданылуда. Файл өзгеріссіз қалдырылды.
settings-bad-fields = Кейбір баптаулардың мәндері жарамсыз болғандықтан, олар әдепкі мәнге қайтарылды: { $fields }.
settings-save-failed = Баптауларды сақтау мүмкін болмады: { $detail }

## Бағдарлама туралы

about-title = Haven туралы
about-version = Нұсқасы: { $version }
about-directory = Анықтамалық
about-origin-bundled = Бағдарламамен бірге берілген анықтамалық, нұсқасы: { $version }
about-origin-feed = «{ $feed }» арнасынан жаңартылды, реттік нөмірі: { $sequence }
about-updated = Жасалған немесе жаңартылған күні: { $date }
about-total = { $count ->
    [one] { $count } жазба
   *[other] { $count } жазба
}
about-helplines = Ұлттық сенім телефондары
about-helplines-text = Бастапқы құжаттарда жоқ нөмірлер тек әр жазбада аталған ашық дереккөздерден алынған және қайта тексеруге белгіленген.
about-privacy = Құпиялылық
about-privacy-text = Haven клиенттер туралы ешқандай дерек сақтамайды. Баспананың құпия мекенжайы экранда ескертумен көрсетіледі және ешқашан басып шығарылмайды әрі экспортталмайды.
about-fonts = Қаріптер: Noto Sans және Noto Naskh Arabic, SIL Open Font License 1.1 лицензиясы.

## Терезедегі анықтамалық ақаулары

db-failed-title = Анықтамалықты ашу мүмкін болмады
db-failed-what-to-do = Оны Haven-мен бірге берілген көшірмеден қалпына келтіріңіз. Бұл да сәтсіз болса, { $path } орналасқан қалтаның бар екенін және оған жазуға болатынын тексеріңіз.
db-rebuild = Анықтамалықты қалпына келтіру

## Клиентке берілетін жолдама (клиенттің тілінде басылады)

sheet-title = Көмекті қайдан алуға болады
sheet-date = Күні: { $date }
sheet-worker = Дайындаған: { $name }
sheet-intro = Бұл қызметтер сізге көмектесе алады. Оларға өзіңіз хабарласа аласыз; ол үшін бұл парақты көрсету міндетті емес.
sheet-note = Сізге арналған ескертпе
sheet-address-by-phone = телефон арқылы айтылады (мекенжай құпия)
sheet-short-code = тек ел ішінде қоңырау шалуға болады ({ $country })
sheet-untranslated-original = Бұл жазбаның кейбір бөліктері мына тілге аударылмаған: { $language }. Олар ағылшын тілінде немесе түпнұсқа тілінде берілген.
sheet-untranslated = Бұл жазбаның кейбір бөліктері мына тілге аударылмаған: { $language }. Олар ағылшын тілінде берілген.
sheet-source = Дереккөз: { $sources }. Тексерілген күні: { $date }.
sheet-emergency = Тікелей қауіп төнсе, өзіңіз тұрған елдің шұғыл нөміріне қоңырау шалыңыз.
sheet-privacy = Қолмен жазылған жағдайды қоспағанда, бұл парақта ешқандай жеке дерек жоқ.
sheet-page = { $page }-бет, барлығы { $pages }
cli-unknown-paper = Белгісіз қағаз өлшемі: «{ $value }». a4 немесе letter пайдаланыңыз.
referral-saved = Жолдама сақталды: { $path }.
referral-unreachable = «{ $name }» үшін бірде-бір телефон нөмірі басылмайды.
referral-unreachable-offer = Клиент «{ $name }» ұйымына қоңырау шала алады ({ $number }): парақшаға { $id } қосыңыз.
referral-unreachable-office = Немесе клиентке өз мекемеңіздің нөмірін беріңіз (Баптаулар → Мекеме).
referral-add-offer = «{ $name }» қосу
referral-save-failed = Жолдаманы сақтау мүмкін болмады ({ $path }): { $detail }

## Жолдама құрастыру

referral-basket = Жолдамадағы қызметтер
referral-empty = Жолдама бос. Қызметтерді іздеу нәтижелерінен «+ Жолдамаға қосу» батырмасы немесе Ctrl+R арқылы қосыңыз.
referral-up = Жоғары
referral-down = Төмен
referral-remove = Алып тастау
referral-clear = Барлығын алып тастау
referral-sheet-language = Жолдаманың тілі
referral-sheet-language-hint = Клиенттің тілі; ол сіздің тіліңіз болуы міндетті емес. Солға/Оңға — тілді өзгерту.
referral-no-office = Мекеме деректері әлі енгізілмеген: оларды «Баптаулар» бөлімінде қосыңыз.
referral-note = Клиентке арналған ескертпе
referral-note-hint = Тек жолдамада басылады. Haven оны сақтамайды.
referral-note-placeholder = Мысалы: дүйсенбі күні таңертең қоңырау шалып, осы парақ туралы айтыңыз.
referral-save = PDF сақтау…
referral-print = Басып шығару
referral-working = Жолдама дайындалуда…
referral-printed = Принтерге жіберілді: { $job }
referral-in-viewer = Басып шығару кезегі жауап бермеді, сондықтан жолдама PDF қарау құралында ашылды: сол жерден басып шығарыңыз. Ол Haven жабылғанша { $path } ішінде тұрады.
referral-failed = Жолдаманы жасау мүмкін болмады: { $detail }
referral-left-out = Анықтамалықта енді жоқ (жаңарту кезінде жойылды), жолдамаға енгізілмеді: { $ids }
referral-preview-page = { $page }-бет, барлығы { $pages }

## Орталық арнамен синхрондау

feed-keys-written = Кілттер жазылды: { $public } (ашық кілт: оны мекемелерге беріңіз) және { $secret } (құпия кілт: оны қауіпсіз жерде сақтаңыз). Ашық кілт: { $key }
feed-built = Арна жасалды (реттік нөмірі: { $sequence }, қалта: { $dir }): { $count } жазба, алдыңғы реттік нөмірден бергі өзгерістер саны: { $changes }. Оған `haven feed sign` пәрменімен қол қойыңыз.
feed-signed = Қол қойылды: { $path }
settings-feed = Орталық арнадан жаңартулар
settings-feed-hint = Міндетті емес: Haven интернетсіз де толық жұмыс істейді. Арнаның мекенжайы мен жариялаушының кілтін сізге ұйымыңыз береді; басқа кез келген кілтпен қол қойылған жаңартулар қабылданбайды.
settings-feed-url = Арнаның мекенжайы (https://…/manifest.json)
settings-feed-key = Жариялаушының ашық кілті (minisign, RW… деп басталады)
settings-feed-proxy = Прокси-сервер (жүйелік проксиді пайдалану үшін бос қалдырыңыз)
settings-feed-at-start = Haven іске қосылғанда жаңартуларды тексеру
settings-yes = Иә
settings-no = Жоқ

## Қызметкердің өз қабаты: жазбалар, белгілер, таңдаулылар, мекеменің өз жазбалары
layer-file-not-ours = { $what ->
    [layer] Бұл Haven жазбалары мен ескертпелерінің экспорты емес.
   *[corrections] Бұл Haven түзетулер файлы емес.
}
layer-file-newer = Бұл файлды Haven-нің жаңа нұсқасы жасаған (формат нұсқасы { $version }). Оны оқу үшін Haven-ді жаңартыңыз; ештеңе өзгерген жоқ.
layer-file-syntax = Файлдың { $line }-жолын оқу мүмкін емес: { $detail }. Ештеңе өзгерген жоқ.
layer-file-truncated = Файл ортасында үзіледі: көшіру не сақтау кезінде қысқартылған. Ештеңе өзгерген жоқ.
layer-file-invalid = Файлда Haven қабылдай алмайтын нәрсе бар: { $detail }. Ештеңе өзгерген жоқ.
layer-file-too-big = Бұл файлдың көлемі { $megabytes } МБ: Haven жазатын кез келген файлдан әлдеқайда үлкен. Ештеңе өзгерген жоқ.
layer-restored = Ескертпелер мен жазбалар файлы зақымданған. { $date } күнгі сақтық көшірме қалпына келтірілді; одан кейін жазылғандар жоғалды. Зақымданған файл { $path } жолында сақталды.
layer-lost = Ескертпелер мен жазбалар файлы зақымданған, ал сақтық көшірме болмады. Haven бос файлдан бастайды; зақымданған файл { $path } жолында сақталды.
store-error-newer-layer = Ескертпелер мен жазбалар файлын ({ $path }) Haven-нің жаңа нұсқасы жазған. Haven-ді жаңартыңыз; файл өзгертілмеді.
store-error-no-record = «{ $id }» идентификаторы бар жазба жоқ.
store-error-no-value = { $id } жазбасында «{ $given }» мәні бар «{ $field }» өрісі жоқ. Бары: { $known }.
store-error-invalid = Жазбаны сақтау мүмкін емес:
    { $problems }
flag-field-phone = телефон
flag-field-address = мекенжай
flag-field-hours = жұмыс уақыты
flag-field-channel = сайт не e-mail
flag-field-name = атауы
flag-field-description = сипаттамасы
flag-field-city = елді мекен
flag-field-eligibility = кім жүгіне алады
flag-field-what-to-bring = не алып келу керек
flag-field-what-to-expect = не болады
mine-flag-open = Мұнда { $date } жұмыс істемейді деп белгіленді.
mine-flag-corrected = Мұнда { $date } түзетілді: { $value }.
mine-flag-now-none = ештеңе
mine-flag-resolved = { $date } күнгі белгіңіз шешілді: жаңарту мұны өзгертті; қазір { $now }.
mine-flag-yours = Сіздің мәніңіз — { $value }: оны қалдырыңыз немесе одан бас тартыңыз.
mine-removed = Баспагер жаңартуда жойды. Сіз одан бас тартқанша ескертпеңіз үшін осында сақталады.
mine-local = Осы мекеме қосқан.
mine-favourite = Мекеменің таңдаулыларының бірі.
mine-removed-short = жойылған
mine-local-short = осы мекеменің
mine-favourite-short = таңдаулы
mine-flagged-short = белгіленген
mine-noted-short = ескертпе
mine-this-office = осы мекеме
field-note = Мекеменің ескертпесі
field-note-date = Ескертпе { $date } жазылды.
sheet-office-note = Мекемеден ескертпе
field-reports = Осы мекеменің белгілері
sheet-phone-flagged = Бұл нөмір жұмыс істемейді деп хабарланған; қоңырау шалып көріңіз және жұмыс істейтінін бізге айтыңыз.
sheet-hours-flagged = бұл уақыт қате деп хабарланған: бармас бұрын қоңырау шалыңыз
sheet-channel-flagged = Бұл мекенжай жұмыс істемейді деп хабарланған; байқап көріңіз және жұмыс істейтінін бізге айтыңыз.
field-source-office = Хабарлаған: { $office }
cli-note-empty = Ескертпенің мәтінін жазыңыз немесе оны жою үшін --clear қолданыңыз.
cli-note-saved = { $id } жазбасына ескертпе сақталды.
cli-note-cleared = { $id } жазбасынан ескертпе жойылды.
cli-unknown-field = «{ $value }» белгіленетін өріс емес. Мыналардың бірін таңдаңыз: { $choices }.
cli-flag-none = { $id } жазбасында мұндай белгі жоқ.
cli-flag-keep-open = Бұл белгі әлі ашық: жазбада белгіленген мән әлі бар.
cli-flag-cleared = { $id } жазбасындағы белгі алынды.
cli-flag-kept = { $id } жазбасындағы түзетуіңіз баспагердің жаңа мәніне қарамастан сақталды.
cli-flag-saved = { $id } жазбасына белгі сақталды:
cli-favourite-saved = { $id } енді таңдаулыда.
cli-favourite-cleared = { $id } енді таңдаулыда емес.
cli-read-failed = { $path } оқу мүмкін емес: { $detail }
cli-local-exists = { $id } идентификаторы бар жазба бұрыннан бар.
cli-local-added = { $id } осы мекеменің жазбаларына қосылды.
cli-local-not-ours = { $id } осы мекеменің жазбасы емес.
cli-local-edited = { $id } сақталды.
cli-local-none = Бұл мекеме жазба қоспаған, және жойылған жазбалардың ешқайсысында ескертпе жоқ.
cli-local-removed = { $id } осы мекеменің жазбаларынан жойылды.
cli-forgotten = { $id } босатылды: оның ескертпесі, белгілері және таңдаулы белгісі жойылды.
cli-layer-exported = { $path } жазылды: ескертпелер — { $notes }, белгілер — { $flags }, мекеме жазбалары — { $records }. Онда құпия мекенжайлар жоқ.
cli-layer-import-nothing = Жаңа ештеңе жоқ: файлдағының бәрі осында бар.
cli-layer-imported = Импортталды: ескертпелер — { $notes }, белгілер — { $flags }, таңдаулылар — { $favourites }, жазбалар — { $records }.
layer-note-brought-in = — Басқа компьютерден { $today } әкелінді ({ $written } жазылған):
layer-import-merged = Сіздікі ешнәрсе ауыстырылмады: { $notes } жазба сіздікінен өзгеше еді, екеуі де сақталды (әкелінгені белгіленді); { $flags } белгі мен { $records } жазба сіздікінен өзгеше еді, сіздікі сақталды.
cli-corrections-exported = Баспагерге арналған түзетулер ({ $count }) { $path } файлына жазылды. Онда ешбір клиент туралы ештеңе жоқ.
feed-corrections-remove = жою
feed-corrections-gone = Қалтада енді { $id } жазбасы жоқ.
feed-corrections-changed = Бұрын өзгертілген: жазбада қазір { $now }.
feed-corrections-name = Жазба атауынан айырыла алмайды.
feed-corrections-bad-accept = «{ $value }» тізімдегі нөмірлердің бірі емес.
feed-corrections-accepted = қабылданды
feed-corrections-can-apply = қолдануға болады
feed-corrections-dry-run = Ештеңе жазылған жоқ. Түзетулерді --accept all немесе --accept 1,3 арқылы қабылдаңыз, содан кейін haven feed build іске қосыңыз.
feed-corrections-written = { $dir } қалтасына { $count } жазба жазылды. Оларды жариялау үшін haven feed build іске қосыңыз.
referral-print-flagged = Жұмыс істемейді деп белгіленген нөмірлерді басып шығару
referral-number-left-off = { $number } ({ $name }) жолдамаға енгізілмейді: кеңсе { $date } оның жұмыс істемейтінін хабарлаған.
referral-share-note = Кеңсе жазбасын осы клиент үшін басып шығару
detail-favourite-add = Таңдаулыға қосу
detail-favourite-remove = Таңдаулыдан алып тастау
detail-edit = Өзгерту
detail-let-go = Жазбаны босату
detail-note-placeholder = Мекеме білетіні: желі қашан жауап береді, кімді сұрау керек…
detail-note-hint = Тек мекеме үшін. Мұнда ешқашан клиенттің атын не деректерін жазбаңыз.
detail-note-save = Ескертпені сақтау
detail-note-clear = Ескертпені жою
detail-note-cleared = Жазба өшірілді.
detail-unflag = Белгіні алу
detail-flag-phone = Хабарлау: бұл нөмір жұмыс істемейді
detail-flag-address = Хабарлау: бұл мекенжай қате
detail-correct-phone = Дұрыс нөмір, білсеңіз
detail-correct-address = Дұрыс мекенжай, білсеңіз
detail-correct-channel = Дұрыс мекенжай, егер білсеңіз
detail-correct-hours = Дұрыс уақыт, егер білсеңіз
detail-flag-channel = Хабарлау: бұл жұмыс істемейді
detail-flag-hours = Хабарлау: бұл уақыт қате
detail-correct-save = Сақтау
detail-use-publisher = Баспагердің мәнін қабылдау
detail-keep-mine = Менікін қалдыру
filters-mine = Осы мекеме
filters-favourites = Таңдаулылар
filters-local = Осы мекеме қосқан
filters-flagged = Белгіленгендер
nav-add = Қызмет қосу
form-title-add = Мекеменің өз қызметін қосу
form-title-edit = Мекеменің жазбасын өзгерту
form-hint = Жазба осы компьютерде сақталады, оның дереккөзі — осы мекеме; оны анықтамалық сияқты іздеуге болады. Мұнда ешқашан клиенттің деректерін жазбаңыз.
form-kind = Түрі
form-country = Ел
form-name = Атауы
form-name-placeholder = мысалы, «Кемпірқосақ» дағдарыс орталығы
form-description = Не ұсынады
form-description-placeholder = Кімге және қалай көмектеседі
form-city = Елді мекен
form-city-placeholder = мысалы, Семей
form-address = Мекенжай
form-address-placeholder = Көше және үй нөмірі
form-phone = Телефон
form-phone-placeholder = мысалы, 8 7222 52 00 00 немесе +7 7222 52 00 00
form-website = Сайт
form-website-placeholder = https://…
form-email = E-mail
form-email-placeholder = name@example.org
form-hours = Жұмыс уақыты
form-hours-placeholder = мысалы, Mo-Fr 08:00-16:00 немесе 24/7
form-languages = Қызмет көрсету тілдері
form-languages-placeholder = мысалы, қазақ тілі, орыс тілі (немесе kk, ru)
form-categories = Санаттар
form-save = Сақтау
form-cancel = Бас тарту
form-required = Бұл өріс міндетті.
form-country-needed = Қызмет орналасқан елді таңдаңыз. (Баптауларда кеңсенің орнын көрсетсеңіз, ол өзі таңдалады.)
form-phone-invalid = Haven бұл нөмірді тере алмайды: оны ел кодымен (+7 …) немесе елде терілетіндей жазыңыз.
form-website-invalid = Сайт мекенжайы https:// немесе http:// деп басталады.
form-email-invalid = E-mail мекенжайында @ болады және бос орын болмайды.
form-hours-invalid = Haven бұл уақытты оқи алмайды. Былай жазыңыз: Mo-Fr 08:00-16:00; Sa 10:00-14:00 немесе 24/7.
form-languages-invalid = Haven бұл тілдердің бірін білмейді. Атауларын не екі әріпті кодтарын үтірмен бөліп жазыңыз, мысалы қазақ тілі, орыс тілі немесе kk, ru.
settings-layer = Осы мекеменің ескертпелері мен жазбалары
settings-layer-hint = Ескертпелер, белгілер, таңдаулылар және мекеменің өз жазбалары анықтамалықтан бөлек сақталады, күн сайын сақтық көшірмесі жасалады. Оларды басқа компьютерге файлмен көшіріңіз; құпия мекенжайлар осында қалады.
settings-layer-export = Ескертпелер мен жазбаларды файлға сақтау…
settings-layer-import = Ескертпелер мен жазбаларды файлдан жүктеу…
settings-corrections-export = Баспагерге түзетулерді сақтау…
layer-file-failed = Файлды жазу не оқу мүмкін болмады: { $detail }
settings-layer-import-none = Ештеңе жүктелмеді: файл таңдалмады, ал { $folder } ішінде Haven файлы жоқ.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = Бұл идентификатор бірнеше жазбада қолданылған.
problem-bad-id = Идентификатор аймақ/атау түрінде жазылады: кіші латын әріптері, сандар және сызықшалар.
problem-office-namespace = Кеңсенің өз жазбаларының идентификаторлары local/ деп басталады.
problem-local-reserved = local/ деп басталатын идентификаторлар кеңсенің өз жазбаларына арналған.
problem-region-id = Өңір идентификаторы ел/атау түрінде жазылады, мысалы pl/mazowieckie.
problem-no-record = { $id } жазбасы жоқ.
problem-not-organization = { $id } ұйым емес.
problem-related-self = Жазба өзімен-өзі байланыса алмайды.
problem-language = «{ $code }» екі әріпті тіл коды емес (ISO 639-1), мысалы pl, uk.
problem-phone = Haven { $number } нөмірін тере алмайды: оны ел кодымен (+ және 7–15 сан) немесе қысқа ұлттық нөмір (3–6 сан) ретінде жазыңыз.
problem-phone-display = Жазылған { $display } нөмірі { $number } нөміріне сәйкес келмейді.
problem-hours = Haven бұл уақытты оқи алмайды ({ $detail }). Былай жазыңыз: Mo-Fr 08:00-16:00; Sa 10:00-14:00 немесе 24/7.
problem-email = «{ $value }» электрондық пошта мекенжайы емес: онда @ бар, бос орын жоқ.
problem-link = «{ $value }» сайт мекенжайы емес: ол https:// немесе http:// деп басталады.
problem-steps = Рәсімнің қадамдары болуы керек.
problem-no-source = Әр жазбаның дереккөзі көрсетілуі керек.
problem-office-name = Мұны хабарлаған кеңсенің атын жазыңыз.
problem-no-seed = { $file } бастапқы құжаты жоқ.
problem-quote = Дәйексөз { $file } ішінде сөзбе-сөз табылмады.
problem-seed-quote = Бастапқы құжат үшін одан алынған дәйексөз керек.
problem-url = «{ $url }» сайт мекенжайы емес.
problem-publisher = Жария дереккөздің жариялаушысы көрсетілуі керек.
problem-seed-or-url = Дереккөзге бастапқы құжат немесе сайт мекенжайы керек.
problem-phone-unsourced = Бұл нөмірді ешбір дереккөз бермейді: ол алынған жария дереккөзді көрсетіңіз.
problem-channel-unsourced = Бұл мекенжайды ешбір дереккөз бермейді: оны дәйексөзбен келтіріңіз немесе дереккөз мекенжайы ретінде көрсетіңіз.
problem-verified-future = Тексерілген күні болашақта тұр.
problem-verified-by = Жазбаны кім тексергенін жазыңыз.
problem-original-missing = Түпнұсқа тіліндегі мәтін ({ $lang }) жоқ.
problem-english-missing = Ағылшынша мәтін жоқ.
problem-text-empty = { $lang } тіліндегі мәтін бос.
problem-not-object = Жазба — {"{"} және {"}"} арасында жазылған JSON нысаны.
problem-unreadable = Haven бұл жазбаны оқи алмайды: { $detail }
problem-hidden-control = Мәтінде оның оқылуын өзгерте алатын көрінбейтін таңба ({ $code }) бар, мысалы, нөмірді кері аударады. Оны өшіріңіз.
cli-bad-near = Haven «{ $value }» орнын білмейді. Ел кодын немесе ел коды мен анықтамалықтағы өңір идентификаторын жазыңыз: KZ, KZ/abai.
settings-near = Кеңсенің орны (оның қызметтері бірінші көрсетіледі)
settings-near-anywhere = Барлық жерде
settings-near-region = Өңір
settings-near-whole-country = Бүкіл ел
cli-version-not-set-up = Анықтамалық: әлі дайындалмаған; кіріктірілген анықтамалық алғашқы іске қосуда жасалады.
about-portable = Тасымалы нұсқа: Haven анықтамалықты, жазбаларды және баптауларды бағдарламаның жанындағы { $dir } ішінде сақтайды, үй қалтаңызға ештеңе жазбайды.
about-kept-in = Haven анықтамалық пен жазбаларды { $dir } ішінде сақтайды.
about-portable-here = Тасымалы нұсқа: Haven анықтамалықты, жазбаларды және баптауларды бағдарламаның жанында сақтайды, үй қалтаңызға ештеңе жазбайды. Олар мына қалтада:
about-kept-here = Haven анықтамалық пен жазбаларды мына қалтада сақтайды:
search-index-repaired = Іздеу индексі бүлінген екен; Haven оны анықтамалықтың өз жазбаларынан қайта құрды. Сіздің ештеңеңіз жоғалған жоқ.
edit-too-long = Жазбада { $chars } таңба бар; жазбаға ең көбі { $max } таңба сыяды. Ештеңе сақталмады.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = мұндай файл немесе қалта жоқ
io-permission-denied = бұл тіркелгі оны аша алмайды
io-folder = бұл файл емес, қалта
io-not-regular = бұл қарапайым файл емес (құрылғы, арна немесе сокет)
io-read-only = диск немесе қалта тек оқуға арналған
io-disk-full = диск толы
io-too-big = ол мұндай файлға рұқсат етілген { $megabytes } МБ-тан үлкен
io-not-text = бұл мәтін емес (UTF-8)

# A data folder this account can only read.
db-read-only = Haven деректер қалтасы { $dir } бұл тіркелгі үшін тек оқуға арналған: іздеуге, көруге және басып шығаруға болады, бірақ жазбаларды, белгілерді, импорт пен жаңартуларды сақтау мүмкін емес.
db-read-only-bundled = Бұл қалтадағы анықтамалықты сол күйінде пайдалану мүмкін болмады, сондықтан Haven-мен бірге келген анықтамалық көрсетілген.
store-error-read-only = Haven деректер қалтасы { $dir } бұл тіркелгі үшін тек оқуға арналған, сондықтан мұны сақтау мүмкін емес. Іздеу, көру және басып шығару жұмыс істейді. Ештеңе өзгерген жоқ.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = ← Нәтижелерге оралу
search-filters-show = { $count ->
    [0] Сүзгілерді көрсету
   *[other] Сүзгілерді көрсету (қосулы: { $count })
}
search-filters-hide = Сүзгілерді жасыру

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = QR коды: телефон { $number }
sheet-qr-link = QR коды: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = Жоғары/Төмен немесе Tab өту · Enter орындау · Солға/Оңға парақ тілі · Ctrl+S PDF сақтау · Esc артқа
status-keys-form = Tab келесі өріс · Shift+Tab алдыңғы · Ctrl+S сақтау · Esc артқа
status-keys-settings = Жоғары/Төмен немесе Tab өту · Солға/Оңға өзгерту · Esc артқа
status-keys-import = Ctrl+O файл таңдау · Enter импорттау · Esc артқа
status-keys-about = Esc артқа · Ctrl+F іздеу
referral-removed-one = Жолдамадан алынды.
referral-removed-all = Жолдамадан алынды: { $count }.
referral-undo = Болдырмау
