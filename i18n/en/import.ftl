# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = Reading and checking { $file }…
import-saving = Saving { $records ->
    [one] one record
   *[other] { $records } records
} into the office’s list…
import-io = { $path } cannot be read: { $detail }
import-too-large = The file is { $size } MB; Haven reads files of up to { $max } MB. Nothing was imported.
import-unreadable = This is not a spreadsheet or CSV file Haven can read ({ $detail }). Nothing was imported.
import-csv-line = Line { $line } of the CSV file cannot be read: { $detail }. Nothing was imported.
import-empty = The file holds no rows. Nothing was imported.
import-too-many-rows = The file has more than { $max } rows. Split it into smaller files. Nothing was imported.
import-folder = { $path } is a folder, not a file. Choose the spreadsheet, CSV or HSDS file inside it (an HSDS data package is opened by its datapackage.json). Nothing was imported.
import-not-a-file = { $path } is not a regular file (a device, a pipe or a socket), so Haven does not read it. Nothing was imported.
import-old-format = This is an { $kind } file, an old binary Excel format Haven does not read. Open it in your spreadsheet program and save it as .xlsx or .ods. Nothing was imported.
import-unpacked = The workbook unpacks to more than { $max } MB{ $part ->
    [none] {""}
   *[other] {" "}(in its part { $part })
}; no office’s directory comes near that. Nothing was imported.
import-text-too-long = The workbook’s part { $part } holds a text longer than { $max } KB; a cell holds at most 32,767 characters. Nothing was imported.
import-too-many-columns = Row { $row } has something in column { $column }; Haven reads at most { $max } columns. Delete what is there, or move it nearer. Nothing was imported.
import-too-many-cells = The file has more than { $max } cells. Split it into smaller files. Nothing was imported.
import-no-name-column = No column holds the services’ names. Name it with --map, e.g. --map "Placówka=name". Columns found: { $columns }. Nothing was imported.
import-bad-map = “{ $map }” is not COLUMN=FIELD. The fields are: { $fields }.
import-no-column = The file has no column “{ $column }”. Nothing was imported.

## Rows
import-row = Row { $row }: { $reason }
import-row-column = Row { $row }, { $column }: { $reason }
import-why-no-name = no name, so it cannot be a record; the row was not imported.
import-why-no-country = no country; add a country column, or choose the office’s place in Settings (--country on the command line). The row was not imported.
import-why-country = “{ $value }” is not a country. The row was not imported.
import-why-phone = “{ $value }” is not a phone number that can be dialled in { $country }. The row was not imported.
import-why-email = “{ $value }” is not an e-mail address. The row was not imported.
import-why-link = “{ $value }” is not a web address. The row was not imported.
import-why-too-long = { $chars } characters; a field holds at most { $max }. The row was not imported.
import-why-formula = a formula; Haven takes values only (copy the column and paste it as values). The row was not imported.
import-why-old-trunk = “{ $value }” is written with the old leading 0 Poland dropped in 2002; read as { $read }.
import-why-unknown-term = Haven does not know “{ $value }” as a value of “{ $field }”; the row was imported without it.
import-why-hours = “{ $value }” cannot be read as opening hours ({ $detail }); the row was imported without them. Write them like Mo-Fr 08:00-16:00.
import-duplicate-phone = Row { $row }: “{ $name }” has the phone number { $number } of “{ $other }” ({ $id }). Possibly the same service: not added again.
import-duplicate-name = Row { $row }: “{ $name }” in the same city is already in the directory as “{ $other }” ({ $id }). Possibly the same service: not added again.

## What was read and done
import-read-csv = Read as CSV: { $encoding }, separated by “{ $separator }”.
import-read-samples = Letters read: { $samples } (if these look wrong, give the encoding with --encoding, e.g. --encoding windows-1250).
import-read-workbook = Read as { $kind }, sheet “{ $sheet }”.
import-column = “{ $header }” → { $field }
import-column-unused = not imported
import-dry-run = Nothing was written (--dry-run).
import-summary = Rows: { $rows }. Added to this office’s records: { $added }. Possible duplicates not added: { $duplicates }. Rows refused: { $refused }.
import-summary-dry = Rows: { $rows }. Would be added: { $added }. Possible duplicates: { $duplicates }. Rows refused: { $refused }.

## Fields of a record a column can hold
import-field-name = Name
import-field-description = Description
import-field-phone = Phone
import-field-address = Address
import-field-city = City
import-field-region = Region
import-field-country = Country
import-field-category = Category
import-field-target = Target group
import-field-hours = Opening hours
import-field-website = Website
import-field-email = E-mail
import-field-languages = Languages
import-field-eligibility = Who can use it
import-field-notes = Office’s notes

## Open Referral HSDS
hsds-problem = Item { $item } (“{ $name }”), { $field }: { $reason }
hsds-syntax = The file is not JSON Haven can read, at line { $line }: { $detail }. Nothing was imported.
hsds-not-hsds = The file holds no HSDS service or organization. Nothing was imported.
hsds-why-no-name = it has no name; the item was not imported.
hsds-why-no-country = no address names its country; give --country. The item was not imported.
hsds-why-phone = “{ $value }” is not a phone number that can be dialled; the item was not imported.
hsds-why-quoted-phone = the number { $value } is written inside quote marks; it was taken without them.
hsds-why-coordinate = { $value } is not a place on the globe; it was kept with the record but not used.
hsds-why-language = “{ $value }” is not a two-letter language code; it was left out.
hsds-why-link = “{ $value }” is not a web address; the item was not imported.
hsds-why-email = “{ $value }” is not an e-mail address; the item was not imported.
hsds-why-profile = the Haven profile does not fit a record ({ $value }); the item was not imported.
hsds-read = Read as Open Referral HSDS JSON: { $items } services and organizations.
hsds-summary = Added to this office’s records: { $added }. Possible duplicates not added: { $duplicates }. Items refused: { $refused }.
hsds-summary-dry = Would be added: { $added }. Possible duplicates: { $duplicates }. Items refused: { $refused }.
hsds-exported = Wrote { $services } services and { $organizations } organizations as Open Referral HSDS 3.1 to { $dir }: as JSON (services.json, organizations.json) and as tables (services.csv and the others, described in datapackage.json). Confidential addresses were left out.
hsds-io = The file cannot be read: { $detail }. Nothing was imported.

## The window
settings-import-list = Import a list of services…
import-title = Import a list of services
import-hint = A spreadsheet the office keeps (CSV, XLSX, ODS) or an Open Referral HSDS file. Haven shows what it read before anything is saved; the services become this office’s own records.
import-choose = Choose a file…
import-choose-other = Choose another file…
import-reading = Reading and checking the file…
import-writing = Saving…
import-confirm = Import { $count } services
import-done = Added to this office’s records: { $added }. Possible duplicates not added: { $duplicates }. Rows refused: { $refused }.
import-show = Show them
import-another = Import another file…
import-columns = What each column became
import-first = The first services, as they will be saved
import-problems = Rows refused, values left out, possible duplicates
import-more = … and { $count } more.

## Feeds from other formats
feed-from-not-hsds = A feed is built from a folder laid out like data/, from Open Referral HSDS (JSON, or a folder of its CSV tables) or from a spreadsheet; this folder holds a file that is none of these.
feed-from-refused = { $count } problems in the file: nothing was built. Correct them and build again.
hsds-table = The table { $file } cannot be read: { $detail }. Nothing was imported.
hsds-too-large = The HSDS file is larger than { $max } MB; Haven reads up to { $max } MB in one import. Split it into smaller files. Nothing was imported.
hsds-too-many-cells = The package’s tables hold more than { $max } cells; no office’s directory comes near that. Nothing was imported.
hsds-item-too-many-parts = The package’s links would write more than { $max } rows into one service or organization (links that go round in a circle, or one row shared by thousands). Nothing was imported.
hsds-too-many-parts = The package’s links would write more than { $max } rows into its services and organizations (links that go round in a circle, or rows shared by thousands). Nothing was imported.
hsds-dangling = { $file }, row { $row }, { $column }: “{ $value }” names no row of { $target }; that link was left out.
hsds-dangling-left-out = { $file }, row { $row }, { $column }: “{ $value }” names no row of { $target }; the row belongs to nothing and was left out.
hsds-dangling-any = { $file }, row { $row }, { $column }: “{ $value }” names no row of any table; that link was left out.
hsds-dangling-any-left-out = { $file }, row { $row }, { $column }: “{ $value }” names no row of any table; the row belongs to nothing and was left out.
hsds-read-package = Read as an Open Referral HSDS data package (CSV tables): { $items } services and organizations.
import-field-name-en = Name in English
import-field-description-en = Description in English
import-why-not-published = an office’s notes are not published in a feed; they were left out.
import-why-shelter-address = a shelter’s address is never published; it was left out (the city is kept).
feed-sheet-needs-publisher = A feed from a spreadsheet needs --publisher NAME and --source-url followed by the http(s) address of the page where people can see the list: every record names its source.
