# Haven — English interface text. Every other locale has exactly these ids.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = Offline directory of victim-support services

## Record kinds, categories, target groups

kind-organization = Organisation
kind-service = Service
kind-programme = Programme
kind-campaign = Campaign
kind-procedure = Procedure

category-helpline = Helpline
category-emergency = Emergency number
category-crisis-centre = Crisis centre
category-shelter = Shelter
category-police = Police
category-social-assistance = Social assistance
category-counselling = Counselling
category-child-protection = Child protection
category-material-aid = Material aid
category-support-programme = Support programme
category-campaign = Campaign
category-procedure = Procedure
category-volunteering = Volunteering
category-health = Health
category-government = Public authority

target-everyone = Everyone
target-women = Women
target-children = Children
target-youth = Young people
target-families = Families
target-older-people = Older people
target-domestic-violence = People affected by domestic violence
target-orphans = Orphans
target-low-income = People in hardship
target-professionals = Professionals
target-volunteers = Volunteers

## Countries (ISO 3166-1)

country-pl = Poland
country-kz = Kazakhstan
country-vn = Vietnam
country-ir = Iran

## Languages

language-en = English
language-pl = Polish
language-ru = Russian
language-kk = Kazakh
language-vi = Vietnamese
language-fa = Persian

## Dates and hours

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Months of the Solar Hijri calendar (dates on Persian sheets).
month-persian-1 = Farvardin
month-persian-2 = Ordibehesht
month-persian-3 = Khordad
month-persian-4 = Tir
month-persian-5 = Mordad
month-persian-6 = Shahrivar
month-persian-7 = Mehr
month-persian-8 = Aban
month-persian-9 = Azar
month-persian-10 = Dey
month-persian-11 = Bahman
month-persian-12 = Esfand
# A day of a month, as in "25 November".
day-month = { $day } { $month }
# A full date, as in "25 November 2021".
date-full = { $day } { $month } { $year }

weekday-0 = Mon
weekday-1 = Tue
weekday-2 = Wed
weekday-3 = Thu
weekday-4 = Fri
weekday-5 = Sat
weekday-6 = Sun
hours-always = Open 24 hours, every day
hours-closed = closed
period-yearly = Every year, { $start } – { $end }
period-once = { $start } – { $end } { $year }
period-dates = { $start } – { $end }
period-until = until { $year }

## Record fields (detail view, `haven show`, referral sheets)

field-id = Id
field-kind = Kind
field-names = Names
field-description = Description
field-organization = Run by
field-place = Place
field-address = Address
field-address-confidential = Confidential address: do not give it out. Ask the service by phone.
field-no-address = No address given
field-phones = Phones
field-phone-free = free
field-phone-sms = also by text message
field-channels = Other contacts
field-hours = Hours
field-languages = Languages spoken
field-categories = Categories
field-targets = For
field-eligibility = Who can use it
field-bring = What to bring
field-expect = What to expect
field-period = When
field-steps = Steps
field-step-form = Form { $form }
field-step-deadline = Deadline: { $deadline }
field-step-expects = What the person affected can expect: { $text }
field-jurisdiction = Applies in
field-legal-basis = Legal basis
field-related = See also
field-sources = Sources
field-source-seed = Seed document { $file }
field-verified = Verified { $date } by { $who }
field-stale = Due for re-check: verified over 12 months ago
field-stale-short = due for re-check

channel-web = Website
channel-facebook = Facebook
channel-instagram = Instagram
channel-telegram = Telegram
channel-zalo = Zalo
channel-email = E-mail

## Command line

cli-results = { $count ->
    [0] No results.
    [one] { $count } result
   *[other] { $count } results
}
cli-results-shown = showing the first { $shown }
cli-empty-hint = Try fewer words, another spelling, or remove a filter.
cli-unknown-id = No record has the id “{ $id }”. Try `haven search` to find it.
cli-unknown-category = Unknown category “{ $value }”. Use one of: { $choices }
cli-unknown-target = Unknown target group “{ $value }”. Use one of: { $choices }
cli-unknown-country = “{ $value }” is not a country code (two letters, such as PL or KZ).
cli-db-path = Directory database: { $path }
cli-db-ok = The directory database is intact ({ $count } records).
cli-db-damaged = The directory database is damaged: { $detail }. Run `haven db rebuild` to rebuild it from the bundled directory.
cli-db-rebuilt = The directory was rebuilt from the bundled data ({ $count } records).
cli-error = Error: { $detail }

## Opening the directory

db-created = The directory was set up on this computer for the first time.
db-rebuilt-corrupt = The directory database was damaged, so it was rebuilt from the bundled directory. Your own notes and settings are kept.
db-rebuilt-corrupt-backup = The damaged file was kept as { $path }.
db-rebuilt-newer = The directory database was made by a newer version of Haven, so it was rebuilt from the bundled directory. The newer file was kept as { $path }.
db-rebuilt-bundle = This version of Haven brings an updated directory; it has been loaded.
db-migrated = The directory database was upgraded (version { $from } to { $to }).
db-reindexed = The search index was rebuilt.
db-error = The directory could not be opened: { $detail }
cli-unknown-lang = Unknown language “{ $value }”. Use one of: { $choices }
