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
language-uk = Ukrainian
language-de = German
language-fr = French
language-ar = Arabic
language-tr = Turkish
language-zh = Chinese

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
now-open = Open now
now-open-until = Open now, until { $time }
now-always = Open 24/7
now-line-always = Phone line open 24/7 (the office keeps its own hours)
now-closed = Closed
now-closed-opens-today = Closed, opens at { $time }
now-closed-opens-on = Closed, opens { $day } at { $time }
now-unknown = Hours unknown
now-running = Running now
filter-hours = Hours
filter-open-now = Open now
filter-always-open = Open 24/7
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
phone-short = Tel.
field-phone-free = free
field-phone-sms = also by text message
field-phone-charged = charged call (premium rate)
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
cli-bad-time = “{ $value }” is not a time Haven can read. Write it as 2026-12-06T23:00:00+03:30 (RFC 3339, with its offset).
cli-unknown-category = Unknown category “{ $value }”. Use one of: { $choices }
cli-unknown-target = Unknown target group “{ $value }”. Use one of: { $choices }
cli-unknown-country = “{ $value }” is not a country code (two letters, such as PL or KZ).
cli-unknown-encoding = “{ $value }” is not a character encoding Haven knows (e.g. utf-8, windows-1250, windows-1251, windows-1256).
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
db-not-private = Other accounts on this computer may be able to read { $dir }: its owner or its file system (a shared folder, a USB stick) does not let Haven make it private. Notes and the office's records are kept there; keep clients' details out of them, or choose a private folder.
db-made-private = Haven made { $dir } readable by you alone (its permissions were { $mode }): notes and the office’s records are kept there.
db-migrated = The directory database was upgraded (version { $from } to { $to }).
db-reindexed = The search index was rebuilt.
db-error = The directory could not be opened: { $detail }
store-error-database = The directory database reported an error: { $detail }
store-error-disk-full = There is not enough disk space. Nothing was changed; free some space and try again.
store-error-file = The file { $path } could not be used: { $detail }
store-error-bundle = The directory bundled with Haven cannot be read: { $detail }
store-error-no-data-dir = No folder for Haven's data could be found. Start Haven with --data-dir FOLDER.
store-error-record = A record in the directory could not be read: { $detail }
store-error-stopped = The directory stopped working in the background. Close Haven and open it again.
store-error-origin = The directory does not say which feed or bundle it came from ({ $detail }), so it cannot be updated safely. Rebuild it from the bundled directory.
cli-unknown-lang = Unknown language “{ $value }”. Use one of: { $choices }
cli-output-failed = Haven could not write its output: { $detail }

## Window: navigation and status

nav-search = Search
nav-settings = Settings
nav-about = About
nav-menu = Menu
notice-dismiss = Dismiss
status-opening = Opening the directory…
status-failed = The directory is not available
status-keys = Ctrl+F search · Up/Down move · Enter open · Tab next pane · Ctrl+C copy phone · Ctrl+R add to referral · F1 about
copied = Copied to the clipboard: { $text }
copied-corrected = Copied to the clipboard: { $text }, the office's correction of the publisher's number.
copied-reported = Copied to the clipboard: { $text }. The office reported this number as not working on { $date }: check it before giving it to a client.
copy-no-phone = The selected record has no phone number.
link-failed = The link could not be opened: { $detail }
work-program-failed = { $program } could not do it: { $detail }

## Search screen

search-placeholder = Search services, places, phone numbers… in any language
search-loading = Loading the directory…
search-busy = searching…
search-error = The search failed: { $detail }
search-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
search-empty-title = Nothing matches.
search-empty-hint = Try fewer words or another spelling, or clear the filters. Diacritics are optional: “can tho” finds “Cần Thơ”.
search-empty-examples = Examples: kryzys · Cần Thơ · کلانتری · ерікті · 116 111 · Niebieska Karta
filters-title = Filters
filters-clear = Clear all filters
filters-none = No filters for these results.
filters-country = Country
filters-region = Region
filters-category = Category
filters-target = For
filters-language = Language spoken
detail-copy-hint = Click a number to copy it.
detail-runs = Runs

## Referral basket

basket-title = Referral
basket-count = { $count ->
    [one] Referral ({ $count } service)
   *[other] Referral ({ $count } services)
}
basket-add = + Add to referral
basket-in = • In referral

## Settings

settings-title = Settings
settings-language = Interface language
settings-language-system = System default
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast
settings-text-size = Text size
settings-paper = Paper size for referral sheets
paper-a4 = A4
paper-letter = Letter
settings-office = Your office
settings-office-hint = Printed at the top of referral sheets. Stored only on this computer.
settings-office-name = Office name
settings-office-address = Office address
settings-office-phone = Office phone
settings-office-phone-wrong = Not a phone number: { $detail }. Write it as it is dialled; with the country code (+48 …) until the office’s place is set.
settings-worker = Your name (optional)
settings-keys-hint = Keyboard: Up/Down choose a setting, Left/Right change it, Esc back to search.
settings-unreadable = The settings file could not be read ({ $detail }), so defaults are in use. The old file was kept as { $path }.
settings-unreadable-unchanged = The settings file could not be read ({ $detail }), so defaults are in use. The file was left as it is.
settings-bad-fields = Some settings had values that made no sense and were reset: { $fields }.
settings-save-failed = The settings could not be saved: { $detail }

## About

about-title = About Haven
about-version = Version { $version }
about-directory = The directory
about-origin-bundled = Bundled directory, version { $version }
about-origin-feed = Updated from the feed “{ $feed }”, sequence { $sequence }
about-updated = Built or updated on { $date }
about-total = { $count ->
    [one] { $count } record
   *[other] { $count } records
}
about-helplines = National helplines
about-helplines-text = Numbers not found in the seed documents come only from public sources that each record names, and are marked for re-checking.
about-privacy = Privacy
about-privacy-text = Haven stores nothing about clients. A shelter’s confidential address is shown on screen with a warning and is never printed or exported.
about-fonts = Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License 1.1.

## Directory problems in the window

db-failed-title = The directory could not be opened
db-failed-what-to-do = Rebuild it from the copy bundled with Haven. If that fails too, check that the folder of { $path } exists and can be written to.
db-rebuild = Rebuild the directory

## Referral sheet (printed in the client's language)

sheet-title = Where to get help
sheet-date = Date: { $date }
sheet-worker = Prepared by: { $name }
sheet-intro = These services can help you. You can contact them yourself; you do not need this sheet to do so.
sheet-note = A note for you
sheet-address-by-phone = given by phone (the address is confidential)
sheet-short-code = dial within { $country }
sheet-untranslated-original = Parts of this entry have no translation into { $language }; they are shown in English or as first written.
sheet-untranslated = Parts of this entry have no translation into { $language }; they are shown in English.
sheet-source = Source: { $sources }. Checked: { $date }.
sheet-emergency = In immediate danger, call the emergency number of the country you are in.
sheet-privacy = This sheet holds no personal data unless it was written on it.
sheet-page = page { $page } of { $pages }
cli-unknown-paper = Unknown paper size “{ $value }”. Use a4 or letter.
referral-saved = The referral sheet was saved to { $path }.
referral-unreachable = No number to call will be printed for “{ $name }”.
referral-unreachable-offer = The client could call “{ $name }” ({ $number }): add { $id } to the sheet.
referral-unreachable-office = Or give the client the office’s own number (Settings → Office).
referral-add-offer = Add “{ $name }”
referral-save-failed = The referral sheet could not be saved to { $path }: { $detail }

## Referral composer

referral-basket = Services on the sheet
referral-empty = The referral is empty. Add services from the search with “+ Add to referral” or Ctrl+R.
referral-up = Up
referral-down = Down
referral-remove = Remove
referral-clear = Remove all
referral-sheet-language = Language of the sheet
referral-sheet-language-hint = The client's language; it need not be yours. Left/Right changes it.
referral-no-office = No office details yet: add them in Settings.
referral-note = Note for the client
referral-note-hint = Printed on the sheet only. Haven does not store it.
referral-note-placeholder = For example: call on Monday morning and mention this sheet.
referral-save = Save PDF…
referral-print = Print
referral-working = Preparing the sheet…
referral-printed = Sent to the printer: { $job }
referral-in-viewer = No printer queue answered, so the sheet was opened in the PDF viewer: print it from there. It waits at { $path } until Haven closes.
referral-failed = The sheet could not be made: { $detail }
referral-left-out = No longer in the directory (an update removed them), left off the sheet: { $ids }
referral-preview-page = Page { $page } of { $pages }

## Sync with the central feed

feed-keys-written = Keys written: { $public } (public: give it to offices) and { $secret } (secret: keep it safe). Public key: { $key }
feed-built = Feed sequence { $sequence } built in { $dir }: { $count } records, { $changes } changes since the previous one. Sign it with `haven feed sign`.
feed-signed = Signed: { $path }
settings-feed = Updates from the central feed
settings-feed-hint = Optional: Haven is complete offline. Your organisation gives you the feed address and the publisher's key; updates signed with any other key are refused.
settings-feed-url = Feed address (https://…/manifest.json)
settings-feed-key = Publisher's public key (minisign, starts with RW…)
settings-feed-proxy = Proxy (leave empty to use the system's)
settings-feed-at-start = Check for updates when Haven starts
settings-yes = Yes
settings-no = No

## The worker's own layer: notes, flags, favourites, the office's own records
layer-file-not-ours = { $what ->
    [layer] This is not a Haven export of notes and records.
   *[corrections] This is not a Haven corrections file.
}
layer-file-newer = This file was made by a newer Haven (format version { $version }). Update Haven to read it; nothing was changed.
layer-file-syntax = The file cannot be read at line { $line }: { $detail }. Nothing was changed.
layer-file-truncated = The file ends in the middle: it was cut short while being copied or saved. Nothing was changed.
layer-file-invalid = The file holds something Haven cannot take: { $detail }. Nothing was changed.
layer-file-too-big = This file is { $megabytes } MB: far bigger than any file Haven writes. Nothing was changed.
layer-restored = Your notes and records file was damaged. The backup of { $date } was restored; anything written after it is lost. The damaged file was kept at { $path }.
layer-lost = Your notes and records file was damaged and there was no backup to restore. Haven starts with an empty one; the damaged file was kept at { $path }.
store-error-newer-layer = Your notes and records file ({ $path }) was written by a newer Haven. Update Haven; the file was left as it is.
store-error-no-record = No record has the id “{ $id }”.
store-error-no-value = { $id } has no { $field } “{ $given }”. It has: { $known }.
store-error-invalid = The record cannot be saved:
    { $problems }
flag-field-phone = phone
flag-field-address = address
flag-field-hours = opening hours
flag-field-channel = website or e-mail
flag-field-name = name
flag-field-description = description
flag-field-city = town
flag-field-eligibility = who can use it
flag-field-what-to-bring = what to bring
flag-field-what-to-expect = what happens
mine-flag-open = Reported not working here on { $date }.
mine-flag-corrected = Corrected here on { $date }: { $value }.
mine-flag-now-none = nothing
mine-flag-resolved = Your report of { $date } is resolved: an update changed this; it now reads { $now }.
mine-flag-yours = Your value was { $value }: keep it or let it go.
mine-removed = Removed by the publisher in an update. Kept here for your note until you let it go.
mine-local = Added by this office.
mine-favourite = One of the office's favourites.
mine-removed-short = removed
mine-local-short = this office's
mine-favourite-short = favourite
mine-flagged-short = flagged
mine-noted-short = note
mine-this-office = this office
field-note = Office note
field-note-date = Note written on { $date }.
sheet-office-note = Note from the office
field-reports = Reported by this office
sheet-phone-flagged = This number was reported not to work; try it, and tell us if it does.
sheet-hours-flagged = these hours were reported to be wrong: call before you go
sheet-channel-flagged = This address was reported not to work; try it, and tell us if it does.
field-source-office = Reported by { $office }
cli-note-empty = Write the note's text, or use --clear to remove it.
cli-note-saved = Note saved on { $id }.
cli-note-cleared = Note removed from { $id }.
cli-unknown-field = “{ $value }” is not a field that can be flagged. Choose one of: { $choices }.
cli-flag-none = { $id } has no such flag.
cli-flag-keep-open = That flag is still open: the record still holds the value you flagged.
cli-flag-cleared = Flag taken back on { $id }.
cli-flag-kept = Your correction on { $id } is kept against the publisher's new value.
cli-flag-saved = Flag saved on { $id }:
cli-favourite-saved = { $id } is now a favourite.
cli-favourite-cleared = { $id } is no longer a favourite.
cli-read-failed = { $path } cannot be read: { $detail }
cli-local-exists = A record with the id { $id } already exists.
cli-local-added = Added { $id } to this office's records.
cli-local-not-ours = { $id } is not one of this office's records.
cli-local-edited = Saved { $id }.
cli-local-none = This office has added no records, and no removed record has a note.
cli-local-removed = Removed { $id } from this office's records.
cli-forgotten = Let { $id } go: its note, flags and favourite mark are removed.
cli-layer-exported = Wrote { $path }: { $notes } notes, { $flags } flags, { $records } records of this office. Confidential addresses are not in it.
cli-layer-import-nothing = Nothing new: everything in the file is already here.
cli-layer-imported = Imported { $notes } notes, { $flags } flags, { $favourites } favourites and { $records } records.
layer-note-brought-in = — Brought in from another computer on { $today } (written { $written }):
layer-import-merged = Nothing of yours was replaced: { $notes } notes differed from yours and both are kept (the one brought in is marked); { $flags } flags and { $records } records differed from yours and yours are kept.
cli-corrections-exported = Wrote { $count } corrections for the publisher to { $path }. Nothing about any client is in it.
feed-corrections-remove = remove it
feed-corrections-gone = The folder has no record { $id } any more.
feed-corrections-changed = Already changed: the record now holds { $now }.
feed-corrections-name = A record cannot lose its name.
feed-corrections-bad-accept = “{ $value }” is not one of the numbers listed.
feed-corrections-accepted = accepted
feed-corrections-can-apply = can be applied
feed-corrections-dry-run = Nothing was written. Accept with --accept all or --accept 1,3, then run haven feed build.
feed-corrections-written = Wrote { $count } records into { $dir }. Run haven feed build to publish them.
referral-print-flagged = Print numbers reported not to work
referral-number-left-off = { $number } ({ $name }) is left off the sheet: the office reported it as not working on { $date }.
referral-share-note = Print the office's note for this client
detail-favourite-add = Add to favourites
detail-favourite-remove = Remove from favourites
detail-edit = Edit
detail-let-go = Let it go
detail-note-placeholder = What the office knows: when the line answers, who to ask for…
detail-note-hint = For the office only. Never write a client's name or details here.
detail-note-save = Save note
detail-note-clear = Remove note
detail-note-cleared = Note cleared.
detail-unflag = Take the report back
detail-flag-phone = Report: this number does not work
detail-flag-address = Report: this address is wrong
detail-correct-phone = The right number, if you know it
detail-correct-address = The right address, if you know it
detail-correct-channel = The right address, if you know it
detail-correct-hours = The right hours, if you know them
detail-flag-channel = Report: this does not work
detail-flag-hours = Report: these hours are wrong
detail-correct-save = Save
detail-use-publisher = Use the publisher's
detail-keep-mine = Keep mine
filters-mine = This office
filters-favourites = Favourites
filters-local = Added by this office
filters-flagged = Flagged
nav-add = Add a service
form-title-add = Add a service of this office's own
form-title-edit = Edit this office's record
form-hint = It is kept on this computer with this office as its source, searchable like the directory. Never write a client's details here.
form-kind = Kind
form-country = Country
form-name = Name
form-name-placeholder = e.g. Crisis intervention point “Tęcza”
form-description = What it offers
form-description-placeholder = Who it helps and how
form-city = Town
form-city-placeholder = e.g. Kraków
form-address = Address
form-address-placeholder = Street and number
form-phone = Phone
form-phone-placeholder = e.g. 12 654 32 10 or +48 12 654 32 10
form-website = Website
form-website-placeholder = https://…
form-email = E-mail
form-email-placeholder = name@example.org
form-hours = Opening hours
form-hours-placeholder = e.g. Mo-Fr 08:00-16:00 or 24/7
form-languages = Languages spoken
form-languages-placeholder = e.g. Polish, Ukrainian (or pl, uk)
form-categories = Categories
form-save = Save
form-cancel = Cancel
form-required = This is needed.
form-country-needed = Choose the country the service is in. (Set the office's place in Settings and it is chosen for you.)
form-phone-invalid = This is not a phone number Haven can dial: write it with its country code (+48 …) or as dialled in the country.
form-website-invalid = A website starts with https:// or http://.
form-email-invalid = An e-mail address has an @ and no spaces.
form-hours-invalid = Haven cannot read these hours. Write them like Mo-Fr 08:00-16:00; Sa 10:00-14:00, or 24/7.
form-languages-invalid = Haven does not know one of these languages. Write their names or two-letter codes, separated by commas, e.g. Polish, Ukrainian or pl, uk.
settings-layer = This office's notes and records
settings-layer-hint = Notes, flags, favourites and the office's own records are kept apart from the directory and backed up every day. Move them to another computer with a file; confidential addresses stay here.
settings-layer-export = Save notes and records to a file…
settings-layer-import = Bring in notes and records from a file…
settings-corrections-export = Save corrections for the publisher…
layer-file-failed = The file could not be written or read: { $detail }
settings-layer-import-none = Nothing was brought in: no file was chosen, and there is no Haven file in { $folder }.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = The id is used by more than one record.
problem-bad-id = An id is written namespace/slug: lower-case Latin letters, digits and dashes.
problem-office-namespace = An office's own records have ids that start with local/.
problem-local-reserved = Ids that start with local/ are kept for an office's own records.
problem-region-id = A region's id is written country/slug, e.g. pl/mazowieckie.
problem-no-record = There is no record { $id }.
problem-not-organization = { $id } is not an organisation.
problem-related-self = A record cannot be related to itself.
problem-language = “{ $code }” is not a two-letter language code (ISO 639-1), e.g. pl, uk.
problem-phone = { $number } is not a number Haven can dial: write it with its country code (+ and 7–15 digits) or as a national short number (3–6 digits).
problem-phone-display = The number as written, { $display }, is not the number { $number }.
problem-hours = Haven cannot read these hours ({ $detail }). Write them like Mo-Fr 08:00-16:00; Sa 10:00-14:00, or 24/7.
problem-email = “{ $value }” is not an e-mail address: it has an @ and no spaces.
problem-link = “{ $value }” is not a web address: it starts with https:// or http://.
problem-steps = A procedure needs its steps.
problem-no-source = Every record names its source.
problem-office-name = Name the office that reported it.
problem-no-seed = There is no source document { $file }.
problem-quote = The quote is not found word for word in { $file }.
problem-seed-quote = A source document needs the quote taken from it.
problem-url = “{ $url }” is not a web address.
problem-publisher = A public source needs its publisher.
problem-seed-or-url = A source needs a source document or a web address.
problem-phone-unsourced = No source gives this number: name the public source it comes from.
problem-channel-unsourced = No source gives this address: quote it or name it as a source's web address.
problem-verified-future = The date it was checked is in the future.
problem-verified-by = Say who checked the record.
problem-original-missing = The text in its original language ({ $lang }) is missing.
problem-english-missing = The English text is missing.
problem-text-empty = The text in { $lang } is empty.
problem-not-object = A record is a JSON object, written between {"{"} and {"}"}.
problem-unreadable = Haven cannot read this record: { $detail }
problem-hidden-control = The text holds an invisible character ({ $code }) that can change how it reads, e.g. reverse a number. Remove it.
cli-bad-near = “{ $value }” is not a place Haven knows. Write a country code, or a country code and a region id of the directory: IR, KZ/abai.
settings-near = The office's place (its services are listed first)
settings-near-anywhere = Anywhere
settings-near-region = Region
settings-near-whole-country = The whole country
cli-version-not-set-up = Directory: not set up yet; the bundled one is built at the first start.
about-portable = Portable: Haven keeps its directory, notes and settings in { $dir }, beside the program, and nothing under your home folder.
about-kept-in = Haven keeps its directory and notes in { $dir }.
about-portable-here = Portable: Haven keeps its directory, notes and settings beside the program, and nothing under your home folder. They are in this folder:
about-kept-here = Haven keeps its directory and notes in this folder:
search-index-repaired = The search index was damaged; Haven rebuilt it from the directory’s own records. Nothing of yours was lost.
edit-too-long = The note has { $chars } characters; a note holds at most { $max }. Nothing was saved.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = there is no such file or folder
io-permission-denied = this account may not open it
io-folder = it is a folder, not a file
io-not-regular = it is not a regular file (a device, a pipe or a socket)
io-read-only = the disk or folder can only be read
io-disk-full = the disk is full
io-too-big = it is bigger than the { $megabytes } MB such a file may have
io-not-text = it is not text (UTF-8)

# A data folder this account can only read.
db-read-only = Haven’s data folder { $dir } can only be read by this account: you can search, show and print, but notes, flags, imports and updates cannot be saved.
db-read-only-bundled = The directory in that folder could not be used as it is, so the directory that came with Haven is shown.
store-error-read-only = Haven’s data folder { $dir } can only be read by this account, so this cannot be saved. Searching, showing and printing still work. Nothing was changed.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = ← Back to the results
search-filters-show = { $count ->
    [0] Show filters
   *[other] Show filters ({ $count } on)
}
search-filters-hide = Hide the filters

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = QR code: phone { $number }
sheet-qr-link = QR code: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = Up/Down or Tab move · Enter do · Left/Right sheet language · Ctrl+S save PDF · Esc back
status-keys-form = Tab next box · Shift+Tab previous · Ctrl+S save · Esc back
status-keys-settings = Up/Down or Tab move · Left/Right change · Esc back
status-keys-import = Ctrl+O choose a file · Enter import · Esc back
status-keys-about = Esc back · Ctrl+F search
referral-removed-one = Taken out of the referral.
referral-removed-all = { $count } taken out of the referral.
referral-undo = Undo
