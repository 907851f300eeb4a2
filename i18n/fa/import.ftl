# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = در حال خواندن و بررسی { $file }…
import-saving = در حال ذخیره { $records } رکورد در فهرست دفتر…
import-io = { $path } خوانده نمی‌شود: { $detail }
import-too-large = حجم پرونده { $size } مگابایت است؛ Haven پرونده‌های تا { $max } مگابایت را می‌خواند. چیزی وارد نشد.
import-unreadable = این صفحه‌گسترده یا پرونده‌ی CSV ای نیست که Haven بتواند بخواند ({ $detail }). چیزی وارد نشد.
import-csv-line = سطر { $line } پرونده‌ی CSV خوانده نمی‌شود: { $detail }. چیزی وارد نشد.
import-empty = پرونده هیچ سطری ندارد. چیزی وارد نشد.
import-too-many-rows = پرونده بیش از { $max } سطر دارد. آن را به پرونده‌های کوچک‌تر تقسیم کنید. چیزی وارد نشد.
import-folder = { $path } یک پوشه است، نه پرونده. صفحه‌گسترده، پروندهٔ CSV یا HSDS درون آن را برگزینید (بستهٔ دادهٔ HSDS با datapackage.json آن باز می‌شود). چیزی وارد نشد.
import-not-a-file = { $path } پروندهٔ عادی نیست (دستگاه، لوله یا سوکت است)، پس Haven آن را نمی‌خواند. چیزی وارد نشد.
import-old-format = این پرونده‌ای از نوع { $kind } است، قالب دودویی قدیمی Excel که Haven نمی‌خواند. آن را در برنامهٔ صفحه‌گسترده باز کنید و با قالب .xlsx یا .ods ذخیره کنید. چیزی وارد نشد.
import-unpacked = این کارپوشه پس از بازشدن بیش از { $max } مگابایت می‌شود{ $part ->
    [none] {""}
   *[other] {" "}(در بخش { $part })
}؛ هیچ فهرست اداره‌ای به این بزرگی نیست. چیزی وارد نشد.
import-text-too-long = بخش { $part } کارپوشه متنی بلندتر از { $max } کیلوبایت دارد؛ هر خانه حداکثر ۳۲٬۷۶۷ نویسه دارد. چیزی وارد نشد.
import-too-many-columns = سطر { $row } در ستون { $column } چیزی دارد؛ Haven حداکثر { $max } ستون می‌خواند. آن را پاک کنید یا نزدیک‌تر بیاورید. چیزی وارد نشد.
import-too-many-cells = پرونده بیش از { $max } خانه دارد. آن را به پرونده‌های کوچک‌تر تقسیم کنید. چیزی وارد نشد.
import-no-name-column = هیچ ستونی نام خدمات را ندارد. آن را با --map مشخص کنید، مثلاً --map "مرکز=name". ستون‌های یافته‌شده: { $columns }. چیزی وارد نشد.
import-bad-map = «{ $map }» به شکل ستون=فیلد نیست. فیلدها: { $fields }.
import-no-column = پرونده ستون «{ $column }» را ندارد. چیزی وارد نشد.

## Rows
import-row = سطر { $row }: { $reason }
import-row-column = سطر { $row }، { $column }: { $reason }
import-why-no-name = نام ندارد و نمی‌تواند مدخل باشد؛ این سطر وارد نشد.
import-why-no-country = کشور مشخص نیست؛ ستون کشور بیفزایید یا جای دفتر را در تنظیمات برگزینید (در خط فرمان --country). این سطر وارد نشد.
import-why-country = «{ $value }» کشور نیست. این سطر وارد نشد.
import-why-phone = «{ $value }» شماره‌ای نیست که در { $country } بتوان گرفت. این سطر وارد نشد.
import-why-email = «{ $value }» نشانی ایمیل نیست. این سطر وارد نشد.
import-why-link = «{ $value }» نشانی وب نیست. این سطر وارد نشد.
import-why-too-long = { $chars } نویسه؛ هر فیلد حداکثر { $max } نویسه دارد. این سطر وارد نشد.
import-why-formula = فرمول است؛ Haven فقط مقدار می‌پذیرد (ستون را رونوشت کنید و به صورت مقدار بچسبانید). این سطر وارد نشد.
import-why-old-trunk = «{ $value }» با صفر آغازین قدیمی نوشته شده که لهستان در ۲۰۰۲ کنار گذاشت؛ به صورت { $read } خوانده شد.
import-why-unknown-term = Haven «{ $value }» را به عنوان مقدار «{ $field }» نمی‌شناسد؛ سطر بدون آن وارد شد.
import-why-hours = «{ $value }» به عنوان ساعات کار خوانده نمی‌شود ({ $detail })؛ سطر بدون آن وارد شد. آن را این‌گونه بنویسید: Mo-Fr 08:00-16:00.
import-duplicate-phone = سطر { $row }: «{ $name }» همان شماره‌ی { $number } را دارد که «{ $other }» ({ $id }) دارد. احتمالاً همان خدمت است: دوباره افزوده نشد.
import-duplicate-name = سطر { $row }: «{ $name }» در همان شهر با نام «{ $other }» ({ $id }) در فهرست هست. احتمالاً همان خدمت است: دوباره افزوده نشد.

## What was read and done
import-read-csv = به صورت CSV خوانده شد: { $encoding }، با جداکننده‌ی «{ $separator }».
import-read-samples = حروف خوانده‌شده: { $samples } (اگر نادرست به نظر می‌رسند، رمزگذاری را با --encoding بدهید، مثلاً --encoding windows-1256).
import-read-workbook = به صورت { $kind } خوانده شد، برگه‌ی «{ $sheet }».
import-column = «{ $header }» ← { $field }
import-column-unused = وارد نمی‌شود
import-dry-run = چیزی نوشته نشد (--dry-run).
import-summary = سطرها: { $rows }. افزوده به مدخل‌های این دفتر: { $added }. تکراری‌های احتمالی که افزوده نشدند: { $duplicates }. سطرهای ردشده: { $refused }.
import-summary-dry = سطرها: { $rows }. افزوده می‌شوند: { $added }. تکراری‌های احتمالی: { $duplicates }. سطرهای ردشده: { $refused }.

## Fields of a record a column can hold
import-field-name = نام
import-field-description = توضیحات
import-field-phone = تلفن
import-field-address = نشانی
import-field-city = شهر
import-field-region = استان
import-field-country = کشور
import-field-category = دسته
import-field-target = گروه هدف
import-field-hours = ساعات کار
import-field-website = وبگاه
import-field-email = ایمیل
import-field-languages = زبان‌ها
import-field-eligibility = چه کسی می‌تواند استفاده کند
import-field-notes = یادداشت‌های دفتر

## Open Referral HSDS
hsds-problem = مورد { $item } («{ $name }»)، { $field }: { $reason }
hsds-syntax = پرونده JSON ای نیست که Haven بتواند بخواند، در سطر { $line }: { $detail }. چیزی وارد نشد.
hsds-not-hsds = پرونده هیچ خدمت یا سازمان HSDS ندارد. چیزی وارد نشد.
hsds-why-no-name = نام ندارد؛ این مورد وارد نشد.
hsds-why-no-country = هیچ نشانی‌ای کشور را نمی‌گوید؛ --country را بدهید. این مورد وارد نشد.
hsds-why-phone = «{ $value }» شماره‌ای نیست که بتوان گرفت؛ این مورد وارد نشد.
hsds-why-quoted-phone = شماره‌ی { $value } درون گیومه نوشته شده است؛ بدون گیومه پذیرفته شد.
hsds-why-coordinate = { $value } جایی روی کره‌ی زمین نیست؛ همراه مدخل نگه داشته شد ولی به کار نمی‌رود.
hsds-why-language = «{ $value }» کد دوحرفی زبان نیست؛ کنار گذاشته شد.
hsds-why-link = «{ $value }» نشانی وب نیست؛ این مورد وارد نشد.
hsds-why-email = «{ $value }» نشانی ایمیل نیست؛ این مورد وارد نشد.
hsds-why-profile = نمایه‌ی Haven با مدخل جور نیست ({ $value })؛ این مورد وارد نشد.
hsds-read = به صورت JSON اوپن رفرال HSDS خوانده شد: { $items } خدمت و سازمان.
hsds-summary = افزوده به مدخل‌های این دفتر: { $added }. تکراری‌های احتمالی که افزوده نشدند: { $duplicates }. موردهای ردشده: { $refused }.
hsds-summary-dry = افزوده می‌شوند: { $added }. تکراری‌های احتمالی: { $duplicates }. موردهای ردشده: { $refused }.
hsds-exported = { $services } خدمت و { $organizations } سازمان با قالب Open Referral HSDS 3.1 در { $dir } نوشته شد: به صورت JSON (services.json، organizations.json) و به صورت جدول (services.csv و جدول‌های دیگر که datapackage.json شرح می‌دهد). نشانی‌های محرمانه کنار گذاشته شدند.
hsds-io = پرونده خوانده نمی‌شود: { $detail }. چیزی وارد نشد.

## The window
settings-import-list = وارد کردن فهرست خدمات…
import-title = وارد کردن فهرست خدمات
import-hint = صفحه‌گسترده‌ای که دفتر نگه می‌دارد (CSV، XLSX، ODS) یا پرونده‌ی Open Referral HSDS. Haven پیش از ذخیره‌ی هر چیزی نشان می‌دهد چه خوانده است؛ خدمات، مدخل‌های خود این دفتر می‌شوند.
import-choose = انتخاب پرونده…
import-choose-other = انتخاب پرونده‌ی دیگر…
import-reading = در حال خواندن و بررسی پرونده…
import-writing = در حال ذخیره…
import-confirm = وارد کردن { $count } خدمت
import-done = افزوده به مدخل‌های این دفتر: { $added }. تکراری‌های احتمالی که افزوده نشدند: { $duplicates }. سطرهای ردشده: { $refused }.
import-show = نمایش آن‌ها
import-another = وارد کردن پرونده‌ی دیگر…
import-columns = هر ستون به چه تبدیل شد
import-first = نخستین خدمات، همان‌گونه که ذخیره می‌شوند
import-problems = سطرهای ردشده، مقدارهای کنارگذاشته، تکراری‌های احتمالی
import-more = … و { $count } مورد دیگر.

## Feeds from other formats
feed-from-not-hsds = خوراک از پوشه‌ای با چینش data/، از Open Referral HSDS (JSON یا پوشه‌ی جدول‌های CSV آن) یا از صفحه‌گسترده ساخته می‌شود؛ در این پوشه پرونده‌ای هست که هیچ‌کدام از این‌ها نیست.
feed-from-refused = { $count } مشکل در پرونده: چیزی ساخته نشد. آن‌ها را درست کنید و دوباره بسازید.
hsds-table = جدول { $file } خوانده نمی‌شود: { $detail }. چیزی وارد نشد.
hsds-too-large = پروندهٔ HSDS بزرگ‌تر از { $max } مگابایت است؛ Haven در هر ورود تا { $max } مگابایت می‌خواند. آن را به پرونده‌های کوچک‌تر تقسیم کنید. چیزی وارد نشد.
hsds-too-many-cells = جدول‌های بسته بیش از { $max } خانه دارند؛ هیچ فهرست اداره‌ای به این بزرگی نیست. چیزی وارد نشد.
hsds-item-too-many-parts = پیوندهای بسته بیش از { $max } سطر را در یک خدمت یا سازمان می‌نویسند (پیوندهای دوری، یا یک سطر مشترک میان هزاران سطر). چیزی وارد نشد.
hsds-too-many-parts = پیوندهای بسته بیش از { $max } سطر را در خدمات و سازمان‌هایش می‌نویسند (پیوندهای دوری، یا سطرهای مشترک میان هزاران سطر). چیزی وارد نشد.
hsds-dangling = { $file }، سطر { $row }، { $column }: «{ $value }» به هیچ سطری از { $target } اشاره نمی‌کند؛ این پیوند کنار گذاشته شد.
hsds-dangling-left-out = { $file }، سطر { $row }، { $column }: «{ $value }» به هیچ سطری از { $target } اشاره نمی‌کند؛ این سطر به چیزی تعلق ندارد و کنار گذاشته شد.
hsds-dangling-any = { $file }، سطر { $row }، { $column }: «{ $value }» به هیچ سطری از هیچ جدولی اشاره نمی‌کند؛ این پیوند کنار گذاشته شد.
hsds-dangling-any-left-out = { $file }، سطر { $row }، { $column }: «{ $value }» به هیچ سطری از هیچ جدولی اشاره نمی‌کند؛ این سطر به چیزی تعلق ندارد و کنار گذاشته شد.
hsds-read-package = به صورت بستهٔ دادهٔ Open Referral HSDS (جدول‌های CSV) خوانده شد: { $items } خدمت و سازمان.
import-field-name-en = نام به انگلیسی
import-field-description-en = توضیحات به انگلیسی
import-why-not-published = یادداشت‌های دفتر در خوراک منتشر نمی‌شوند؛ کنار گذاشته شدند.
import-why-shelter-address = نشانی خانه امن هرگز منتشر نمی‌شود؛ کنار گذاشته شد (شهر نگه داشته شد).
feed-sheet-needs-publisher = خوراک از صفحه‌گسترده به --publisher نام و --source-url با نشانی http(s) صفحه‌ای که فهرست در آن دیده می‌شود نیاز دارد: هر مورد منبع خود را نام می‌برد.
