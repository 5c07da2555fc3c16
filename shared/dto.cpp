#include "dto.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

using namespace JsonFields;

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIsoUtc(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject QueueRecord::toJson() const
{
    QJsonArray offsets;
    for (int minutes : reminderOffsetsMinutes)
        offsets.append(minutes);
    return {
        {u"id"_s, id},
        {u"code_prefix"_s, codePrefix},
        {u"name_ru"_s, nameRu},
        {u"name_en"_s, nameEn},
        {u"timezone"_s, timezone},
        {u"counters"_s, counters},
        {u"slot_minutes"_s, slotMinutes},
        {u"default_capacity"_s, defaultCapacity},
        {u"min_notice_minutes"_s, minNoticeMinutes},
        {u"horizon_days"_s, horizonDays},
        {u"cancel_deadline_minutes"_s, cancelDeadlineMinutes},
        {u"max_active_bookings"_s, maxActiveBookings},
        {u"reminder_offsets_minutes"_s, offsets},
        {u"confirmation_required"_s, confirmationRequired},
        {u"walkin_allowed"_s, walkinAllowed},
        {u"no_show_limit"_s, noShowLimit},
        {u"phone_required"_s, phoneRequired},
        {u"active"_s, active},
        {u"waitlist_hold_minutes"_s, waitlistHoldMinutes},
        {u"confirm_cutoff_minutes"_s, confirmCutoffMinutes},
        {u"checkin_before_minutes"_s, checkinBeforeMinutes},
        {u"checkin_after_minutes"_s, checkinAfterMinutes},
        {u"position_alert_ahead"_s, positionAlertAhead},
    };
}

QueueRecord QueueRecord::fromJson(const QJsonObject &json)
{
    QueueRecord q;
    q.id = idFrom(json.value(u"id"_s));
    q.codePrefix = json.value(u"code_prefix"_s).toString(q.codePrefix);
    q.nameRu = json.value(u"name_ru"_s).toString();
    q.nameEn = json.value(u"name_en"_s).toString();
    q.timezone = json.value(u"timezone"_s).toString(q.timezone);
    q.counters = json.value(u"counters"_s).toInt(q.counters);
    q.slotMinutes = json.value(u"slot_minutes"_s).toInt(q.slotMinutes);
    q.defaultCapacity = json.value(u"default_capacity"_s).toInt(q.defaultCapacity);
    q.minNoticeMinutes = json.value(u"min_notice_minutes"_s).toInt(q.minNoticeMinutes);
    q.horizonDays = json.value(u"horizon_days"_s).toInt(q.horizonDays);
    q.cancelDeadlineMinutes = json.value(u"cancel_deadline_minutes"_s).toInt(q.cancelDeadlineMinutes);
    q.maxActiveBookings = json.value(u"max_active_bookings"_s).toInt(q.maxActiveBookings);
    if (json.value(u"reminder_offsets_minutes"_s).isArray()) {
        q.reminderOffsetsMinutes.clear();
        const QJsonArray offsets = json.value(u"reminder_offsets_minutes"_s).toArray();
        for (const QJsonValue &minutes : offsets)
            q.reminderOffsetsMinutes.append(minutes.toInt());
    }
    q.confirmationRequired = json.value(u"confirmation_required"_s).toBool(q.confirmationRequired);
    q.walkinAllowed = json.value(u"walkin_allowed"_s).toBool(q.walkinAllowed);
    q.noShowLimit = json.value(u"no_show_limit"_s).toInt(q.noShowLimit);
    q.phoneRequired = json.value(u"phone_required"_s).toBool(q.phoneRequired);
    q.active = json.value(u"active"_s).toBool(q.active);
    q.waitlistHoldMinutes = json.value(u"waitlist_hold_minutes"_s).toInt(q.waitlistHoldMinutes);
    q.confirmCutoffMinutes = json.value(u"confirm_cutoff_minutes"_s).toInt(q.confirmCutoffMinutes);
    q.checkinBeforeMinutes = json.value(u"checkin_before_minutes"_s).toInt(q.checkinBeforeMinutes);
    q.checkinAfterMinutes = json.value(u"checkin_after_minutes"_s).toInt(q.checkinAfterMinutes);
    q.positionAlertAhead = json.value(u"position_alert_ahead"_s).toInt(q.positionAlertAhead);
    return q;
}

QJsonObject SlotRecord::toJson() const
{
    return {
        {u"id"_s, id},
        {u"queue_id"_s, queueId},
        {u"starts_at"_s, isoUtc(startsAt)},
        {u"ends_at"_s, isoUtc(endsAt)},
        {u"capacity"_s, capacity},
        {u"booked"_s, booked},
        {u"held"_s, held},
        {u"free"_s, freeSeats()},
        {u"status"_s, enumName(status)},
        {u"cancel_reason"_s, cancelReason},
        {u"origin"_s, fromTemplate ? u"template"_s : u"manual"_s},
    };
}

SlotRecord SlotRecord::fromJson(const QJsonObject &json)
{
    SlotRecord s;
    s.id = idFrom(json.value(u"id"_s));
    s.queueId = idFrom(json.value(u"queue_id"_s));
    s.startsAt = fromIsoUtc(json.value(u"starts_at"_s).toString());
    s.endsAt = fromIsoUtc(json.value(u"ends_at"_s).toString());
    s.capacity = json.value(u"capacity"_s).toInt(s.capacity);
    s.booked = json.value(u"booked"_s).toInt();
    s.held = json.value(u"held"_s).toInt();
    s.fromTemplate = json.value(u"origin"_s).toString() == u"template"_s;
    s.status = enumFromString<SlotStatus>(json.value(u"status"_s).toString()).value_or(SlotStatus::Closed);
    s.cancelReason = json.value(u"cancel_reason"_s).toString();
    return s;
}

QJsonObject BookingRecord::toJson() const
{
    return {
        {u"id"_s, id},
        {u"queue_id"_s, queueId},
        {u"slot_id"_s, slotId},
        {u"user_id"_s, userId},
        {u"day"_s, day},
        {u"code"_s, code},
        {u"status"_s, enumName(status)},
        {u"source"_s, enumName(source)},
        {u"created_at"_s, isoUtc(createdAt)},
        {u"confirmed_at"_s, optionalTime(confirmedAt)},
        {u"cancelled_at"_s, optionalTime(cancelledAt)},
    };
}

BookingRecord BookingRecord::fromJson(const QJsonObject &json)
{
    BookingRecord b;
    b.id = idFrom(json.value(u"id"_s));
    b.queueId = idFrom(json.value(u"queue_id"_s));
    b.slotId = idFrom(json.value(u"slot_id"_s));
    b.userId = idFrom(json.value(u"user_id"_s));
    b.day = json.value(u"day"_s).toString();
    b.code = json.value(u"code"_s).toString();
    b.status = enumFromString<BookingStatus>(json.value(u"status"_s).toString()).value_or(BookingStatus::Expired);
    b.source = enumFromString<BookingSource>(json.value(u"source"_s).toString()).value_or(BookingSource::Telegram);
    b.createdAt = fromIsoUtc(json.value(u"created_at"_s).toString());
    b.confirmedAt = optionalTimeFrom(json.value(u"confirmed_at"_s));
    b.cancelledAt = optionalTimeFrom(json.value(u"cancelled_at"_s));
    return b;
}

QJsonObject UserRecord::toJson() const
{
    return {
        {u"id"_s, id},
        {u"telegram_id"_s, telegramId},
        {u"first_name"_s, firstName},
        {u"last_name"_s, lastName},
        {u"username"_s, username},
        {u"phone"_s, phone},
        {u"language"_s, language},
        {u"blocked_bot"_s, blockedBot},
        {u"banned"_s, banned},
        {u"no_show_count"_s, noShowCount},
    };
}

UserRecord UserRecord::fromJson(const QJsonObject &json)
{
    UserRecord u;
    u.id = idFrom(json.value(u"id"_s));
    u.telegramId = idFrom(json.value(u"telegram_id"_s));
    u.firstName = json.value(u"first_name"_s).toString();
    u.lastName = json.value(u"last_name"_s).toString();
    u.username = json.value(u"username"_s).toString();
    u.phone = json.value(u"phone"_s).toString();
    u.language = json.value(u"language"_s).toString(u.language);
    u.blockedBot = json.value(u"blocked_bot"_s).toBool();
    u.banned = json.value(u"banned"_s).toBool();
    u.noShowCount = json.value(u"no_show_count"_s).toInt();
    return u;
}

QJsonObject BookingWithUser::toJson() const
{
    QJsonObject json = booking.toJson();
    if (user)
        json.insert(u"user"_s, user->toJson());
    return json;
}

BookingWithUser BookingWithUser::fromJson(const QJsonObject &json)
{
    BookingWithUser b;
    b.booking = BookingRecord::fromJson(json);
    if (json.value(u"user"_s).isObject())
        b.user = UserRecord::fromJson(json.value(u"user"_s).toObject());
    return b;
}

QString clockText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int clockMinutes(const QString &text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return -1;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = text.left(2).toInt(&hoursOk);
    const int minutes = text.mid(3).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59 || hours > 24
        || (hours == 24 && minutes != 0))
        return -1;
    return hours * 60 + minutes;
}

QJsonObject WaitlistEntry::toJson() const
{
    return {
        {u"id"_s, id},
        {u"queue_id"_s, queueId},
        {u"user_id"_s, userId},
        {u"day"_s, day},
        {u"from"_s, clockText(fromMinute)},
        {u"to"_s, clockText(toMinute)},
        {u"status"_s, enumName(status)},
        {u"offered_slot_id"_s, optionalId(offeredSlotId)},
        {u"offered_at"_s, optionalTime(offeredAt)},
        {u"hold_until"_s, optionalTime(holdUntil)},
        {u"booking_id"_s, optionalId(bookingId)},
        {u"created_at"_s, isoUtc(createdAt)},
    };
}

WaitlistEntry WaitlistEntry::fromJson(const QJsonObject &json)
{
    WaitlistEntry w;
    w.id = idFrom(json.value(u"id"_s));
    w.queueId = idFrom(json.value(u"queue_id"_s));
    w.userId = idFrom(json.value(u"user_id"_s));
    w.day = json.value(u"day"_s).toString();
    w.fromMinute = qMax(0, clockMinutes(json.value(u"from"_s).toString()));
    const int to = clockMinutes(json.value(u"to"_s).toString());
    w.toMinute = to > 0 ? to : 1440;
    w.status = enumFromString<WaitlistStatus>(json.value(u"status"_s).toString()).value_or(WaitlistStatus::Cancelled);
    w.offeredSlotId = idFrom(json.value(u"offered_slot_id"_s));
    w.offeredAt = optionalTimeFrom(json.value(u"offered_at"_s));
    w.holdUntil = optionalTimeFrom(json.value(u"hold_until"_s));
    w.bookingId = idFrom(json.value(u"booking_id"_s));
    w.createdAt = fromIsoUtc(json.value(u"created_at"_s).toString());
    return w;
}

