#include "queuerepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, code_prefix, name_ru, name_en, timezone, counters, slot_minutes, default_capacity, "
                         "min_notice_minutes, horizon_days, cancel_deadline_minutes, max_active_bookings, "
                         "reminder_offsets_minutes, confirmation_required, walkin_allowed, no_show_limit, "
                         "phone_required, active, waitlist_hold_minutes, confirm_cutoff_minutes, checkin_before_minutes, "
                         "checkin_after_minutes, position_alert_ahead"_s;

QString joinOffsets(const QList<int> &offsets)
{
    QStringList parts;
    for (int minutes : offsets)
        parts << QString::number(minutes);
    return parts.join(u',');
}

QList<int> splitOffsets(const QString &text)
{
    QList<int> offsets;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        offsets << part.toInt();
    return offsets;
}

QueueRecord readQueue(const SqlRows &q)
{
    QueueRecord r;
    r.id = q.value(0).toLongLong();
    r.codePrefix = q.value(1).toString();
    r.nameRu = q.value(2).toString();
    r.nameEn = q.value(3).toString();
    r.timezone = q.value(4).toString();
    r.counters = q.value(5).toInt();
    r.slotMinutes = q.value(6).toInt();
    r.defaultCapacity = q.value(7).toInt();
    r.minNoticeMinutes = q.value(8).toInt();
    r.horizonDays = q.value(9).toInt();
    r.cancelDeadlineMinutes = q.value(10).toInt();
    r.maxActiveBookings = q.value(11).toInt();
    r.reminderOffsetsMinutes = splitOffsets(q.value(12).toString());
    r.confirmationRequired = q.value(13).toBool();
    r.walkinAllowed = q.value(14).toBool();
    r.noShowLimit = q.value(15).toInt();
    r.phoneRequired = q.value(16).toBool();
    r.active = q.value(17).toBool();
    r.waitlistHoldMinutes = q.value(18).toInt();
    r.confirmCutoffMinutes = q.value(19).toInt();
    r.checkinBeforeMinutes = q.value(20).toInt();
    r.checkinAfterMinutes = q.value(21).toInt();
    r.positionAlertAhead = q.value(22).toInt();
    return r;
}

} // namespace

qint64 QueueRepository::insert(const QueueRecord &r, const QDateTime &now) const
{
    return m_session.insert(
        u"INSERT INTO queues (code_prefix, name_ru, name_en, timezone, counters, slot_minutes, default_capacity, "
        "min_notice_minutes, horizon_days, cancel_deadline_minutes, max_active_bookings, reminder_offsets_minutes, "
        "confirmation_required, walkin_allowed, no_show_limit, phone_required, active, waitlist_hold_minutes, "
        "confirm_cutoff_minutes, checkin_before_minutes, checkin_after_minutes, position_alert_ahead, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {r.codePrefix, r.nameRu, r.nameEn, r.timezone, r.counters, r.slotMinutes, r.defaultCapacity,
         r.minNoticeMinutes, r.horizonDays, r.cancelDeadlineMinutes, r.maxActiveBookings,
         joinOffsets(r.reminderOffsetsMinutes), int(r.confirmationRequired), int(r.walkinAllowed), r.noShowLimit,
         int(r.phoneRequired), int(r.active), r.waitlistHoldMinutes, r.confirmCutoffMinutes, r.checkinBeforeMinutes,
         r.checkinAfterMinutes, r.positionAlertAhead, toDb(now), toDb(now)});
}

std::optional<QueueRecord> QueueRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(u"SELECT "_s + kColumns + u" FROM queues WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readQueue(q);
}

QList<QueueRecord> QueueRepository::list() const
{
    QList<QueueRecord> result;
    SqlRows q = m_session.exec(u"SELECT "_s + kColumns + u" FROM queues ORDER BY id"_s);
    while (q.next())
        result << readQueue(q);
    return result;
}

Page<QueueRecord> QueueRepository::search(bool includeInactive, const PageRequest &page) const
{
    SqlFilter filter;
    if (!includeInactive)
        filter.add(u"active = 1"_s);
    return readPage<QueueRecord>(m_session, u"SELECT "_s + kColumns + u" FROM queues "_s, u"queues"_s, filter,
                                 u"id"_s, page, readQueue);
}

bool QueueRepository::update(const QueueRecord &r, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(
        u"UPDATE queues SET code_prefix = ?, name_ru = ?, name_en = ?, timezone = ?, counters = ?, slot_minutes = ?, "
        "default_capacity = ?, min_notice_minutes = ?, horizon_days = ?, cancel_deadline_minutes = ?, "
        "max_active_bookings = ?, reminder_offsets_minutes = ?, confirmation_required = ?, walkin_allowed = ?, "
        "no_show_limit = ?, phone_required = ?, active = ?, waitlist_hold_minutes = ?, confirm_cutoff_minutes = ?, "
        "checkin_before_minutes = ?, checkin_after_minutes = ?, position_alert_ahead = ?, updated_at = ? WHERE id = ?"_s,
        {r.codePrefix, r.nameRu, r.nameEn, r.timezone, r.counters, r.slotMinutes, r.defaultCapacity,
         r.minNoticeMinutes, r.horizonDays, r.cancelDeadlineMinutes, r.maxActiveBookings,
         joinOffsets(r.reminderOffsetsMinutes), int(r.confirmationRequired), int(r.walkinAllowed), r.noShowLimit,
         int(r.phoneRequired), int(r.active), r.waitlistHoldMinutes, r.confirmCutoffMinutes, r.checkinBeforeMinutes,
         r.checkinAfterMinutes, r.positionAlertAhead, toDb(now), r.id});
    return q.numRowsAffected() == 1;
}
