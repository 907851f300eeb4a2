# Обновление справочника из канала.

sync-checking = Проверка источника…
sync-downloading = Загрузка { $file } (байт: { $bytes } из { $total })
sync-applying = Применение изменений (записей: { $records } из { $total })
feed-build-checking = Проверка записей (записей: { $total })…
feed-build-lines = Запись в формате JSON Lines (записей: { $total })…
feed-build-indexing = Индексирование для поиска (записей: { $records } из { $total })
feed-build-packing = Сжатие готового справочника…
feed-build-delta = Сравнение с предыдущим выпуском…
sync-up-to-date = Справочник актуален (выпуск источника: { $sequence }).
sync-updated = Справочник обновлён с выпуска { $from } до выпуска { $to }: { $count ->
    [one] изменена { $count } запись.
    [few] изменены { $count } записи.
    [other] изменено { $count } записи.
   *[many] изменено { $count } записей.
}
sync-unchanged = Справочник, которым вы пользуетесь, остался без изменений.
sync-error-not-configured = Источник не настроен: добавьте его адрес и ключ издателя в разделе «Настройки».
sync-error-insecure = Адрес источника должен начинаться с https:// ({ $detail }).
sync-error-bad-url = Это не веб-адрес, который Haven может использовать как источник ({ $detail }). Введите его полностью, например https://feed.example.org/haven/ (без пробелов).
sync-error-foreign = Манифест источника указывает файл на другом сервере или порту ({ $detail }); Haven загружает только с адреса самого источника.
sync-error-bad-key = Ключ издателя не является допустимым открытым ключом minisign ({ $detail }).
sync-error-offline = Не удаётся связаться с источником: возможно, нет подключения к сети ({ $detail }).
sync-error-http = Сервер источника сообщил об ошибке ({ $detail }).
sync-error-signature = Источник не подписан ключом издателя, поэтому в целях безопасности он отклонён ({ $detail }).
sync-error-manifest = Не удаётся прочитать манифест источника ({ $detail }).
sync-error-rollback = Предложенные данные источника старше справочника, которым вы пользуетесь, поэтому в целях безопасности они отклонены ({ $detail }).
sync-error-expired = Срок действия источника истёк, поэтому в целях безопасности он отклонён: издатель его не обновил ({ $detail }).
sync-error-too-new = Для этого источника нужна более новая версия Haven ({ $detail }).
sync-error-truncated = Загрузка прервалась ({ $detail }).
sync-error-too-large = Файл источника больше допустимого размера, поэтому в целях безопасности он отклонён ({ $detail }).
sync-error-checksum = Файл источника не совпадает со своей контрольной суммой, поэтому в целях безопасности он отклонён ({ $detail }).
sync-error-bad-feed = В источнике есть недопустимая запись ({ $detail }).
sync-error-cancelled = Обновление отменено.
sync-error-untrusted = Сервер источника предъявил сертификат, которому этот компьютер не доверяет, поэтому ничего не было загружено ({ $detail }). Если в сети вашей организации используется собственный центр сертификации, попросите ИТ-специалистов добавить его в список доверенных сертификатов системы.
sync-error-store = Не удалось обновить справочник ({ $detail }).
sync-now = Обновить сейчас
sync-cancel = Отмена
sync-done = { $text }
sync-last = Последнее обновление: { $when } — { $result }
sync-outcome-up-to-date = справочник уже был актуален
sync-outcome-updated = справочник обновлён
sync-outcome-not-configured = источник не настроен
sync-outcome-insecure = отклонено: адрес не https
sync-outcome-bad-url = отклонено: не веб-адрес
sync-outcome-foreign = отклонено: файл в другом месте
sync-outcome-bad-key = недопустимый ключ издателя
sync-outcome-offline = нет сети
sync-outcome-http = ошибка сервера
sync-outcome-signature = отклонено: неверная подпись
sync-outcome-manifest = не удалось прочитать манифест
sync-outcome-rollback = отклонено: более старый выпуск
sync-outcome-expired = отклонено: срок действия истёк
sync-outcome-too-new = нужна более новая версия Haven
sync-outcome-truncated = загрузка прервалась
sync-outcome-too-large = отклонено: слишком большой файл
sync-outcome-checksum = отклонено: не совпадает контрольная сумма
sync-outcome-bad-feed = отклонено: недопустимая запись
sync-outcome-cancelled = отменено
sync-outcome-untrusted = недоверенный сертификат
sync-outcome-store = не удалось обновить справочник
sync-error-busy = Другой Haven на этом компьютере уже обновляет справочник.
sync-outcome-busy = шло другое обновление
store-error-update-running = Другой Haven на этом компьютере сейчас обновляет справочник. Попробуйте снова, когда он закончит.
sync-error-too-slow = Сервер канала передаёт слишком медленно; загрузка прервана ({ $detail }).
sync-outcome-too-slow = слишком медленно
directory-changed-elsewhere = Справочник обновил другой Haven на этом компьютере; вы видите новую версию.
