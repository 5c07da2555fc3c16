#include "weeklyschedule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

WeeklySchedule::WeeklySchedule(QList<ScheduleRule> rules, QList<ScheduleException> exceptions,
                               int defaultSlotMinutes, int defaultCapacity, const QTimeZone &zone)
    : m_rules(std::move(rules))
    , m_exceptions(std::move(exceptions))
    , m_defaultSlotMinutes(qMax(1, defaultSlotMinutes))
    , m_defaultCapacity(qMax(1, defaultCapacity))
    , m_zone(zone)
{
}

bool WeeklySchedule::isEmpty() const
{
    const bool anyOpenRule = std::any_of(m_rules.cbegin(), m_rules.cend(), [](const ScheduleRule &r) { return !r.isBreak; });
    const bool anyOpenDay =
        std::any_of(m_exceptions.cbegin(), m_exceptions.cend(), [](const ScheduleException &e) { return !e.closed; });
    return !anyOpenRule && !anyOpenDay;
}

QList<WeeklySchedule::Block> WeeklySchedule::blocksOn(const QDate &day) const
{
    const int weekday = day.dayOfWeek();
    QList<Block> open;
    QList<Block> breaks;
    for (const ScheduleRule &rule : m_rules) {
        if (rule.weekday != weekday)
            continue;
        Block block{rule.startMinute, rule.endMinute, rule.slotMinutes.value_or(m_defaultSlotMinutes),
                    rule.capacity.value_or(m_defaultCapacity)};
        (rule.isBreak ? breaks : open).append(block);
    }
    const auto exception = std::find_if(m_exceptions.cbegin(), m_exceptions.cend(),
                                        [&](const ScheduleException &e) { return e.day == day; });
    if (exception != m_exceptions.cend()) {
        if (exception->closed)
            return {};
        if (open.isEmpty()) {
            // An extra day: the exception's hours with the queue's slot length and capacity.
            open.append({exception->startMinute, exception->endMinute, m_defaultSlotMinutes, m_defaultCapacity});
        } else {
            // A shortened or longer day keeps the weekday's slot lengths: its blocks are cut to the
            // exception's hours, and the first and last stretch to reach them.
            std::sort(open.begin(), open.end(), [](const Block &a, const Block &b) { return a.start < b.start; });
            open.first().start = qMin(open.first().start, exception->startMinute);
            open.last().end = qMax(open.last().end, exception->endMinute);
            QList<Block> clipped;
            for (Block block : open) {
                block.start = qMax(block.start, exception->startMinute);
                block.end = qMin(block.end, exception->endMinute);
                if (block.end > block.start)
                    clipped.append(block);
            }
            open = clipped;
        }
    }
    // Breaks cut the open hours into pieces.
    for (const Block &pause : breaks) {
        QList<Block> pieces;
        for (const Block &block : open) {
            if (pause.end <= block.start || pause.start >= block.end) {
                pieces.append(block);
                continue;
            }
            if (pause.start > block.start)
                pieces.append({block.start, pause.start, block.slotMinutes, block.capacity});
            if (pause.end < block.end)
                pieces.append({pause.end, block.end, block.slotMinutes, block.capacity});
        }
        open = pieces;
    }
    std::sort(open.begin(), open.end(), [](const Block &a, const Block &b) { return a.start < b.start; });
    return open;
}

QList<WantedSlot> WeeklySchedule::slotsOn(const QDate &day) const
{
    QList<WantedSlot> result;
    for (const Block &block : blocksOn(day)) {
        for (int start = block.start; start + block.slotMinutes <= block.end; start += block.slotMinutes) {
            // Local wall-clock times: on a day that changes to or from summer time a slot keeps
            // its printed time; one that does not exist that day is left out.
            const QDateTime begins(day, QTime(start / 60, start % 60), m_zone);
            if (!begins.isValid() || begins.time() != QTime(start / 60, start % 60))
                continue;
            const int endMinute = start + block.slotMinutes;
            QDateTime ends = endMinute >= 1440 ? QDateTime(day.addDays(1), QTime(0, 0), m_zone)
                                               : QDateTime(day, QTime(endMinute / 60, endMinute % 60), m_zone);
            // An end the clock skips (or a midnight that does not exist, where clocks change at
            // midnight) is reached when the clock jumps: the slot lasts its length in real time.
            if (!ends.isValid())
                ends = begins.addSecs(qint64(block.slotMinutes) * 60);
            if (ends <= begins)
                continue;
            result.append({begins.toUTC(), ends.toUTC(), block.capacity});
        }
    }
    return result;
}

bool WeeklySchedule::isOpenAt(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const QList<Block> blocks = blocksOn(local.date());
    return std::any_of(blocks.cbegin(), blocks.cend(),
                       [&](const Block &b) { return minute >= b.start && minute < b.end; });
}

QString WeeklySchedule::validate(const QList<ScheduleRule> &rules)
{
    for (const ScheduleRule &rule : rules) {
        if (rule.weekday < 1 || rule.weekday > 7)
            return u"weekday must be 1 (Monday) to 7 (Sunday)"_s;
        if (rule.startMinute < 0 || rule.endMinute > 1440 || rule.endMinute <= rule.startMinute)
            return u"end must be after start, within the day"_s;
        if (rule.slotMinutes && (*rule.slotMinutes < 1 || *rule.slotMinutes > 1440))
            return u"slot_minutes must be 1 to 1440"_s;
        if (rule.capacity && (*rule.capacity < 1 || *rule.capacity > 1000))
            return u"capacity must be 1 to 1000"_s;
        if (rule.isBreak && (rule.slotMinutes || rule.capacity))
            return u"a break has no slot_minutes or capacity"_s;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            const ScheduleRule &a = rules.at(i);
            const ScheduleRule &b = rules.at(j);
            if (a.weekday == b.weekday && a.isBreak == b.isBreak && a.startMinute < b.endMinute
                && b.startMinute < a.endMinute)
                return u"rules %1 and %2 overlap on weekday %3"_s.arg(i + 1).arg(j + 1).arg(a.weekday);
        }
    }
    return {};
}

QString WeeklySchedule::validate(const ScheduleException &exception)
{
    if (!exception.day.isValid())
        return u"day must be a date, YYYY-MM-DD"_s;
    if (!exception.closed
        && (exception.startMinute < 0 || exception.endMinute > 1440 || exception.endMinute <= exception.startMinute))
        return u"an open day needs start and end, end after start"_s;
    return {};
}
