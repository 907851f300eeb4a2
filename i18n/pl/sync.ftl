# Aktualizacja katalogu z kanału.

sync-checking = Sprawdzanie źródła…
sync-downloading = Pobieranie { $file }: { $bytes } z { $total } bajtów
sync-applying = Wprowadzanie zmian: { $records } z { $total } wpisów
feed-build-checking = Sprawdzanie wpisów (liczba: { $total })…
feed-build-lines = Zapisywanie wpisów jako wierszy JSON (liczba: { $total })…
feed-build-indexing = Indeksowanie do wyszukiwania: { $records } z { $total } wpisów
feed-build-packing = Kompresowanie gotowego katalogu…
feed-build-delta = Porównywanie z poprzednim numerem…
sync-up-to-date = Katalog jest aktualny (numer źródła: { $sequence }).
sync-updated = Katalog został zaktualizowany z numeru { $from } do numeru { $to }: { $count ->
    [one] zmieniono { $count } wpis.
    [few] zmieniono { $count } wpisy.
    [other] zmieniono { $count } wpisu.
   *[many] zmieniono { $count } wpisów.
}
sync-unchanged = Katalog, z którego korzystasz, pozostał bez zmian.
sync-error-not-configured = Nie skonfigurowano źródła: dodaj jego adres i klucz wydawcy w Ustawieniach.
sync-error-insecure = Adres źródła musi zaczynać się od https:// ({ $detail }).
sync-error-bad-url = To nie jest adres internetowy, którego Haven może użyć jako źródła ({ $detail }). Wpisz go w całości, np. https://feed.example.org/haven/ (bez spacji).
sync-error-foreign = Manifest źródła wskazuje plik na innym serwerze lub porcie ({ $detail }); Haven pobiera tylko z adresu samego źródła.
sync-error-bad-key = Klucz wydawcy nie jest prawidłowym kluczem publicznym minisign ({ $detail }).
sync-error-offline = Nie można połączyć się ze źródłem: możliwe, że nie ma połączenia z siecią ({ $detail }).
sync-error-http = Serwer źródła zgłosił błąd ({ $detail }).
sync-error-signature = Źródło nie jest podpisane kluczem wydawcy, dlatego ze względów bezpieczeństwa zostało odrzucone ({ $detail }).
sync-error-manifest = Nie można odczytać manifestu źródła ({ $detail }).
sync-error-rollback = Udostępnione dane są starsze niż katalog, z którego korzystasz, dlatego ze względów bezpieczeństwa zostały odrzucone ({ $detail }).
sync-error-expired = Źródło straciło ważność, dlatego ze względów bezpieczeństwa zostało odrzucone; wydawca go nie zaktualizował ({ $detail }).
sync-error-too-new = Źródło wymaga nowszej wersji programu Haven ({ $detail }).
sync-error-truncated = Pobieranie zostało przerwane ({ $detail }).
sync-error-too-large = Plik źródła jest większy, niż to dozwolone, dlatego ze względów bezpieczeństwa został odrzucony ({ $detail }).
sync-error-checksum = Plik źródła nie zgadza się ze swoją sumą kontrolną, dlatego ze względów bezpieczeństwa został odrzucony ({ $detail }).
sync-error-bad-feed = Źródło zawiera nieprawidłowy wpis ({ $detail }).
sync-error-cancelled = Aktualizacja została anulowana.
sync-error-untrusted = Serwer źródła przedstawił certyfikat, któremu ten komputer nie ufa, dlatego niczego nie pobrano ({ $detail }). Jeśli sieć w Twojej placówce korzysta z własnego urzędu certyfikacji, poproś dział IT o dodanie go do zaufanych certyfikatów systemu.
sync-error-store = Nie udało się zaktualizować katalogu ({ $detail }).
sync-now = Aktualizuj teraz
sync-cancel = Anuluj
sync-done = { $text }
sync-last = Ostatnia aktualizacja: { $when } — { $result }
sync-outcome-up-to-date = katalog był już aktualny
sync-outcome-updated = zaktualizowano
sync-outcome-not-configured = nie skonfigurowano źródła
sync-outcome-insecure = odrzucono: adres bez https
sync-outcome-bad-url = odrzucono: to nie adres
sync-outcome-foreign = odrzucono: plik gdzie indziej
sync-outcome-bad-key = nieprawidłowy klucz wydawcy
sync-outcome-offline = brak sieci
sync-outcome-http = błąd serwera
sync-outcome-signature = odrzucono: nieprawidłowy podpis
sync-outcome-manifest = nie udało się odczytać manifestu
sync-outcome-rollback = odrzucono: starsze dane
sync-outcome-expired = odrzucono: źródło straciło ważność
sync-outcome-too-new = wymaga nowszej wersji programu Haven
sync-outcome-truncated = pobieranie przerwane
sync-outcome-too-large = odrzucono: za duży plik
sync-outcome-checksum = odrzucono: niezgodna suma kontrolna
sync-outcome-bad-feed = odrzucono: nieprawidłowy wpis
sync-outcome-cancelled = anulowano
sync-outcome-untrusted = niezaufany certyfikat
sync-outcome-store = nie udało się zaktualizować katalogu
sync-error-busy = Inny Haven na tym komputerze już aktualizuje katalog.
sync-outcome-busy = trwała inna aktualizacja
store-error-update-running = Inny Haven na tym komputerze właśnie aktualizuje katalog. Spróbuj ponownie, gdy skończy.
sync-error-too-slow = Serwer kanału wysyła zbyt wolno; pobieranie przerwano ({ $detail }).
sync-outcome-too-slow = zbyt wolno
directory-changed-elsewhere = Katalog został zaktualizowany przez inny Haven na tym komputerze; widzisz już nową wersję.
