# Haven — Persian interface text. Every locale has exactly the ids of the English file.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = فهرست آفلاین خدمات حمایت از آسیب‌دیدگان

## انواع رکورد، دسته‌ها، گروه‌های هدف

kind-organization = سازمان
kind-service = خدمت
kind-programme = برنامه
kind-campaign = پویش
kind-procedure = رویه

category-helpline = خط تلفن مشاوره
category-emergency = شماره اضطراری
category-crisis-centre = مرکز مداخله در بحران
category-shelter = خانه امن
category-police = پلیس
category-social-assistance = مددکاری اجتماعی
category-counselling = مشاوره
category-child-protection = حمایت از کودکان
category-material-aid = کمک مادی
category-support-programme = برنامه حمایتی
category-campaign = پویش
category-procedure = رویه
category-volunteering = فعالیت داوطلبانه
category-health = سلامت
category-government = نهاد دولتی

target-everyone = همه
target-women = زنان
target-children = کودکان
target-youth = جوانان
target-families = خانواده‌ها
target-older-people = سالمندان
target-domestic-violence = آسیب‌دیدگان خشونت خانگی
target-orphans = کودکان بی‌سرپرست
target-low-income = افراد در شرایط دشوار
target-professionals = متخصصان
target-volunteers = داوطلبان

## کشورها (ISO 3166-1)

country-pl = لهستان
country-kz = قزاقستان
country-vn = ویتنام
country-ir = ایران

## زبان‌ها

language-en = انگلیسی
language-pl = لهستانی
language-ru = روسی
language-kk = قزاقی
language-vi = ویتنامی
language-fa = فارسی
language-uk = اوکراینی
language-de = آلمانی
language-fr = فرانسوی
language-ar = عربی
language-tr = ترکی
language-zh = چینی

## تاریخ و ساعات کار

month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
# Months of the Solar Hijri calendar (dates on Persian sheets).
month-persian-1 = فروردین
month-persian-2 = اردیبهشت
month-persian-3 = خرداد
month-persian-4 = تیر
month-persian-5 = مرداد
month-persian-6 = شهریور
month-persian-7 = مهر
month-persian-8 = آبان
month-persian-9 = آذر
month-persian-10 = دی
month-persian-11 = بهمن
month-persian-12 = اسفند
# A day of a month, as in "25 November".
day-month = { $day } { $month }
# A full date, as in "4 آذر 1403" (Solar Hijri, written with Persian digits).
date-full = { $day } { $month } { $year }

weekday-0 = دوشنبه
weekday-1 = سه‌شنبه
weekday-2 = چهارشنبه
weekday-3 = پنج‌شنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه
hours-always = شبانه‌روزی، همه‌روزه
hours-closed = تعطیل
now-open = اکنون باز است
now-open-until = اکنون باز است، تا { $time }
now-always = شبانه‌روزی
now-line-always = خط تلفن شبانه‌روزی است (دفتر ساعت کاری خود را دارد)
now-closed = بسته است
now-closed-opens-today = بسته است، ساعت { $time } باز می‌شود
now-closed-opens-on = بسته است، { $day } ساعت { $time } باز می‌شود
now-unknown = ساعت کار نامشخص
now-running = اکنون در جریان است
filter-hours = ساعت کار
filter-open-now = اکنون باز
filter-always-open = شبانه‌روزی
period-yearly = هر سال، { $start } تا { $end }
period-once = { $start } تا { $end } { $year }
period-dates = { $start } تا { $end }
period-until = تا { $year }

## فیلدهای رکورد (نمای جزئیات، `haven show`، برگه‌های ارجاع)

field-id = شناسه
field-kind = نوع
field-names = نام‌ها
field-description = شرح
field-organization = زیر نظر
field-place = مکان
field-address = نشانی
field-address-confidential = نشانی محرمانه است: آن را به کسی ندهید. تلفنی از خود مرکز بپرسید.
field-no-address = نشانی ثبت نشده است
field-phones = تلفن‌ها
phone-short = تلفن
field-phone-free = رایگان
field-phone-sms = پیامک هم می‌پذیرد
field-phone-charged = تماس با هزینهٔ اضافه (نرخ ویژه)
field-channels = راه‌های ارتباطی دیگر
field-hours = ساعات کار
field-languages = زبان‌های ارائه خدمت
field-categories = دسته‌ها
field-targets = ویژه
field-eligibility = چه کسانی می‌توانند استفاده کنند
field-bring = چه چیزهایی همراه بیاورید
field-expect = چه انتظاری داشته باشید
field-period = زمان
field-steps = مراحل
field-step-form = فرم { $form }
field-step-deadline = مهلت: { $deadline }
field-step-expects = آنچه فرد آسیب‌دیده می‌تواند انتظار داشته باشد: { $text }
field-jurisdiction = محدوده اجرا
field-legal-basis = مبنای قانونی
field-related = همچنین ببینید
field-sources = منابع
field-verified = بررسی‌شده در { $date } توسط { $who }
field-stale = نیاز به بررسی دوباره: آخرین بررسی بیش از ۱۲ ماه پیش بوده است
field-stale-short = نیاز به بررسی دوباره

channel-web = وب‌سایت
channel-facebook = فیسبوک
channel-instagram = اینستاگرام
channel-telegram = تلگرام
channel-zalo = زالو
channel-email = ایمیل

## خط فرمان

cli-results = { $count ->
    [0] نتیجه‌ای یافت نشد.
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
cli-results-shown = نمایش { $shown } مورد نخست
cli-empty-hint = کلمات کمتر یا املای دیگری را امتحان کنید، یا یک فیلتر را بردارید.
cli-unknown-id = هیچ رکوردی با شناسه «{ $id }» وجود ندارد. برای یافتن آن از `haven search` استفاده کنید.
cli-bad-time = Haven زمان «{ $value }» را نمی‌فهمد. آن را به شکل 2026-12-06T23:00:00+03:30 بنویسید (RFC 3339، با اختلاف ساعت).
cli-unknown-category = دسته ناشناخته: «{ $value }». یکی از این‌ها را به کار ببرید: { $choices }
cli-unknown-target = گروه هدف ناشناخته: «{ $value }». یکی از این‌ها را به کار ببرید: { $choices }
cli-unknown-country = «{ $value }» کد کشور نیست (دو حرف، مانند PL یا KZ).
cli-unknown-encoding = «{ $value }» رمزگذاری‌ای نیست که Haven بشناسد (مثلاً utf-8، windows-1250، windows-1251، windows-1256).
cli-db-path = پایگاه داده فهرست: { $path }
cli-db-ok = پایگاه داده فهرست سالم است ({ $count } رکورد).
cli-db-damaged = پایگاه داده فهرست آسیب دیده است: { $detail }. برای بازسازی آن از فهرست همراه برنامه، `haven db rebuild` را اجرا کنید.
cli-db-rebuilt = فهرست از داده‌های همراه برنامه بازسازی شد ({ $count } رکورد).
cli-error = خطا: { $detail }

## باز کردن فهرست

db-created = فهرست برای نخستین بار روی این رایانه راه‌اندازی شد.
db-rebuilt-corrupt = پایگاه داده فهرست آسیب دیده بود، به همین دلیل از فهرست همراه برنامه بازسازی شد. یادداشت‌ها و تنظیمات شما حفظ شده‌اند.
db-rebuilt-corrupt-backup = فایل آسیب‌دیده با نام { $path } نگه داشته شد.
db-rebuilt-newer = پایگاه داده فهرست با نسخه جدیدتری از Haven ساخته شده بود، به همین دلیل از فهرست همراه برنامه بازسازی شد. فایل جدیدتر با نام { $path } نگه داشته شد.
db-rebuilt-bundle = این نسخه از Haven فهرست به‌روزشده‌ای دارد که بارگذاری شد.
db-not-private = حساب‌های دیگر این رایانه ممکن است بتوانند { $dir } را بخوانند: مالک آن یا سامانهٔ پرونده‌اش (پوشهٔ مشترک، حافظهٔ USB) اجازه نمی‌دهد Haven آن را خصوصی کند. یادداشت‌ها و مدخل‌های دفتر آنجا نگه داشته می‌شوند؛ اطلاعات مراجعان را در آنها ننویسید یا پوشه‌ای خصوصی برگزینید.
db-made-private = Haven پوشهٔ { $dir } را فقط برای شما خواندنی کرد (مجوزهایش { $mode } بود): یادداشت‌ها و مدخل‌های دفتر آنجا نگه داشته می‌شوند.
db-migrated = پایگاه داده فهرست ارتقا یافت (از نسخه { $from } به { $to }).
db-reindexed = نمایه جست‌وجو بازسازی شد.
db-error = فهرست باز نشد: { $detail }
store-error-database = پایگاه داده فهرست خطا گزارش کرد: { $detail }
store-error-disk-full = فضای کافی روی دیسک وجود ندارد. هیچ تغییری اعمال نشد؛ کمی فضا آزاد کنید و دوباره امتحان کنید.
store-error-file = فایل { $path } قابل استفاده نبود: { $detail }
store-error-bundle = فهرست همراه Haven خوانده نمی‌شود: { $detail }
store-error-no-data-dir = هیچ پوشه‌ای برای داده‌های Haven پیدا نشد. Haven را با گزینه --data-dir پوشه اجرا کنید.
store-error-record = یکی از رکوردهای فهرست خوانده نشد: { $detail }
store-error-stopped = فهرست در پس‌زمینه از کار افتاد. Haven را ببندید و دوباره باز کنید.
store-error-origin = فهرست مشخص نمی‌کند از کدام منبع یا کدام فهرست همراه برنامه آمده است ({ $detail })، به همین دلیل نمی‌توان آن را با اطمینان به‌روز کرد. آن را از فهرست همراه برنامه بازسازی کنید.
cli-unknown-lang = زبان ناشناخته: «{ $value }». یکی از این‌ها را به کار ببرید: { $choices }
cli-output-failed = Haven نتوانست خروجی را بنویسد: { $detail }

## پنجره: پیمایش و وضعیت

nav-search = جست‌وجو
nav-settings = تنظیمات
nav-about = درباره
nav-menu = منو
notice-dismiss = بستن
status-opening = در حال باز کردن فهرست…
status-failed = فهرست در دسترس نیست
status-keys = Ctrl+F جست‌وجو · بالا/پایین جابه‌جایی · Enter باز کردن · Tab بخش بعدی · Ctrl+C کپی تلفن · Ctrl+R افزودن به ارجاع · F1 درباره
copied = در حافظه موقت کپی شد: { $text }
copied-corrected = در حافظه موقت کپی شد: { $text }، شمارهٔ اصلاح‌شده توسط دفتر به‌جای شمارهٔ ناشر.
copied-reported = در حافظه موقت کپی شد: { $text }. دفتر در { $date } گزارش داده که این شماره کار نمی‌کند: پیش از دادن به مراجع آن را بررسی کنید.
copy-no-phone = رکورد انتخاب‌شده شماره تلفن ندارد.
link-failed = پیوند باز نشد: { $detail }
work-program-failed = برنامهٔ { $program } نتوانست این کار را انجام دهد: { $detail }

## صفحه جست‌وجو

search-placeholder = جست‌وجوی خدمات، مکان‌ها، شماره تلفن‌ها… به هر زبانی
search-loading = در حال بارگذاری فهرست…
search-busy = در حال جست‌وجو…
search-error = جست‌وجو انجام نشد: { $detail }
search-count = { $count ->
    [0] نتیجه‌ای یافت نشد
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-empty-title = موردی یافت نشد.
search-empty-hint = کلمات کمتر یا املای دیگری را امتحان کنید، یا فیلترها را پاک کنید. نوشتن نشانه‌های آوایی لازم نیست: با «can tho»، «Cần Thơ» پیدا می‌شود.
search-empty-examples = نمونه‌ها: kryzys · Cần Thơ · کلانتری · ерікті · ⁦116 111⁩ · Niebieska Karta
filters-title = فیلترها
filters-clear = پاک کردن همه فیلترها
filters-none = برای این نتایج فیلتری وجود ندارد.
filters-country = کشور
filters-region = منطقه
filters-category = دسته
filters-target = ویژه
filters-language = زبان ارائه خدمت
detail-copy-hint = برای کپی کردن شماره، روی آن کلیک کنید.
detail-runs = اداره می‌کند

## ارجاع

basket-title = ارجاع
basket-count = { $count ->
    [one] ارجاع ({ $count } خدمت)
   *[other] ارجاع ({ $count } خدمت)
}
basket-add = + افزودن به ارجاع
basket-in = • در ارجاع

## تنظیمات

settings-title = تنظیمات
settings-language = زبان رابط کاربری
settings-language-system = پیش‌فرض سیستم
settings-theme = پوسته
settings-theme-light = روشن
settings-theme-dark = تیره
settings-theme-high-contrast = کنتراست بالا
settings-text-size = اندازه متن
settings-paper = اندازه کاغذ برگه‌های ارجاع
paper-a4 = A4
paper-letter = Letter
settings-office = مرکز شما
settings-office-hint = در بالای برگه‌های ارجاع چاپ می‌شود. فقط روی همین رایانه ذخیره می‌شود.
settings-office-name = نام مرکز
settings-office-address = نشانی مرکز
settings-office-phone = تلفن مرکز
settings-office-phone-wrong = این شماره تلفن نیست: { $detail }. آن را همان‌طور که شماره‌گیری می‌شود بنویسید؛ تا وقتی محل مرکز انتخاب نشده، با کد کشور (+98 …).
settings-worker = نام شما (اختیاری)
settings-keys-hint = صفحه‌کلید: بالا/پایین برای انتخاب تنظیم، چپ/راست برای تغییر آن، Esc برای بازگشت به جست‌وجو.
settings-unreadable = فایل تنظیمات خوانده نشد ({ $detail })، به همین دلیل تنظیمات پیش‌فرض به کار می‌رود. فایل قبلی با نام { $path } نگه داشته شد.
settings-unreadable-unchanged = فایل تنظیمات خوانده نشد ({ $detail })، به همین دلیل تنظیمات پیش‌فرض به کار می‌رود. خود فایل دست‌نخورده باقی ماند.
settings-bad-fields = برخی تنظیمات مقدار نامعتبر داشتند و به حالت پیش‌فرض برگشتند: { $fields }.
settings-save-failed = تنظیمات ذخیره نشد: { $detail }

## درباره

about-title = درباره Haven
about-version = نسخه { $version }
about-directory = فهرست
about-origin-bundled = فهرست همراه برنامه، نسخه { $version }
about-origin-feed = به‌روزشده از منبع «{ $feed }»، شماره { $sequence }
about-updated = ساخته یا به‌روز شده در { $date }
about-total = { $count ->
    [one] { $count } رکورد
   *[other] { $count } رکورد
}
about-helplines = خطوط تلفن کشوری
about-helplines-text = شماره‌هایی که در اسناد اولیه نیامده‌اند فقط از منابع عمومی‌ای گرفته شده‌اند که در هر رکورد نام برده شده‌اند، و برای بررسی دوباره علامت خورده‌اند.
about-privacy = حریم خصوصی
about-privacy-text = Haven هیچ اطلاعاتی درباره مراجعان ذخیره نمی‌کند. نشانی محرمانه خانه امن فقط همراه با هشدار روی صفحه نمایش داده می‌شود و هرگز چاپ یا صادر نمی‌شود.
about-fonts = قلم‌ها: Noto Sans و Noto Naskh Arabic، مجوز SIL Open Font License 1.1.

## مشکلات فهرست در پنجره

db-failed-title = فهرست باز نشد
db-failed-what-to-do = آن را از نسخه‌ای که همراه Haven است بازسازی کنید. اگر این هم نشد، بررسی کنید که پوشه‌ای که { $path } در آن است وجود داشته باشد و بتوان در آن نوشت.
db-rebuild = بازسازی فهرست

## برگه ارجاع (به زبان مراجع چاپ می‌شود)

sheet-title = کجا می‌توانید کمک بگیرید
sheet-date = تاریخ: { $date }
sheet-worker = تهیه‌کننده: { $name }
sheet-intro = این مراکز می‌توانند به شما کمک کنند. می‌توانید خودتان با آن‌ها تماس بگیرید؛ برای این کار به این برگه نیازی ندارید.
sheet-note = یادداشتی برای شما
sheet-address-by-phone = تلفنی اعلام می‌شود (نشانی محرمانه است)
sheet-short-code = فقط از داخل { $country } قابل شماره‌گیری است
sheet-untranslated-original = بخش‌هایی از این مورد به { $language } ترجمه نشده‌اند و به زبان انگلیسی یا به زبان اصلی آمده‌اند.
sheet-untranslated = بخش‌هایی از این مورد به { $language } ترجمه نشده‌اند و به زبان انگلیسی آمده‌اند.
sheet-source = منبع: { $sources }. تاریخ بررسی: { $date }.
sheet-emergency = اگر در خطر فوری هستید، با شماره اضطراری کشوری که در آن هستید تماس بگیرید.
sheet-privacy = این برگه هیچ اطلاعات شخصی ندارد، مگر اینکه چیزی روی آن نوشته شده باشد.
sheet-page = صفحه { $page } از { $pages }
cli-unknown-paper = اندازه کاغذ ناشناخته: «{ $value }». از a4 یا letter استفاده کنید.
referral-saved = برگه ارجاع در { $path } ذخیره شد.
referral-unreachable = برای «{ $name }» هیچ شماره تلفنی چاپ نمی‌شود.
referral-unreachable-offer = مراجع می‌تواند با «{ $name }» تماس بگیرد ({ $number }): { $id } را به برگه بیفزایید.
referral-unreachable-office = یا شمارهٔ خود دفتر را به مراجع بدهید (تنظیمات ← دفتر).
referral-add-offer = افزودن «{ $name }»
referral-save-failed = برگه ارجاع در { $path } ذخیره نشد: { $detail }

## تهیه برگه ارجاع

referral-basket = خدمات روی برگه
referral-empty = ارجاع خالی است. خدمات را از نتایج جست‌وجو با «+ افزودن به ارجاع» یا Ctrl+R اضافه کنید.
referral-up = بالا
referral-down = پایین
referral-remove = حذف
referral-clear = حذف همه
referral-sheet-language = زبان برگه
referral-sheet-language-hint = زبان مراجع؛ لازم نیست زبان شما باشد. با چپ/راست تغییر می‌کند.
referral-no-office = هنوز مشخصات مرکز وارد نشده است: آن‌ها را در تنظیمات اضافه کنید.
referral-note = یادداشت برای مراجع
referral-note-hint = فقط روی برگه چاپ می‌شود. Haven آن را ذخیره نمی‌کند.
referral-note-placeholder = برای نمونه: دوشنبه صبح تماس بگیرید و به این برگه اشاره کنید.
referral-save = ذخیره PDF…
referral-print = چاپ
referral-working = در حال آماده کردن برگه…
referral-printed = به چاپگر فرستاده شد: { $job }
referral-in-viewer = هیچ صف چاپی پاسخ نداد، پس برگه در نمایشگر PDF باز شد: از آنجا چاپش کنید. تا بسته شدن Haven در { $path } می‌ماند.
referral-failed = برگه ساخته نشد: { $detail }
referral-left-out = دیگر در فهرست نیست (با به‌روزرسانی حذف شد) و در برگه نیامد: { $ids }
referral-preview-page = صفحه { $page } از { $pages }

## همگام‌سازی با منبع مرکزی

feed-keys-written = کلیدها نوشته شد: { $public } (عمومی: آن را به مراکز بدهید) و { $secret } (خصوصی: آن را در جای امنی نگه دارید). کلید عمومی: { $key }
feed-built = منبع با شماره { $sequence } در { $dir } ساخته شد: { $count } رکورد، { $changes } تغییر نسبت به شماره قبلی. آن را با `haven feed sign` امضا کنید.
feed-signed = امضا شد: { $path }
settings-feed = به‌روزرسانی از منبع مرکزی
settings-feed-hint = اختیاری: Haven بدون اینترنت هم به‌طور کامل کار می‌کند. نشانی منبع و کلید ناشر را سازمان شما در اختیارتان می‌گذارد؛ به‌روزرسانی‌هایی که با هر کلید دیگری امضا شده باشند پذیرفته نمی‌شوند.
settings-feed-url = نشانی منبع (https://…/manifest.json)
settings-feed-key = کلید عمومی ناشر (minisign، با RW… شروع می‌شود)
settings-feed-proxy = پراکسی (برای استفاده از پراکسی سیستم، خالی بگذارید)
settings-feed-at-start = بررسی به‌روزرسانی‌ها هنگام اجرای Haven
settings-yes = بله
settings-no = خیر

## لایهٔ خود مددکار: یادداشت‌ها، گزارش خطا، برگزیده‌ها، مدخل‌های خود دفتر
layer-file-not-ours = { $what ->
    [layer] این فایل، خروجی یادداشت‌ها و مدخل‌های Haven نیست.
   *[corrections] این فایل، فایل اصلاحات Haven نیست.
}
layer-file-newer = این فایل را نسخهٔ جدیدتری از Haven ساخته است (نسخهٔ قالب { $version }). برای خواندن آن Haven را به‌روز کنید؛ چیزی تغییر نکرد.
layer-file-syntax = فایل در سطر { $line } خوانده نمی‌شود: { $detail }. چیزی تغییر نکرد.
layer-file-truncated = فایل در میانه تمام می‌شود: هنگام کپی یا ذخیره بریده شده است. چیزی تغییر نکرد.
layer-file-invalid = در فایل چیزی هست که Haven نمی‌تواند بپذیرد: { $detail }. چیزی تغییر نکرد.
layer-file-too-big = حجم این فایل { $megabytes } مگابایت است: بسیار بزرگ‌تر از هر فایلی که Haven می‌نویسد. چیزی تغییر نکرد.
layer-restored = فایل یادداشت‌ها و مدخل‌های شما آسیب دیده بود. نسخهٔ پشتیبان { $date } بازگردانده شد؛ آنچه پس از آن نوشته شده بود از دست رفت. فایل آسیب‌دیده در { $path } نگه داشته شد.
layer-lost = فایل یادداشت‌ها و مدخل‌های شما آسیب دیده بود و نسخهٔ پشتیبانی برای بازگرداندن نبود. Haven با فایلی خالی شروع می‌کند؛ فایل آسیب‌دیده در { $path } نگه داشته شد.
store-error-newer-layer = فایل یادداشت‌ها و مدخل‌های شما ({ $path }) را نسخهٔ جدیدتری از Haven نوشته است. Haven را به‌روز کنید؛ فایل دست‌نخورده ماند.
store-error-no-record = هیچ مدخلی شناسهٔ «{ $id }» ندارد.
store-error-no-value = { $id } { $field } «{ $given }» ندارد. این‌ها را دارد: { $known }.
store-error-invalid = مدخل ذخیره نمی‌شود:
    { $problems }
flag-field-phone = تلفن
flag-field-address = نشانی
flag-field-hours = ساعت کار
flag-field-channel = وب‌سایت یا ایمیل
flag-field-name = نام
flag-field-description = شرح
flag-field-city = شهر
flag-field-eligibility = چه کسانی می‌توانند استفاده کنند
flag-field-what-to-bring = چه چیزی همراه بیاورند
flag-field-what-to-expect = چه پیش می‌آید
mine-flag-open = اینجا در { $date } گزارش شد که کار نمی‌کند.
mine-flag-corrected = اینجا در { $date } اصلاح شد: { $value }.
mine-flag-now-none = هیچ
mine-flag-resolved = گزارش { $date } شما حل شد: یک به‌روزرسانی این را تغییر داد؛ اکنون { $now } است.
mine-flag-yours = مقدار شما { $value } بود: آن را نگه دارید یا کنار بگذارید.
mine-removed = ناشر آن را در یک به‌روزرسانی حذف کرد. به خاطر یادداشت شما اینجا می‌ماند تا آن را رها کنید.
mine-local = افزودهٔ این دفتر.
mine-favourite = از برگزیده‌های دفتر.
mine-removed-short = حذف‌شده
mine-local-short = از این دفتر
mine-favourite-short = برگزیده
mine-flagged-short = گزارش‌شده
mine-noted-short = یادداشت
mine-this-office = این دفتر
field-note = یادداشت دفتر
field-note-date = یادداشت در { $date } نوشته شد.
sheet-office-note = یادداشتی از دفتر
field-reports = گزارش‌های این دفتر
sheet-phone-flagged = گزارش شده که این شماره کار نمی‌کند؛ امتحان کنید و به ما بگویید که کار می‌کند یا نه.
sheet-hours-flagged = گزارش شده که این ساعت‌ها درست نیست: پیش از رفتن تماس بگیرید
sheet-channel-flagged = گزارش شده که این نشانی کار نمی‌کند؛ امتحان کنید و به ما بگویید که کار می‌کند یا نه.
field-source-office = گزارش از { $office }
cli-note-empty = متن یادداشت را بنویسید، یا برای پاک کردن آن از ‎--clear‎ استفاده کنید.
cli-note-saved = یادداشت { $id } ذخیره شد.
cli-note-cleared = یادداشت { $id } پاک شد.
cli-unknown-field = «{ $value }» فیلدی نیست که بتوان گزارش کرد. یکی از این‌ها را برگزینید: { $choices }.
cli-flag-none = { $id } چنین گزارشی ندارد.
cli-flag-keep-open = آن گزارش هنوز باز است: مدخل هنوز همان مقدار گزارش‌شده را دارد.
cli-flag-cleared = گزارش { $id } پس گرفته شد.
cli-flag-kept = اصلاح شما روی { $id } به‌جای مقدار تازهٔ ناشر نگه داشته شد.
cli-flag-saved = گزارش { $id } ذخیره شد:
cli-favourite-saved = { $id } اکنون از برگزیده‌هاست.
cli-favourite-cleared = { $id } دیگر از برگزیده‌ها نیست.
cli-read-failed = { $path } خوانده نمی‌شود: { $detail }
cli-local-exists = مدخلی با شناسهٔ { $id } از پیش هست.
cli-local-added = { $id } به مدخل‌های این دفتر افزوده شد.
cli-local-not-ours = { $id } از مدخل‌های این دفتر نیست.
cli-local-edited = { $id } ذخیره شد.
cli-local-none = این دفتر مدخلی نیفزوده است و هیچ مدخل حذف‌شده‌ای یادداشت ندارد.
cli-local-removed = { $id } از مدخل‌های این دفتر حذف شد.
cli-forgotten = { $id } رها شد: یادداشت، گزارش‌ها و نشان برگزیدهٔ آن پاک شد.
cli-layer-exported = { $path } نوشته شد: { $notes } یادداشت، { $flags } گزارش، { $records } مدخل دفتر. نشانی محرمانه‌ای در آن نیست.
cli-layer-import-nothing = چیز تازه‌ای نیست: همهٔ محتوای فایل از پیش اینجاست.
cli-layer-imported = { $notes } یادداشت، { $flags } گزارش، { $favourites } برگزیده و { $records } مدخل وارد شد.
layer-note-brought-in = — در { $today } از رایانهٔ دیگری آورده شد (نوشته‌شده در { $written }):
layer-import-merged = چیزی از شما جایگزین نشد: { $notes } یادداشت با یادداشت شما فرق داشت و هر دو نگه داشته شد (آورده‌شده علامت خورد)؛ { $flags } گزارش و { $records } مدخل با مال شما فرق داشت و مال شما نگه داشته شد.
cli-corrections-exported = { $count } اصلاحیه برای ناشر در { $path } نوشته شد. هیچ چیزی دربارهٔ مراجعان در آن نیست.
feed-corrections-remove = حذف شود
feed-corrections-gone = پوشه دیگر مدخل { $id } را ندارد.
feed-corrections-changed = از پیش تغییر کرده است: مدخل اکنون { $now } دارد.
feed-corrections-name = مدخل نمی‌تواند بی‌نام شود.
feed-corrections-bad-accept = «{ $value }» هیچ‌یک از شماره‌های فهرست‌شده نیست.
feed-corrections-accepted = پذیرفته شد
feed-corrections-can-apply = قابل اعمال است
feed-corrections-dry-run = چیزی نوشته نشد. با ‎--accept all‎ یا ‎--accept 1,3‎ بپذیرید، سپس ‎haven feed build‎ را اجرا کنید.
feed-corrections-written = { $count } مدخل در { $dir } نوشته شد. برای انتشار، ‎haven feed build‎ را اجرا کنید.
referral-print-flagged = چاپ شماره‌هایی که گزارش شده کار نمی‌کنند
referral-number-left-off = { $number } ({ $name }) در برگه نمی‌آید: دفتر در { $date } گزارش داده که کار نمی‌کند.
referral-share-note = یادداشت دفتر را برای این مراجع چاپ کن
detail-favourite-add = افزودن به برگزیده‌ها
detail-favourite-remove = برداشتن از برگزیده‌ها
detail-edit = ویرایش
detail-let-go = رها کردن این مدخل
detail-note-placeholder = آنچه دفتر می‌داند: خط کی پاسخ می‌دهد، سراغ چه کسی را بگیرند…
detail-note-hint = فقط برای دفتر. هرگز نام یا مشخصات مراجع را اینجا ننویسید.
detail-note-save = ذخیرهٔ یادداشت
detail-note-clear = پاک کردن یادداشت
detail-note-cleared = یادداشت پاک شد.
detail-unflag = پس گرفتن گزارش
detail-flag-phone = گزارش: این شماره کار نمی‌کند
detail-flag-address = گزارش: این نشانی نادرست است
detail-correct-phone = شمارهٔ درست، اگر می‌دانید
detail-correct-address = نشانی درست، اگر می‌دانید
detail-correct-channel = نشانی درست، اگر می‌دانید
detail-correct-hours = ساعت‌های درست، اگر می‌دانید
detail-flag-channel = گزارش: این کار نمی‌کند
detail-flag-hours = گزارش: این ساعت‌ها درست نیست
detail-correct-save = ذخیره
detail-use-publisher = پذیرفتن مقدار ناشر
detail-keep-mine = نگه داشتن مال من
filters-mine = این دفتر
filters-favourites = برگزیده‌ها
filters-local = افزودهٔ این دفتر
filters-flagged = گزارش‌شده‌ها
nav-add = افزودن خدمت
form-title-add = افزودن خدمتی از خود این دفتر
form-title-edit = ویرایش مدخل این دفتر
form-hint = این مدخل روی همین رایانه می‌ماند و منبع آن همین دفتر است؛ مانند فهرست جست‌وجو می‌شود. هرگز مشخصات مراجع را اینجا ننویسید.
form-kind = نوع
form-country = کشور
form-name = نام
form-name-placeholder = مثلاً مرکز مداخله در بحران شهرستان
form-description = چه خدمتی می‌دهد
form-description-placeholder = به چه کسانی و چگونه کمک می‌کند
form-city = شهر
form-city-placeholder = مثلاً تهران
form-address = نشانی
form-address-placeholder = خیابان و پلاک
form-phone = تلفن
form-phone-placeholder = مثلاً ⁦۰۲۱ ۱۲۳۴ ۵۶۷۸⁩ یا ⁦+98 21 1234 5678⁩
form-website = وب‌سایت
form-website-placeholder = https://…
form-email = ایمیل
form-email-placeholder = name@example.org
form-hours = ساعت کار
form-hours-placeholder = مثلاً ‎Sa-We 08:00-14:00‎ یا ‎24/7‎
form-languages = زبان‌های خدمت
form-languages-placeholder = مثلاً فارسی، انگلیسی (یا fa, en)
form-categories = دسته‌ها
form-save = ذخیره
form-cancel = انصراف
form-required = این فیلد لازم است.
form-country-needed = کشوری را که این خدمت در آن است انتخاب کنید. (اگر محل دفتر را در تنظیمات تعیین کنید، خودکار انتخاب می‌شود.)
form-phone-invalid = Haven نمی‌تواند این شماره را بگیرد: آن را با کد کشور (‎+98 …‎) یا همان‌طور که در کشور گرفته می‌شود بنویسید.
form-website-invalid = نشانی وب‌سایت با ‎https://‎ یا ‎http://‎ آغاز می‌شود.
form-email-invalid = نشانی ایمیل یک @ دارد و فاصله ندارد.
form-hours-invalid = Haven این ساعت‌ها را نمی‌خواند. این‌طور بنویسید: ‎Sa-We 08:00-14:00; Th 08:00-12:00‎ یا ‎24/7‎.
form-languages-invalid = Haven یکی از این زبان‌ها را نمی‌شناسد. نام یا کد دوحرفی آنها را با ویرگول جدا کنید، مثلاً فارسی، انگلیسی یا fa, en.
settings-layer = یادداشت‌ها و مدخل‌های این دفتر
settings-layer-hint = یادداشت‌ها، گزارش‌ها، برگزیده‌ها و مدخل‌های خود دفتر جدا از فهرست نگه داشته می‌شوند و هر روز پشتیبان‌گیری می‌شوند. آن‌ها را با یک فایل به رایانهٔ دیگر ببرید؛ نشانی‌های محرمانه همین‌جا می‌مانند.
settings-layer-export = ذخیرهٔ یادداشت‌ها و مدخل‌ها در فایل…
settings-layer-import = آوردن یادداشت‌ها و مدخل‌ها از فایل…
settings-corrections-export = ذخیرهٔ اصلاحات برای ناشر…
layer-file-failed = فایل نوشته یا خوانده نشد: { $detail }
settings-layer-import-none = چیزی وارد نشد: فایلی انتخاب نشد و در { $folder } فایلی از Haven نیست.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = این شناسه برای بیش از یک مورد به کار رفته است.
problem-bad-id = شناسه به شکل فضا/نام نوشته می‌شود: حروف کوچک لاتین، رقم و خط تیره.
problem-office-namespace = شناسهٔ موردهای خود دفتر با local/ آغاز می‌شود.
problem-local-reserved = شناسه‌هایی که با local/ آغاز می‌شوند برای موردهای خود دفتر نگه داشته شده‌اند.
problem-region-id = شناسهٔ منطقه به شکل کشور/نام نوشته می‌شود، مثلاً pl/mazowieckie.
problem-no-record = موردی با شناسهٔ { $id } نیست.
problem-not-organization = { $id } یک سازمان نیست.
problem-related-self = یک مورد نمی‌تواند به خودش مرتبط باشد.
problem-language = «{ $code }» کد دوحرفی زبان (ISO 639-1) نیست، مثلاً pl یا uk.
problem-phone = Haven نمی‌تواند شمارهٔ { $number } را بگیرد: آن را با کد کشور (+ و ۷ تا ۱۵ رقم) یا به شکل شمارهٔ کوتاه داخلی (۳ تا ۶ رقم) بنویسید.
problem-phone-display = شماره به شکلی که نوشته شده، { $display }، همان شمارهٔ { $number } نیست.
problem-hours = Haven نمی‌تواند این ساعت‌ها را بخواند ({ $detail }). آن‌ها را این‌گونه بنویسید: Mo-Fr 08:00-16:00; Sa 10:00-14:00 یا 24/7.
problem-email = «{ $value }» نشانی ایمیل نیست: نشانی ایمیل @ دارد و فاصله ندارد.
problem-link = «{ $value }» نشانی وب نیست: نشانی وب با https:// یا http:// آغاز می‌شود.
problem-steps = یک روند باید گام‌هایش را داشته باشد.
problem-no-source = هر مورد باید منبعش را نام ببرد.
problem-office-name = نام دفتری را که این را گزارش کرده بنویسید.
problem-no-seed = سند منبع { $file } وجود ندارد.
problem-quote = این نقل‌قول کلمه به کلمه در { $file } پیدا نشد.
problem-seed-quote = سند منبع به نقل‌قولی از خودش نیاز دارد.
problem-url = «{ $url }» نشانی وب نیست.
problem-publisher = منبع عمومی باید ناشرش را داشته باشد.
problem-seed-or-url = منبع به سند منبع یا نشانی وب نیاز دارد.
problem-phone-unsourced = هیچ منبعی این شماره را نمی‌دهد: منبع عمومی‌ای را که شماره از آن آمده نام ببرید.
problem-channel-unsourced = هیچ منبعی این نشانی را نمی‌دهد: آن را نقل کنید یا به‌عنوان نشانی وب منبع بنویسید.
problem-verified-future = تاریخ بررسی در آینده است.
problem-verified-by = بنویسید چه کسی این مورد را بررسی کرده است.
problem-original-missing = متن به زبان اصلی ({ $lang }) نیست.
problem-english-missing = متن انگلیسی نیست.
problem-text-empty = متن به زبان { $lang } خالی است.
problem-not-object = هر مورد یک شیء JSON است که میان {"{"} و {"}"} نوشته می‌شود.
problem-unreadable = Haven نمی‌تواند این مورد را بخواند: { $detail }
problem-hidden-control = متن یک نویسهٔ نامرئی ({ $code }) دارد که می‌تواند خواندن آن را تغییر دهد، مثلاً شماره را وارونه کند. آن را حذف کنید.
cli-bad-near = Haven جای «{ $value }» را نمی‌شناسد. کد کشور، یا کد کشور و شناسهٔ استان در فهرست را بنویسید: IR، IR/tehran.
settings-near = محل دفتر (خدمات آنجا اول فهرست می‌شوند)
settings-near-anywhere = همه‌جا
settings-near-region = استان
settings-near-whole-country = همهٔ کشور
cli-version-not-set-up = فهرست: هنوز آماده نشده است؛ فهرست همراه برنامه در نخستین اجرا ساخته می‌شود.
about-portable = نسخهٔ قابل‌حمل: Haven فهرست، یادداشت‌ها و تنظیمات را در { $dir }، کنار برنامه، نگه می‌دارد و چیزی در پوشهٔ خانگی شما نمی‌نویسد.
about-kept-in = Haven فهرست و یادداشت‌ها را در { $dir } نگه می‌دارد.
about-portable-here = نسخهٔ قابل‌حمل: Haven فهرست، یادداشت‌ها و تنظیمات را کنار برنامه نگه می‌دارد و چیزی در پوشهٔ خانگی شما نمی‌نویسد. آن‌ها در این پوشه‌اند:
about-kept-here = Haven فهرست و یادداشت‌ها را در این پوشه نگه می‌دارد:
search-index-repaired = نمایهٔ جست‌وجو آسیب دیده بود؛ Haven آن را از رکوردهای خود فهرست دوباره ساخت. چیزی از داده‌های شما از دست نرفت.
edit-too-long = یادداشت { $chars } نویسه دارد؛ هر یادداشت حداکثر { $max } نویسه دارد. چیزی ذخیره نشد.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = چنین فایل یا پوشه‌ای وجود ندارد
io-permission-denied = این حساب اجازهٔ باز کردن آن را ندارد
io-folder = این یک پوشه است، نه فایل
io-not-regular = این فایل عادی نیست (دستگاه، لوله یا سوکت است)
io-read-only = دیسک یا پوشه فقط‌خواندنی است
io-disk-full = دیسک پر است
io-too-big = از { $megabytes } مگابایتی که چنین فایلی می‌تواند داشته باشد بزرگ‌تر است
io-not-text = این متن نیست (UTF-8)

# A data folder this account can only read.
db-read-only = پوشهٔ دادهٔ Haven ‏{ $dir } برای این حساب فقط‌خواندنی است: می‌توانید جست‌وجو کنید، ببینید و چاپ کنید، اما یادداشت‌ها، گزارش‌ها، واردکردن‌ها و به‌روزرسانی‌ها ذخیره نمی‌شوند.
db-read-only-bundled = فهرست این پوشه را نمی‌شد همان‌طور که هست به کار برد، پس فهرستی که همراه Haven آمده نشان داده می‌شود.
store-error-read-only = پوشهٔ دادهٔ Haven ‏{ $dir } برای این حساب فقط‌خواندنی است، پس این ذخیره نمی‌شود. جست‌وجو، دیدن و چاپ همچنان کار می‌کنند. چیزی تغییر نکرد.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = → بازگشت به نتایج
search-filters-show = { $count ->
    [0] نمایش فیلترها
   *[other] نمایش فیلترها ({ $count } فعال)
}
search-filters-hide = پنهان کردن فیلترها

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = کد QR: تلفن { $number }
sheet-qr-link = کد QR: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = بالا/پایین یا Tab جابه‌جایی · Enter انجام · چپ/راست زبان برگه · Ctrl+S ذخیرهٔ PDF · Esc بازگشت
status-keys-form = Tab خانهٔ بعد · Shift+Tab خانهٔ قبل · Ctrl+S ذخیره · Esc بازگشت
status-keys-settings = بالا/پایین یا Tab جابه‌جایی · چپ/راست تغییر · Esc بازگشت
status-keys-import = Ctrl+O انتخاب فایل · Enter واردکردن · Esc بازگشت
status-keys-about = Esc بازگشت · Ctrl+F جست‌وجو
referral-removed-one = از ارجاع برداشته شد.
referral-removed-all = { $count } مورد از ارجاع برداشته شد.
referral-undo = بازگردانی
