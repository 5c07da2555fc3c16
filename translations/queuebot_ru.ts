<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApiFailure</name>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network.</source>
        <translation>Сервер недоступен (%1). Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертификату сервера нет доверия: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The token was not accepted. It may be wrong or revoked.</source>
        <translation>Токен не принят. Возможно, он неверен или отозван.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <source>It no longer exists (someone may have changed it meanwhile).</source>
        <translation>Этого больше нет (возможно, кто-то уже изменил это).</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>Сервер отклонил данные: %1</translation>
    </message>
    <message>
        <source>Please check &quot;%1&quot;: %2</source>
        <translation>Проверьте «%1»: %2</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Невозможно: %1</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Запрос слишком большой.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again.</source>
        <translation>Ошибка на сервере (HTTP %1). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Bootstrap admin</source>
        <translation>Начальный администратор</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Сотрудник №%1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Nothing matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>Показано %1 из %n изменения; прокрутите вниз, чтобы увидеть больше.</numerusform>
            <numerusform>Показано %1 из %n изменений; прокрутите вниз, чтобы увидеть больше.</numerusform>
            <numerusform>Показано %1 из %n изменений; прокрутите вниз, чтобы увидеть больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n изменение.</numerusform>
            <numerusform>%n изменения.</numerusform>
            <numerusform>%n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Only changes to this kind of thing</source>
        <translation>Только изменения такого рода объектов</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>e.g. booking.cancel</source>
        <translation>например, booking.cancel</translation>
    </message>
    <message>
        <source>Only this action, written as thing.verb</source>
        <translation>Только это действие, в виде объект.глагол</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кто угодно</translation>
    </message>
    <message>
        <source>The staff account&apos;s or person&apos;s id; empty: any</source>
        <translation>Номер учётной записи сотрудника или человека; пусто — любой</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Дни с</translation>
    </message>
    <message>
        <source>Only changes made on these days (in the current queue&apos;s time zone)</source>
        <translation>Только изменения за эти дни (по часовому поясу текущей очереди)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Отобрать</translation>
    </message>
    <message>
        <source>Show the entries that match</source>
        <translation>Показать подходящие записи</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Снова показать все записи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
</context>
<context>
    <name>BulkSlotsDialog</name>
    <message>
        <source>Create slots from a pattern</source>
        <translation>Создать слоты по шаблону</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>Дни &amp;недели:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day</source>
        <translation>00:00 — полночь в конце дня</translation>
    </message>
    <message>
        <source>Break:</source>
        <translation>Перерыв:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>No slot overlaps the break; the slots after it start when it ends</source>
        <translation>Ни один слот не попадает на перерыв; слоты после него начинаются с его окончания</translation>
    </message>
    <message>
        <source>Slot &amp;length:</source>
        <translation>Д&amp;лительность слота:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>How many people can book each slot</source>
        <translation>Сколько человек может записаться на каждый слот</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1. Starts that already have a slot are skipped.</source>
        <translation>Время — в часовом поясе очереди, %1. Слоты, которые уже есть, повторно не создаются.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Create slots</source>
        <translation>Создать слоты</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking what this would create…</source>
        <translation>Проверяем, что будет создано…</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Выберите хотя бы один день недели.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) will be created. None conflicts with an existing slot.</source>
        <translation>
            <numerusform>Будет создан %n слот. Пересечений с существующими слотами нет.</numerusform>
            <numerusform>Будет создано %n слота. Пересечений с существующими слотами нет.</numerusform>
            <numerusform>Будет создано %n слотов. Пересечений с существующими слотами нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) will be created.</source>
        <translation>
            <numerusform>Будет создан %n слот.</numerusform>
            <numerusform>Будет создано %n слота.</numerusform>
            <numerusform>Будет создано %n слотов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) already have a slot and will be skipped.</source>
        <translation>
            <numerusform>%n слот уже есть и будет пропущен.</numerusform>
            <numerusform>%n слота уже есть и будут пропущены.</numerusform>
            <numerusform>%n слотов уже есть и будут пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to create: all %n start(s) already have a slot.</source>
        <translation>
            <numerusform>Создавать нечего: %n слот уже есть.</numerusform>
            <numerusform>Создавать нечего: все %n слота уже есть.</numerusform>
            <numerusform>Создавать нечего: все %n слотов уже есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>This pattern makes no slots: check the dates, weekdays and hours.</source>
        <translation>По этому шаблону не получается ни одного слота: проверьте даты, дни недели и часы.</translation>
    </message>
    <message>
        <source>No preview: the pattern needs a change.</source>
        <translation>Предпросмотра нет: шаблон нужно исправить.</translation>
    </message>
    <message>
        <source>Creating the slots…</source>
        <translation>Создаём слоты…</translation>
    </message>
</context>
<context>
    <name>CancelSlotDialog</name>
    <message>
        <source>Cancel slot</source>
        <translation>Отменить слот</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the slot of %1? Its %n booking(s) end, and each person receives the reason below from the bot.</source>
        <translation>
            <numerusform>Отменить слот на %1? %n запись будет отменена, и человек получит от бота указанную ниже причину.</numerusform>
            <numerusform>Отменить слот на %1? %n записи будут отменены, и каждый получит от бота указанную ниже причину.</numerusform>
            <numerusform>Отменить слот на %1? %n записей будут отменены, и каждый получит от бота указанную ниже причину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the slot of %1? Nobody has booked it.</source>
        <translation>Отменить слот на %1? На него никто не записан.</translation>
    </message>
    <message>
        <source>&amp;Reason (people receive it):</source>
        <translation>&amp;Причина (её получат записавшиеся):</translation>
    </message>
    <message>
        <source>For example: the office is closed for a staff meeting</source>
        <translation>Например: офис закрыт на совещание</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Keep slot</source>
        <translation>Оставить слот</translation>
    </message>
    <message>
        <source>Cancelling the slot and telling the people booked…</source>
        <translation>Отменяем слот и сообщаем записавшимся…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a queue service</source>
        <translation>Подключение к сервису очереди</translation>
    </message>
    <message>
        <source>Enter the address of your office&apos;s queue-service and your staff token (an administrator creates it with &quot;queue-service staff add&quot;).</source>
        <translation>Введите адрес queue-service вашего офиса и ваш токен сотрудника (его создаёт администратор командой «queue-service staff add»).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>https://queue.example.org</source>
        <translation>https://queue.example.org</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Запомнить токен в системном хранилище паролей</translation>
    </message>
    <message>
        <source>If there is no keychain, keep it in the settings file (not encrypted)</source>
        <translation>Если хранилища нет, сохранить его в файле настроек (без шифрования)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Ask the server who this token belongs to, without connecting</source>
        <translation>Спросить сервер, чей это токен, не подключаясь</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <source>This is not a server address. Example: https://queue.example.org</source>
        <translation>Это не адрес сервера. Пример: https://queue.example.org</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connected: %1, %2.</source>
        <translation>Подключение есть: %1, %2.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>Please enter your token.</source>
        <translation>Введите ваш токен.</translation>
    </message>
</context>
<context>
    <name>ConsoleContext</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
</context>
<context>
    <name>CounterCard</name>
    <message>
        <source>Counter %1 · my counter</source>
        <translation>Окно %1 · моё окно</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <source>The person has been served; the counter is free again</source>
        <translation>Посетитель обслужен; окно снова свободно</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Вызвать снова</translation>
    </message>
    <message>
        <source>Call the person at this counter once more</source>
        <translation>Ещё раз вызвать посетителя к этому окну</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не подошёл</translation>
    </message>
    <message>
        <source>The person did not come; a booking counts as missed</source>
        <translation>Посетитель не подошёл; запись считается пропущенной</translation>
    </message>
    <message>
        <source>Back to line</source>
        <translation>Вернуть в очередь</translation>
    </message>
    <message>
        <source>The person stepped out: put them back into the line, behind those waiting</source>
        <translation>Посетитель отошёл: вернуть его в очередь, за теми, кто ждёт</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Send the person to another counter</source>
        <translation>Направить посетителя к другому окну</translation>
    </message>
    <message>
        <source>Call next here</source>
        <translation>Вызвать сюда</translation>
    </message>
    <message>
        <source>Call the next person in line to counter %1</source>
        <translation>Вызвать следующего в очереди к окну %1</translation>
    </message>
    <message>
        <source>To counter %1</source>
        <translation>К окну %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
</context>
<context>
    <name>DayBookingsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Неизвестный посетитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>At counter %1</source>
        <translation>У окна %1</translation>
    </message>
    <message>
        <source>In line, #%1</source>
        <translation>В очереди, №%1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ещё не подтвердил</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>DaySheetPrinter</name>
    <message>
        <source>Day sheet: %1</source>
        <translation>Список дня: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Nobody is booked on this day.</source>
        <translation>На этот день никто не записан.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Dialogues</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <source>Please use the button below to share your phone number, or send /cancel.</source>
        <translation>Пожалуйста, отправьте номер телефона кнопкой ниже или отправьте /cancel.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Please use the buttons below or send /help.</source>
        <translation>Извините, я не понял. Пожалуйста, воспользуйтесь кнопками ниже или отправьте /help.</translation>
    </message>
    <message>
        <source>Sorry, I do not know this command. Please use the buttons below or send /help.</source>
        <translation>Извините, я не знаю такой команды. Пожалуйста, воспользуйтесь кнопками ниже или отправьте /help.</translation>
    </message>
    <message>
        <source>Hello, %1! I can book you an appointment and remind you of it.</source>
        <translation>Здравствуйте, %1! Я помогу записаться на приём и напомню о нём.</translation>
    </message>
    <message>
        <source>This link points to a queue that is not available. Please choose from the menu.</source>
        <translation>Эта ссылка ведёт в недоступную очередь. Пожалуйста, выберите действие в меню.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>To book at %1, please share your phone number: tap the button below.</source>
        <translation>Для записи в «%1» нужен ваш номер телефона. Пожалуйста, нажмите кнопку ниже.</translation>
    </message>
    <message>
        <source>📱 Share my phone number</source>
        <translation>📱 Отправить мой номер телефона</translation>
    </message>
    <message>
        <source>Please share your own phone number with the button below.</source>
        <translation>Пожалуйста, отправьте свой собственный номер кнопкой ниже.</translation>
    </message>
    <message>
        <source>Thank you! Your phone number is saved.</source>
        <translation>Спасибо! Номер телефона сохранён.</translation>
    </message>
    <message>
        <source>Sorry, this button is out of date.</source>
        <translation>Извините, эта кнопка устарела.</translation>
    </message>
    <message>
        <source>📅 Book an appointment</source>
        <translation>📅 Записаться на приём</translation>
    </message>
    <message>
        <source>📋 My bookings</source>
        <translation>📋 Мои записи</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 Язык</translation>
    </message>
    <message>
        <source>❓ Help</source>
        <translation>❓ Помощь</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Меню</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Выберите язык:</translation>
    </message>
    <message>
        <source>Done! I will now answer in English.</source>
        <translation>Готово! Теперь я буду отвечать по-русски.</translation>
    </message>
    <message>
        <source>Sorry, no queue is open for booking right now.</source>
        <translation>К сожалению, сейчас нет очередей, открытых для записи.</translation>
    </message>
    <message>
        <source>Where would you like to book?</source>
        <translation>Куда вы хотите записаться?</translation>
    </message>
    <message>
        <source>Moving booking %1 (%2).</source>
        <translation>Перенос записи %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are no free times in the next %n day(s).</source>
        <translation>
            <numerusform>К сожалению, в ближайший %n день нет свободного времени.</numerusform>
            <numerusform>К сожалению, в ближайшие %n дня нет свободного времени.</numerusform>
            <numerusform>К сожалению, в ближайшие %n дней нет свободного времени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a date (free seats in brackets):</source>
        <translation>Выберите дату (в скобках — число свободных мест):</translation>
    </message>
    <message>
        <source>↩ Back</source>
        <translation>↩ Назад</translation>
    </message>
    <message>
        <source>Sorry, there are no free times left on this day.</source>
        <translation>К сожалению, на этот день свободного времени не осталось.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Выберите время:</translation>
    </message>
    <message>
        <source>✅ Confirm</source>
        <translation>✅ Подтвердить</translation>
    </message>
    <message>
        <source>Move booking %1?</source>
        <translation>Перенести запись %1?</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Было: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Станет: %1</translation>
    </message>
    <message>
        <source>Please check your booking:</source>
        <translation>Пожалуйста, проверьте данные записи:</translation>
    </message>
    <message>
        <source>Is everything correct?</source>
        <translation>Всё верно?</translation>
    </message>
    <message>
        <source>Your booking has been moved.</source>
        <translation>Запись перенесена.</translation>
    </message>
    <message>
        <source>You are booked.</source>
        <translation>Вы записаны.</translation>
    </message>
    <message>
        <source>✅ Your booking has been moved.</source>
        <translation>✅ Ваша запись перенесена.</translation>
    </message>
    <message>
        <source>✅ You are booked.</source>
        <translation>✅ Вы записаны.</translation>
    </message>
    <message>
        <source>Booking code: %1</source>
        <translation>Код записи: %1</translation>
    </message>
    <message>
        <source>Please show this code at the office.</source>
        <translation>Пожалуйста, назовите или покажите этот код при визите.</translation>
    </message>
    <message>
        <source>✖ Cancel booking</source>
        <translation>✖ Отменить запись</translation>
    </message>
    <message>
        <source>🔁 Reschedule</source>
        <translation>🔁 Перенести</translation>
    </message>
    <message>
        <source>You have no upcoming bookings.</source>
        <translation>У вас нет предстоящих записей.</translation>
    </message>
    <message>
        <source>✖ Cancel %1</source>
        <translation>✖ Отменить %1</translation>
    </message>
    <message>
        <source>🔁 Move %1</source>
        <translation>🔁 Перенести %1</translation>
    </message>
    <message numerus="yes">
        <source>You have %n upcoming booking(s):</source>
        <translation>
            <numerusform>У вас %n предстоящая запись:</numerusform>
            <numerusform>У вас %n предстоящие записи:</numerusform>
            <numerusform>У вас %n предстоящих записей:</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Да, отменить</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <source>Cancel booking %1?</source>
        <translation>Отменить запись %1?</translation>
    </message>
    <message>
        <source>If you cannot come, please let the office know.</source>
        <translation>Если вы не сможете прийти, пожалуйста, сообщите об этом сотрудникам.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Запись отменена.</translation>
    </message>
    <message>
        <source>📅 Book another time</source>
        <translation>📅 Записаться на другое время</translation>
    </message>
    <message>
        <source>Your booking %1 has been cancelled.</source>
        <translation>Ваша запись %1 отменена.</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Главное меню</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Мои записи</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Сменить язык</translation>
    </message>
    <message>
        <source>Leave the current step</source>
        <translation>Выйти из текущего шага</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>✅ Thank you! Your visit is confirmed.</source>
        <translation>✅ Спасибо! Ваш визит подтверждён.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Вы в листе ожидания.</translation>
    </message>
    <message>
        <source>OK, the seat goes to the next person.</source>
        <translation>Хорошо, место перейдёт следующему в очереди.</translation>
    </message>
    <message>
        <source>You have left the waiting list.</source>
        <translation>Вы вышли из листа ожидания.</translation>
    </message>
    <message>
        <source>✅ You are in the queue. I will keep your place up to date in a message of its own and call you when it is your turn.</source>
        <translation>✅ Вы в очереди. Ваше место я буду показывать в отдельном сообщении и позову вас, когда подойдёт очередь.</translation>
    </message>
    <message>
        <source>You are in the queue.</source>
        <translation>Вы в очереди.</translation>
    </message>
    <message>
        <source>📍 Thank you, you are checked in. Please wait to be called: I will tell you your counter.</source>
        <translation>📍 Спасибо, вы отметились. Пожалуйста, ожидайте вызова: я сообщу номер окна.</translation>
    </message>
    <message>
        <source>You are checked in.</source>
        <translation>Вы отметились.</translation>
    </message>
    <message>
        <source>You have left the queue.</source>
        <translation>Вы вышли из очереди.</translation>
    </message>
    <message>
        <source>🔔 Wait again</source>
        <translation>🔔 Снова ждать места</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Талон %1</translation>
    </message>
    <message>
        <source>🎟 Where am I in line?</source>
        <translation>🎟 Где я в очереди?</translation>
    </message>
    <message>
        <source>Waiting for a seat: %1</source>
        <translation>Ожидание места: %1</translation>
    </message>
    <message>
        <source>✖ Leave the waiting list for %1</source>
        <translation>✖ Выйти из листа ожидания на %1</translation>
    </message>
    <message>
        <source>📍 I&apos;m here: %1</source>
        <translation>📍 Я на месте: %1</translation>
    </message>
    <message>
        <source>🔔 Full day? Join the waiting list</source>
        <translation>🔔 День занят? Встать в лист ожидания</translation>
    </message>
    <message>
        <source>You are next!</source>
        <translation>Вы следующий!</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n человек.</numerusform>
            <numerusform>Перед вами %n человека.</numerusform>
            <numerusform>Перед вами %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s).</source>
        <translation>
            <numerusform>Ожидание: около %n минуты.</numerusform>
            <numerusform>Ожидание: около %n минут.</numerusform>
            <numerusform>Ожидание: около %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is your turn: please go to counter %1.</source>
        <translation>Ваша очередь: пожалуйста, подойдите к окну %1.</translation>
    </message>
    <message>
        <source>Served. Thank you for your visit!</source>
        <translation>Обслужено. Спасибо за визит!</translation>
    </message>
    <message>
        <source>You were called but did not come to the counter.</source>
        <translation>Вас вызывали, но вы не подошли к окну.</translation>
    </message>
    <message>
        <source>The office day is over; this ticket is no longer valid.</source>
        <translation>Рабочий день закончился, талон больше не действует.</translation>
    </message>
    <message>
        <source>Sorry, no queue takes walk-in visitors right now.</source>
        <translation>К сожалению, сейчас ни одна очередь не принимает посетителей без записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>ждёт %n человек</numerusform>
            <numerusform>ждут %n человека</numerusform>
            <numerusform>ждут %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a ticket for the live queue: choose where. I will tell you your place and call you when it is your turn.</source>
        <translation>Возьмите талон в живую очередь: выберите куда. Я сообщу ваше место и позову, когда подойдёт очередь.</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 Обновить</translation>
    </message>
    <message>
        <source>✖ Leave the queue</source>
        <translation>✖ Выйти из очереди</translation>
    </message>
    <message>
        <source>🎟 Take a ticket (live queue)</source>
        <translation>🎟 Взять талон (живая очередь)</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to use this bot&lt;/b&gt;

📅 &lt;b&gt;Book an appointment&lt;/b&gt;: choose a date with free seats, then a time, and confirm. You get a booking code: show it at the office. A day is full? Join its waiting list, and I will offer you the first seat that frees up.
🎟 &lt;b&gt;Take a ticket&lt;/b&gt;: join the live queue of an office that is open now; I tell you your place and call you to your counter.
📋 &lt;b&gt;My bookings&lt;/b&gt;: your upcoming bookings; cancel one or move it to another time, or tell the office &quot;I&apos;m here&quot; when you arrive.

/start: the main menu
/book: book an appointment
/bookings: my bookings
/ticket: take a ticket for the live queue
/language: change the language
/cancel: leave the current step
/help: this help</source>
        <translation>&lt;b&gt;Как пользоваться ботом&lt;/b&gt;

📅 &lt;b&gt;Записаться на приём&lt;/b&gt;: выберите дату со свободными местами, затем время и подтвердите. Вы получите код записи: покажите его в офисе. День занят? Встаньте в лист ожидания, и я предложу вам первое освободившееся место.
🎟 &lt;b&gt;Взять талон&lt;/b&gt;: встаньте в живую очередь офиса, который сейчас работает; я сообщу ваше место и позову к окну.
📋 &lt;b&gt;Мои записи&lt;/b&gt;: ваши предстоящие записи; отмените запись или перенесите её на другое время, а придя в офис, нажмите «Я на месте».

/start: главное меню
/book: записаться на приём
/bookings: мои записи
/ticket: взять талон в живую очередь
/language: сменить язык
/cancel: выйти из текущего шага
/help: эта справка</translation>
    </message>
    <message>
        <source>Take a ticket for the live queue</source>
        <translation>Взять талон в живую очередь</translation>
    </message>
    <message>
        <source>Every day with office hours still has free times: please book one of them.</source>
        <translation>В каждый рабочий день ещё есть свободное время: пожалуйста, запишитесь на него.</translation>
    </message>
    <message>
        <source>These days are fully booked. Choose a day, and I will message you as soon as a seat frees up:</source>
        <translation>Эти дни полностью заняты. Выберите день, и я напишу вам, как только освободится место:</translation>
    </message>
    <message>
        <source>You are on the waiting list for %1.</source>
        <translation>Вы в листе ожидания на %1.</translation>
    </message>
    <message numerus="yes">
        <source>When a seat frees up I will hold it for you for %n minute(s) and send you a message: take it or pass it on.</source>
        <translation>
            <numerusform>Когда место освободится, я придержу его для вас на %n минуту и пришлю сообщение: займите его или откажитесь.</numerusform>
            <numerusform>Когда место освободится, я придержу его для вас на %n минуты и пришлю сообщение: займите его или откажитесь.</numerusform>
            <numerusform>Когда место освободится, я придержу его для вас на %n минут и пришлю сообщение: займите его или откажитесь.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Leave the waiting list</source>
        <translation>✖ Выйти из листа ожидания</translation>
    </message>
    <message>
        <source>You are no longer on the waiting list for %1.</source>
        <translation>Вы больше не в листе ожидания на %1.</translation>
    </message>
    <message>
        <source>Your message contains control characters, so I did not read it. Please send plain text or use the buttons below.</source>
        <translation>В вашем сообщении есть управляющие символы, поэтому я его не прочитал. Пожалуйста, отправьте обычный текст или воспользуйтесь кнопками ниже.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Save bookings as</source>
        <translation>Сохранить записи как</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n запись сохранена в %1.</numerusform>
            <numerusform>%n записи сохранены в %1.</numerusform>
            <numerusform>%n записей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Выгрузка записей</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Только %1</translation>
    </message>
    <message>
        <source>Only the current queue</source>
        <translation>Только текущая очередь</translation>
    </message>
    <message>
        <source>Leave unticked to export every queue</source>
        <translation>Не отмечайте, чтобы выгрузить все очереди</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Choose a file and export the bookings of these days into it</source>
        <translation>Выбрать файл и выгрузить в него записи за эти дни</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>answers in %1 ms (%2)</source>
        <translation>отвечает за %1 мс (%2)</translation>
    </message>
    <message>
        <source>nothing waiting to be sent</source>
        <translation>ничего не ждёт отправки</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n ждёт отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest for %1</source>
        <translation>самое давнее — %1</translation>
    </message>
    <message>
        <source>%1 in use (warning at %2)</source>
        <translation>занято %1 (предупреждение с %2)</translation>
    </message>
    <message>
        <source>%1 (warning at %2)</source>
        <translation>%1 (предупреждение с %2)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>свободно %1</translation>
    </message>
    <message>
        <source>last answer %1 ago</source>
        <translation>последний ответ %1 назад</translation>
    </message>
    <message>
        <source>no answer yet (%1 since start)</source>
        <translation>ответа ещё не было (%1 с запуска)</translation>
    </message>
</context>
<context>
    <name>LiveBoardModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без записи</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Запись на %1</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Came without a booking and took a ticket</source>
        <translation>Пришёл без записи и взял талон</translation>
    </message>
    <message>
        <source>Checked in for the %1 slot</source>
        <translation>Отметился на приём в %1</translation>
    </message>
    <message>
        <source>Checked in with a booking</source>
        <translation>Отметился по записи</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>In the line since %1</source>
        <translation>В очереди с %1</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimated from recent service times and the open counters</source>
        <translation>Оценка по недавнему времени обслуживания и числу окон</translation>
    </message>
    <message>
        <source>Without Telegram</source>
        <translation>Без Telegram</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Неизвестный посетитель</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed out.</source>
        <translation>Вы вышли.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>About Queue Console</source>
        <translation>О пульте очереди</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue Console&lt;/b&gt; %1&lt;br&gt;The staff desktop of Queue Bot, an electronic queue.</source>
        <translation>&lt;b&gt;Пульт очереди&lt;/b&gt; %1&lt;br&gt;Рабочее место сотрудника Queue Bot, электронной очереди.</translation>
    </message>
    <message>
        <source>Queue Console</source>
        <translation>Пульт очереди</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <source>Connect to a queue-service (%1)</source>
        <translation>Подключиться к queue-service (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the current page again (%1)</source>
        <translation>Загрузить текущую страницу заново (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Queue Console</source>
        <translation>&amp;О пульте очереди</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>The queue the pages show</source>
        <translation>Очередь, которую показывают страницы</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reconnecting automatically; what you see may be out of date.</source>
        <translation>Сервер недоступен. Переподключение идёт автоматически; данные на экране могут быть устаревшими.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Подключено к %1 как %2 (%3)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>No keychain here: the token is kept for this session only.</source>
        <translation>Хранилища паролей нет: токен сохранён только на этот сеанс.</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message numerus="yes">
        <source>It will reach more than %n person(s).</source>
        <translation>
            <numerusform>Его получат больше %n человека.</numerusform>
            <numerusform>Его получат больше %n человек.</numerusform>
            <numerusform>Его получат больше %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is booked or in the live queue that day.</source>
        <translation>В этот день никто не записан и не стоит в живой очереди.</translation>
    </message>
    <message numerus="yes">
        <source>It will reach %n person(s) booked or in the live queue that day.</source>
        <translation>
            <numerusform>Его получит %n человек, записанный или стоящий в живой очереди в этот день.</numerusform>
            <numerusform>Его получат %n человека, записанные или стоящие в живой очереди в этот день.</numerusform>
            <numerusform>Его получат %n человек, записанных или стоящих в живой очереди в этот день.</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages here.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n сообщение.</numerusform>
            <numerusform>%n сообщения.</numerusform>
            <numerusform>%n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Counting who it will reach…</source>
        <translation>Считаем, кто его получит…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человеку</numerusform>
            <numerusform>%n людям</numerusform>
            <numerusform>%n людям</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone coming</source>
        <translation>всем, кто придёт</translation>
    </message>
    <message>
        <source>Send to everyone coming</source>
        <translation>Отправить всем, кто придёт</translation>
    </message>
    <message>
        <source>Send this note to %1 of %2 on %3? It cannot be taken back.</source>
        <translation>Отправить это сообщение %1 в очереди «%2» на %3? Отменить отправку будет нельзя.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Nobody to tell: nobody is coming that day.</source>
        <translation>Сообщать некому: в этот день никто не придёт.</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n person(s).</source>
        <translation>
            <numerusform>Поставлено в отправку для %n человека.</numerusform>
            <numerusform>Поставлено в отправку для %n человек.</numerusform>
            <numerusform>Поставлено в отправку для %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Повторная отправка…</translation>
    </message>
    <message>
        <source>The message is queued to be sent again.</source>
        <translation>Сообщение снова поставлено в отправку.</translation>
    </message>
    <message>
        <source>Choose a message to see its details.</source>
        <translation>Выберите сообщение, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>%1 to %2, %3.</source>
        <translation>%1 для %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>Last error (after %n attempt(s)): %1</source>
        <translation>
            <numerusform>Последняя ошибка (после %n попытки): %1</numerusform>
            <numerusform>Последняя ошибка (после %n попыток): %1</numerusform>
            <numerusform>Последняя ошибка (после %n попыток): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <source>Note to everyone coming to %1</source>
        <translation>Сообщение всем, кто придёт: %1</translation>
    </message>
    <message>
        <source>Note to everyone coming</source>
        <translation>Сообщение всем, кто придёт</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Everyone with a booking that day, or in the live queue today, gets the note</source>
        <translation>Сообщение получат все, кто записан на этот день или стоит сегодня в живой очереди</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>For example: The office closes at 15:00 today.</source>
        <translation>Например: сегодня офис работает до 15:00.</translation>
    </message>
    <message>
        <source>S&amp;end…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send the note through the bot (you confirm first)</source>
        <translation>Отправить сообщение через бота (сначала вы подтвердите)</translation>
    </message>
    <message>
        <source>Messages to people</source>
        <translation>Сообщения людям</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Which messages to list</source>
        <translation>Какие сообщения показывать</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <source>Queue the selected failed message to be sent again (%1)</source>
        <translation>Снова поставить выбранное неотправленное сообщение в отправку (%1)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Creating the account…</source>
        <translation>Создаём учётную запись…</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Новая учётная запись сотрудника</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>e.g. anna.k</source>
        <translation>например, anna.k</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</source>
        <translation>До 64 букв, цифр, «.», «_», «@» или «-»</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Sees everything, changes nothing.</source>
        <translation>Видит всё, ничего не меняет.</translation>
    </message>
    <message>
        <source>Runs the day: slots, bookings, the live queue, people, messages.</source>
        <translation>Ведёт день: слоты, записи, живая очередь, люди, сообщения.</translation>
    </message>
    <message>
        <source>Everything, also queues, weekly templates, staff accounts and the audit log.</source>
        <translation>Всё, включая очереди, недельные шаблоны, учётные записи сотрудников и журнал действий.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>📅 Choose another time</source>
        <translation>📅 Выбрать другое время</translation>
    </message>
    <message>
        <source>The office has booked an appointment for you.</source>
        <translation>Сотрудники записали вас на приём.</translation>
    </message>
    <message>
        <source>Reminder: you have an appointment.</source>
        <translation>Напоминание: у вас запись на приём.</translation>
    </message>
    <message>
        <source>The office has moved your booking %1 to another time.</source>
        <translation>Сотрудники перенесли вашу запись %1 на другое время.</translation>
    </message>
    <message>
        <source>New booking code: %1</source>
        <translation>Новый код записи: %1</translation>
    </message>
    <message>
        <source>The office has cancelled your booking %1.</source>
        <translation>Сотрудники отменили вашу запись %1.</translation>
    </message>
    <message>
        <source>Sorry, the office has cancelled the time of your booking %1.</source>
        <translation>К сожалению, сотрудники отменили приём по вашей записи %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>You have a new message from the office about your booking.</source>
        <translation>У вас новое сообщение от сотрудников о вашей записи.</translation>
    </message>
    <message>
        <source>Please confirm that you will come by %1, or the seat will be given to someone else.</source>
        <translation>Пожалуйста, подтвердите визит до %1, иначе место будет передано другому человеку.</translation>
    </message>
    <message>
        <source>✅ I will come</source>
        <translation>✅ Я приду</translation>
    </message>
    <message>
        <source>Your booking %1 was not confirmed in time, so the seat has been given to someone else.</source>
        <translation>Запись %1 не была подтверждена вовремя, поэтому место передано другому человеку.</translation>
    </message>
    <message>
        <source>A seat has freed up for you!</source>
        <translation>Для вас освободилось место!</translation>
    </message>
    <message>
        <source>It is held for you until %1. Take it, or pass it on to the next person.</source>
        <translation>Оно закреплено за вами до %1. Займите его или передайте следующему.</translation>
    </message>
    <message>
        <source>✅ Take it</source>
        <translation>✅ Занять</translation>
    </message>
    <message>
        <source>✖ No, thanks</source>
        <translation>✖ Нет, спасибо</translation>
    </message>
    <message>
        <source>The seat held for you has gone to the next person, as there was no answer in time. You are no longer on the waiting list for %1.</source>
        <translation>Место, закреплённое за вами, передано следующему, так как ответа не было вовремя. Вы больше не в листе ожидания на %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: only %n person(s) ahead of you. Please be close to the office.</source>
        <translation>
            <numerusform>Талон %1: перед вами всего %n человек. Пожалуйста, будьте рядом с офисом.</numerusform>
            <numerusform>Талон %1: перед вами всего %n человека. Пожалуйста, будьте рядом с офисом.</numerusform>
            <numerusform>Талон %1: перед вами всего %n человек. Пожалуйста, будьте рядом с офисом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: please go to counter %2 instead.</source>
        <translation>Талон %1: пожалуйста, подойдите вместо этого к окну %2.</translation>
    </message>
    <message>
        <source>Ticket %1: we are waiting for you at counter %2!</source>
        <translation>Талон %1: мы ждём вас у окна %2!</translation>
    </message>
    <message>
        <source>Your turn! Ticket %1: please go to counter %2.</source>
        <translation>Ваша очередь! Талон %1: пожалуйста, подойдите к окну %2.</translation>
    </message>
    <message>
        <source>A message from %1:</source>
        <translation>Сообщение от %1:</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Отправлено %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Следующая попытка %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Nobody found.</source>
        <translation>Никого не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>Найден %n человек.</numerusform>
            <numerusform>Найдено %n человека.</numerusform>
            <numerusform>Найдено %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search by name, username, phone or Telegram id</source>
        <translation>Поиск по имени, имени пользователя, телефону или Telegram id</translation>
    </message>
    <message>
        <source>Part of a name, username or phone, or a whole Telegram id</source>
        <translation>Часть имени, имени пользователя или телефона либо Telegram id целиком</translation>
    </message>
    <message>
        <source>Banned &amp;only</source>
        <translation>Только &amp;заблокированные</translation>
    </message>
    <message>
        <source>Show only people who are banned from booking</source>
        <translation>Показать только тех, кому запрещено записываться</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Лю&amp;ди</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>Лист &amp;ожидания</translation>
    </message>
    <message>
        <source>Who waits for a seat in the current queue</source>
        <translation>Кто ждёт места в текущей очереди</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>PersonBookingsModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Как записан</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Дата записи</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Banning…</source>
        <translation>Блокируем…</translation>
    </message>
    <message>
        <source>Lifting the ban…</source>
        <translation>Снимаем блокировку…</translation>
    </message>
    <message>
        <source>%1 can no longer book.</source>
        <translation>%1 больше не может записываться.</translation>
    </message>
    <message>
        <source>%1 can book again.</source>
        <translation>%1 снова может записываться.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Telegram id:</source>
        <translation>Telegram id:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>No-shows:</source>
        <translation>Неявки:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Choose a person on the left to see their details and bookings.</source>
        <translation>Выберите человека слева, чтобы увидеть его данные и записи.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Banned: cannot book</source>
        <translation>Заблокирован: не может записываться</translation>
    </message>
    <message>
        <source>Blocked the bot: messages do not reach them</source>
        <translation>Заблокировал бота: сообщения не доходят</translation>
    </message>
    <message>
        <source>Can book</source>
        <translation>Может записываться</translation>
    </message>
    <message>
        <source>Lift the &amp;ban</source>
        <translation>Снять &amp;блокировку</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Let this person book again</source>
        <translation>Разрешить этому человеку снова записываться</translation>
    </message>
    <message>
        <source>Stop this person from booking (their bookings stay)</source>
        <translation>Запретить этому человеку записываться (его записи останутся)</translation>
    </message>
    <message>
        <source>Bookings (%1 of %2 shown):</source>
        <translation>Записи (показано %1 из %2):</translation>
    </message>
    <message>
        <source>Bookings (%1):</source>
        <translation>Записи (%1):</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This queue does not exist.</source>
        <translation>Такой очереди нет.</translation>
    </message>
    <message>
        <source>This time slot does not exist.</source>
        <translation>Такого времени приёма нет.</translation>
    </message>
    <message>
        <source>This booking does not exist.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <source>This person is not registered.</source>
        <translation>Этот пользователь не зарегистрирован.</translation>
    </message>
    <message>
        <source>There is no active staff account with this name.</source>
        <translation>Нет активной учётной записи сотрудника с таким именем.</translation>
    </message>
    <message>
        <source>Some of the data is invalid.</source>
        <translation>Некоторые данные указаны неверно.</translation>
    </message>
    <message>
        <source>Sorry, this time slot is already full.</source>
        <translation>К сожалению, на это время мест больше нет.</translation>
    </message>
    <message>
        <source>This time slot is closed for booking.</source>
        <translation>Запись на это время закрыта.</translation>
    </message>
    <message>
        <source>This time slot has already started.</source>
        <translation>Приём в это время уже начался.</translation>
    </message>
    <message>
        <source>It is too late to book this time slot.</source>
        <translation>Записаться на это время уже нельзя.</translation>
    </message>
    <message>
        <source>Booking for this date is not open yet.</source>
        <translation>Запись на эту дату ещё не открыта.</translation>
    </message>
    <message>
        <source>You have already booked this time slot.</source>
        <translation>Вы уже записаны на это время.</translation>
    </message>
    <message>
        <source>You already have the maximum number of active bookings in this queue.</source>
        <translation>У вас уже максимальное число активных записей в этой очереди.</translation>
    </message>
    <message>
        <source>Booking is not available for your account. Please contact the office.</source>
        <translation>Запись для вас недоступна. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>Booking is restricted because of missed appointments. Please contact the office.</source>
        <translation>Запись ограничена из-за пропущенных приёмов. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>It is too late to cancel this booking.</source>
        <translation>Отменить эту запись уже нельзя.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>Эта запись больше не действует.</translation>
    </message>
    <message>
        <source>This booking belongs to someone else.</source>
        <translation>Это не ваша запись.</translation>
    </message>
    <message>
        <source>A time slot already starts at this time.</source>
        <translation>Приём с таким временем начала уже есть.</translation>
    </message>
    <message>
        <source>A staff account with this name already exists.</source>
        <translation>Учётная запись сотрудника с таким именем уже существует.</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the number of seats already booked.</source>
        <translation>Вместимость не может быть меньше числа уже забронированных мест.</translation>
    </message>
    <message>
        <source>Too many time slots at once; choose a shorter period.</source>
        <translation>Слишком много слотов за один раз; выберите период короче.</translation>
    </message>
    <message>
        <source>This message does not exist.</source>
        <translation>Такого сообщения нет.</translation>
    </message>
    <message>
        <source>Only a message that could not be delivered can be sent again.</source>
        <translation>Повторно отправить можно только сообщение, которое не удалось доставить.</translation>
    </message>
    <message>
        <source>You are already on the waiting list for this day.</source>
        <translation>Вы уже в листе ожидания на этот день.</translation>
    </message>
    <message>
        <source>This waiting list entry does not exist.</source>
        <translation>Такой записи в листе ожидания нет.</translation>
    </message>
    <message>
        <source>Sorry, this offer is no longer available.</source>
        <translation>К сожалению, это предложение больше не действует.</translation>
    </message>
    <message>
        <source>The waiting list is not open for this day.</source>
        <translation>Лист ожидания на этот день недоступен.</translation>
    </message>
    <message>
        <source>This queue does not take walk-in visitors.</source>
        <translation>Эта очередь не принимает посетителей без записи.</translation>
    </message>
    <message>
        <source>The office is closed right now.</source>
        <translation>Сейчас офис закрыт.</translation>
    </message>
    <message>
        <source>You are already in this queue today.</source>
        <translation>Вы уже стоите в этой очереди сегодня.</translation>
    </message>
    <message>
        <source>Check-in for this booking is not open now.</source>
        <translation>Отметиться по этой записи сейчас нельзя.</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>Такого талона нет.</translation>
    </message>
    <message>
        <source>This ticket is not in a state that allows this.</source>
        <translation>С талоном в этом состоянии так сделать нельзя.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>В очереди никого нет.</translation>
    </message>
    <message>
        <source>This booking cannot be confirmed any more.</source>
        <translation>Эту запись уже нельзя подтвердить.</translation>
    </message>
    <message>
        <source>This day has no exception to the schedule.</source>
        <translation>Для этого дня нет исключения из расписания.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export bookings to CSV…</source>
        <translation>&amp;Выгрузить записи в CSV…</translation>
    </message>
    <message>
        <source>Save the bookings of a range of days as a spreadsheet file (%1)</source>
        <translation>Сохранить записи за несколько дней в файл для таблиц (%1)</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s day sheet…</source>
        <translation>&amp;Печать списка на сегодня…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of the current queue on paper, with a preview (%1)</source>
        <translation>Сегодняшние записи текущей очереди на бумаге, с предпросмотром (%1)</translation>
    </message>
    <message>
        <source>Save today&apos;s day sheet as P&amp;DF…</source>
        <translation>Сохранить список на сегодня в P&amp;DF…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of the current queue as a PDF file (%1)</source>
        <translation>Сегодняшние записи текущей очереди в файл PDF (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n запись сохранена в %1.</numerusform>
            <numerusform>%n записи сохранены в %1.</numerusform>
            <numerusform>%n записей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading today&apos;s bookings…</source>
        <translation>Читаем сегодняшние записи…</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Список дня %1</translation>
    </message>
    <message>
        <source>Day sheet: %1</source>
        <translation>Список дня: %1</translation>
    </message>
    <message>
        <source>day-sheet_%1.pdf</source>
        <translation>список-дня_%1.pdf</translation>
    </message>
    <message>
        <source>Save the day sheet as</source>
        <translation>Сохранить список дня как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the day sheet (%n booking(s)) to %1.</source>
        <translation>
            <numerusform>Список дня (%n запись) сохранён в %1.</numerusform>
            <numerusform>Список дня (%n записи) сохранён в %1.</numerusform>
            <numerusform>Список дня (%n записей) сохранён в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Template and holidays</source>
        <translation>Шаблон и праздники</translation>
    </message>
    <message>
        <source>&amp;Weekly template</source>
        <translation>&amp;Недельный шаблон</translation>
    </message>
    <message>
        <source>&amp;Holidays and special days</source>
        <translation>Праздники и &amp;особые дни</translation>
    </message>
    <message>
        <source>The open hours of each weekday, with breaks. Saving makes the slots of the coming weeks from it; booked slots are never removed.</source>
        <translation>Часы приёма по дням недели, с перерывами. При сохранении по шаблону создаются слоты на ближайшие недели; слоты с записями никогда не удаляются.</translation>
    </message>
    <message>
        <source>Only an administrator can change the weekly template.</source>
        <translation>Недельный шаблон может менять только администратор.</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1.</source>
        <translation>Время — в часовом поясе очереди, %1.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Длительность слота</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Add h&amp;ours</source>
        <translation>Добавить &amp;часы</translation>
    </message>
    <message>
        <source>Add open hours for a weekday</source>
        <translation>Добавить часы приёма для дня недели</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>Добавить &amp;перерыв</translation>
    </message>
    <message>
        <source>Add a break within a weekday&apos;s hours</source>
        <translation>Добавить перерыв в часы приёма дня недели</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Сохранить шаблон</translation>
    </message>
    <message>
        <source>Save the template and make the coming weeks&apos; slots from it</source>
        <translation>Сохранить шаблон и создать по нему слоты на ближайшие недели</translation>
    </message>
    <message>
        <source>Days that differ from the template: closed (a holiday), or open only within their own hours. Choose one to change or remove it.</source>
        <translation>Дни, которые отличаются от шаблона: выходные (праздники) или с особыми часами приёма. Выберите день, чтобы изменить или удалить его.</translation>
    </message>
    <message>
        <source>Only operators and administrators can change these days.</source>
        <translation>Эти дни могут менять только операторы и администраторы.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Closed all day</source>
        <translation>&amp;Выходной весь день</translation>
    </message>
    <message>
        <source>Open hours:</source>
        <translation>Часы приёма:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>For example: public holiday</source>
        <translation>Например: праздничный день</translation>
    </message>
    <message>
        <source>Sa&amp;ve day</source>
        <translation>Со&amp;хранить день</translation>
    </message>
    <message>
        <source>Save this day and make its slots again</source>
        <translation>Сохранить день и пересоздать его слоты</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>Удалить д&amp;ень</translation>
    </message>
    <message>
        <source>The day follows the template again</source>
        <translation>День снова будет работать по шаблону</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>queue&apos;s (%1 min)</source>
        <translation>как в очереди (%1 мин)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>queue&apos;s (%1)</source>
        <translation>как в очереди (%1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Выходной весь день</translation>
    </message>
    <message>
        <source>Saving the template and making the slots…</source>
        <translation>Сохраняем шаблон и создаём слоты…</translation>
    </message>
    <message>
        <source>Saving the day and making its slots…</source>
        <translation>Сохраняем день и создаём его слоты…</translation>
    </message>
    <message>
        <source>Removing the day and making its slots from the template…</source>
        <translation>Удаляем день и создаём его слоты по шаблону…</translation>
    </message>
    <message>
        <source>Slots made again from %1 to %2: %3 created, %4 removed, %5 with a new capacity, %6 kept.</source>
        <translation>Слоты с %1 по %2 пересозданы: создано %3, удалено %4, с новым числом мест %5, оставлено %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked slot(s) no longer fit and were left as they are:</source>
        <translation>
            <numerusform>%n слот с записями больше не подходит и оставлен как есть:</numerusform>
            <numerusform>%n слота с записями больше не подходят и оставлены как есть:</numerusform>
            <numerusform>%n слотов с записями больше не подходят и оставлены как есть:</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the template any more</source>
        <translation>его больше нет в шаблоне</translation>
    </message>
    <message>
        <source>its hours changed</source>
        <translation>изменились часы</translation>
    </message>
    <message>
        <source>more people booked than the new capacity</source>
        <translation>записано больше, чем новое число мест</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n booked — %2</source>
        <translation>
            <numerusform>%1 — %n запись — %2</numerusform>
            <numerusform>%1 — %n записи — %2</numerusform>
            <numerusform>%1 — %n записей — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Show the whole week</source>
        <translation>Показать всю неделю</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Show one day, wider (the chosen slot&apos;s day)</source>
        <translation>Показать один день крупнее (день выбранного слота)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Taller hours (also Ctrl+wheel)</source>
        <translation>Часы выше (также Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Shorter hours (also Ctrl+wheel)</source>
        <translation>Часы ниже (также Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Fit hours</source>
        <translation>Вписать часы</translation>
    </message>
    <message>
        <source>Fit the hours to the window</source>
        <translation>Вписать часы в окно</translation>
    </message>
    <message>
        <source>New slot…</source>
        <translation>Новый слот…</translation>
    </message>
    <message>
        <source>Create one slot</source>
        <translation>Создать один слот</translation>
    </message>
    <message>
        <source>From a pattern…</source>
        <translation>По шаблону…</translation>
    </message>
    <message>
        <source>Create slots for a date range from weekdays and hours, with a preview</source>
        <translation>Создать слоты на период по дням недели и часам, с предпросмотром</translation>
    </message>
    <message>
        <source>Template and holidays…</source>
        <translation>Шаблон и праздники…</translation>
    </message>
    <message>
        <source>The weekly template and the days that differ from it</source>
        <translation>Недельный шаблон и дни, которые от него отличаются</translation>
    </message>
    <message>
        <source>Arrows move between slots, Enter shows the people booked, PgUp/PgDn change the week, Ctrl +/− zoom, a double click on free time creates a slot.</source>
        <translation>Стрелки — переход между слотами, Enter — записавшиеся, PgUp/PgDn — смена недели, Ctrl +/− — масштаб, двойной щелчок по свободному времени создаёт слот.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Show the people booked</source>
        <translation>Показать записавшихся</translation>
    </message>
    <message>
        <source>Cancel slot…</source>
        <translation>Отменить слот…</translation>
    </message>
    <message>
        <source>New slot at %1…</source>
        <translation>Новый слот в %1…</translation>
    </message>
    <message>
        <source>Choose a queue first.</source>
        <translation>Сначала выберите очередь.</translation>
    </message>
    <message>
        <source>Slot created: %1.</source>
        <translation>Слот создан: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) created</source>
        <translation>
            <numerusform>Создан %n слот</numerusform>
            <numerusform>Создано %n слота</numerusform>
            <numerusform>Создано %n слотов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) skipped</source>
        <translation>
            <numerusform>%n слот уже был</numerusform>
            <numerusform>%n слота уже были</numerusform>
            <numerusform>%n слотов уже были</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot cancelled; %n person(s) told.</source>
        <translation>
            <numerusform>Слот отменён; сообщение получил %n человек.</numerusform>
            <numerusform>Слот отменён; сообщение получили %n человека.</numerusform>
            <numerusform>Слот отменён; сообщение получили %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotBookingsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Отменена самим человеком</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Отменена сотрудником</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
</context>
<context>
    <name>SlotDetailsPanel</name>
    <message>
        <source>Choose a slot in the grid to see who booked it.

Arrows move between slots, Enter comes here.</source>
        <translation>Выберите слот в сетке, чтобы увидеть, кто на него записан.

Стрелки — переход между слотами, Enter — сюда.</translation>
    </message>
    <message>
        <source>P&amp;eople booked:</source>
        <translation>Запис&amp;авшиеся:</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Пришёл</translation>
    </message>
    <message>
        <source>The chosen person came (Alt+A)</source>
        <translation>Выбранный человек пришёл (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Не пришёл</translation>
    </message>
    <message>
        <source>The chosen person did not come; it counts towards their no-show limit (Alt+N)</source>
        <translation>Выбранный человек не пришёл; это учитывается в лимите неявок (Alt+N)</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Отменить &amp;запись</translation>
    </message>
    <message>
        <source>Cancel the chosen person&apos;s booking; the bot tells them (Alt+B)</source>
        <translation>Отменить запись выбранного человека; бот ему сообщит (Alt+B)</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>Seats in this slot; never fewer than are booked</source>
        <translation>Мест в слоте; не меньше, чем уже записано</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Change the slot&apos;s capacity (Alt+S)</source>
        <translation>Изменить число мест в слоте (Alt+S)</translation>
    </message>
    <message>
        <source>Cancel s&amp;lot…</source>
        <translation>Отменить с&amp;лот…</translation>
    </message>
    <message>
        <source>Cancel the whole slot with a reason the people booked receive (Alt+L)</source>
        <translation>Отменить весь слот с причиной, которую получат записавшиеся (Alt+L)</translation>
    </message>
    <message>
        <source>No slot chosen</source>
        <translation>Слот не выбран</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>P&amp;eople booked: loading…</source>
        <translation>Запис&amp;авшиеся: загрузка…</translation>
    </message>
    <message>
        <source>P&amp;eople booked: none yet</source>
        <translation>Запис&amp;авшиеся: пока никого</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Cancel the booking %1 of %2? The bot tells them.</source>
        <translation>Отменить запись %1 (%2)? Бот сообщит об этом.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation>Отменяем запись…</translation>
    </message>
    <message>
        <source>Booking %1 cancelled; the person is told.</source>
        <translation>Запись %1 отменена; человеку сообщено.</translation>
    </message>
    <message>
        <source>Changing the capacity…</source>
        <translation>Меняем число мест…</translation>
    </message>
    <message numerus="yes">
        <source>The slot now has %n seat(s).</source>
        <translation>
            <numerusform>Теперь в слоте %n место.</numerusform>
            <numerusform>Теперь в слоте %n места.</numerusform>
            <numerusform>Теперь в слоте %n мест.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>New slot</source>
        <translation>Новый слот</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>How many people can book this slot</source>
        <translation>Сколько человек может записаться на этот слот</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1.</source>
        <translation>Время — в часовом поясе очереди, %1.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Creating the slot…</source>
        <translation>Создаём слот…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>Free</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Partly booked</source>
        <translation>Частично занят</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменён: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) taken</source>
        <translation>
            <numerusform>Занято %1 из %n места</numerusform>
            <numerusform>Занято %1 из %n мест</numerusform>
            <numerusform>Занято %1 из %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n held for the waiting list</source>
        <translation>
            <numerusform>, %n придержано для листа ожидания</numerusform>
            <numerusform>, %n придержано для листа ожидания</numerusform>
            <numerusform>, %n придержано для листа ожидания</numerusform>
        </translation>
    </message>
    <message>
        <source> (closed to booking)</source>
        <translation> (запись закрыта)</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>%1 was added.</source>
        <translation>%1 добавлен(а).</translation>
    </message>
    <message>
        <source>Revoke a staff account</source>
        <translation>Отзыв учётной записи сотрудника</translation>
    </message>
    <message>
        <source>Revoke %1? Their token stops working at once; a console they have open is signed out.</source>
        <translation>Отозвать %1? Токен сразу перестанет работать, открытая консоль этого сотрудника выйдет из системы.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Отзываем…</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может войти.</translation>
    </message>
    <message>
        <source>This is your own account; another admin can revoke it</source>
        <translation>Это ваша учётная запись; отозвать её может другой администратор</translation>
    </message>
    <message>
        <source>Stop the selected account&apos;s token from working (%1)</source>
        <translation>Отключить токен выбранной учётной записи (%1)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Create a staff account and its token (%1)</source>
        <translation>Создать учётную запись сотрудника и её токен (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>Checked at %1; again every %n second(s) while this page is shown.</source>
        <translation>
            <numerusform>Проверено в %1; снова каждую %n секунду, пока страница открыта.</numerusform>
            <numerusform>Проверено в %1; снова каждые %n секунды, пока страница открыта.</numerusform>
            <numerusform>Проверено в %1; снова каждые %n секунд, пока страница открыта.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service does not answer</source>
        <translation>Сервис не отвечает</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Сервис: %1</translation>
    </message>
    <message>
        <source>Version %1 · running for %2</source>
        <translation>Версия %1 · работает %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Today in %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>free seats</source>
        <translation>свободных мест</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>пришли</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>не пришли</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>в листе ожидания</translation>
    </message>
    <message>
        <source>messages failing</source>
        <translation>сообщений с ошибкой</translation>
    </message>
    <message>
        <source>messages given up</source>
        <translation>сообщений не доставлено</translation>
    </message>
    <message>
        <source>Messages to people that failed and are being retried</source>
        <translation>Сообщения людям, которые не удалось отправить; попытки продолжаются</translation>
    </message>
    <message>
        <source>Messages the service gave up on: see Messages to send them again</source>
        <translation>Сообщения, которые сервис перестал отправлять: отправить снова можно на странице «Сообщения»</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Состояние сервиса</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Отменена человеком</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Отменена сотрудником</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Expired unconfirmed</source>
        <translation>Не подтверждена вовремя</translation>
    </message>
    <message>
        <source>Through staff</source>
        <translation>Через сотрудника</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Seat offered</source>
        <translation>Место предложено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Предложение истекло</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён из листа</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed, retrying</source>
        <translation>Ошибка, повторяем</translation>
    </message>
    <message>
        <source>Failed for good</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Booking made</source>
        <translation>Запись создана</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation>Запись перенесена</translation>
    </message>
    <message>
        <source>Unconfirmed seat released</source>
        <translation>Неподтверждённое место освобождено</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Slot cancelled</source>
        <translation>Слот отменён</translation>
    </message>
    <message>
        <source>Seat offered from the waiting list</source>
        <translation>Место из листа ожидания</translation>
    </message>
    <message>
        <source>Note from the office</source>
        <translation>Сообщение от офиса</translation>
    </message>
    <message>
        <source>Place in the live queue</source>
        <translation>Место в живой очереди</translation>
    </message>
    <message>
        <source>Turn coming soon</source>
        <translation>Скоро ваша очередь</translation>
    </message>
    <message>
        <source>Called to a counter</source>
        <translation>Вызов к окну</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Учётная запись сотрудника</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>Live-queue ticket</source>
        <translation>Талон живой очереди</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Доставка сообщений</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Место на диске</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Issued at %1</source>
        <translation>Выдан в %1</translation>
    </message>
    <message>
        <source>Issued at %1 · next in line</source>
        <translation>Выдан в %1 · следующий в очереди</translation>
    </message>
    <message>
        <source>Issued at %1 · place %2 in line, about %3</source>
        <translation>Выдан в %1 · %2-й в очереди, около %3</translation>
    </message>
    <message>
        <source>Walk-in ticket %1</source>
        <translation>Талон %1</translation>
    </message>
    <message>
        <source>Please write down the ticket number; it will be called out:</source>
        <translation>Запишите, пожалуйста, номер талона — по нему вас вызовут:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the ticket to hand it over</source>
        <translation>Напечатать талон, чтобы отдать посетителю</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>The line could not be loaded: %1</source>
        <translation>Не удалось загрузить очередь: %1</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (%1)</source>
        <translation>Записи на сегодня (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>No queue is chosen. Pick one in the toolbar.</source>
        <translation>Очередь не выбрана. Выберите её на панели инструментов.</translation>
    </message>
    <message>
        <source>Loading the line…</source>
        <translation>Загрузка очереди…</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Никто не ждёт.</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Ожидают (%1)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s)</source>
        <translation>
            <numerusform>%n окно</numerusform>
            <numerusform>%n окна</numerusform>
            <numerusform>%n окон</numerusform>
        </translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>без записи</translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation>запись на %1</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>Вызван в %1</translation>
    </message>
    <message numerus="yes">
        <source>called again %n time(s)</source>
        <translation>
            <numerusform>вызван повторно %n раз</numerusform>
            <numerusform>вызван повторно %n раза</numerusform>
            <numerusform>вызван повторно %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <source>Call next (%1)</source>
        <translation>Вызвать следующего (%1)</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Никто не ждёт</translation>
    </message>
    <message>
        <source>Call the next person to counter %1 (%2); %3, still at the counter, is marked served</source>
        <translation>Вызвать следующего к окну %1 (%2); %3, всё ещё у окна, будет отмечен как обслуженный</translation>
    </message>
    <message>
        <source>Call the next person in line to counter %1 (%2)</source>
        <translation>Вызвать следующего в очереди к окну %1 (%2)</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Выдача…</translation>
    </message>
    <message>
        <source>Walk-in ticket (%1)</source>
        <translation>Талон без записи (%1)</translation>
    </message>
    <message>
        <source>Issue a ticket for someone without Telegram (%1)</source>
        <translation>Выдать талон посетителю без Telegram (%1)</translation>
    </message>
    <message>
        <source>This queue does not take walk-ins</source>
        <translation>Эта очередь не принимает без записи</translation>
    </message>
    <message>
        <source>%1 is called to counter %2.</source>
        <translation>%1 вызван к окну %2.</translation>
    </message>
    <message>
        <source>Walk-in ticket %1 issued.</source>
        <translation>Выдан талон %1.</translation>
    </message>
    <message>
        <source>%1 is served.</source>
        <translation>%1 обслужен.</translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation>%1 не подошёл.</translation>
    </message>
    <message>
        <source>%1 is called again to counter %2.</source>
        <translation>%1 вызван повторно к окну %2.</translation>
    </message>
    <message>
        <source>%1 is back in the line.</source>
        <translation>%1 снова в очереди.</translation>
    </message>
    <message>
        <source>%1 is sent to counter %2.</source>
        <translation>%1 направлен к окну %2.</translation>
    </message>
    <message>
        <source>Remove from the line</source>
        <translation>Убрать из очереди</translation>
    </message>
    <message>
        <source>Take %1 out of the line because the person has left?</source>
        <translation>Убрать %1 из очереди, потому что посетитель ушёл?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>%1 is taken out of the line.</source>
        <translation>%1 убран из очереди.</translation>
    </message>
    <message>
        <source>%1 is checked in and waits in the line.</source>
        <translation>%1 отмечен и ждёт в очереди.</translation>
    </message>
    <message>
        <source>This queue does not take walk-in tickets.</source>
        <translation>Эта очередь не выдаёт талоны без записи.</translation>
    </message>
    <message>
        <source>The queue is not open now, so no ticket can be issued.</source>
        <translation>Очередь сейчас не работает, талон выдать нельзя.</translation>
    </message>
    <message>
        <source>Someone else has already dealt with this ticket; the line is shown as it is now.</source>
        <translation>С этим талоном уже работает кто-то другой; очередь показана в текущем состоянии.</translation>
    </message>
    <message>
        <source>Check-in is open from %1 before the slot until %2 after its start.</source>
        <translation>Отметиться можно за %1 до начала приёма и до %2 после его начала.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>Эта запись больше не действует.</translation>
    </message>
    <message>
        <source>This person is already in the line.</source>
        <translation>Этот посетитель уже в очереди.</translation>
    </message>
    <message>
        <source>Booked seats</source>
        <translation>Занято мест</translation>
    </message>
    <message>
        <source>Seats booked for today (still coming, served or missed)</source>
        <translation>Места, записанные на сегодня (ещё придут, обслужены или не пришли)</translation>
    </message>
    <message>
        <source>Free seats</source>
        <translation>Свободно мест</translation>
    </message>
    <message>
        <source>Seats still free to book today</source>
        <translation>Места, на которые ещё можно записаться сегодня</translation>
    </message>
    <message>
        <source>People in the line now</source>
        <translation>Сколько человек сейчас в очереди</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Среднее ожидание</translation>
    </message>
    <message>
        <source>From joining the line to being called, today</source>
        <translation>От постановки в очередь до вызова, за сегодня</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Tickets served today</source>
        <translation>Талонов обслужено за сегодня</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>Called or waiting people who did not come, today</source>
        <translation>Вызванные или ожидавшие, которые не подошли, за сегодня</translation>
    </message>
    <message>
        <source>&amp;My counter:</source>
        <translation>&amp;Моё окно:</translation>
    </message>
    <message>
        <source>The counter you work at: Call next calls people to it</source>
        <translation>Окно, у которого вы работаете: «Вызвать следующего» зовёт посетителей к нему</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Записи на сегодня</translation>
    </message>
    <message>
        <source>The people waiting, in the order they will be called</source>
        <translation>Ожидающие — в том порядке, в каком их вызовут</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of this queue: check people in at the desk</source>
        <translation>Записи этой очереди на сегодня: отметьте пришедших у стойки</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Remove from the line (left)</source>
        <translation>Убрать из очереди (ушёл)</translation>
    </message>
    <message>
        <source>The person has left: take the ticket out of the line (%1)</source>
        <translation>Посетитель ушёл: убрать талон из очереди (%1)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>The person is here: put the booking into the line (Enter)</source>
        <translation>Посетитель пришёл: поставить запись в очередь (Enter)</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Вызвать снова</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>The new account&apos;s token</source>
        <translation>Токен новой учётной записи</translation>
    </message>
    <message>
        <source>The account &lt;b&gt;%1&lt;/b&gt; is ready. Give this token to its owner; they paste it into Connect… in their console.</source>
        <translation>Учётная запись &lt;b&gt;%1&lt;/b&gt; готова. Передайте этот токен её владельцу: он вставит его в окне «Подключиться…» своей консоли.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Скопировать токен в буфер обмена</translation>
    </message>
    <message>
        <source>⚠ This is the only time the token is shown. The server keeps only a fingerprint of it, so it cannot be shown again: copy it now. If it is lost, revoke the account and add a new one.</source>
        <translation>⚠ Токен показывается только сейчас. Сервер хранит лишь его отпечаток, поэтому показать его снова нельзя: скопируйте его сейчас. Если токен потеряется, отзовите учётную запись и создайте новую.</translation>
    </message>
    <message>
        <source>I have copied it, c&amp;lose</source>
        <translation>Я скопировал, &amp;закрыть</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Telegram id</source>
        <translation>Telegram id</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Blocked the bot</source>
        <translation>Заблокировал бота</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Любое время</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Seat held until</source>
        <translation>Место держится до</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Встал в лист</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Nobody is on this list.</source>
        <translation>В этом листе никого нет.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Удаление из листа ожидания</translation>
    </message>
    <message>
        <source>Take %1 off the waiting list for %2? They lose their place in line.</source>
        <translation>Убрать %1 из листа ожидания на %2? Человек потеряет своё место в очереди.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Убираем…</translation>
    </message>
    <message>
        <source>Removed from the waiting list.</source>
        <translation>Убран из листа ожидания.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which entries of the list to show</source>
        <translation>Какие записи листа показывать</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из листа</translation>
    </message>
    <message>
        <source>Take the selected person off the waiting list (%1)</source>
        <translation>Убрать выбранного человека из листа ожидания (%1)</translation>
    </message>
    <message>
        <source>Waiting list of %1</source>
        <translation>Лист ожидания: %1</translation>
    </message>
    <message>
        <source>No queue chosen</source>
        <translation>Очередь не выбрана</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No slots on these days.</source>
        <translation>В эти дни слотов нет.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Shorter hours: %1</source>
        <translation>Сокращённый день: %1</translation>
    </message>
    <message>
        <source>Extra working day: %1</source>
        <translation>Дополнительный рабочий день: %1</translation>
    </message>
    <message>
        <source>Special hours: %1</source>
        <translation>Особые часы приёма: %1</translation>
    </message>
</context>
<context>
    <name>WeekSlotsModel</name>
    <message>
        <source>%1–%2, %3 of %4 booked</source>
        <translation>%1–%2, занято %3 из %4</translation>
    </message>
</context>
</TS>
