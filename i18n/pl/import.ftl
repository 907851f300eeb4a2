# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = Odczytywanie i sprawdzanie pliku { $file }…
import-saving = Zapisywanie wpisów na liście biura (liczba: { $records })…
import-io = Nie można odczytać { $path }: { $detail }
import-too-large = Plik ma { $size } MB; Haven czyta pliki do { $max } MB. Niczego nie zaimportowano.
import-unreadable = To nie jest arkusz ani plik CSV, który Haven potrafi odczytać ({ $detail }). Niczego nie zaimportowano.
import-csv-line = Nie można odczytać wiersza { $line } pliku CSV: { $detail }. Niczego nie zaimportowano.
import-empty = Plik nie zawiera żadnych wierszy. Niczego nie zaimportowano.
import-too-many-rows = Plik ma więcej niż { $max } wierszy. Podziel go na mniejsze pliki. Niczego nie zaimportowano.
import-folder = { $path } to folder, nie plik. Wybierz arkusz, plik CSV lub HSDS w środku (pakiet danych HSDS otwiera się przez jego datapackage.json). Niczego nie zaimportowano.
import-not-a-file = { $path } nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo), więc Haven go nie czyta. Niczego nie zaimportowano.
import-old-format = To plik { $kind }, starego binarnego formatu Excela, którego Haven nie czyta. Otwórz go w arkuszu kalkulacyjnym i zapisz jako .xlsx lub .ods. Niczego nie zaimportowano.
import-unpacked = Skoroszyt po rozpakowaniu ma ponad { $max } MB{ $part ->
    [none] {""}
   *[other] {" "}(w części { $part })
}; żaden spis placówek nie jest tak duży. Niczego nie zaimportowano.
import-text-too-long = Część { $part } skoroszytu zawiera tekst dłuższy niż { $max } KB; komórka mieści najwyżej 32 767 znaków. Niczego nie zaimportowano.
import-too-many-columns = Wiersz { $row } ma wpis w kolumnie { $column }; Haven czyta najwyżej { $max } kolumn. Usuń ten wpis lub przenieś go bliżej. Niczego nie zaimportowano.
import-too-many-cells = Plik ma ponad { $max } komórek. Podziel go na mniejsze pliki. Niczego nie zaimportowano.
import-no-name-column = Żadna kolumna nie zawiera nazw placówek. Wskaż ją przez --map, np. --map "Placówka=name". Znalezione kolumny: { $columns }. Niczego nie zaimportowano.
import-bad-map = „{ $map }” nie ma postaci KOLUMNA=POLE. Pola to: { $fields }.
import-no-column = Plik nie ma kolumny „{ $column }”. Niczego nie zaimportowano.

## Rows
import-row = Wiersz { $row }: { $reason }
import-row-column = Wiersz { $row }, { $column }: { $reason }
import-why-no-name = brak nazwy, więc nie może to być wpis; wiersza nie zaimportowano.
import-why-no-country = brak kraju; dodaj kolumnę z krajem albo wybierz miejsce ośrodka w Ustawieniach (w wierszu poleceń --country). Wiersza nie zaimportowano.
import-why-country = „{ $value }” nie jest krajem. Wiersza nie zaimportowano.
import-why-phone = „{ $value }” nie jest numerem telefonu, który można wybrać w kraju { $country }. Wiersza nie zaimportowano.
import-why-email = „{ $value }” nie jest adresem e-mail. Wiersza nie zaimportowano.
import-why-link = „{ $value }” nie jest adresem strony. Wiersza nie zaimportowano.
import-why-too-long = { $chars } znaków; pole mieści najwyżej { $max }. Wiersza nie zaimportowano.
import-why-formula = formuła; Haven przyjmuje tylko wartości (skopiuj kolumnę i wklej jako wartości). Wiersza nie zaimportowano.
import-why-old-trunk = „{ $value }” zapisano ze starym 0 na początku, zniesionym w 2002 r.; odczytano jako { $read }.
import-why-unknown-term = Haven nie zna „{ $value }” jako wartości pola „{ $field }”; wiersz zaimportowano bez niej.
import-why-hours = Nie można odczytać „{ $value }” jako godzin otwarcia ({ $detail }); wiersz zaimportowano bez nich. Zapisz je np. tak: Mo-Fr 08:00-16:00.
import-duplicate-phone = Wiersz { $row }: „{ $name }” ma numer telefonu { $number } wpisu „{ $other }” ({ $id }). Zapewne ta sama placówka: nie dodano jej drugi raz.
import-duplicate-name = Wiersz { $row }: „{ $name }” w tej samej miejscowości jest już w katalogu jako „{ $other }” ({ $id }). Zapewne ta sama placówka: nie dodano jej drugi raz.

## What was read and done
import-read-csv = Odczytano jako CSV: { $encoding }, separator „{ $separator }”.
import-read-samples = Odczytane litery: { $samples } (jeśli wyglądają źle, podaj kodowanie przez --encoding, np. --encoding windows-1250).
import-read-workbook = Odczytano jako { $kind }, arkusz „{ $sheet }”.
import-column = „{ $header }” → { $field }
import-column-unused = nie importowana
import-dry-run = Niczego nie zapisano (--dry-run).
import-summary = Wiersze: { $rows }. Dodane do wpisów tego ośrodka: { $added }. Możliwe duplikaty, niedodane: { $duplicates }. Odrzucone wiersze: { $refused }.
import-summary-dry = Wiersze: { $rows }. Zostałyby dodane: { $added }. Możliwe duplikaty: { $duplicates }. Odrzucone wiersze: { $refused }.

## Fields of a record a column can hold
import-field-name = Nazwa
import-field-description = Opis
import-field-phone = Telefon
import-field-address = Adres
import-field-city = Miejscowość
import-field-region = Województwo / region
import-field-country = Kraj
import-field-category = Kategoria
import-field-target = Dla kogo
import-field-hours = Godziny otwarcia
import-field-website = Strona WWW
import-field-email = E-mail
import-field-languages = Języki
import-field-eligibility = Kto może skorzystać
import-field-notes = Notatki ośrodka

## Open Referral HSDS
hsds-problem = Pozycja { $item } („{ $name }”), { $field }: { $reason }
hsds-syntax = Plik nie jest JSON-em, który Haven potrafi odczytać, w wierszu { $line }: { $detail }. Niczego nie zaimportowano.
hsds-not-hsds = Plik nie zawiera żadnej usługi ani organizacji HSDS. Niczego nie zaimportowano.
hsds-why-no-name = nie ma nazwy; pozycji nie zaimportowano.
hsds-why-no-country = żaden adres nie podaje kraju; podaj --country. Pozycji nie zaimportowano.
hsds-why-phone = „{ $value }” nie jest numerem telefonu, który można wybrać; pozycji nie zaimportowano.
hsds-why-quoted-phone = numer { $value } jest zapisany w cudzysłowie; przyjęto go bez cudzysłowu.
hsds-why-coordinate = { $value } nie jest miejscem na kuli ziemskiej; zachowano to przy wpisie, ale nie użyto.
hsds-why-language = „{ $value }” nie jest dwuliterowym kodem języka; pominięto go.
hsds-why-link = „{ $value }” nie jest adresem strony; pozycji nie zaimportowano.
hsds-why-email = „{ $value }” nie jest adresem e-mail; pozycji nie zaimportowano.
hsds-why-profile = profil Haven nie pasuje do wpisu ({ $value }); pozycji nie zaimportowano.
hsds-read = Odczytano jako JSON Open Referral HSDS: usługi i organizacje: { $items }.
hsds-summary = Dodane do wpisów tego ośrodka: { $added }. Możliwe duplikaty, niedodane: { $duplicates }. Odrzucone pozycje: { $refused }.
hsds-summary-dry = Zostałyby dodane: { $added }. Możliwe duplikaty: { $duplicates }. Odrzucone pozycje: { $refused }.
hsds-exported = Zapisano usługi ({ $services }) i organizacje ({ $organizations }) w formacie Open Referral HSDS 3.1 w { $dir }: jako JSON (services.json, organizations.json) i jako tabele (services.csv i pozostałe, opisane w datapackage.json). Adresy poufne pominięto.
hsds-io = Nie można odczytać pliku: { $detail }. Niczego nie zaimportowano.

## The window
settings-import-list = Importuj listę placówek…
import-title = Import listy placówek
import-hint = Arkusz prowadzony przez ośrodek (CSV, XLSX, ODS) albo plik Open Referral HSDS. Haven pokazuje, co odczytał, zanim cokolwiek zapisze; placówki staną się wpisami tego ośrodka.
import-choose = Wybierz plik…
import-choose-other = Wybierz inny plik…
import-reading = Odczytywanie i sprawdzanie pliku…
import-writing = Zapisywanie…
import-confirm = Importuj placówki: { $count }
import-done = Dodane do wpisów tego ośrodka: { $added }. Możliwe duplikaty, niedodane: { $duplicates }. Odrzucone wiersze: { $refused }.
import-show = Pokaż je
import-another = Importuj inny plik…
import-columns = Czym stała się każda kolumna
import-first = Pierwsze placówki, tak jak zostaną zapisane
import-problems = Odrzucone wiersze, pominięte wartości, możliwe duplikaty
import-more = … i jeszcze { $count }.

## Feeds from other formats
feed-from-not-hsds = Kanał buduje się z folderu o układzie data/, z Open Referral HSDS (JSON albo folder jego tabel CSV) lub z arkusza; w tym folderze jest plik, który nie jest żadnym z nich.
feed-from-refused = Problemy w pliku: { $count }. Niczego nie zbudowano. Popraw je i zbuduj ponownie.
hsds-table = Nie można odczytać tabeli { $file }: { $detail }. Niczego nie zaimportowano.
hsds-too-large = Plik HSDS ma ponad { $max } MB; Haven czyta w jednym imporcie do { $max } MB. Podziel go na mniejsze pliki. Niczego nie zaimportowano.
hsds-too-many-cells = Tabele pakietu mają ponad { $max } komórek; żaden spis placówek nie jest tak duży. Niczego nie zaimportowano.
hsds-item-too-many-parts = Powiązania pakietu wpisałyby do jednej usługi lub organizacji ponad { $max } wierszy (powiązania zapętlone albo jeden wiersz dzielony przez tysiące). Niczego nie zaimportowano.
hsds-too-many-parts = Powiązania pakietu wpisałyby do jego usług i organizacji ponad { $max } wierszy (powiązania zapętlone albo wiersze dzielone przez tysiące). Niczego nie zaimportowano.
hsds-dangling = { $file }, wiersz { $row }, { $column }: „{ $value }” nie wskazuje żadnego wiersza w { $target }; to powiązanie pominięto.
hsds-dangling-left-out = { $file }, wiersz { $row }, { $column }: „{ $value }” nie wskazuje żadnego wiersza w { $target }; wiersz do niczego nie należy i został pominięty.
hsds-dangling-any = { $file }, wiersz { $row }, { $column }: „{ $value }” nie wskazuje żadnego wiersza w żadnej tabeli; to powiązanie pominięto.
hsds-dangling-any-left-out = { $file }, wiersz { $row }, { $column }: „{ $value }” nie wskazuje żadnego wiersza w żadnej tabeli; wiersz do niczego nie należy i został pominięty.
hsds-read-package = Odczytano jako pakiet danych Open Referral HSDS (tabele CSV): usługi i organizacje: { $items }.
import-field-name-en = Nazwa po angielsku
import-field-description-en = Opis po angielsku
import-why-not-published = notatki ośrodka nie są publikowane w kanale; pominięto je.
import-why-shelter-address = adres schroniska nigdy nie jest publikowany; pominięto go (miejscowość zachowano).
feed-sheet-needs-publisher = Kanał z arkusza wymaga --publisher NAZWA i --source-url z adresem http(s) strony, na której można zobaczyć listę: każdy wpis podaje swoje źródło.
