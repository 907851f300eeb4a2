# Анықтамалықты арнадан жаңарту.

sync-checking = Арна тексерілуде…
sync-downloading = { $file } жүктеп алынуда: { $bytes } / { $total } байт
sync-applying = Өзгерістер енгізілуде: { $records } / { $total } жазба
sync-up-to-date = Анықтамалық өзекті күйде (арнаның реттік нөмірі: { $sequence }).
sync-updated = Анықтамалық { $from } реттік нөмірінен { $to } реттік нөміріне жаңартылды: { $count ->
    [one] { $count } жазба өзгерді.
   *[other] { $count } жазба өзгерді.
}
sync-unchanged = Сіз пайдаланып отырған анықтамалық өзгерген жоқ.
sync-error-not-configured = Арна бапталмаған: оның мекенжайы мен жариялаушының кілтін «Баптаулар» бөлімінде қосыңыз.
sync-error-insecure = Арнаның мекенжайы https:// деп басталуы керек ({ $detail }).
sync-error-bad-key = Жариялаушының кілті жарамды minisign ашық кілті емес ({ $detail }).
sync-error-offline = Арнаға қосылу мүмкін болмады: желі болмауы мүмкін ({ $detail }).
sync-error-http = Арнаның сервері қате туралы хабарлады ({ $detail }).
sync-error-signature = Арнаға жариялаушының кілтімен қол қойылмаған, сондықтан ол қауіпсіздік мақсатында қабылданбады ({ $detail }).
sync-error-manifest = Арнаның манифест файлын оқу мүмкін болмады ({ $detail }).
sync-error-rollback = Ұсынылған арна деректері сіз пайдаланып отырған анықтамалықтан ескірек, сондықтан олар қауіпсіздік мақсатында қабылданбады ({ $detail }).
sync-error-expired = Арнаның жарамдылық мерзімі өтіп кеткен, сондықтан ол қауіпсіздік мақсатында қабылданбады; жариялаушы оны жаңартпаған ({ $detail }).
sync-error-too-new = Бұл арна үшін Haven-нің жаңарақ нұсқасы қажет ({ $detail }).
sync-error-truncated = Жүктеп алу үзіліп қалды ({ $detail }).
sync-error-too-large = Арна файлы рұқсат етілген көлемнен үлкен, сондықтан ол қауіпсіздік мақсатында қабылданбады ({ $detail }).
sync-error-checksum = Арна файлы өзінің бақылау сомасына сәйкес келмейді, сондықтан ол қауіпсіздік мақсатында қабылданбады ({ $detail }).
sync-error-bad-feed = Арнада жарамсыз жазба бар ({ $detail }).
sync-error-cancelled = Жаңартудан бас тартылды.
sync-error-untrusted = Арнаның сервері бұл компьютер сенбейтін сертификат ұсынды, сондықтан ештеңе жүктеп алынбады ({ $detail }). Егер мекемеңіздің желісі өз куәландырушы орталығын пайдаланса, IT мамандарынан оны жүйедегі сенімді сертификаттар қатарына қосуды сұраңыз.
sync-error-store = Анықтамалықты жаңарту мүмкін болмады ({ $detail }).
sync-now = Қазір жаңарту
sync-cancel = Бас тарту
sync-done = { $text }
sync-last = Соңғы жаңарту: { $when } — { $result }
sync-outcome-up-to-date = анықтамалық өзекті күйде болды
sync-outcome-updated = жаңартылды
sync-outcome-not-configured = арна бапталмаған
sync-outcome-insecure = қабылданбады: https емес
sync-outcome-bad-key = жариялаушының кілті жарамсыз
sync-outcome-offline = желі жоқ
sync-outcome-http = сервер қатесі
sync-outcome-signature = қабылданбады: қолтаңба жарамсыз
sync-outcome-manifest = манифест файлын оқу мүмкін болмады
sync-outcome-rollback = қабылданбады: арна ескірек
sync-outcome-expired = қабылданбады: арнаның мерзімі өткен
sync-outcome-too-new = Haven-нің жаңарақ нұсқасы қажет
sync-outcome-truncated = жүктеп алу үзілді
sync-outcome-too-large = қабылданбады: файл тым үлкен
sync-outcome-checksum = қабылданбады: бақылау сомасы сәйкес емес
sync-outcome-bad-feed = қабылданбады: жарамсыз жазба
sync-outcome-cancelled = бас тартылды
sync-outcome-untrusted = сертификат сенімді емес
sync-outcome-store = анықтамалықты жаңарту мүмкін болмады
sync-error-busy = Осы компьютердегі басқа Haven анықтамалықты жаңартып жатыр.
sync-outcome-busy = басқа жаңарту жүріп жатты
store-error-update-running = Осы компьютердегі басқа Haven қазір анықтамалықты жаңартып жатыр. Ол аяқтағанда қайта көріңіз.
sync-error-too-slow = Арна сервері тым баяу жібереді; жүктеу тоқтатылды ({ $detail }).
sync-outcome-too-slow = тым баяу
directory-changed-elsewhere = Анықтамалықты осы компьютердегі басқа Haven жаңартты; сіз жаңа нұсқасын көріп отырсыз.
