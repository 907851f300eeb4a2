# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = { $file } файлы оқылып, тексерілуде…
import-saving = Жазбалар кеңсе тізіміне сақталуда (саны: { $records })…
import-io = { $path } оқылмайды: { $detail }
import-too-large = Файл көлемі — { $size } МБ; Haven { $max } МБ-қа дейінгі файлдарды оқиды. Ештеңе импортталмады.
import-unreadable = Бұл Haven оқи алатын кесте де, CSV файлы да емес ({ $detail }). Ештеңе импортталмады.
import-csv-line = CSV файлының { $line }-жолы оқылмайды: { $detail }. Ештеңе импортталмады.
import-empty = Файлда бірде-бір жол жоқ. Ештеңе импортталмады.
import-too-many-rows = Файлда { $max } жолдан көп. Оны кішірек файлдарға бөліңіз. Ештеңе импортталмады.
import-folder = { $path } — файл емес, қалта. Оның ішіндегі кестені, CSV немесе HSDS файлын таңдаңыз (HSDS деректер пакеті datapackage.json арқылы ашылады). Ештеңе импортталмады.
import-not-a-file = { $path } — кәдімгі файл емес (құрылғы, арна немесе сокет), сондықтан Haven оны оқымайды. Ештеңе импортталмады.
import-old-format = Бұл — { $kind } файлы, Haven оқымайтын Excel-дің ескі екілік пішімі. Оны кесте бағдарламасында ашып, .xlsx немесе .ods ретінде сақтаңыз. Ештеңе импортталмады.
import-unpacked = Кітап ашылғанда { $max } МБ-тан асады{ $part ->
    [none] {""}
   *[other] {" "}({ $part } бөлігінде)
}; бірде-бір мекеменің анықтамалығы мұндай үлкен болмайды. Ештеңе импортталмады.
import-text-too-long = Кітаптың { $part } бөлігінде { $max } КБ-тан ұзын мәтін бар; ұяшықта ең көбі 32 767 таңба болады. Ештеңе импортталмады.
import-too-many-columns = { $row }-жолдың { $column } бағанында жазу бар; Haven ең көбі { $max } бағанды оқиды. Оны өшіріңіз немесе жақынырақ жылжытыңыз. Ештеңе импортталмады.
import-too-many-cells = Файлда { $max } ұяшықтан көп. Оны кішірек файлдарға бөліңіз. Ештеңе импортталмады.
import-no-name-column = Қызметтердің атаулары бірде-бір бағанда жоқ. Оны --map арқылы көрсетіңіз, мысалы --map "Мекеме=name". Табылған бағандар: { $columns }. Ештеңе импортталмады.
import-bad-map = «{ $map }» БАҒАН=ӨРІС түрінде емес. Өрістер: { $fields }.
import-no-column = Файлда «{ $column }» бағаны жоқ. Ештеңе импортталмады.

## Rows
import-row = { $row }-жол: { $reason }
import-row-column = { $row }-жол, { $column }: { $reason }
import-why-no-name = атауы жоқ, сондықтан жазба бола алмайды; жол импортталмады.
import-why-no-country = ел көрсетілмеген; ел бағанын қосыңыз немесе Баптауларда мекеменің орнын таңдаңыз (пәрмен жолында --country). Жол импортталмады.
import-why-country = «{ $value }» — ел емес. Жол импортталмады.
import-why-phone = «{ $value }» — { $country } елінде терілетін телефон нөмірі емес. Жол импортталмады.
import-why-email = «{ $value }» — электрондық пошта мекенжайы емес. Жол импортталмады.
import-why-link = «{ $value }» — сайт мекенжайы емес. Жол импортталмады.
import-why-too-long = { $chars } таңба; өріске ең көбі { $max } сыяды. Жол импортталмады.
import-why-formula = формула; Haven тек мәндерді қабылдайды (бағанды көшіріп, мән ретінде қойыңыз). Жол импортталмады.
import-why-old-trunk = «{ $value }» Польшада 2002 жылы алынып тасталған бастапқы 0-мен жазылған; { $read } ретінде оқылды.
import-why-unknown-term = Haven «{ $value }» мәнін «{ $field }» өрісінің мәні ретінде білмейді; жол онсыз импортталды.
import-why-hours = «{ $value }» жұмыс уақыты ретінде оқылмайды ({ $detail }); жол онсыз импортталды. Былай жазыңыз: Mo-Fr 08:00-16:00.
import-duplicate-phone = { $row }-жол: «{ $name }» телефон нөмірі { $number } «{ $other }» ({ $id }) жазбасымен бірдей. Бәлкім, сол қызмет: қайта қосылмады.
import-duplicate-name = { $row }-жол: «{ $name }» сол қалада анықтамалықта «{ $other }» ({ $id }) ретінде бар. Бәлкім, сол қызмет: қайта қосылмады.

## What was read and done
import-read-csv = CSV ретінде оқылды: { $encoding }, бөлгіш «{ $separator }».
import-read-samples = Оқылған әріптер: { $samples } (егер қате көрінсе, кодтауды --encoding арқылы беріңіз, мысалы --encoding windows-1251).
import-read-workbook = { $kind } ретінде оқылды, «{ $sheet }» парағы.
import-column = «{ $header }» → { $field }
import-column-unused = импортталмайды
import-dry-run = Ештеңе жазылмады (--dry-run).
import-summary = Жолдар: { $rows }. Осы мекеменің жазбаларына қосылды: { $added }. Қосылмаған ықтимал қайталаулар: { $duplicates }. Қабылданбаған жолдар: { $refused }.
import-summary-dry = Жолдар: { $rows }. Қосылар еді: { $added }. Ықтимал қайталаулар: { $duplicates }. Қабылданбаған жолдар: { $refused }.

## Fields of a record a column can hold
import-field-name = Атауы
import-field-description = Сипаттамасы
import-field-phone = Телефон
import-field-address = Мекенжай
import-field-city = Қала
import-field-region = Өңір
import-field-country = Ел
import-field-category = Санат
import-field-target = Кімге арналған
import-field-hours = Жұмыс уақыты
import-field-website = Сайт
import-field-email = Электрондық пошта
import-field-languages = Тілдер
import-field-eligibility = Кім жүгіне алады
import-field-notes = Мекеменің ескертпелері

## Open Referral HSDS
hsds-problem = { $item }-элемент («{ $name }»), { $field }: { $reason }
hsds-syntax = Файл Haven оқи алатын JSON емес, { $line }-жол: { $detail }. Ештеңе импортталмады.
hsds-not-hsds = Файлда бірде-бір HSDS қызметі не ұйымы жоқ. Ештеңе импортталмады.
hsds-why-no-name = атауы жоқ; элемент импортталмады.
hsds-why-no-country = бірде-бір мекенжайда ел көрсетілмеген; --country беріңіз. Элемент импортталмады.
hsds-why-phone = «{ $value }» — терілетін телефон нөмірі емес; элемент импортталмады.
hsds-why-quoted-phone = { $value } нөмірі тырнақшаға алынған; ол тырнақшасыз қабылданды.
hsds-why-coordinate = { $value } — жер шарындағы орын емес; жазбада сақталды, бірақ қолданылмайды.
hsds-why-language = «{ $value }» — екі әріпті тіл коды емес; ол алынып тасталды.
hsds-why-link = «{ $value }» — сайт мекенжайы емес; элемент импортталмады.
hsds-why-email = «{ $value }» — электрондық пошта мекенжайы емес; элемент импортталмады.
hsds-why-profile = Haven профилі жазбаға сәйкес келмейді ({ $value }); элемент импортталмады.
hsds-read = Open Referral HSDS JSON ретінде оқылды: қызметтер мен ұйымдар — { $items }.
hsds-summary = Осы мекеменің жазбаларына қосылды: { $added }. Қосылмаған ықтимал қайталаулар: { $duplicates }. Қабылданбаған элементтер: { $refused }.
hsds-summary-dry = Қосылар еді: { $added }. Ықтимал қайталаулар: { $duplicates }. Қабылданбаған элементтер: { $refused }.
hsds-exported = Қызметтер ({ $services }) мен ұйымдар ({ $organizations }) Open Referral HSDS 3.1 пішімінде { $dir } ішіне жазылды: JSON ретінде (services.json, organizations.json) және кестелер ретінде (services.csv және datapackage.json сипаттаған басқалары). Құпия мекенжайлар қосылмады.
hsds-io = Файл оқылмайды: { $detail }. Ештеңе импортталмады.

## The window
settings-import-list = Қызметтер тізімін импорттау…
import-title = Қызметтер тізімін импорттау
import-hint = Мекеме жүргізетін кесте (CSV, XLSX, ODS) немесе Open Referral HSDS файлы. Haven ештеңе сақтамас бұрын не оқығанын көрсетеді; қызметтер осы мекеменің өз жазбаларына айналады.
import-choose = Файлды таңдау…
import-choose-other = Басқа файлды таңдау…
import-reading = Файл оқылып, тексерілуде…
import-writing = Сақталуда…
import-confirm = Қызметтерді импорттау: { $count }
import-done = Осы мекеменің жазбаларына қосылды: { $added }. Қосылмаған ықтимал қайталаулар: { $duplicates }. Қабылданбаған жолдар: { $refused }.
import-show = Оларды көрсету
import-another = Басқа файлды импорттау…
import-columns = Әр баған неге айналды
import-first = Алғашқы қызметтер, сақталатын түрінде
import-problems = Қабылданбаған жолдар, алынып тасталған мәндер, ықтимал қайталаулар
import-more = … және тағы { $count }.

## Feeds from other formats
feed-from-not-hsds = Арна data/ сияқты құрылған қалтадан, Open Referral HSDS-тен (JSON немесе оның CSV кестелерінің қалтасы) немесе кестеден құрылады; бұл қалтада осылардың ешқайсысы емес файл бар.
feed-from-refused = Файлдағы мәселелер: { $count }. Ештеңе құрылмады. Оларды түзетіп, қайта құрыңыз.
hsds-table = { $file } кестесі оқылмайды: { $detail }. Ештеңе импортталмады.
hsds-too-large = HSDS файлы { $max } МБ-тан үлкен; Haven бір импортта { $max } МБ-қа дейін оқиды. Оны кішірек файлдарға бөліңіз. Ештеңе импортталмады.
hsds-too-many-cells = Пакет кестелерінде { $max } ұяшықтан көп; бірде-бір мекеменің анықтамалығы мұндай үлкен болмайды. Ештеңе импортталмады.
hsds-item-too-many-parts = Пакеттің байланыстары бір қызметке не ұйымға { $max } жолдан көп жазар еді (шеңбер бойы жүретін байланыстар немесе мыңдаған жолға ортақ бір жол). Ештеңе импортталмады.
hsds-too-many-parts = Пакеттің байланыстары оның қызметтері мен ұйымдарына { $max } жолдан көп жазар еді (шеңбер бойы жүретін байланыстар немесе мыңдаған жолға ортақ жолдар). Ештеңе импортталмады.
hsds-dangling = { $file }, { $row }-жол, { $column }: «{ $value }» { $target } ішіндегі ешбір жолды көрсетпейді; бұл байланыс қосылмады.
hsds-dangling-left-out = { $file }, { $row }-жол, { $column }: «{ $value }» { $target } ішіндегі ешбір жолды көрсетпейді; жол ешнәрсеге тиесілі емес, сондықтан қосылмады.
hsds-dangling-any = { $file }, { $row }-жол, { $column }: «{ $value }» ешбір кестедегі ешбір жолды көрсетпейді; бұл байланыс қосылмады.
hsds-dangling-any-left-out = { $file }, { $row }-жол, { $column }: «{ $value }» ешбір кестедегі ешбір жолды көрсетпейді; жол ешнәрсеге тиесілі емес, сондықтан қосылмады.
hsds-read-package = Open Referral HSDS деректер пакеті (CSV кестелері) ретінде оқылды: қызметтер мен ұйымдар — { $items }.
import-field-name-en = Ағылшынша атауы
import-field-description-en = Ағылшынша сипаттамасы
import-why-not-published = мекеменің ескертпелері арнада жарияланбайды; олар қосылмады.
import-why-shelter-address = баспананың мекенжайы ешқашан жарияланбайды; ол қосылмады (қала сақталды).
feed-sheet-needs-publisher = Кестеден арна құру үшін --publisher АТАУЫ және тізімді көруге болатын беттің http(s) мекенжайымен --source-url керек: әр жазба өз дереккөзін атайды.
