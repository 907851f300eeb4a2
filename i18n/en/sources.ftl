# Sources: the seed documents as publications, and translations

field-source-seed = Seed document { $file }
about-seeds = Where the first content comes from
about-seeds-hint = Every record drawn from these documents quotes the sentence it came from.
seed-000 = Kazakhstan, Abai region: police support for a crisis centre in Semey and the project “Sän men senim”
seed-001 = Poland, Warmian-Masurian voivodeship: the “16 Days Without Violence” campaign and the “Niebieskie Karty” procedure
seed-002 = Vietnam, Cần Thơ: humanitarian work of the city police, Zalo groups, support for orphans
seed-003 = Kazakhstan, Kyzylorda region: volunteers, the youth resource centre and the social shop
seed-004 = Iran: the police plan “Social Peace Helpers” and counselling in police stations

seed-000-publisher = Police Department of Abai Region
seed-001-publisher = Warmian-Masurian Voivodeship Office
seed-003-publisher = Regional Communications Service of Kyzylorda Region
seed-004-publisher = Fars News Agency
field-translated = The { $language } text of this entry is this directory’s own translation from { $original }; sources are quoted as written.
about-seed-undated = undated
