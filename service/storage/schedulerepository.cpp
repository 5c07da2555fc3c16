#include "schedulerepository.h"

using namespace Qt::StringLiterals;

namespace {

ScheduleException readException(const SqlRows &q)
{
    ScheduleException e;
    e.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    e.closed = q.value(1).toBool();
    e.startMinute = q.value(2).toInt();
    e.endMinute = q.value(3).toInt();
    e.note = q.value(4).toString();
    return e;
}

QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

const QString kExceptionSelect =
    u"SELECT day, closed, COALESCE(start_minute, 0), COALESCE(end_minute, 0), note FROM schedule_exceptions "_s;

} // namespace

QList<ScheduleRule> ScheduleRepository::rules(qint64 queueId) const
{
    QList<ScheduleRule> result;
    SqlRows q = m_session.exec(u"SELECT weekday, kind, start_minute, end_minute, slot_minutes, capacity "
                                 "FROM schedule_rules WHERE queue_id = ? ORDER BY weekday, start_minute, id"_s,
                                 {queueId});
    while (q.next()) {
        ScheduleRule r;
        r.weekday = q.value(0).toInt();
        r.isBreak = q.value(1).toString() == u"break"_s;
        r.startMinute = q.value(2).toInt();
        r.endMinute = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.slotMinutes = q.value(4).toInt();
        if (!q.value(5).isNull())
            r.capacity = q.value(5).toInt();
        result << r;
    }
    return result;
}

void ScheduleRepository::replaceRules(qint64 queueId, const QList<ScheduleRule> &rules) const
{
    m_session.exec(u"DELETE FROM schedule_rules WHERE queue_id = ?"_s, {queueId});
    for (const ScheduleRule &r : rules) {
        m_session.exec(u"INSERT INTO schedule_rules (queue_id, weekday, kind, start_minute, end_minute, slot_minutes, "
                       "capacity) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {queueId, r.weekday, r.isBreak ? u"break"_s : u"open"_s, r.startMinute, r.endMinute,
                        optionalValue(r.slotMinutes), optionalValue(r.capacity)});
    }
}

QList<ScheduleException> ScheduleRepository::exceptions(qint64 queueId, const QDate &from) const
{
    QList<ScheduleException> result;
    SqlRows q = m_session.exec(kExceptionSelect + u"WHERE queue_id = ? AND day >= ? ORDER BY day"_s,
                                 {queueId, from.isValid() ? from.toString(Qt::ISODate) : QString()});
    while (q.next())
        result << readException(q);
    return result;
}

std::optional<ScheduleException> ScheduleRepository::exception(qint64 queueId, const QDate &day) const
{
    SqlRows q = m_session.exec(kExceptionSelect + u"WHERE queue_id = ? AND day = ?"_s,
                                 {queueId, day.toString(Qt::ISODate)});
    if (!q.next())
        return std::nullopt;
    return readException(q);
}

void ScheduleRepository::putException(qint64 queueId, const ScheduleException &e) const
{
    m_session.exec(u"INSERT INTO schedule_exceptions (queue_id, day, closed, start_minute, end_minute, note) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (queue_id, day) DO UPDATE SET closed = excluded.closed, "
                   "start_minute = excluded.start_minute, end_minute = excluded.end_minute, note = excluded.note"_s,
                   {queueId, e.day.toString(Qt::ISODate), int(e.closed), e.closed ? QVariant() : QVariant(e.startMinute),
                    e.closed ? QVariant() : QVariant(e.endMinute), e.note});
}

bool ScheduleRepository::removeException(qint64 queueId, const QDate &day) const
{
    return m_session.exec(u"DELETE FROM schedule_exceptions WHERE queue_id = ? AND day = ?"_s,
                          {queueId, day.toString(Qt::ISODate)})
               .numRowsAffected()
        == 1;
}
