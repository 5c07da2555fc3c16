// WeeklySchedule on its own: a weekly template and its exceptions turned into a day's slots,
// working hours and the refusals of validate(); no database.
#include "domain/weeklyschedule.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kMonday(2026, 12, 7);
const QDate kTuesday(2026, 12, 8);
const QDate kSaturday(2026, 12, 12);

ScheduleRule open(int weekday, const QString &from, const QString &to, std::optional<int> slotMinutes = {},
                  std::optional<int> capacity = {})
{
    ScheduleRule rule;
    rule.weekday = weekday;
    rule.startMinute = clockMinutes(from);
    rule.endMinute = clockMinutes(to);
    rule.slotMinutes = slotMinutes;
    rule.capacity = capacity;
    return rule;
}

ScheduleRule pause(int weekday, const QString &from, const QString &to)
{
    ScheduleRule rule = open(weekday, from, to);
    rule.isBreak = true;
    return rule;
}

ScheduleException closedOn(const QDate &day)
{
    ScheduleException exception;
    exception.day = day;
    exception.closed = true;
    return exception;
}

ScheduleException openOn(const QDate &day, const QString &from, const QString &to)
{
    ScheduleException exception;
    exception.day = day;
    exception.closed = false;
    exception.startMinute = clockMinutes(from);
    exception.endMinute = clockMinutes(to);
    return exception;
}

// "09:00-09:20x1" per slot, in the zone's wall-clock time, so a day reads at a glance.
QStringList describe(const QList<WantedSlot> &made, const QTimeZone &zone)
{
    QStringList result;
    for (const WantedSlot &slot : made) {
        result << u"%1-%2x%3"_s.arg(slot.startsAt.toTimeZone(zone).toString(u"HH:mm"_s),
                                    slot.endsAt.toTimeZone(zone).toString(u"HH:mm"_s))
                      .arg(slot.capacity);
    }
    return result;
}

QDateTime at(const QDate &day, const QString &time, const QTimeZone &zone)
{
    return QDateTime(day, QTime::fromString(time, u"HH:mm"_s), zone);
}

} // namespace

class TestWeeklySchedule : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_utc = QTimeZone::utc();
    const QTimeZone m_berlin = QTimeZone("Europe/Berlin");

    QStringList day(const QList<ScheduleRule> &rules, const QDate &date, const QList<ScheduleException> &exceptions = {},
                    int slotMinutes = 30, int capacity = 1)
    {
        return describe(WeeklySchedule(rules, exceptions, slotMinutes, capacity, m_utc).slotsOn(date), m_utc);
    }

private slots:
    void openHoursAreCutIntoWholeSlots()
    {
        // 09:00-10:40 in 30-minute slots: the last 10 minutes hold no whole slot.
        QCOMPARE(day({open(1, u"09:00"_s, u"10:40"_s)}, kMonday),
                 (QStringList{u"09:00-09:30x1"_s, u"09:30-10:00x1"_s, u"10:00-10:30x1"_s}));
        // Other weekdays have no hours.
        QVERIFY(day({open(1, u"09:00"_s, u"10:40"_s)}, kTuesday).isEmpty());
    }

    void breaksCutBlocksAndNoSlotStraddlesOne()
    {
        // 20-minute slots from 09:00; the 10:50 break would cut the 10:40 slot, so it is left out
        // and the slots after the break start at its end, not on the morning's grid.
        const QList<ScheduleRule> rules{open(1, u"09:00"_s, u"12:30"_s, 20), pause(1, u"10:50"_s, u"11:30"_s)};
        QCOMPARE(day(rules, kMonday),
                 (QStringList{u"09:00-09:20x1"_s, u"09:20-09:40x1"_s, u"09:40-10:00x1"_s, u"10:00-10:20x1"_s,
                              u"10:20-10:40x1"_s, u"11:30-11:50x1"_s, u"11:50-12:10x1"_s, u"12:10-12:30x1"_s}));
    }

    void twoBreaksAndABreakOutsideTheHours()
    {
        const QList<ScheduleRule> rules{open(1, u"09:00"_s, u"12:00"_s, 60), pause(1, u"10:00"_s, u"10:30"_s),
                                        pause(1, u"11:30"_s, u"12:00"_s), pause(1, u"18:00"_s, u"19:00"_s)};
        QCOMPARE(day(rules, kMonday), (QStringList{u"09:00-10:00x1"_s, u"10:30-11:30x1"_s}));
    }

    void eachRuleHasItsOwnSlotLengthAndCapacity()
    {
        const QList<ScheduleRule> rules{open(2, u"14:00"_s, u"15:00"_s, 30, 3), open(2, u"09:00"_s, u"10:00"_s)};
        // The morning uses the queue's 20 minutes and capacity 2; the afternoon its own; by time.
        QCOMPARE(day(rules, kTuesday, {}, 20, 2),
                 (QStringList{u"09:00-09:20x2"_s, u"09:20-09:40x2"_s, u"09:40-10:00x2"_s, u"14:00-14:30x3"_s,
                              u"14:30-15:00x3"_s}));
    }

    void closedDayHasNoSlots()
    {
        const QList<ScheduleRule> rules{open(1, u"09:00"_s, u"10:00"_s)};
        QVERIFY(day(rules, kMonday, {closedOn(kMonday)}).isEmpty());
        // Only that day: the next Monday works as usual.
        QCOMPARE(day(rules, kMonday.addDays(7), {closedOn(kMonday)}).size(), 2);
    }

    void shortenedDayKeepsTheWeekdaysSlotsWithinItsHours()
    {
        const QList<ScheduleRule> rules{open(1, u"09:00"_s, u"13:00"_s, 60, 2), pause(1, u"10:00"_s, u"11:00"_s)};
        QCOMPARE(day(rules, kMonday, {openOn(kMonday, u"09:00"_s, u"12:00"_s)}),
                 (QStringList{u"09:00-10:00x2"_s, u"11:00-12:00x2"_s}));
    }

    void extraDayUsesTheQueuesSlotLengthAndCapacity()
    {
        const QList<ScheduleRule> rules{open(1, u"09:00"_s, u"10:00"_s, 60, 5)};
        QVERIFY(day(rules, kSaturday).isEmpty());
        QCOMPARE(day(rules, kSaturday, {openOn(kSaturday, u"10:00"_s, u"11:00"_s)}, 30, 4),
                 (QStringList{u"10:00-10:30x4"_s, u"10:30-11:00x4"_s}));
    }

    void emptyTemplate()
    {
        QVERIFY(WeeklySchedule({}, {}, 15, 1, m_utc).isEmpty());
        QVERIFY(WeeklySchedule({pause(1, u"12:00"_s, u"13:00"_s)}, {closedOn(kMonday)}, 15, 1, m_utc).isEmpty());
        QVERIFY(!WeeklySchedule({}, {openOn(kSaturday, u"10:00"_s, u"11:00"_s)}, 15, 1, m_utc).isEmpty());
        QVERIFY(!WeeklySchedule({open(3, u"10:00"_s, u"11:00"_s)}, {}, 15, 1, m_utc).isEmpty());
    }

    void localTimesInATimeZone()
    {
        // Moscow is UTC+3 all year: 09:00 local is 06:00 UTC.
        const QTimeZone moscow("Europe/Moscow");
        const QList<WantedSlot> made =
            WeeklySchedule({open(1, u"09:00"_s, u"10:00"_s, 60)}, {}, 15, 1, moscow).slotsOn(kMonday);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made[0].startsAt, QDateTime(kMonday, QTime(6, 0), Qt::UTC));
        QCOMPARE(made[0].endsAt, QDateTime(kMonday, QTime(7, 0), Qt::UTC));
        QCOMPARE(made[0].startsAt.timeSpec(), Qt::UTC);
    }

    void summerTimeDaysKeepWallClockTimes_data()
    {
        QTest::addColumn<QDate>("changeDay");
        QTest::addColumn<int>("utcHourBefore"); // 09:00 local the Sunday before, in UTC
        QTest::addColumn<int>("utcHourOn");     // 09:00 local on the day of the change
        QTest::newRow("spring forward") << QDate(2026, 3, 29) << 8 << 7;
        QTest::newRow("fall back") << QDate(2026, 10, 25) << 7 << 8;
    }

    void summerTimeDaysKeepWallClockTimes()
    {
        QFETCH(QDate, changeDay);
        QFETCH(int, utcHourBefore);
        QFETCH(int, utcHourOn);
        QCOMPARE(changeDay.dayOfWeek(), 7); // the last Sunday of the month
        const WeeklySchedule schedule({open(7, u"09:00"_s, u"12:00"_s, 60), pause(7, u"10:00"_s, u"11:00"_s)}, {},
                                      15, 1, m_berlin);
        const QStringList expected{u"09:00-10:00x1"_s, u"11:00-12:00x1"_s};
        for (const QDate &date : {changeDay.addDays(-7), changeDay, changeDay.addDays(7)})
            QCOMPARE(describe(schedule.slotsOn(date), m_berlin), expected);
        QCOMPARE(schedule.slotsOn(changeDay.addDays(-7)).first().startsAt.time().hour(), utcHourBefore);
        QCOMPARE(schedule.slotsOn(changeDay).first().startsAt.time().hour(), utcHourOn);
        for (const WantedSlot &slot : schedule.slotsOn(changeDay))
            QCOMPARE(slot.startsAt.secsTo(slot.endsAt), 3600);
    }

    void springForwardLeavesOutTheHourThatDoesNotExist()
    {
        // 00:00-05:00 in hours on the night the clocks go from 02:00 to 03:00: the 02:00 slot does
        // not exist; the 01:00 slot does, and ends when the clock jumps (an hour later in real time).
        const QDate day(2026, 3, 29);
        const QList<WantedSlot> made =
            WeeklySchedule({open(7, u"00:00"_s, u"05:00"_s, 60)}, {}, 15, 1, m_berlin).slotsOn(day);
        QCOMPARE(describe(made, m_berlin),
                 (QStringList{u"00:00-01:00x1"_s, u"01:00-03:00x1"_s, u"03:00-04:00x1"_s, u"04:00-05:00x1"_s}));
        for (const WantedSlot &slot : made)
            QCOMPARE(slot.startsAt.secsTo(slot.endsAt), 3600);
    }

    void dayWhoseMidnightDoesNotExistStillHasItsSlots()
    {
        // Beirut moves its clocks at midnight: on 2026-03-29 the day starts at 01:00.
        const QTimeZone beirut("Asia/Beirut");
        const QDate day(2026, 3, 29);
        QVERIFY(!QDateTime(day, QTime(0, 0), beirut).isValid());
        const WeeklySchedule schedule({open(7, u"09:00"_s, u"11:00"_s, 60), open(6, u"22:00"_s, u"24:00"_s, 60)}, {},
                                      15, 1, beirut);
        QCOMPARE(describe(schedule.slotsOn(day), beirut), (QStringList{u"09:00-10:00x1"_s, u"10:00-11:00x1"_s}));
        // The evening before ends at the midnight that does not exist: the clock reads 01:00 then.
        const QList<WantedSlot> evening = schedule.slotsOn(day.addDays(-1));
        QCOMPARE(evening.size(), 2);
        QCOMPARE(evening.last().startsAt.secsTo(evening.last().endsAt), 3600);
    }

    void isOpenAt()
    {
        const WeeklySchedule schedule({open(1, u"09:00"_s, u"13:00"_s), pause(1, u"11:00"_s, u"11:30"_s)},
                                      {closedOn(kMonday.addDays(7))}, 15, 1, m_berlin);
        QVERIFY(!schedule.isOpenAt(at(kMonday, u"08:59"_s, m_berlin)));
        QVERIFY(schedule.isOpenAt(at(kMonday, u"09:00"_s, m_berlin)));
        QVERIFY(schedule.isOpenAt(at(kMonday, u"10:59"_s, m_berlin)));
        QVERIFY(!schedule.isOpenAt(at(kMonday, u"11:00"_s, m_berlin))); // the break
        QVERIFY(!schedule.isOpenAt(at(kMonday, u"11:29"_s, m_berlin)));
        QVERIFY(schedule.isOpenAt(at(kMonday, u"11:30"_s, m_berlin)));
        QVERIFY(!schedule.isOpenAt(at(kMonday, u"13:00"_s, m_berlin))); // the end is not open
        QVERIFY(!schedule.isOpenAt(at(kTuesday, u"10:00"_s, m_berlin)));
        QVERIFY(!schedule.isOpenAt(at(kMonday.addDays(7), u"10:00"_s, m_berlin))); // closed that day
        // A UTC moment is judged by the queue's local time: 08:30 UTC is 09:30 in Berlin in winter.
        QVERIFY(schedule.isOpenAt(QDateTime(kMonday, QTime(8, 30), Qt::UTC)));
        QVERIFY(!schedule.isOpenAt(QDateTime(kMonday, QTime(12, 30), Qt::UTC)));
    }

    void isOpenAtOnAShortenedDay()
    {
        const WeeklySchedule schedule({open(1, u"09:00"_s, u"13:00"_s)}, {openOn(kMonday, u"09:00"_s, u"10:00"_s)}, 15,
                                      1, m_utc);
        QVERIFY(schedule.isOpenAt(at(kMonday, u"09:30"_s, m_utc)));
        QVERIFY(!schedule.isOpenAt(at(kMonday, u"10:30"_s, m_utc)));
    }

    void validateAcceptsAGoodTemplate()
    {
        QCOMPARE(WeeklySchedule::validate({open(1, u"09:00"_s, u"13:00"_s, 20, 2), pause(1, u"11:00"_s, u"11:30"_s),
                                           open(1, u"14:00"_s, u"24:00"_s), open(2, u"09:00"_s, u"13:00"_s)}),
                 QString());
        QCOMPARE(WeeklySchedule::validate(QList<ScheduleRule>{}), QString());
    }

    void validateRefuses_data()
    {
        QTest::addColumn<QList<ScheduleRule>>("rules");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        ScheduleRule weekday0 = open(1, u"09:00"_s, u"10:00"_s);
        weekday0.weekday = 0;
        ScheduleRule weekday8 = open(1, u"09:00"_s, u"10:00"_s);
        weekday8.weekday = 8;
        ScheduleRule pastMidnight = open(1, u"23:00"_s, u"24:00"_s);
        pastMidnight.endMinute = 1441;
        ScheduleRule breakWithSlots = pause(1, u"11:00"_s, u"12:00"_s);
        breakWithSlots.slotMinutes = 15;
        ScheduleRule breakWithCapacity = pause(1, u"11:00"_s, u"12:00"_s);
        breakWithCapacity.capacity = 2;
        QTest::newRow("weekday 0") << QList<ScheduleRule>{weekday0} << u"weekday"_s;
        QTest::newRow("weekday 8") << QList<ScheduleRule>{weekday8} << u"weekday"_s;
        QTest::newRow("end before start") << QList<ScheduleRule>{open(1, u"10:00"_s, u"09:00"_s)} << u"end"_s;
        QTest::newRow("empty hours") << QList<ScheduleRule>{open(1, u"10:00"_s, u"10:00"_s)} << u"end"_s;
        QTest::newRow("past midnight") << QList<ScheduleRule>{pastMidnight} << u"end"_s;
        QTest::newRow("slot 0") << QList<ScheduleRule>{open(1, u"09:00"_s, u"10:00"_s, 0)} << u"slot_minutes"_s;
        QTest::newRow("capacity 0") << QList<ScheduleRule>{open(1, u"09:00"_s, u"10:00"_s, 15, 0)} << u"capacity"_s;
        QTest::newRow("capacity 1001") << QList<ScheduleRule>{open(1, u"09:00"_s, u"10:00"_s, 15, 1001)}
                                       << u"capacity"_s;
        QTest::newRow("break with slot length") << QList<ScheduleRule>{breakWithSlots} << u"break"_s;
        QTest::newRow("break with capacity") << QList<ScheduleRule>{breakWithCapacity} << u"break"_s;
        QTest::newRow("open hours overlap")
            << QList<ScheduleRule>{open(1, u"09:00"_s, u"12:00"_s), open(1, u"11:00"_s, u"13:00"_s)} << u"overlap"_s;
        QTest::newRow("breaks overlap") << QList<ScheduleRule>{open(1, u"09:00"_s, u"17:00"_s),
                                                               pause(1, u"12:00"_s, u"13:00"_s),
                                                               pause(1, u"12:30"_s, u"14:00"_s)}
                                        << u"overlap"_s;
    }

    void validateRefuses()
    {
        QFETCH(QList<ScheduleRule>, rules);
        QFETCH(QString, reason);
        const QString message = WeeklySchedule::validate(rules);
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void validateAllowsTheSameHoursOnDifferentWeekdays()
    {
        QCOMPARE(WeeklySchedule::validate({open(1, u"09:00"_s, u"12:00"_s), open(2, u"09:00"_s, u"12:00"_s)}), QString());
        // Hours that touch do not overlap.
        QCOMPARE(WeeklySchedule::validate({open(1, u"09:00"_s, u"12:00"_s), open(1, u"12:00"_s, u"13:00"_s)}), QString());
    }

    void validateException()
    {
        QCOMPARE(WeeklySchedule::validate(closedOn(kMonday)), QString());
        QCOMPARE(WeeklySchedule::validate(openOn(kMonday, u"09:00"_s, u"12:00"_s)), QString());
        QVERIFY(WeeklySchedule::validate(closedOn(QDate())).contains(u"day"_s));
        QVERIFY(WeeklySchedule::validate(openOn(kMonday, u"12:00"_s, u"09:00"_s)).contains(u"end"_s));
        ScheduleException noHours = openOn(kMonday, u"09:00"_s, u"09:00"_s);
        QVERIFY(!WeeklySchedule::validate(noHours).isEmpty());
        ScheduleException tooLate = openOn(kMonday, u"09:00"_s, u"24:00"_s);
        tooLate.endMinute = 1500;
        QVERIFY(!WeeklySchedule::validate(tooLate).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWeeklySchedule)
#include "tst_weeklyschedule.moc"
