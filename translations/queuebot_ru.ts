<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>Queue Bot Console</source>
        <translation>Консоль электронной очереди</translation>
    </message>
    <message>
        <source>Connect to a queue-service to see today&apos;s queue.</source>
        <translation>Подключитесь к queue-service, чтобы увидеть очередь на сегодня.</translation>
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
</context>
</TS>
