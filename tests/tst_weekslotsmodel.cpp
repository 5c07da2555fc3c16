// console_core's schedule models against the real queue-service: the week of slots in the queue's
// time zone (placing, paging, merging by id) and following changes another client makes through
// the change feed, holidays and shortened days from the queue's schedule included; a slot's
// bookings with their people. Every model runs under QAbstractItemModelTester.
#include "staffedservice.h"

#include "apiclient.h"
#include "changefollower.h"
#include "models/slotbookingsmodel.h"
#include "models/weekslotsmodel.h"
#include "weekframe.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// A Monday some weeks ahead, so every slot of the tests is in the future.
QDate mondayAhead()
{
    return WeekFrame::mondayOf(QDate::currentDate().addDays(21));
}

QDateTime local(const QDate &day, int hour, int minute, const char *zone)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(zone)).toUTC();
}

ScheduleRule openHours(int weekday, int start, int end)
{
    ScheduleRule rule;
    rule.weekday = weekday;
    rule.startMinute = start;
    rule.endMinute = end;
    return rule;
}

ScheduleException hours(const QDate &day, int start, int end)
{
    ScheduleException exception;
    exception.day = day;
    exception.closed = false;
    exception.startMinute = start;
    exception.endMinute = end;
    return exception;
}

int slotsOnDay(const WeekSlotsModel &model, int day)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.placementAt(row).day == day ? 1 : 0;
    return count;
}

SlotRecord record(qint64 id, const QDateTime &start, int capacity = 2, int booked = 0)
{
    SlotRecord slot;
    slot.id = id;
    slot.queueId = 1;
    slot.startsAt = start;
    slot.endsAt = start.addSecs(900);
    slot.capacity = capacity;
    slot.booked = booked;
    return slot;
}

} // namespace

class TestWeekSlotsModel : public QObject
{
    Q_OBJECT

    StaffedService m_service;
    ApiClient m_client;
    qint64 m_tokyo = 0; // Asia/Tokyo: UTC+9 all year

    bool loadWeek(WeekSlotsModel &model, qint64 queue, const char *zone, const QDate &monday)
    {
        model.setQueue(queue, QString::fromLatin1(zone));
        model.setRange(monday, 7);
        QSignalSpy loaded(&model, &WeekSlotsModel::loaded);
        model.reload();
        return loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_client.setServer(m_service.server());
        m_client.setToken(m_service.admin());
        m_tokyo = m_service.createQueue(u"Tokyo"_s, u"Asia/Tokyo"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void frameFollowsTheZoneAcrossDaylightSaving()
    {
        // Berlin moves from +1 to +2 at 01:00 UTC on Sunday 29 March 2026.
        const WeekFrame frame(QTimeZone("Europe/Berlin"), QDate(2026, 3, 23), 7);
        const auto before = frame.place(QDateTime(QDate(2026, 3, 28), QTime(8, 0), QTimeZone::utc()),
                                        QDateTime(QDate(2026, 3, 28), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(before.day, 5);
        QCOMPARE(before.startMinute, 9 * 60);
        QCOMPARE(before.endMinute, 9 * 60 + 30);
        const auto after = frame.place(QDateTime(QDate(2026, 3, 29), QTime(7, 0), QTimeZone::utc()),
                                       QDateTime(QDate(2026, 3, 29), QTime(7, 15), QTimeZone::utc()));
        QCOMPARE(after.day, 6);
        QCOMPARE(after.startMinute, 9 * 60);
        // Local 09:00 on the Sunday is 07:00 UTC, back again.
        QCOMPARE(frame.toUtc(QDate(2026, 3, 29), 9 * 60), QDateTime(QDate(2026, 3, 29), QTime(7, 0), QTimeZone::utc()));
        // Before the first day and after the last: outside.
        QVERIFY(!frame.inside(frame.place(QDateTime(QDate(2026, 3, 22), QTime(22, 0), QTimeZone::utc()),
                                          QDateTime(QDate(2026, 3, 22), QTime(22, 15), QTimeZone::utc()))));
        QVERIFY(frame.inside(frame.place(QDateTime(QDate(2026, 3, 22), QTime(23, 30), QTimeZone::utc()),
                                         QDateTime(QDate(2026, 3, 22), QTime(23, 45), QTimeZone::utc()))));
    }

    void loadsTheWeekInTheQueueTimeZone()
    {
        const QDate monday = mondayAhead();
        // Monday 09:00 and Sunday 23:30 in Tokyo are in the week; the next Monday 00:30 in Tokyo
        // is still Sunday in UTC, but not in the queue's week.
        const qint64 first = m_service.createSlot(m_tokyo, local(monday, 9, 0, "Asia/Tokyo"));
        const qint64 last = m_service.createSlot(m_tokyo, local(monday.addDays(6), 23, 30, "Asia/Tokyo"), 30);
        m_service.createSlot(m_tokyo, local(monday.addDays(7), 0, 30, "Asia/Tokyo"));

        WeekSlotsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadWeek(model, m_tokyo, "Asia/Tokyo", monday));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.slotAt(0).id, first);
        QCOMPARE(model.slotAt(1).id, last);
        QCOMPARE(model.placementAt(0).day, 0);
        QCOMPARE(model.placementAt(0).startMinute, 9 * 60);
        QCOMPARE(model.placementAt(1).day, 6);
        QCOMPARE(model.placementAt(1).startMinute, 23 * 60 + 30);
        QCOMPARE(model.placementAt(1).endMinute, 24 * 60);
        QCOMPARE(model.data(model.index(0), WeekSlotsModel::LoadRole).toInt(), int(WeekSlotsModel::Load::Free));
        QCOMPARE(model.rowOfId(last), 1);
        QVERIFY(!model.isLoading());
    }

    void aWeekLongerThanOnePageComesWhole()
    {
        const qint64 queue = m_service.createQueue(u"Busy"_s, u"UTC"_s);
        const QDate monday = mondayAhead();
        // 08:00-22:20 every 10 minutes, every day: 86 × 7 = 602 slots, two pages.
        const QJsonObject result = m_service.must("POST", u"/api/v1/slots/bulk"_s,
                                                  {{u"queue_id"_s, queue},
                                                   {u"from_date"_s, monday.toString(Qt::ISODate)},
                                                   {u"to_date"_s, monday.addDays(6).toString(Qt::ISODate)},
                                                   {u"start_time"_s, u"08:00"_s},
                                                   {u"end_time"_s, u"22:20"_s},
                                                   {u"slot_minutes"_s, 10}},
                                                  201);
        QCOMPARE(result.value(u"created"_s).toInt(), 602);
        WeekSlotsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadWeek(model, queue, "UTC", monday));
        QCOMPARE(model.rowCount(), 602);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.slotAt(row - 1).startsAt < model.slotAt(row).startsAt);

        // A second load merges: no reset, no rows moved.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&model, &WeekSlotsModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void mergesByIdInPlace()
    {
        WeekSlotsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate monday(2030, 1, 7);
        model.setQueue(1, u"UTC"_s);
        model.setRange(monday, 7);
        const QDateTime nine(monday, QTime(9, 0), QTimeZone::utc());
        model.setSlots({record(1, nine), record(2, nine.addSecs(3600)), record(3, nine.addDays(1))});
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // One slot got a booking: only its row changes.
        model.upsert(record(2, nine.addSecs(3600), 2, 1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), WeekSlotsModel::LoadRole).toInt(), int(WeekSlotsModel::Load::PartlyBooked));
        model.upsert(record(2, nine.addSecs(3600), 2, 1)); // the same again: nothing
        QCOMPARE(changed.count(), 1);
        // A new one sorts in; a moved one moves; one outside the week or queue goes.
        model.upsert(record(4, nine.addSecs(1800)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOfId(4), 1);
        model.upsert(record(1, nine.addDays(2)));
        QCOMPARE(model.rowOfId(1), 3);
        SlotRecord elsewhere = record(3, nine.addDays(1));
        elsewhere.queueId = 2;
        model.upsert(elsewhere);
        QCOMPARE(model.rowOfId(3), -1);
        model.upsert(record(5, nine.addDays(8)));
        QCOMPARE(model.rowOfId(5), -1);
        // setSlots: exactly these, the unchanged rows untouched.
        changed.clear();
        removed.clear();
        model.setSlots({record(4, nine.addSecs(1800)), record(2, nine.addSecs(3600), 2, 2)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), WeekSlotsModel::LoadRole).toInt(), int(WeekSlotsModel::Load::Full));
        SlotRecord cancelled = record(2, nine.addSecs(3600), 2, 2);
        cancelled.status = SlotStatus::Cancelled;
        model.upsert(cancelled);
        QCOMPARE(model.data(model.index(1), WeekSlotsModel::LoadRole).toInt(), int(WeekSlotsModel::Load::Cancelled));
        // Another week: placements are relative to it.
        model.setRange(monday.addDays(-7), 7);
        QCOMPARE(model.rowCount(), 0);
    }

    void followsChangesAnotherClientMakes()
    {
        const qint64 queue = m_service.createQueue(u"Followed"_s, u"Europe/Moscow"_s);
        const QDate monday = mondayAhead();
        const qint64 existing = m_service.createSlot(queue, local(monday, 10, 0, "Europe/Moscow"));
        WeekSlotsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadWeek(model, queue, "Europe/Moscow", monday));
        QCOMPARE(model.rowCount(), 1);

        ChangeFollower follower(m_client);
        follower.setIntervalMs(100);
        connect(&follower, &ChangeFollower::changed, &model, &WeekSlotsModel::applyChanges);
        QSignalSpy polled(&follower, &ChangeFollower::changed);
        follower.start();
        QTRY_VERIFY(follower.revision() > 0);

        // Another client (plain HTTP) adds a slot on Wednesday: the model shows it.
        const qint64 added = m_service.createSlot(queue, local(monday.addDays(2), 11, 30, "Europe/Moscow"), 30, 3);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(added) >= 0, 10000);
        QCOMPARE(model.placementAt(model.rowOfId(added)).day, 2);
        QCOMPARE(model.placementAt(model.rowOfId(added)).startMinute, 11 * 60 + 30);

        // Its capacity changes: that row alone is updated.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_service.must("PATCH", u"/api/v1/slots/%1"_s.arg(added), {{u"capacity"_s, 5}}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.slotAt(model.rowOfId(added)).capacity, 5, 10000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfId(added));

        // Someone books the first slot: the booking's slot is read again.
        const qint64 user = m_service.addUser(7001, u"Olga"_s, u"Petrova"_s, u"olga"_s);
        m_service.book(existing, user);
        QTRY_COMPARE_WITH_TIMEOUT(model.slotAt(model.rowOfId(existing)).booked, 1, 10000);
        QCOMPARE(model.data(model.index(model.rowOfId(existing)), WeekSlotsModel::LoadRole).toInt(),
                 int(WeekSlotsModel::Load::PartlyBooked));

        // The slot is cancelled.
        m_service.must("POST", u"/api/v1/slots/%1/cancel"_s.arg(existing), {{u"reason"_s, u"Flood"_s}}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.slotAt(model.rowOfId(existing)).status, SlotStatus::Cancelled, 10000);
        QCOMPARE(model.slotAt(model.rowOfId(existing)).cancelReason, u"Flood"_s);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        follower.stop();
    }

    void whatKindOfDayAnExceptionMakes()
    {
        using Kind = WeekSlotsModel::DayKind;
        const QDate monday(2030, 1, 7);
        // Mondays 09:00–13:00 and 14:00–18:00 (a break between); Tuesdays closed by the template.
        const QList<ScheduleRule> rules{openHours(1, 9 * 60, 13 * 60), openHours(1, 14 * 60, 18 * 60)};
        ScheduleException holiday;
        holiday.day = monday;
        QCOMPARE(WeekSlotsModel::dayKindOf(holiday, rules), Kind::Closed);
        QCOMPARE(WeekSlotsModel::dayKindOf(hours(monday, 10 * 60, 14 * 60), rules), Kind::Shortened);
        QCOMPARE(WeekSlotsModel::dayKindOf(hours(monday, 9 * 60, 17 * 60), rules), Kind::Shortened);
        QCOMPARE(WeekSlotsModel::dayKindOf(hours(monday, 9 * 60, 18 * 60), rules), Kind::OtherHours);
        QCOMPARE(WeekSlotsModel::dayKindOf(hours(monday, 8 * 60, 16 * 60), rules), Kind::OtherHours);
        QCOMPARE(WeekSlotsModel::dayKindOf(hours(monday.addDays(1), 10 * 60, 12 * 60), rules), Kind::Extra);

        // The model answers per day of its range, from the schedule it holds.
        WeekSlotsModel model(m_client);
        model.setQueue(1, u"UTC"_s);
        model.setRange(monday, 7);
        QSignalSpy changed(&model, &WeekSlotsModel::scheduleChanged);
        model.setSchedule({rules, {holiday, hours(monday.addDays(1), 10 * 60, 12 * 60)}});
        QCOMPARE(changed.count(), 1);
        model.setSchedule({rules, {holiday, hours(monday.addDays(1), 10 * 60, 12 * 60)}}); // the same: nothing
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.dayKindOn(0), Kind::Closed);
        QCOMPARE(model.dayKindOn(1), Kind::Extra);
        QCOMPARE(model.dayKindOn(2), Kind::Usual);
        QVERIFY(!model.exceptionOn(7)); // outside the range
        // The week before: the same exceptions are on no day of it.
        model.setRange(monday.addDays(-7), 7);
        for (int day = 0; day < 7; ++day)
            QCOMPARE(model.dayKindOn(day), Kind::Usual);
        // Another queue: its schedule is not known yet.
        model.setQueue(2, u"UTC"_s);
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.schedule().exceptions.isEmpty());
    }

    void followsHolidaysAnotherClientSets()
    {
        using Kind = WeekSlotsModel::DayKind;
        const qint64 queue = m_service.createQueue(u"Holidays"_s, u"Europe/Moscow"_s, {{u"slot_minutes"_s, 60}});
        const QDate monday = mondayAhead();
        // Weekdays 09:00–17:00, hourly: eight slots a day.
        QJsonArray rules;
        for (int weekday = 1; weekday <= 5; ++weekday)
            rules.append(QJsonObject{{u"weekday"_s, weekday}, {u"start"_s, u"09:00"_s}, {u"end"_s, u"17:00"_s}});
        m_service.must("PUT", u"/api/v1/queues/%1/schedule"_s.arg(queue), {{u"rules"_s, rules}}, 200);

        WeekSlotsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadWeek(model, queue, "Europe/Moscow", monday));
        QCOMPARE(slotsOnDay(model, 3), 8);
        QCOMPARE(model.schedule().rules.size(), 5);
        for (int day = 0; day < 7; ++day)
            QCOMPARE(model.dayKindOn(day), Kind::Usual);

        ChangeFollower follower(m_client);
        follower.setIntervalMs(100);
        connect(&follower, &ChangeFollower::changed, &model, &WeekSlotsModel::applyChanges);
        follower.start();
        QTRY_VERIFY(follower.revision() > 0);

        // Thursday becomes a holiday, Tuesday a short day: the model knows both, and Thursday's
        // slots are gone (the service regenerated them away).
        const QString thursday = u"/api/v1/queues/%1/schedule/exceptions/%2"_s.arg(queue).arg(
            monday.addDays(3).toString(Qt::ISODate));
        m_service.must("PUT", thursday, {{u"closed"_s, true}, {u"note"_s, u"Public holiday"_s}}, 200);
        m_service.must("PUT",
                       u"/api/v1/queues/%1/schedule/exceptions/%2"_s.arg(queue).arg(
                           monday.addDays(1).toString(Qt::ISODate)),
                       {{u"start"_s, u"10:00"_s}, {u"end"_s, u"14:00"_s}}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.dayKindOn(3), Kind::Closed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.dayKindOn(1), Kind::Shortened, 10000);
        QCOMPARE(model.exceptionOn(3)->note, u"Public holiday"_s);
        QCOMPARE(model.exceptionOn(1)->startMinute, 10 * 60);
        QCOMPARE(model.exceptionOn(1)->endMinute, 14 * 60);
        QTRY_COMPARE_WITH_TIMEOUT(slotsOnDay(model, 3), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(slotsOnDay(model, 1), 4, 10000);

        // The holiday is taken back: a usual Thursday again, with its slots.
        QSignalSpy changed(&model, &WeekSlotsModel::scheduleChanged);
        m_service.must("DELETE", thursday, {}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.dayKindOn(3), Kind::Usual, 10000);
        QVERIFY(!model.exceptionOn(3));
        QCOMPARE(model.dayKindOn(1), Kind::Shortened);
        QTRY_COMPARE_WITH_TIMEOUT(slotsOnDay(model, 3), 8, 10000);
        QCOMPARE(changed.count(), 1);
        follower.stop();
    }

    void aSlotsBookingsWithTheirPeople()
    {
        const qint64 slot = m_service.createSlot(m_tokyo, local(mondayAhead().addDays(1), 14, 0, "Asia/Tokyo"), 15, 3);
        const qint64 anna = m_service.addUser(7101, u"Anna"_s, u"Ivanova"_s, u"anna_i"_s, u"+7 900 000-00-01"_s);
        const qint64 boris = m_service.addUser(7102, u"Boris"_s, QString(), QString());
        const qint64 annas = m_service.book(slot, anna);
        m_service.book(slot, boris);

        SlotBookingsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SlotBookingsModel::loaded);
        model.setSlot(slot);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        const int row = model.rowOfId(annas);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, SlotBookingsModel::NameColumn).data().toString(), u"Anna Ivanova"_s);
        QCOMPARE(model.index(row, SlotBookingsModel::UsernameColumn).data().toString(), u"@anna_i"_s);
        QCOMPARE(model.index(row, SlotBookingsModel::PhoneColumn).data().toString(), u"+7 900 000-00-01"_s);
        QCOMPARE(model.index(row, SlotBookingsModel::StatusColumn).data().toString(), u"Booked"_s);
        QVERIFY(model.index(row, SlotBookingsModel::CodeColumn).data().toString().startsWith(u"A-"_s));
        QCOMPARE(model.index(1 - row, SlotBookingsModel::UsernameColumn).data().toString(), QString());

        // An outcome the API answers with keeps the person in the row.
        const QJsonObject attended = m_service.must("PATCH", u"/api/v1/bookings/%1"_s.arg(annas),
                                                    {{u"status"_s, u"attended"_s}}, 200);
        model.updateBooking(BookingRecord::fromJson(attended));
        QCOMPARE(model.index(row, SlotBookingsModel::StatusColumn).data().toString(), u"Attended"_s);
        QCOMPARE(model.index(row, SlotBookingsModel::NameColumn).data().toString(), u"Anna Ivanova"_s);
    }
};

QTEST_GUILESS_MAIN(TestWeekSlotsModel)
#include "tst_weekslotsmodel.moc"
