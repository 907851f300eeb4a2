# Źródła

field-source-seed = Dokument źródłowy { $file }
about-seeds = Skąd pochodzą pierwsze treści
about-seeds-hint = Każdy wpis oparty na tych dokumentach przytacza zdanie, z którego pochodzi.
seed-000 = Kazachstan, obwód abajski: wsparcie policji dla ośrodka kryzysowego w Semeju i projekt „Sän men senim”
seed-001 = Polska, województwo warmińsko-mazurskie: kampania „16 Dni Bez Przemocy” i procedura „Niebieskie Karty”
seed-002 = Wietnam, Cần Thơ: działania humanitarne policji miejskiej, grupy na Zalo, wsparcie dla sierot
seed-003 = Kazachstan, obwód kyzyłordyński: wolontariusze, młodzieżowe centrum zasobów i sklep społeczny
seed-004 = Iran: policyjny program „Pomocnicy Spokoju Społecznego” i poradnictwo na komisariatach policji

seed-000-publisher = Departament Policji obwodu abajskiego
seed-001-publisher = Warmińsko-Mazurski Urząd Wojewódzki
seed-003-publisher = Regionalna Służba Komunikacji obwodu kyzyłordyńskiego
seed-004-publisher = Agencja informacyjna Fars
field-translated = Tekst tego wpisu w języku: { $language } to własne tłumaczenie tego katalogu z języka: { $original }; źródła są cytowane w oryginale.
about-seed-undated = bez daty
