# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = Чтение и проверка файла { $file }…
import-saving = Сохранение записей в список офиса (записей: { $records })…
import-io = Не удаётся прочитать { $path }: { $detail }
import-too-large = Размер файла — { $size } МБ; Haven читает файлы до { $max } МБ. Ничего не импортировано.
import-unreadable = Это не таблица и не файл CSV, который Haven может прочитать ({ $detail }). Ничего не импортировано.
import-csv-line = Не удаётся прочитать строку { $line } файла CSV: { $detail }. Ничего не импортировано.
import-empty = В файле нет строк. Ничего не импортировано.
import-too-many-rows = В файле больше { $max } строк. Разделите его на файлы поменьше. Ничего не импортировано.
import-folder = { $path } — это папка, а не файл. Выберите таблицу, файл CSV или HSDS внутри неё (пакет данных HSDS открывается через его datapackage.json). Ничего не импортировано.
import-not-a-file = { $path } — не обычный файл (устройство, канал или сокет), поэтому Haven его не читает. Ничего не импортировано.
import-old-format = Это файл { $kind } — старый двоичный формат Excel, который Haven не читает. Откройте его в табличной программе и сохраните как .xlsx или .ods. Ничего не импортировано.
import-unpacked = Книга после распаковки занимает больше { $max } МБ{ $part ->
    [none] {""}
   *[other] {" "}(в части { $part })
}; ни один справочник учреждения не бывает таким большим. Ничего не импортировано.
import-text-too-long = Часть { $part } книги содержит текст длиннее { $max } КБ; в ячейке не больше 32 767 знаков. Ничего не импортировано.
import-too-many-columns = В строке { $row } что-то записано в столбце { $column }; Haven читает не больше { $max } столбцов. Удалите это или перенесите ближе. Ничего не импортировано.
import-too-many-cells = В файле больше { $max } ячеек. Разделите его на файлы поменьше. Ничего не импортировано.
import-no-name-column = Ни в одном столбце нет названий служб. Укажите его через --map, например --map "Учреждение=name". Найденные столбцы: { $columns }. Ничего не импортировано.
import-bad-map = «{ $map }» не имеет вида СТОЛБЕЦ=ПОЛЕ. Поля: { $fields }.
import-no-column = В файле нет столбца «{ $column }». Ничего не импортировано.

## Rows
import-row = Строка { $row }: { $reason }
import-row-column = Строка { $row }, { $column }: { $reason }
import-why-no-name = нет названия, поэтому это не может быть записью; строка не импортирована.
import-why-no-country = не указана страна; добавьте столбец со страной или выберите место учреждения в настройках (в командной строке --country). Строка не импортирована.
import-why-country = «{ $value }» — не страна. Строка не импортирована.
import-why-phone = «{ $value }» — не номер телефона, который можно набрать в стране { $country }. Строка не импортирована.
import-why-email = «{ $value }» — не адрес электронной почты. Строка не импортирована.
import-why-link = «{ $value }» — не адрес сайта. Строка не импортирована.
import-why-too-long = { $chars } знаков; в поле помещается не больше { $max }. Строка не импортирована.
import-why-formula = формула; Haven принимает только значения (скопируйте столбец и вставьте как значения). Строка не импортирована.
import-why-old-trunk = «{ $value }» записан со старым 0 в начале, отменённым в Польше в 2002 году; прочитан как { $read }.
import-why-unknown-term = Haven не знает «{ $value }» как значение поля «{ $field }»; строка импортирована без него.
import-why-hours = «{ $value }» не удаётся прочитать как часы работы ({ $detail }); строка импортирована без них. Запишите их так: Mo-Fr 08:00-16:00.
import-duplicate-phone = Строка { $row }: у «{ $name }» тот же номер телефона { $number }, что у «{ $other }» ({ $id }). Возможно, это та же служба: повторно не добавлена.
import-duplicate-name = Строка { $row }: «{ $name }» в том же городе уже есть в справочнике как «{ $other }» ({ $id }). Возможно, это та же служба: повторно не добавлена.

## What was read and done
import-read-csv = Прочитано как CSV: { $encoding }, разделитель «{ $separator }».
import-read-samples = Прочитанные буквы: { $samples } (если они выглядят неправильно, укажите кодировку через --encoding, например --encoding windows-1251).
import-read-workbook = Прочитано как { $kind }, лист «{ $sheet }».
import-column = «{ $header }» → { $field }
import-column-unused = не импортируется
import-dry-run = Ничего не записано (--dry-run).
import-summary = Строк: { $rows }. Добавлено в записи этого учреждения: { $added }. Возможных повторов (не добавлены): { $duplicates }. Отклонено строк: { $refused }.
import-summary-dry = Строк: { $rows }. Будет добавлено: { $added }. Возможных повторов: { $duplicates }. Отклонено строк: { $refused }.

## Fields of a record a column can hold
import-field-name = Название
import-field-description = Описание
import-field-phone = Телефон
import-field-address = Адрес
import-field-city = Город
import-field-region = Регион
import-field-country = Страна
import-field-category = Категория
import-field-target = Для кого
import-field-hours = Часы работы
import-field-website = Сайт
import-field-email = Эл. почта
import-field-languages = Языки
import-field-eligibility = Кто может обратиться
import-field-notes = Заметки учреждения

## Open Referral HSDS
hsds-problem = Элемент { $item } («{ $name }»), { $field }: { $reason }
hsds-syntax = Файл не является JSON, который Haven может прочитать, строка { $line }: { $detail }. Ничего не импортировано.
hsds-not-hsds = В файле нет ни одной службы или организации HSDS. Ничего не импортировано.
hsds-why-no-name = нет названия; элемент не импортирован.
hsds-why-no-country = ни в одном адресе не указана страна; укажите --country. Элемент не импортирован.
hsds-why-phone = «{ $value }» — не номер телефона, который можно набрать; элемент не импортирован.
hsds-why-quoted-phone = номер { $value } записан в кавычках; он принят без них.
hsds-why-coordinate = { $value } — не место на земном шаре; значение сохранено в записи, но не используется.
hsds-why-language = «{ $value }» — не двухбуквенный код языка; он пропущен.
hsds-why-link = «{ $value }» — не адрес сайта; элемент не импортирован.
hsds-why-email = «{ $value }» — не адрес электронной почты; элемент не импортирован.
hsds-why-profile = профиль Haven не подходит к записи ({ $value }); элемент не импортирован.
hsds-read = Прочитано как JSON Open Referral HSDS: служб и организаций — { $items }.
hsds-summary = Добавлено в записи этого учреждения: { $added }. Возможных повторов (не добавлены): { $duplicates }. Отклонено элементов: { $refused }.
hsds-summary-dry = Будет добавлено: { $added }. Возможных повторов: { $duplicates }. Отклонено элементов: { $refused }.
hsds-exported = Службы ({ $services }) и организации ({ $organizations }) записаны в формате Open Referral HSDS 3.1 в { $dir }: как JSON (services.json, organizations.json) и как таблицы (services.csv и другие, описанные в datapackage.json). Конфиденциальные адреса не включены.
hsds-io = Не удаётся прочитать файл: { $detail }. Ничего не импортировано.

## The window
settings-import-list = Импортировать список служб…
import-title = Импорт списка служб
import-hint = Таблица, которую ведёт учреждение (CSV, XLSX, ODS), или файл Open Referral HSDS. Haven показывает прочитанное до того, как что-либо сохранить; службы станут собственными записями учреждения.
import-choose = Выбрать файл…
import-choose-other = Выбрать другой файл…
import-reading = Чтение и проверка файла…
import-writing = Сохранение…
import-confirm = Импортировать службы: { $count }
import-done = Добавлено в записи этого учреждения: { $added }. Возможных повторов (не добавлены): { $duplicates }. Отклонено строк: { $refused }.
import-show = Показать их
import-another = Импортировать другой файл…
import-columns = Чем стал каждый столбец
import-first = Первые службы в том виде, в каком они будут сохранены
import-problems = Отклонённые строки, пропущенные значения, возможные повторы
import-more = … и ещё { $count }.

## Feeds from other formats
feed-from-not-hsds = Канал строится из папки с устройством как data/, из Open Referral HSDS (JSON или папка его таблиц CSV) или из таблицы; в этой папке есть файл, который не является ничем из этого.
feed-from-refused = Проблем в файле: { $count }. Ничего не построено. Исправьте их и постройте снова.
hsds-table = Не удаётся прочитать таблицу { $file }: { $detail }. Ничего не импортировано.
hsds-too-large = Файл HSDS больше { $max } МБ; за один импорт Haven читает до { $max } МБ. Разделите его на файлы поменьше. Ничего не импортировано.
hsds-too-many-cells = В таблицах пакета больше { $max } ячеек; ни один справочник учреждения не бывает таким большим. Ничего не импортировано.
hsds-item-too-many-parts = Связи пакета записали бы в одну службу или организацию больше { $max } строк (связи по кругу или одна строка, общая для тысяч). Ничего не импортировано.
hsds-too-many-parts = Связи пакета записали бы в его службы и организации больше { $max } строк (связи по кругу или строки, общие для тысяч). Ничего не импортировано.
hsds-dangling = { $file }, строка { $row }, { $column }: «{ $value }» не указывает ни на одну строку { $target }; эта связь пропущена.
hsds-dangling-left-out = { $file }, строка { $row }, { $column }: «{ $value }» не указывает ни на одну строку { $target }; строка ни к чему не относится и пропущена.
hsds-dangling-any = { $file }, строка { $row }, { $column }: «{ $value }» не указывает ни на одну строку ни одной таблицы; эта связь пропущена.
hsds-dangling-any-left-out = { $file }, строка { $row }, { $column }: «{ $value }» не указывает ни на одну строку ни одной таблицы; строка ни к чему не относится и пропущена.
hsds-read-package = Прочитано как пакет данных Open Referral HSDS (таблицы CSV): служб и организаций — { $items }.
import-field-name-en = Название на английском
import-field-description-en = Описание на английском
import-why-not-published = заметки учреждения не публикуются в канале; они пропущены.
import-why-shelter-address = адрес приюта никогда не публикуется; он пропущен (город сохранён).
feed-sheet-needs-publisher = Для канала из таблицы нужны --publisher НАЗВАНИЕ и --source-url с адресом http(s) страницы, где можно увидеть список: каждая запись называет свой источник.
