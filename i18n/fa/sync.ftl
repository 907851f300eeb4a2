# به‌روزرسانی فهرست از خوراک.

sync-checking = در حال بررسی منبع…
sync-downloading = در حال دریافت { $file }: { $bytes } از { $total } بایت
sync-applying = در حال اعمال تغییرات: { $records } از { $total } رکورد
sync-up-to-date = فهرست به‌روز است (شماره منبع: { $sequence }).
sync-updated = فهرست از شماره { $from } به شماره { $to } به‌روز شد: { $count ->
    [one] { $count } رکورد تغییر کرد.
   *[other] { $count } رکورد تغییر کرد.
}
sync-unchanged = فهرستی که از آن استفاده می‌کنید بدون تغییر مانده است.
sync-error-not-configured = هیچ منبعی تنظیم نشده است: نشانی منبع و کلید ناشر را در تنظیمات وارد کنید.
sync-error-insecure = نشانی منبع باید با https:// شروع شود ({ $detail }).
sync-error-bad-key = کلید ناشر یک کلید عمومی معتبر minisign نیست ({ $detail }).
sync-error-offline = دسترسی به منبع ممکن نیست: شاید به شبکه وصل نیستید ({ $detail }).
sync-error-http = سرور منبع خطا گزارش کرد ({ $detail }).
sync-error-signature = منبع با کلید ناشر امضا نشده است، به همین دلیل برای حفظ امنیت پذیرفته نشد ({ $detail }).
sync-error-manifest = مانیفست منبع خوانده نشد ({ $detail }).
sync-error-rollback = منبع ارائه‌شده از فهرستی که از آن استفاده می‌کنید قدیمی‌تر است، به همین دلیل برای حفظ امنیت پذیرفته نشد ({ $detail }).
sync-error-expired = اعتبار منبع به پایان رسیده است، به همین دلیل برای حفظ امنیت پذیرفته نشد؛ ناشر آن را به‌روز نکرده است ({ $detail }).
sync-error-too-new = این منبع به نسخه جدیدتری از Haven نیاز دارد ({ $detail }).
sync-error-truncated = دریافت نیمه‌کاره قطع شد ({ $detail }).
sync-error-too-large = یکی از فایل‌های منبع بزرگ‌تر از حد مجاز است، به همین دلیل برای حفظ امنیت پذیرفته نشد ({ $detail }).
sync-error-checksum = یکی از فایل‌های منبع با چک‌سام خود مطابقت ندارد، به همین دلیل برای حفظ امنیت پذیرفته نشد ({ $detail }).
sync-error-bad-feed = منبع رکوردی نامعتبر دارد ({ $detail }).
sync-error-cancelled = به‌روزرسانی لغو شد.
sync-error-untrusted = سرور منبع گواهی‌ای ارائه کرد که این رایانه به آن اعتماد ندارد، به همین دلیل چیزی دریافت نشد ({ $detail }). اگر شبکه مرکز شما از مرجع صدور گواهی خودش استفاده می‌کند، از کارشناسان فناوری اطلاعات بخواهید آن را به گواهی‌های مورد اعتماد سیستم اضافه کنند.
sync-error-store = فهرست به‌روز نشد ({ $detail }).
sync-now = به‌روزرسانی هم‌اکنون
sync-cancel = لغو
sync-done = { $text }
sync-last = آخرین به‌روزرسانی: { $when } — { $result }
sync-outcome-up-to-date = از قبل به‌روز بود
sync-outcome-updated = به‌روز شد
sync-outcome-not-configured = منبعی تنظیم نشده است
sync-outcome-insecure = پذیرفته نشد: https نیست
sync-outcome-bad-key = کلید ناشر نامعتبر است
sync-outcome-offline = شبکه در دسترس نیست
sync-outcome-http = خطای سرور
sync-outcome-signature = پذیرفته نشد: امضای نامعتبر
sync-outcome-manifest = مانیفست خوانده نشد
sync-outcome-rollback = پذیرفته نشد: منبع قدیمی‌تر
sync-outcome-expired = پذیرفته نشد: اعتبار منبع تمام شده
sync-outcome-too-new = نسخه جدیدتری از Haven لازم است
sync-outcome-truncated = دریافت نیمه‌کاره ماند
sync-outcome-too-large = پذیرفته نشد: فایل بیش از حد بزرگ
sync-outcome-checksum = پذیرفته نشد: چک‌سام مطابقت ندارد
sync-outcome-bad-feed = پذیرفته نشد: رکورد نامعتبر
sync-outcome-cancelled = لغو شد
sync-outcome-untrusted = گواهی مورد اعتماد نیست
sync-outcome-store = فهرست به‌روز نشد
sync-error-busy = Haven دیگری روی این رایانه هم‌اکنون فهرست را به‌روز می‌کند.
sync-outcome-busy = به‌روزرسانی دیگری در جریان بود
store-error-update-running = Haven دیگری روی این رایانه همین حالا فهرست را به‌روز می‌کند. وقتی تمام شد دوباره امتحان کنید.
sync-error-too-slow = سرور خوراک بیش از حد کند می‌فرستد؛ بارگیری متوقف شد ({ $detail }).
sync-outcome-too-slow = بیش از حد کند
directory-changed-elsewhere = فهرست را Haven دیگری روی این رایانه به‌روز کرد؛ اکنون نسخهٔ تازه را می‌بینید.
