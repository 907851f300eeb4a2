# Haven — Russian interface text. Every locale has exactly the ids of the English file.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = Офлайн-справочник служб помощи пострадавшим

## Виды записей, категории, целевые группы

kind-organization = Организация
kind-service = Служба
kind-programme = Программа
kind-campaign = Кампания
kind-procedure = Процедура

category-helpline = Телефон доверия
category-emergency = Экстренный номер
category-crisis-centre = Кризисный центр
category-shelter = Приют
category-police = Полиция
category-social-assistance = Социальная помощь
category-counselling = Консультирование
category-child-protection = Защита детей
category-material-aid = Материальная помощь
category-support-programme = Программа поддержки
category-campaign = Кампания
category-procedure = Процедура
category-volunteering = Волонтёрство
category-health = Здравоохранение
category-government = Государственный орган

target-everyone = Все
target-women = Женщины
target-children = Дети
target-youth = Молодёжь
target-families = Семьи
target-older-people = Пожилые люди
target-domestic-violence = Пострадавшие от бытового насилия
target-orphans = Дети-сироты
target-low-income = Люди в трудной жизненной ситуации
target-professionals = Специалисты
target-volunteers = Волонтёры

## Страны (ISO 3166-1)

country-pl = Польша
country-kz = Казахстан
country-vn = Вьетнам
country-ir = Иран

## Языки

language-en = английский
language-pl = польский
language-ru = русский
language-kk = казахский
language-vi = вьетнамский
language-fa = персидский
language-uk = украинский
language-de = немецкий
language-fr = французский
language-ar = арабский
language-tr = турецкий
language-zh = китайский

## Даты и часы работы

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
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
# A day of a month, as in "25 ноября".
day-month = { $day } { $month }
# A full date, as in "25 ноября 2021 г.".
date-full = { $day } { $month } { $year } г.

weekday-0 = пн
weekday-1 = вт
weekday-2 = ср
weekday-3 = чт
weekday-4 = пт
weekday-5 = сб
weekday-6 = вс
hours-always = Круглосуточно, без выходных
hours-closed = выходной
now-open = Сейчас открыто
now-open-until = Сейчас открыто, до { $time }
now-always = Круглосуточно
now-line-always = Телефон работает круглосуточно (у учреждения свои часы)
now-closed = Закрыто
now-closed-opens-today = Закрыто, откроется в { $time }
now-closed-opens-on = Закрыто, откроется: { $day }, { $time }
now-unknown = Часы работы неизвестны
now-running = Идёт сейчас
filter-hours = Часы работы
filter-open-now = Открыто сейчас
filter-always-open = Круглосуточно
period-yearly = Ежегодно, { $start } – { $end }
period-once = { $start } – { $end } { $year } г.
period-dates = { $start } – { $end }
period-until = до { $year } г.

## Поля записи (подробный просмотр, `haven show`, направления)

field-id = ID
field-kind = Тип
field-names = Названия
field-description = Описание
field-organization = Организация
field-place = Место
field-address = Адрес
field-address-confidential = Адрес конфиденциален: никому его не сообщайте. Уточняйте по телефону в самой службе.
field-no-address = Адрес не указан
field-phones = Телефоны
phone-short = Тел.
field-phone-free = бесплатно
field-phone-sms = также по SMS
field-phone-charged = платный звонок (повышенный тариф)
field-channels = Другие контакты
field-hours = Часы работы
field-languages = Языки общения
field-categories = Категории
field-targets = Для кого
field-eligibility = Кто может обратиться
field-bring = Что взять с собой
field-expect = Чего ожидать
field-period = Когда
field-steps = Этапы
field-step-form = Форма { $form }
field-step-deadline = Срок: { $deadline }
field-step-expects = Чего может ожидать пострадавший: { $text }
field-jurisdiction = Действует на территории
field-legal-basis = Правовое основание
field-related = См. также
field-sources = Источники
field-verified = Проверено { $date } ({ $who })
field-stale = Требует перепроверки: последняя проверка была более 12 месяцев назад
field-stale-short = требует перепроверки

channel-web = Сайт
channel-facebook = Facebook
channel-instagram = Instagram
channel-telegram = Telegram
channel-zalo = Zalo
channel-email = Эл. почта

## Командная строка

cli-results = { $count ->
    [0] Ничего не найдено.
    [one] { $count } результат
    [few] { $count } результата
    [other] { $count } результата
   *[many] { $count } результатов
}
cli-results-shown = показаны первые { $shown }
cli-empty-hint = Введите меньше слов, попробуйте другое написание или уберите фильтр.
cli-unknown-id = Записи с ID «{ $id }» нет. Найдите её с помощью `haven search`.
cli-bad-time = Haven не понимает время «{ $value }». Запишите его так: 2026-12-06T23:00:00+05:00 (RFC 3339, со смещением).
cli-unknown-category = Неизвестная категория «{ $value }». Допустимые значения: { $choices }
cli-unknown-target = Неизвестная целевая группа «{ $value }». Допустимые значения: { $choices }
cli-unknown-country = «{ $value }» — не код страны (нужны две буквы, например PL или KZ).
cli-unknown-encoding = «{ $value }» — не известная Haven кодировка (например, utf-8, windows-1250, windows-1251, windows-1256).
cli-db-path = База данных справочника: { $path }
cli-db-ok = База данных справочника в порядке (записей: { $count }).
cli-db-damaged = База данных справочника повреждена: { $detail }. Выполните `haven db rebuild`, чтобы восстановить её из встроенного справочника.
cli-db-rebuilt = Справочник восстановлен из встроенных данных (записей: { $count }).
cli-error = Ошибка: { $detail }

## Открытие справочника

db-created = Справочник впервые установлен на этом компьютере.
db-rebuilt-corrupt = База данных справочника была повреждена, поэтому она восстановлена из встроенного справочника. Ваши заметки и настройки сохранены.
db-rebuilt-corrupt-backup = Повреждённый файл сохранён как { $path }.
db-rebuilt-newer = База данных справочника создана более новой версией Haven, поэтому она восстановлена из встроенного справочника. Более новый файл сохранён как { $path }.
db-rebuilt-bundle = В этой версии Haven есть обновлённый справочник; он загружен.
db-not-private = Другие учётные записи на этом компьютере могут читать { $dir }: его владелец или файловая система (общая папка, флешка) не позволяет Haven сделать его личным. Там хранятся заметки и записи офиса; не записывайте в них данные клиентов или выберите личную папку.
db-made-private = Haven сделал папку { $dir } доступной только вам (права были { $mode }): там хранятся заметки и записи учреждения.
db-migrated = База данных справочника обновлена (с версии { $from } до { $to }).
db-reindexed = Поисковый индекс перестроен.
db-error = Не удалось открыть справочник: { $detail }
store-error-database = База данных справочника сообщила об ошибке: { $detail }
store-error-disk-full = Недостаточно места на диске. Ничего не изменено; освободите место и повторите попытку.
store-error-file = Не удалось использовать файл { $path }: { $detail }
store-error-bundle = Не удаётся прочитать справочник, встроенный в Haven: { $detail }
store-error-no-data-dir = Не удалось найти папку для данных Haven. Запустите Haven с параметром --data-dir ПАПКА.
store-error-record = Не удалось прочитать запись справочника: { $detail }
store-error-stopped = Справочник перестал работать в фоновом режиме. Закройте Haven и откройте его снова.
store-error-origin = В справочнике не указано, из какого источника или встроенного справочника он получен ({ $detail }), поэтому его нельзя безопасно обновить. Восстановите его из встроенного справочника.
cli-unknown-lang = Неизвестный язык «{ $value }». Допустимые значения: { $choices }
cli-output-failed = Haven не удалось вывести результат: { $detail }

## Окно: навигация и состояние

nav-search = Поиск
nav-settings = Настройки
nav-about = О программе
nav-menu = Меню
notice-dismiss = Закрыть
status-opening = Открытие справочника…
status-failed = Справочник недоступен
status-keys = Ctrl+F поиск · Вверх/Вниз перемещение · Enter открыть · Tab следующая панель · Ctrl+C копировать телефон · Ctrl+R добавить в направление · F1 о программе
copied = Скопировано в буфер обмена: { $text }
copied-corrected = Скопировано в буфер обмена: { $text }, исправление офиса к номеру издателя.
copied-reported = Скопировано в буфер обмена: { $text }. Офис сообщил { $date }, что этот номер не работает: проверьте его, прежде чем давать клиенту.
copy-no-phone = У выбранной записи нет номера телефона.
link-failed = Не удалось открыть ссылку: { $detail }
work-program-failed = Программа { $program } не смогла это сделать: { $detail }

## Экран поиска

search-placeholder = Поиск служб, мест, телефонов… на любом языке
search-loading = Загрузка справочника…
search-busy = поиск…
search-error = Ошибка поиска: { $detail }
search-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [other] { $count } результата
   *[many] { $count } результатов
}
search-empty-title = Ничего не найдено.
search-empty-hint = Введите меньше слов, попробуйте другое написание или сбросьте фильтры. Диакритика не обязательна: «can tho» найдёт «Cần Thơ».
search-empty-examples = Примеры: kryzys · Cần Thơ · کلانتری · ерікті · 116 111 · Niebieska Karta
filters-title = Фильтры
filters-clear = Сбросить все фильтры
filters-none = Для этих результатов фильтров нет.
filters-country = Страна
filters-region = Регион
filters-category = Категория
filters-target = Для кого
filters-language = Язык общения
detail-copy-hint = Нажмите на номер, чтобы скопировать его.
detail-runs = Организует

## Направление

basket-title = Направление
basket-count = { $count ->
    [one] Направление ({ $count } служба)
    [few] Направление ({ $count } службы)
    [other] Направление ({ $count } службы)
   *[many] Направление ({ $count } служб)
}
basket-add = + Добавить в направление
basket-in = • В направлении

## Настройки

settings-title = Настройки
settings-language = Язык интерфейса
settings-language-system = Как в системе
settings-theme = Тема
settings-theme-light = Светлая
settings-theme-dark = Тёмная
settings-theme-high-contrast = Высокий контраст
settings-text-size = Размер текста
settings-paper = Формат бумаги для направлений
paper-a4 = A4
paper-letter = Letter
settings-office = Ваша организация
settings-office-hint = Печатается в верхней части направлений. Хранится только на этом компьютере.
settings-office-name = Название организации
settings-office-address = Адрес организации
settings-office-phone = Телефон организации
settings-office-phone-wrong = Это не номер телефона: { $detail }. Введите его так, как его набирают; с кодом страны (+7 …), пока не выбрано место организации.
settings-worker = Ваше имя (необязательно)
settings-keys-hint = Клавиатура: Вверх/Вниз — выбор настройки, Влево/Вправо — изменение, Esc — назад к поиску.
settings-unreadable = Не удалось прочитать файл настроек ({ $detail }), поэтому используются настройки по умолчанию. Старый файл сохранён как { $path }.
settings-unreadable-unchanged = Не удалось прочитать файл настроек ({ $detail }), поэтому используются настройки по умолчанию. Файл оставлен без изменений.
settings-bad-fields = Некоторые настройки имели недопустимые значения и были сброшены: { $fields }.
settings-save-failed = Не удалось сохранить настройки: { $detail }

## О программе

about-title = О программе Haven
about-version = Версия { $version }
about-directory = Справочник
about-origin-bundled = Встроенный справочник, версия { $version }
about-origin-feed = Обновлено из источника «{ $feed }», выпуск { $sequence }
about-updated = Создано или обновлено { $date }
about-total = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [other] { $count } записи
   *[many] { $count } записей
}
about-helplines = Национальные телефоны доверия
about-helplines-text = Номера, которых нет в исходных документах, взяты только из открытых источников, указанных в каждой записи, и отмечены для перепроверки.
about-privacy = Конфиденциальность
about-privacy-text = Haven не хранит никаких данных о клиентах. Конфиденциальный адрес приюта показывается на экране с предупреждением и никогда не печатается и не экспортируется.
about-fonts = Шрифты: Noto Sans и Noto Naskh Arabic, лицензия SIL Open Font License 1.1.

## Проблемы со справочником в окне

db-failed-title = Не удалось открыть справочник
db-failed-what-to-do = Восстановите его из копии, встроенной в Haven. Если и это не поможет, проверьте, что папка с файлом { $path } существует и доступна для записи.
db-rebuild = Восстановить справочник

## Направление для клиента (печатается на языке клиента)

sheet-title = Куда обратиться за помощью
sheet-date = Дата: { $date }
sheet-worker = Подготовил(а): { $name }
sheet-intro = Эти службы могут вам помочь. Вы можете обратиться к ним сами; показывать этот лист не обязательно.
sheet-note = Заметка для вас
sheet-address-by-phone = сообщается по телефону (адрес конфиденциален)
sheet-short-code = звонить можно только внутри страны ({ $country })
sheet-untranslated-original = Некоторые части этой записи не переведены на { $language } язык; они приведены на английском или на языке оригинала.
sheet-untranslated = Некоторые части этой записи не переведены на { $language } язык; они приведены на английском.
sheet-source = Источник: { $sources }. Проверено: { $date }.
sheet-emergency = Если вам угрожает непосредственная опасность, звоните на экстренный номер страны, в которой вы находитесь.
sheet-privacy = На этом листе нет персональных данных, если только их не вписали от руки.
sheet-page = страница { $page } из { $pages }
cli-unknown-paper = Неизвестный формат бумаги «{ $value }». Укажите a4 или letter.
referral-saved = Направление сохранено: { $path }.
referral-unreachable = Для «{ $name }» не будет напечатан ни один номер телефона.
referral-unreachable-offer = Клиент может позвонить в «{ $name }» ({ $number }): добавьте { $id } в листок.
referral-unreachable-office = Или дайте клиенту номер вашего учреждения (Настройки → Учреждение).
referral-add-offer = Добавить «{ $name }»
referral-save-failed = Не удалось сохранить направление в { $path }: { $detail }

## Составление направления

referral-basket = Службы в направлении
referral-empty = Направление пусто. Добавьте службы из поиска кнопкой «+ Добавить в направление» или сочетанием Ctrl+R.
referral-up = Вверх
referral-down = Вниз
referral-remove = Удалить
referral-clear = Удалить все
referral-sheet-language = Язык направления
referral-sheet-language-hint = Язык клиента; он не обязательно совпадает с вашим. Влево/Вправо — смена языка.
referral-no-office = Данные организации ещё не указаны: добавьте их в разделе «Настройки».
referral-note = Заметка для клиента
referral-note-hint = Печатается только в направлении. Haven её не сохраняет.
referral-note-placeholder = Например: позвоните в понедельник утром и упомяните этот лист.
referral-save = Сохранить PDF…
referral-print = Печать
referral-working = Подготовка направления…
referral-printed = Отправлено на печать: { $job }
referral-in-viewer = Ни одна очередь печати не ответила, поэтому направление открыто в программе просмотра PDF: напечатайте его оттуда. Оно лежит в { $path }, пока Haven не закроется.
referral-failed = Не удалось создать направление: { $detail }
referral-left-out = Больше нет в справочнике (удалены при обновлении), не включены в направление: { $ids }
referral-preview-page = Страница { $page } из { $pages }

## Синхронизация с центральным источником

feed-keys-written = Ключи записаны: { $public } (открытый: передайте его организациям) и { $secret } (секретный: храните его в надёжном месте). Открытый ключ: { $key }
feed-built = Выпуск источника { $sequence } создан в { $dir } (записей: { $count }, изменений с предыдущего выпуска: { $changes }). Подпишите его командой `haven feed sign`.
feed-signed = Подписано: { $path }
settings-feed = Обновления из центрального источника
settings-feed-hint = Необязательно: Haven полностью работает без интернета. Адрес источника и ключ издателя выдаёт ваша организация; обновления, подписанные любым другим ключом, отклоняются.
settings-feed-url = Адрес источника (https://…/manifest.json)
settings-feed-key = Открытый ключ издателя (minisign, начинается с RW…)
settings-feed-proxy = Прокси-сервер (оставьте пустым, чтобы использовать системный)
settings-feed-at-start = Проверять обновления при запуске Haven
settings-yes = Да
settings-no = Нет

## Слой сотрудника: заметки, отметки об ошибках, избранное, собственные записи учреждения
layer-file-not-ours = { $what ->
    [layer] Это не экспорт заметок и записей Haven.
   *[corrections] Это не файл исправлений Haven.
}
layer-file-newer = Этот файл создан более новой версией Haven (версия формата { $version }). Обновите Haven, чтобы прочитать его; ничего не изменено.
layer-file-syntax = Не удаётся прочитать файл в строке { $line }: { $detail }. Ничего не изменено.
layer-file-truncated = Файл обрывается на середине: он был обрезан при копировании или сохранении. Ничего не изменено.
layer-file-invalid = В файле есть то, что Haven не может принять: { $detail }. Ничего не изменено.
layer-file-too-big = Размер файла { $megabytes } МБ: он намного больше любого файла, который записывает Haven. Ничего не изменено.
layer-restored = Файл с заметками и записями был повреждён. Восстановлена резервная копия от { $date }; всё, что записано позже, утрачено. Повреждённый файл сохранён в { $path }.
layer-lost = Файл с заметками и записями был повреждён, а резервной копии не было. Haven начинает с пустого файла; повреждённый файл сохранён в { $path }.
store-error-newer-layer = Файл с заметками и записями ({ $path }) записан более новой версией Haven. Обновите Haven; файл оставлен как есть.
store-error-no-record = Нет записи с идентификатором «{ $id }».
store-error-no-value = В { $id } нет поля «{ $field }» со значением «{ $given }». Есть: { $known }.
store-error-invalid = Запись нельзя сохранить:
    { $problems }
flag-field-phone = телефон
flag-field-address = адрес
flag-field-hours = часы работы
flag-field-channel = сайт или e-mail
flag-field-name = название
flag-field-description = описание
flag-field-city = населённый пункт
flag-field-eligibility = кто может обратиться
flag-field-what-to-bring = что взять с собой
flag-field-what-to-expect = что происходит
mine-flag-open = Здесь отмечено как неработающее { $date }.
mine-flag-corrected = Исправлено здесь { $date }: { $value }.
mine-flag-now-none = ничего
mine-flag-resolved = Ваша отметка от { $date } закрыта: обновление это изменило; теперь указано { $now }.
mine-flag-yours = Ваше значение — { $value }: оставьте его или откажитесь от него.
mine-removed = Удалено издателем при обновлении. Сохранено здесь ради вашей заметки, пока вы его не отпустите.
mine-local = Добавлено этим учреждением.
mine-favourite = В избранном учреждения.
mine-removed-short = удалено
mine-local-short = этого учреждения
mine-favourite-short = избранное
mine-flagged-short = отмечено
mine-noted-short = заметка
mine-this-office = это учреждение
field-note = Заметка учреждения
field-note-date = Заметка написана { $date }.
sheet-office-note = Примечание от учреждения
field-reports = Отметки этого учреждения
sheet-phone-flagged = Сообщалось, что этот номер не работает; попробуйте и сообщите нам, работает ли он.
sheet-hours-flagged = сообщалось, что эти часы неверны: позвоните, прежде чем идти
sheet-channel-flagged = Сообщалось, что этот адрес не работает; попробуйте и сообщите нам, работает ли он.
field-source-office = Сообщило: { $office }
cli-note-empty = Напишите текст заметки или используйте --clear, чтобы удалить её.
cli-note-saved = Заметка к { $id } сохранена.
cli-note-cleared = Заметка к { $id } удалена.
cli-unknown-field = «{ $value }» — не поле, которое можно отметить. Выберите одно из: { $choices }.
cli-flag-none = У { $id } нет такой отметки.
cli-flag-keep-open = Эта отметка ещё открыта: запись всё ещё содержит отмеченное значение.
cli-flag-cleared = Отметка к { $id } снята.
cli-flag-kept = Ваше исправление к { $id } сохранено вопреки новому значению издателя.
cli-flag-saved = Отметка к { $id } сохранена:
cli-favourite-saved = { $id } теперь в избранном.
cli-favourite-cleared = { $id } больше не в избранном.
cli-read-failed = Не удаётся прочитать { $path }: { $detail }
cli-local-exists = Запись с идентификатором { $id } уже существует.
cli-local-added = { $id } добавлено в записи этого учреждения.
cli-local-not-ours = { $id } — не запись этого учреждения.
cli-local-edited = { $id } сохранено.
cli-local-none = Это учреждение не добавило записей, и ни у одной удалённой записи нет заметки.
cli-local-removed = { $id } удалено из записей этого учреждения.
cli-forgotten = { $id } отпущено: его заметка, отметки и пометка избранного удалены.
cli-layer-exported = Записан { $path }: заметок — { $notes }, отметок — { $flags }, записей учреждения — { $records }. Конфиденциальных адресов в нём нет.
cli-layer-import-nothing = Ничего нового: всё из файла уже есть здесь.
cli-layer-imported = Импортировано: заметок — { $notes }, отметок — { $flags }, избранного — { $favourites }, записей — { $records }.
layer-note-brought-in = — Перенесено с другого компьютера { $today } (написано { $written }):
layer-import-merged = Ничего вашего не заменено: { $notes } заметок отличались от ваших, сохранены обе (перенесённая отмечена); { $flags } отметок и { $records } записей отличались от ваших, сохранены ваши.
cli-corrections-exported = Исправления для издателя ({ $count }) записаны в { $path }. Сведений о клиентах в нём нет.
feed-corrections-remove = удалить
feed-corrections-gone = В папке больше нет записи { $id }.
feed-corrections-changed = Уже изменено: запись теперь содержит { $now }.
feed-corrections-name = Запись не может лишиться названия.
feed-corrections-bad-accept = «{ $value }» — не один из перечисленных номеров.
feed-corrections-accepted = принято
feed-corrections-can-apply = можно применить
feed-corrections-dry-run = Ничего не записано. Примите исправления с --accept all или --accept 1,3, затем запустите haven feed build.
feed-corrections-written = Записано записей: { $count } в { $dir }. Запустите haven feed build, чтобы опубликовать их.
referral-print-flagged = Печатать номера, отмеченные как неработающие
referral-number-left-off = { $number } ({ $name }) не попадёт в направление: офис сообщил { $date }, что номер не работает.
referral-share-note = Напечатать заметку офиса для этого клиента
detail-favourite-add = Добавить в избранное
detail-favourite-remove = Убрать из избранного
detail-edit = Изменить
detail-let-go = Отпустить запись
detail-note-placeholder = Что знает учреждение: когда отвечает линия, кого спросить…
detail-note-hint = Только для учреждения. Никогда не пишите здесь имя или данные клиента.
detail-note-save = Сохранить заметку
detail-note-clear = Удалить заметку
detail-note-cleared = Заметка удалена.
detail-unflag = Снять отметку
detail-flag-phone = Сообщить: этот номер не работает
detail-flag-address = Сообщить: этот адрес неверен
detail-correct-phone = Правильный номер, если знаете
detail-correct-address = Правильный адрес, если знаете
detail-correct-channel = Правильный адрес, если вы его знаете
detail-correct-hours = Правильные часы, если вы их знаете
detail-flag-channel = Сообщить: это не работает
detail-flag-hours = Сообщить: эти часы неверны
detail-correct-save = Сохранить
detail-use-publisher = Принять значение издателя
detail-keep-mine = Оставить моё
filters-mine = Это учреждение
filters-favourites = Избранное
filters-local = Добавлено этим учреждением
filters-flagged = С отметками
nav-add = Добавить службу
form-title-add = Добавить собственную службу учреждения
form-title-edit = Изменить запись учреждения
form-hint = Запись хранится на этом компьютере, её источник — это учреждение; она находится поиском, как справочник. Никогда не пишите здесь данные клиента.
form-kind = Вид
form-country = Страна
form-name = Название
form-name-placeholder = например, Кризисный центр «Радуга»
form-description = Что предлагает
form-description-placeholder = Кому и как помогает
form-city = Населённый пункт
form-city-placeholder = например, Семей
form-address = Адрес
form-address-placeholder = Улица и номер дома
form-phone = Телефон
form-phone-placeholder = например, 8 7222 52 00 00 или +7 7222 52 00 00
form-website = Сайт
form-website-placeholder = https://…
form-email = E-mail
form-email-placeholder = name@example.org
form-hours = Часы работы
form-hours-placeholder = например, Mo-Fr 08:00-16:00 или 24/7
form-languages = Языки обслуживания
form-languages-placeholder = например, русский, казахский (или ru, kk)
form-categories = Категории
form-save = Сохранить
form-cancel = Отмена
form-required = Это поле обязательно.
form-country-needed = Выберите страну, в которой работает служба. (Укажите местоположение офиса в настройках, и она будет выбрана сама.)
form-phone-invalid = Haven не может набрать этот номер: укажите его с кодом страны (+7 …) или так, как его набирают в стране.
form-website-invalid = Адрес сайта начинается с https:// или http://.
form-email-invalid = В адресе e-mail есть @ и нет пробелов.
form-hours-invalid = Haven не может прочитать эти часы. Пишите так: Mo-Fr 08:00-16:00; Sa 10:00-14:00 или 24/7.
form-languages-invalid = Haven не знает одного из этих языков. Укажите названия или двухбуквенные коды через запятую, например русский, казахский или ru, kk.
settings-layer = Заметки и записи этого учреждения
settings-layer-hint = Заметки, отметки, избранное и собственные записи учреждения хранятся отдельно от справочника, с резервной копией каждый день. Перенесите их на другой компьютер файлом; конфиденциальные адреса остаются здесь.
settings-layer-export = Сохранить заметки и записи в файл…
settings-layer-import = Загрузить заметки и записи из файла…
settings-corrections-export = Сохранить исправления для издателя…
layer-file-failed = Не удалось записать или прочитать файл: { $detail }
settings-layer-import-none = Ничего не загружено: файл не выбран, а в { $folder } нет файла Haven.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = Этот идентификатор используется более чем в одной записи.
problem-bad-id = Идентификатор записывается как область/имя: строчные латинские буквы, цифры и дефисы.
problem-office-namespace = У собственных записей офиса идентификаторы начинаются с local/.
problem-local-reserved = Идентификаторы, начинающиеся с local/, зарезервированы для собственных записей офиса.
problem-region-id = Идентификатор региона записывается как страна/имя, например pl/mazowieckie.
problem-no-record = Записи { $id } нет.
problem-not-organization = { $id } не является организацией.
problem-related-self = Запись не может быть связана сама с собой.
problem-language = «{ $code }» — не двухбуквенный код языка (ISO 639-1), например pl, uk.
problem-phone = Haven не может набрать номер { $number }: запишите его с кодом страны (+ и 7–15 цифр) или как короткий национальный номер (3–6 цифр).
problem-phone-display = Номер в записи { $display } не совпадает с номером { $number }.
problem-hours = Haven не может прочитать эти часы ({ $detail }). Запишите их так: Mo-Fr 08:00-16:00; Sa 10:00-14:00 или 24/7.
problem-email = «{ $value }» — не адрес электронной почты: в нём есть @ и нет пробелов.
problem-link = «{ $value }» — не адрес сайта: он начинается с https:// или http://.
problem-steps = У процедуры должны быть шаги.
problem-no-source = У каждой записи должен быть указан источник.
problem-office-name = Укажите офис, который сообщил об этом.
problem-no-seed = Исходного документа { $file } нет.
problem-quote = Цитата не найдена дословно в { $file }.
problem-seed-quote = Для исходного документа нужна цитата из него.
problem-url = «{ $url }» — не адрес сайта.
problem-publisher = У публичного источника должен быть указан издатель.
problem-seed-or-url = Для источника нужен исходный документ или адрес сайта.
problem-phone-unsourced = Ни один источник не даёт этот номер: укажите публичный источник, откуда он взят.
problem-channel-unsourced = Ни один источник не даёт этот адрес: процитируйте его или укажите как адрес источника.
problem-verified-future = Дата проверки — в будущем.
problem-verified-by = Укажите, кто проверил запись.
problem-original-missing = Нет текста на языке оригинала ({ $lang }).
problem-english-missing = Нет текста на английском.
problem-text-empty = Текст на языке { $lang } пуст.
problem-not-object = Запись — это объект JSON между {"{"} и {"}"}.
problem-unreadable = Haven не может прочитать эту запись: { $detail }
problem-hidden-control = В тексте есть невидимый символ ({ $code }), который может изменить его прочтение, например перевернуть номер. Удалите его.
cli-bad-near = Haven не знает место «{ $value }». Укажите код страны или код страны и идентификатор региона из справочника: KZ, KZ/abai.
settings-near = Где находится офис (его службы показываются первыми)
settings-near-anywhere = Везде
settings-near-region = Регион
settings-near-whole-country = Вся страна
cli-version-not-set-up = Справочник: ещё не подготовлен; встроенный справочник будет создан при первом запуске.
about-portable = Переносная версия: Haven хранит справочник, заметки и настройки в { $dir }, рядом с программой, и ничего не пишет в вашу домашнюю папку.
about-kept-in = Haven хранит справочник и заметки в { $dir }.
about-portable-here = Переносная версия: Haven хранит справочник, заметки и настройки рядом с программой и ничего не пишет в вашу домашнюю папку. Они в этой папке:
about-kept-here = Haven хранит справочник и заметки в этой папке:
search-index-repaired = Поисковый индекс был повреждён; Haven восстановил его по записям справочника. Ничего из ваших данных не потеряно.
edit-too-long = В заметке { $chars } знаков; заметка вмещает не больше { $max }. Ничего не сохранено.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = такого файла или папки нет
io-permission-denied = этой учётной записи нельзя его открыть
io-folder = это папка, а не файл
io-not-regular = это не обычный файл (устройство, канал или сокет)
io-read-only = диск или папка доступны только для чтения
io-disk-full = диск заполнен
io-too-big = он больше { $megabytes } МБ, допустимых для такого файла
io-not-text = это не текст (UTF-8)

# A data folder this account can only read.
db-read-only = Папка данных Haven { $dir } доступна этой учётной записи только для чтения: можно искать, просматривать и печатать, но заметки, отметки, импорт и обновления сохранить нельзя.
db-read-only-bundled = Справочник в этой папке нельзя использовать как есть, поэтому показан справочник, поставляемый с Haven.
store-error-read-only = Папка данных Haven { $dir } доступна этой учётной записи только для чтения, поэтому это нельзя сохранить. Поиск, просмотр и печать работают. Ничего не изменено.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = ← Назад к результатам
search-filters-show = { $count ->
    [0] Показать фильтры
   *[other] Показать фильтры (включено: { $count })
}
search-filters-hide = Скрыть фильтры

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = QR-код: телефон { $number }
sheet-qr-link = QR-код: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = Вверх/Вниз или Tab переход · Enter выполнить · Влево/Вправо язык листа · Ctrl+S сохранить PDF · Esc назад
status-keys-form = Tab следующее поле · Shift+Tab предыдущее · Ctrl+S сохранить · Esc назад
status-keys-settings = Вверх/Вниз или Tab переход · Влево/Вправо изменить · Esc назад
status-keys-import = Ctrl+O выбрать файл · Enter импортировать · Esc назад
status-keys-about = Esc назад · Ctrl+F поиск
referral-removed-one = Убрано из направления.
referral-removed-all = Убрано из направления: { $count }.
referral-undo = Отменить
