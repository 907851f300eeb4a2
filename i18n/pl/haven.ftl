# Haven — Polish interface text. Every locale has exactly the ids of the English file.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = Katalog offline instytucji pomagających osobom pokrzywdzonym

## Rodzaje wpisów, kategorie, grupy docelowe

kind-organization = Organizacja
kind-service = Usługa
kind-programme = Program
kind-campaign = Kampania
kind-procedure = Procedura

category-helpline = Telefon zaufania
category-emergency = Numer alarmowy
category-crisis-centre = Ośrodek interwencji kryzysowej
category-shelter = Schronienie
category-police = Policja
category-social-assistance = Pomoc społeczna
category-counselling = Poradnictwo
category-child-protection = Ochrona dzieci
category-material-aid = Pomoc materialna
category-support-programme = Program wsparcia
category-campaign = Kampania
category-procedure = Procedura
category-volunteering = Wolontariat
category-health = Zdrowie
category-government = Administracja publiczna

target-everyone = Wszyscy
target-women = Kobiety
target-children = Dzieci
target-youth = Młodzież
target-families = Rodziny
target-older-people = Osoby starsze
target-domestic-violence = Osoby doznające przemocy domowej
target-orphans = Sieroty
target-low-income = Osoby w trudnej sytuacji życiowej
target-professionals = Specjaliści
target-volunteers = Wolontariusze

## Kraje (ISO 3166-1)

country-pl = Polska
country-kz = Kazachstan
country-vn = Wietnam
country-ir = Iran

## Języki

language-en = angielski
language-pl = polski
language-ru = rosyjski
language-kk = kazachski
language-vi = wietnamski
language-fa = perski
language-uk = ukraiński
language-de = niemiecki
language-fr = francuski
language-ar = arabski
language-tr = turecki
language-zh = chiński

## Daty i godziny

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
# Months of the Solar Hijri calendar (dates on Persian sheets).
month-persian-1 = Farwardin
month-persian-2 = Ordibeheszt
month-persian-3 = Chordad
month-persian-4 = Tir
month-persian-5 = Mordad
month-persian-6 = Szahriwar
month-persian-7 = Mehr
month-persian-8 = Aban
month-persian-9 = Azar
month-persian-10 = Dej
month-persian-11 = Bahman
month-persian-12 = Esfand
# A day of a month, as in "25 listopada".
day-month = { $day } { $month }
# A full date, as in "25 listopada 2021".
date-full = { $day } { $month } { $year }

weekday-0 = pon.
weekday-1 = wt.
weekday-2 = śr.
weekday-3 = czw.
weekday-4 = pt.
weekday-5 = sob.
weekday-6 = niedz.
hours-always = Czynne całą dobę, codziennie
hours-closed = nieczynne
now-open = Teraz czynne
now-open-until = Teraz czynne, do { $time }
now-always = Czynne całą dobę
now-line-always = Telefon czynny całą dobę (placówka ma własne godziny)
now-closed = Nieczynne
now-closed-opens-today = Nieczynne, otwarcie o { $time }
now-closed-opens-on = Nieczynne, otwarcie: { $day }, { $time }
now-unknown = Godziny nieznane
now-running = Trwa teraz
filter-hours = Godziny
filter-open-now = Teraz czynne
filter-always-open = Całą dobę
period-yearly = Co roku, { $start } – { $end }
period-once = { $start } – { $end } { $year }
period-dates = { $start } – { $end }
period-until = do { $year } r.

## Pola wpisu (widok szczegółów, `haven show`, skierowania)

field-id = ID
field-kind = Rodzaj
field-names = Nazwy
field-description = Opis
field-organization = Prowadzi
field-place = Miejsce
field-address = Adres
field-address-confidential = Adres poufny: nie przekazuj go nikomu. Zapytaj placówkę telefonicznie.
field-no-address = Nie podano adresu
field-phones = Telefony
phone-short = Tel.
field-phone-free = bezpłatny
field-phone-sms = także SMS
field-phone-charged = połączenie płatne (podwyższona opłata)
field-channels = Inne kontakty
field-hours = Godziny otwarcia
field-languages = Języki obsługi
field-categories = Kategorie
field-targets = Dla kogo
field-eligibility = Kto może skorzystać
field-bring = Co zabrać ze sobą
field-expect = Czego się spodziewać
field-period = Termin
field-steps = Kroki
field-step-form = Formularz { $form }
field-step-deadline = Termin: { $deadline }
field-step-expects = Czego może się spodziewać osoba, której to dotyczy: { $text }
field-jurisdiction = Obowiązuje na terenie
field-legal-basis = Podstawa prawna
field-related = Zobacz też
field-sources = Źródła
field-verified = Sprawdzono { $date } ({ $who })
field-stale = Do ponownego sprawdzenia: ostatnia weryfikacja ponad 12 miesięcy temu
field-stale-short = do ponownego sprawdzenia

channel-web = Strona internetowa
channel-facebook = Facebook
channel-instagram = Instagram
channel-telegram = Telegram
channel-zalo = Zalo
channel-email = E-mail

## Wiersz poleceń

cli-results = { $count ->
    [0] Brak wyników.
    [one] { $count } wynik
    [few] { $count } wyniki
    [other] { $count } wyniku
   *[many] { $count } wyników
}
cli-results-shown = wyświetlono pierwsze { $shown }
cli-empty-hint = Wpisz mniej słów, spróbuj innej pisowni albo usuń filtr.
cli-unknown-id = Nie ma wpisu o identyfikatorze „{ $id }”. Użyj `haven search`, aby go znaleźć.
cli-bad-time = Haven nie rozumie czasu „{ $value }”. Zapisz go jako 2026-12-06T23:00:00+01:00 (RFC 3339, z przesunięciem strefy).
cli-unknown-category = Nieznana kategoria „{ $value }”. Dostępne: { $choices }
cli-unknown-target = Nieznana grupa docelowa „{ $value }”. Dostępne: { $choices }
cli-unknown-country = „{ $value }” nie jest kodem kraju (dwie litery, np. PL lub KZ).
cli-unknown-encoding = „{ $value }” nie jest kodowaniem znaków znanym Haven (np. utf-8, windows-1250, windows-1251, windows-1256).
cli-db-path = Baza danych katalogu: { $path }
cli-db-ok = Baza danych katalogu jest nienaruszona (liczba wpisów: { $count }).
cli-db-damaged = Baza danych katalogu jest uszkodzona: { $detail }. Uruchom `haven db rebuild`, aby odtworzyć ją z katalogu dołączonego do programu.
cli-db-rebuilt = Katalog odtworzono z dołączonych danych (liczba wpisów: { $count }).
cli-error = Błąd: { $detail }

## Otwieranie katalogu

db-created = Katalog został przygotowany na tym komputerze po raz pierwszy.
db-rebuilt-corrupt = Baza danych katalogu była uszkodzona, więc odtworzono ją z katalogu dołączonego do programu. Twoje notatki i ustawienia zostały zachowane.
db-rebuilt-corrupt-backup = Uszkodzony plik zachowano jako { $path }.
db-rebuilt-newer = Baza danych katalogu została utworzona przez nowszą wersję programu Haven, więc odtworzono ją z katalogu dołączonego do programu. Nowszy plik zachowano jako { $path }.
db-rebuilt-bundle = Ta wersja programu Haven zawiera zaktualizowany katalog; został on wczytany.
db-not-private = Inne konta na tym komputerze mogą odczytać { $dir }: jego właściciel lub system plików (folder współdzielony, pendrive) nie pozwala programowi Haven uczynić go prywatnym. Są tam notatki i wpisy biura; nie zapisuj w nich danych klientów albo wybierz prywatny folder.
db-made-private = Haven ustawił { $dir } tak, by tylko Ty mogła/mógł go czytać (uprawnienia były { $mode }): są tam notatki i wpisy biura.
db-migrated = Baza danych katalogu została zaktualizowana (z wersji { $from } do { $to }).
db-reindexed = Indeks wyszukiwania został odbudowany.
db-error = Nie udało się otworzyć katalogu: { $detail }
store-error-database = Baza danych katalogu zgłosiła błąd: { $detail }
store-error-disk-full = Za mało miejsca na dysku. Niczego nie zmieniono; zwolnij trochę miejsca i spróbuj ponownie.
store-error-file = Nie udało się użyć pliku { $path }: { $detail }
store-error-bundle = Nie można odczytać katalogu dołączonego do programu Haven: { $detail }
store-error-no-data-dir = Nie znaleziono folderu na dane programu Haven. Uruchom program Haven z opcją --data-dir FOLDER.
store-error-record = Nie udało się odczytać wpisu w katalogu: { $detail }
store-error-stopped = Katalog przestał działać w tle. Zamknij program Haven i otwórz go ponownie.
store-error-origin = Katalog nie zawiera informacji, z jakiego źródła lub z jakiego katalogu dołączonego do programu pochodzi ({ $detail }), więc nie można go bezpiecznie zaktualizować. Odtwórz go z katalogu dołączonego do programu.
cli-unknown-lang = Nieznany język „{ $value }”. Dostępne: { $choices }
cli-output-failed = Haven nie mógł zapisać wyniku: { $detail }

## Okno: nawigacja i stan

nav-search = Szukaj
nav-settings = Ustawienia
nav-about = O programie
nav-menu = Menu
notice-dismiss = Zamknij
status-opening = Otwieranie katalogu…
status-failed = Katalog jest niedostępny
status-keys = Ctrl+F szukaj · Góra/Dół przejdź · Enter otwórz · Tab następny panel · Ctrl+C kopiuj telefon · Ctrl+R dodaj do skierowania · F1 o programie
copied = Skopiowano do schowka: { $text }
copied-corrected = Skopiowano do schowka: { $text }, poprawka biura do numeru wydawcy.
copied-reported = Skopiowano do schowka: { $text }. Biuro zgłosiło { $date }, że ten numer nie działa: sprawdź go, zanim podasz go klientowi.
copy-no-phone = Wybrany wpis nie ma numeru telefonu.
link-failed = Nie udało się otworzyć linku: { $detail }
work-program-failed = Program { $program } nie mógł tego zrobić: { $detail }

## Ekran wyszukiwania

search-placeholder = Szukaj instytucji, miejsc, numerów telefonów… w dowolnym języku
search-loading = Wczytywanie katalogu…
search-busy = wyszukiwanie…
search-error = Wyszukiwanie nie powiodło się: { $detail }
search-count = { $count ->
    [0] Brak wyników
    [one] { $count } wynik
    [few] { $count } wyniki
    [other] { $count } wyniku
   *[many] { $count } wyników
}
search-empty-title = Nic nie znaleziono.
search-empty-hint = Wpisz mniej słów, spróbuj innej pisowni albo wyczyść filtry. Znaki diakrytyczne nie są wymagane: „can tho” znajdzie „Cần Thơ”.
search-empty-examples = Przykłady: kryzys · Cần Thơ · کلانتری · ерікті · 116 111 · Niebieska Karta
filters-title = Filtry
filters-clear = Wyczyść wszystkie filtry
filters-none = Brak filtrów dla tych wyników.
filters-country = Kraj
filters-region = Region
filters-category = Kategoria
filters-target = Dla kogo
filters-language = Język obsługi
detail-copy-hint = Kliknij numer, aby go skopiować.
detail-runs = Prowadzi

## Skierowanie

basket-title = Skierowanie
basket-count = { $count ->
    [one] Skierowanie ({ $count } usługa)
    [few] Skierowanie ({ $count } usługi)
    [other] Skierowanie ({ $count } usługi)
   *[many] Skierowanie ({ $count } usług)
}
basket-add = + Dodaj do skierowania
basket-in = • W skierowaniu

## Ustawienia

settings-title = Ustawienia
settings-language = Język interfejsu
settings-language-system = Jak w systemie
settings-theme = Motyw
settings-theme-light = Jasny
settings-theme-dark = Ciemny
settings-theme-high-contrast = Wysoki kontrast
settings-text-size = Rozmiar tekstu
settings-paper = Format papieru dla skierowań
paper-a4 = A4
paper-letter = Letter
settings-office = Twoja placówka
settings-office-hint = Drukowane u góry skierowań. Przechowywane tylko na tym komputerze.
settings-office-name = Nazwa placówki
settings-office-address = Adres placówki
settings-office-phone = Telefon placówki
settings-office-phone-wrong = To nie jest numer telefonu: { $detail }. Wpisz go tak, jak się go wybiera; z kodem kraju (+48 …), dopóki nie wybrano miejsca placówki.
settings-worker = Imię i nazwisko (opcjonalnie)
settings-keys-hint = Klawiatura: Góra/Dół wybierz ustawienie, Lewo/Prawo zmień je, Esc powrót do wyszukiwania.
settings-unreadable = Nie udało się odczytać pliku ustawień ({ $detail }), więc używane są ustawienia domyślne. Stary plik zachowano jako { $path }.
settings-unreadable-unchanged = Nie udało się odczytać pliku ustawień ({ $detail }), więc używane są ustawienia domyślne. Plik pozostawiono bez zmian.
settings-bad-fields = Niektóre ustawienia miały nieprawidłowe wartości i zostały przywrócone do domyślnych: { $fields }.
settings-save-failed = Nie udało się zapisać ustawień: { $detail }

## O programie

about-title = O programie Haven
about-version = Wersja { $version }
about-directory = Katalog
about-origin-bundled = Katalog dołączony do programu, wersja { $version }
about-origin-feed = Zaktualizowano ze źródła „{ $feed }”, numer { $sequence }
about-updated = Utworzono lub zaktualizowano { $date }
about-total = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [other] { $count } wpisu
   *[many] { $count } wpisów
}
about-helplines = Krajowe telefony zaufania
about-helplines-text = Numery, których nie ma w dokumentach źródłowych, pochodzą wyłącznie z publicznych źródeł wskazanych w każdym wpisie i są oznaczone do ponownego sprawdzenia.
about-privacy = Prywatność
about-privacy-text = Haven nie przechowuje żadnych danych o klientach. Poufny adres schronienia jest wyświetlany na ekranie z ostrzeżeniem i nigdy nie jest drukowany ani eksportowany.
about-fonts = Czcionki: Noto Sans i Noto Naskh Arabic, licencja SIL Open Font License 1.1.

## Problemy z katalogiem w oknie

db-failed-title = Nie udało się otworzyć katalogu
db-failed-what-to-do = Odtwórz go z kopii dołączonej do programu Haven. Jeśli to też się nie uda, sprawdź, czy folder zawierający { $path } istnieje i czy można w nim zapisywać.
db-rebuild = Odtwórz katalog

## Skierowanie (drukowane w języku klienta)

sheet-title = Gdzie szukać pomocy
sheet-date = Data: { $date }
sheet-worker = Przygotował(a): { $name }
sheet-intro = Te instytucje mogą Ci pomóc. Możesz skontaktować się z nimi samodzielnie; ta kartka nie jest do tego potrzebna.
sheet-note = Informacja dla Ciebie
sheet-address-by-phone = podawany telefonicznie (adres jest poufny)
sheet-short-code = można dzwonić tylko z terenu kraju ({ $country })
sheet-untranslated-original = Części tego wpisu nie przetłumaczono na język { $language }; są podane po angielsku albo w języku oryginału.
sheet-untranslated = Części tego wpisu nie przetłumaczono na język { $language }; są podane po angielsku.
sheet-source = Źródło: { $sources }. Sprawdzono: { $date }.
sheet-emergency = W bezpośrednim zagrożeniu dzwoń pod numer alarmowy kraju, w którym jesteś.
sheet-privacy = Ta kartka nie zawiera danych osobowych, chyba że ktoś je na niej dopisał.
sheet-page = strona { $page } z { $pages }
cli-unknown-paper = Nieznany format papieru „{ $value }”. Użyj a4 lub letter.
referral-saved = Skierowanie zapisano w { $path }.
referral-unreachable = Dla „{ $name }” nie zostanie wydrukowany żaden numer telefonu.
referral-unreachable-offer = Klient może zadzwonić do „{ $name }” ({ $number }): dodaj { $id } do kartki.
referral-unreachable-office = Albo podaj klientowi numer własnej placówki (Ustawienia → Placówka).
referral-add-offer = Dodaj „{ $name }”
referral-save-failed = Nie udało się zapisać skierowania w { $path }: { $detail }

## Tworzenie skierowania

referral-basket = Usługi na skierowaniu
referral-empty = Skierowanie jest puste. Dodaj usługi z wyszukiwania przyciskiem „+ Dodaj do skierowania” lub skrótem Ctrl+R.
referral-up = W górę
referral-down = W dół
referral-remove = Usuń
referral-clear = Usuń wszystkie
referral-sheet-language = Język skierowania
referral-sheet-language-hint = Język klienta; nie musi to być Twój język. Lewo/Prawo zmienia go.
referral-no-office = Nie podano jeszcze danych placówki: dodaj je w Ustawieniach.
referral-note = Informacja dla klienta
referral-note-hint = Drukowana tylko na skierowaniu. Haven jej nie przechowuje.
referral-note-placeholder = Na przykład: zadzwoń w poniedziałek rano i wspomnij o tej kartce.
referral-save = Zapisz PDF…
referral-print = Drukuj
referral-working = Przygotowywanie skierowania…
referral-printed = Wysłano do drukarki: { $job }
referral-in-viewer = Żadna kolejka drukarki nie odpowiedziała, więc skierowanie otwarto w przeglądarce PDF: wydrukuj je stamtąd. Czeka w { $path } do zamknięcia programu Haven.
referral-failed = Nie udało się utworzyć skierowania: { $detail }
referral-left-out = Nie ma już w katalogu (usunięte przy aktualizacji), pominięte na skierowaniu: { $ids }
referral-preview-page = Strona { $page } z { $pages }

## Synchronizacja z centralnym źródłem

feed-keys-written = Zapisano klucze: { $public } (publiczny: przekaż go placówkom) i { $secret } (tajny: przechowuj go w bezpiecznym miejscu). Klucz publiczny: { $key }
feed-built = Utworzono źródło nr { $sequence } w { $dir } (liczba wpisów: { $count }, liczba zmian od poprzedniego numeru: { $changes }). Podpisz je poleceniem `haven feed sign`.
feed-signed = Podpisano: { $path }
settings-feed = Aktualizacje z centralnego źródła
settings-feed-hint = Opcjonalnie: Haven działa w pełni bez internetu. Adres źródła i klucz wydawcy otrzymasz od swojej organizacji; aktualizacje podpisane jakimkolwiek innym kluczem są odrzucane.
settings-feed-url = Adres źródła (https://…/manifest.json)
settings-feed-key = Klucz publiczny wydawcy (minisign, zaczyna się od RW…)
settings-feed-proxy = Serwer proxy (pozostaw puste, aby użyć ustawień systemu)
settings-feed-at-start = Sprawdzaj aktualizacje przy uruchamianiu programu Haven
settings-yes = Tak
settings-no = Nie

## Warstwa pracownika: notatki, zgłoszenia, ulubione, własne wpisy ośrodka
layer-file-not-ours = { $what ->
    [layer] To nie jest eksport notatek i wpisów z programu Haven.
   *[corrections] To nie jest plik poprawek programu Haven.
}
layer-file-newer = Ten plik utworzyła nowsza wersja programu Haven (wersja formatu { $version }). Zaktualizuj program Haven, aby go odczytać; niczego nie zmieniono.
layer-file-syntax = Nie można odczytać pliku w wierszu { $line }: { $detail }. Niczego nie zmieniono.
layer-file-truncated = Plik urywa się w połowie: został ucięty podczas kopiowania lub zapisywania. Niczego nie zmieniono.
layer-file-invalid = Plik zawiera coś, czego Haven nie może przyjąć: { $detail }. Niczego nie zmieniono.
layer-file-too-big = Ten plik ma { $megabytes } MB: jest dużo większy niż jakikolwiek plik zapisany przez Haven. Niczego nie zmieniono.
layer-restored = Plik z notatkami i wpisami był uszkodzony. Przywrócono kopię zapasową z dnia { $date }; to, co zapisano później, przepadło. Uszkodzony plik zachowano w { $path }.
layer-lost = Plik z notatkami i wpisami był uszkodzony i nie było kopii zapasowej. Haven zaczyna od pustego pliku; uszkodzony plik zachowano w { $path }.
store-error-newer-layer = Plik z notatkami i wpisami ({ $path }) zapisała nowsza wersja programu Haven. Zaktualizuj program; plik pozostawiono bez zmian.
store-error-no-record = Żaden wpis nie ma identyfikatora „{ $id }”.
store-error-no-value = { $id } nie ma pola „{ $field }” o wartości „{ $given }”. Ma: { $known }.
store-error-invalid = Nie można zapisać wpisu:
    { $problems }
flag-field-phone = telefon
flag-field-address = adres
flag-field-hours = godziny otwarcia
flag-field-channel = strona lub e-mail
flag-field-name = nazwa
flag-field-description = opis
flag-field-city = miejscowość
flag-field-eligibility = kto może skorzystać
flag-field-what-to-bring = co zabrać
flag-field-what-to-expect = co się dzieje
mine-flag-open = Zgłoszone tutaj jako niedziałające dnia { $date }.
mine-flag-corrected = Poprawione tutaj dnia { $date }: { $value }.
mine-flag-now-none = nic
mine-flag-resolved = Twoje zgłoszenie z dnia { $date } zostało rozwiązane: aktualizacja to zmieniła; teraz jest { $now }.
mine-flag-yours = Twoja wartość to { $value }: zachowaj ją albo zrezygnuj z niej.
mine-removed = Usunięte przez wydawcę w aktualizacji. Zachowane tutaj ze względu na Twoją notatkę, dopóki z niego nie zrezygnujesz.
mine-local = Dodane przez ten ośrodek.
mine-favourite = Jeden z ulubionych wpisów ośrodka.
mine-removed-short = usunięte
mine-local-short = tego ośrodka
mine-favourite-short = ulubione
mine-flagged-short = zgłoszone
mine-noted-short = notatka
mine-this-office = ten ośrodek
field-note = Notatka ośrodka
field-note-date = Notatkę napisano dnia { $date }.
sheet-office-note = Uwaga od ośrodka
field-reports = Zgłoszenia tego ośrodka
sheet-phone-flagged = Zgłoszono, że ten numer nie działa; spróbuj i daj nam znać, czy działa.
sheet-hours-flagged = zgłoszono, że te godziny są nieaktualne: zadzwoń przed wyjściem
sheet-channel-flagged = Zgłoszono, że ten adres nie działa; spróbuj i daj nam znać, czy działa.
field-source-office = Zgłoszone przez: { $office }
cli-note-empty = Wpisz treść notatki albo użyj --clear, aby ją usunąć.
cli-note-saved = Zapisano notatkę przy { $id }.
cli-note-cleared = Usunięto notatkę przy { $id }.
cli-unknown-field = „{ $value }” nie jest polem, które można zgłosić. Wybierz jedno z: { $choices }.
cli-flag-none = { $id } nie ma takiego zgłoszenia.
cli-flag-keep-open = To zgłoszenie jest wciąż otwarte: wpis nadal zawiera zgłoszoną wartość.
cli-flag-cleared = Wycofano zgłoszenie przy { $id }.
cli-flag-kept = Twoja poprawka przy { $id } zostaje mimo nowej wartości wydawcy.
cli-flag-saved = Zapisano zgłoszenie przy { $id }:
cli-favourite-saved = { $id } jest teraz ulubionym wpisem.
cli-favourite-cleared = { $id } nie jest już ulubionym wpisem.
cli-read-failed = Nie można odczytać { $path }: { $detail }
cli-local-exists = Wpis o identyfikatorze { $id } już istnieje.
cli-local-added = Dodano { $id } do wpisów tego ośrodka.
cli-local-not-ours = { $id } nie jest wpisem tego ośrodka.
cli-local-edited = Zapisano { $id }.
cli-local-none = Ten ośrodek nie dodał żadnych wpisów i żaden usunięty wpis nie ma notatki.
cli-local-removed = Usunięto { $id } z wpisów tego ośrodka.
cli-forgotten = Zrezygnowano z { $id }: jego notatka, zgłoszenia i oznaczenie ulubionego zostały usunięte.
cli-layer-exported = Zapisano { $path }: notatki: { $notes }, zgłoszenia: { $flags }, wpisy ośrodka: { $records }. Nie ma w nim poufnych adresów.
cli-layer-import-nothing = Nic nowego: wszystko z pliku już tu jest.
cli-layer-imported = Zaimportowano: notatki: { $notes }, zgłoszenia: { $flags }, ulubione: { $favourites }, wpisy: { $records }.
layer-note-brought-in = — Przeniesione z innego komputera { $today } (napisane { $written }):
layer-import-merged = Nic Twojego nie zostało zastąpione: { $notes } notatek różniło się od Twoich i zachowano obie (przeniesiona jest oznaczona); { $flags } zgłoszeń i { $records } wpisów różniło się od Twoich i zachowano Twoje.
cli-corrections-exported = Zapisano poprawki dla wydawcy ({ $count }) w { $path }. Nie ma w nim nic o żadnym kliencie.
feed-corrections-remove = usunąć
feed-corrections-gone = Folder nie zawiera już wpisu { $id }.
feed-corrections-changed = Już zmienione: wpis zawiera teraz { $now }.
feed-corrections-name = Wpis nie może stracić nazwy.
feed-corrections-bad-accept = „{ $value }” nie jest żadnym z podanych numerów.
feed-corrections-accepted = przyjęte
feed-corrections-can-apply = można zastosować
feed-corrections-dry-run = Niczego nie zapisano. Przyjmij poprawki opcją --accept all lub --accept 1,3, a potem uruchom haven feed build.
feed-corrections-written = Zapisano wpisy ({ $count }) w { $dir }. Uruchom haven feed build, aby je opublikować.
referral-print-flagged = Drukuj numery zgłoszone jako niedziałające
referral-number-left-off = { $number } ({ $name }) nie trafi na skierowanie: biuro zgłosiło { $date }, że nie działa.
referral-share-note = Wydrukuj notatkę biura dla tego klienta
detail-favourite-add = Dodaj do ulubionych
detail-favourite-remove = Usuń z ulubionych
detail-edit = Edytuj
detail-let-go = Zrezygnuj z wpisu
detail-note-placeholder = Co wie ośrodek: kiedy telefon odpowiada, o kogo pytać…
detail-note-hint = Tylko dla ośrodka. Nigdy nie wpisuj tu nazwiska ani danych klienta.
detail-note-save = Zapisz notatkę
detail-note-clear = Usuń notatkę
detail-note-cleared = Notatka usunięta.
detail-unflag = Wycofaj zgłoszenie
detail-flag-phone = Zgłoś: ten numer nie działa
detail-flag-address = Zgłoś: ten adres jest błędny
detail-correct-phone = Właściwy numer, jeśli go znasz
detail-correct-address = Właściwy adres, jeśli go znasz
detail-correct-channel = Właściwy adres, jeśli go znasz
detail-correct-hours = Właściwe godziny, jeśli je znasz
detail-flag-channel = Zgłoś: to nie działa
detail-flag-hours = Zgłoś: te godziny są nieaktualne
detail-correct-save = Zapisz
detail-use-publisher = Przyjmij wartość wydawcy
detail-keep-mine = Zachowaj moją
filters-mine = Ten ośrodek
filters-favourites = Ulubione
filters-local = Dodane przez ten ośrodek
filters-flagged = Zgłoszone
nav-add = Dodaj usługę
form-title-add = Dodaj własną usługę ośrodka
form-title-edit = Edytuj wpis ośrodka
form-hint = Wpis zostaje na tym komputerze, a jego źródłem jest ten ośrodek; wyszukuje się go jak katalog. Nigdy nie wpisuj tu danych klienta.
form-kind = Rodzaj
form-country = Kraj
form-name = Nazwa
form-name-placeholder = np. Punkt interwencji kryzysowej „Tęcza”
form-description = Co oferuje
form-description-placeholder = Komu i jak pomaga
form-city = Miejscowość
form-city-placeholder = np. Kraków
form-address = Adres
form-address-placeholder = Ulica i numer
form-phone = Telefon
form-phone-placeholder = np. 12 654 32 10 lub +48 12 654 32 10
form-website = Strona internetowa
form-website-placeholder = https://…
form-email = E-mail
form-email-placeholder = nazwa@example.org
form-hours = Godziny otwarcia
form-hours-placeholder = np. Mo-Fr 08:00-16:00 lub 24/7
form-languages = Języki obsługi
form-languages-placeholder = np. polski, ukraiński (lub pl, uk)
form-categories = Kategorie
form-save = Zapisz
form-cancel = Anuluj
form-required = To pole jest wymagane.
form-country-needed = Wybierz kraj, w którym działa placówka. (Ustaw miejsce biura w Ustawieniach, a zostanie wybrany za Ciebie.)
form-phone-invalid = Haven nie może wybrać tego numeru: wpisz go z kodem kraju (+48 …) albo tak, jak wybiera się go w kraju.
form-website-invalid = Adres strony zaczyna się od https:// lub http://.
form-email-invalid = Adres e-mail zawiera @ i nie ma spacji.
form-hours-invalid = Haven nie odczyta tych godzin. Wpisz je tak: Mo-Fr 08:00-16:00; Sa 10:00-14:00 albo 24/7.
form-languages-invalid = Haven nie zna któregoś z tych języków. Wpisz ich nazwy lub kody dwuliterowe oddzielone przecinkami, np. polski, ukraiński albo pl, uk.
settings-layer = Notatki i wpisy tego ośrodka
settings-layer-hint = Notatki, zgłoszenia, ulubione i własne wpisy ośrodka są przechowywane oddzielnie od katalogu, z kopią zapasową każdego dnia. Przenieś je na inny komputer w pliku; poufne adresy zostają tutaj.
settings-layer-export = Zapisz notatki i wpisy do pliku…
settings-layer-import = Wczytaj notatki i wpisy z pliku…
settings-corrections-export = Zapisz poprawki dla wydawcy…
layer-file-failed = Nie udało się zapisać ani odczytać pliku: { $detail }
settings-layer-import-none = Niczego nie wczytano: nie wybrano pliku, a w { $folder } nie ma pliku Haven.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = Ten identyfikator ma więcej niż jeden wpis.
problem-bad-id = Identyfikator zapisuje się jako przestrzeń/nazwa: małe litery łacińskie, cyfry i myślniki.
problem-office-namespace = Własne wpisy biura mają identyfikatory zaczynające się od local/.
problem-local-reserved = Identyfikatory zaczynające się od local/ są zarezerwowane dla własnych wpisów biura.
problem-region-id = Identyfikator regionu zapisuje się jako kraj/nazwa, np. pl/mazowieckie.
problem-no-record = Nie ma wpisu { $id }.
problem-not-organization = { $id } nie jest organizacją.
problem-related-self = Wpis nie może być powiązany sam ze sobą.
problem-language = „{ $code }” nie jest dwuliterowym kodem języka (ISO 639-1), np. pl, uk.
problem-phone = Haven nie może wybrać numeru { $number }: zapisz go z kodem kraju (+ i 7–15 cyfr) albo jako krótki numer krajowy (3–6 cyfr).
problem-phone-display = Numer w zapisie { $display } nie jest numerem { $number }.
problem-hours = Haven nie może odczytać tych godzin ({ $detail }). Zapisz je tak: Mo-Fr 08:00-16:00; Sa 10:00-14:00 albo 24/7.
problem-email = „{ $value }” nie jest adresem e-mail: adres ma @ i nie ma spacji.
problem-link = „{ $value }” nie jest adresem strony: adres zaczyna się od https:// lub http://.
problem-steps = Procedura musi mieć swoje kroki.
problem-no-source = Każdy wpis podaje swoje źródło.
problem-office-name = Podaj nazwę biura, które to zgłosiło.
problem-no-seed = Nie ma dokumentu źródłowego { $file }.
problem-quote = Cytatu nie ma dosłownie w { $file }.
problem-seed-quote = Dokument źródłowy wymaga cytatu z niego.
problem-url = „{ $url }” nie jest adresem strony.
problem-publisher = Źródło publiczne musi mieć wydawcę.
problem-seed-or-url = Źródło wymaga dokumentu źródłowego albo adresu strony.
problem-phone-unsourced = Żadne źródło nie podaje tego numeru: wskaż publiczne źródło, z którego pochodzi.
problem-channel-unsourced = Żadne źródło nie podaje tego adresu: zacytuj go albo podaj jako adres źródła.
problem-verified-future = Data sprawdzenia jest w przyszłości.
problem-verified-by = Podaj, kto sprawdził wpis.
problem-original-missing = Brakuje tekstu w języku oryginału ({ $lang }).
problem-english-missing = Brakuje tekstu po angielsku.
problem-text-empty = Tekst w języku { $lang } jest pusty.
problem-not-object = Wpis to obiekt JSON, zapisany między {"{"} i {"}"}.
problem-unreadable = Haven nie może odczytać tego wpisu: { $detail }
problem-hidden-control = Tekst zawiera niewidoczny znak ({ $code }), który może zmienić jego odczyt, np. odwrócić numer. Usuń go.
cli-bad-near = Haven nie zna miejsca „{ $value }”. Podaj kod kraju albo kod kraju i identyfikator regionu z katalogu: PL, PL/warminsko-mazurskie.
settings-near = Miejsce biura (jego usługi są na liście najpierw)
settings-near-anywhere = Wszędzie
settings-near-region = Region
settings-near-whole-country = Cały kraj
cli-version-not-set-up = Katalog: jeszcze nieprzygotowany; dołączony katalog powstanie przy pierwszym uruchomieniu.
about-portable = Wersja przenośna: Haven trzyma katalog, notatki i ustawienia w { $dir }, obok programu, i nic w Twoim folderze domowym.
about-kept-in = Haven trzyma katalog i notatki w { $dir }.
about-portable-here = Wersja przenośna: Haven trzyma katalog, notatki i ustawienia obok programu, i nic w Twoim folderze domowym. Są w tym folderze:
about-kept-here = Haven trzyma katalog i notatki w tym folderze:
search-index-repaired = Indeks wyszukiwania był uszkodzony; Haven odbudował go z zapisów katalogu. Nic z Twoich danych nie zginęło.
edit-too-long = Notatka ma { $chars } znaków; notatka mieści najwyżej { $max }. Niczego nie zapisano.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = nie ma takiego pliku ani folderu
io-permission-denied = to konto nie może go otworzyć
io-folder = to folder, a nie plik
io-not-regular = to nie jest zwykły plik (to urządzenie, potok lub gniazdo)
io-read-only = dysk lub folder jest tylko do odczytu
io-disk-full = dysk jest pełny
io-too-big = jest większy niż { $megabytes } MB, które może mieć taki plik
io-not-text = to nie jest tekst (UTF-8)

# A data folder this account can only read.
db-read-only = Folder danych Haven { $dir } jest dla tego konta tylko do odczytu: można wyszukiwać, oglądać i drukować, ale notatek, zgłoszeń, importów i aktualizacji nie da się zapisać.
db-read-only-bundled = Katalogu w tym folderze nie można było użyć w obecnej postaci, więc pokazany jest katalog dołączony do Haven.
store-error-read-only = Folder danych Haven { $dir } jest dla tego konta tylko do odczytu, więc nie można tego zapisać. Wyszukiwanie, oglądanie i drukowanie nadal działają. Nic nie zostało zmienione.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = ← Wróć do wyników
search-filters-show = { $count ->
    [0] Pokaż filtry
   *[other] Pokaż filtry (włączone: { $count })
}
search-filters-hide = Ukryj filtry

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = Kod QR: telefon { $number }
sheet-qr-link = Kod QR: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = Góra/Dół lub Tab przejście · Enter wykonaj · Lewo/Prawo język karty · Ctrl+S zapisz PDF · Esc wróć
status-keys-form = Tab następne pole · Shift+Tab poprzednie · Ctrl+S zapisz · Esc wróć
status-keys-settings = Góra/Dół lub Tab przejście · Lewo/Prawo zmień · Esc wróć
status-keys-import = Ctrl+O wybierz plik · Enter importuj · Esc wróć
status-keys-about = Esc wróć · Ctrl+F szukaj
referral-removed-one = Usunięto ze skierowania.
referral-removed-all = Usunięto ze skierowania: { $count }.
referral-undo = Cofnij
