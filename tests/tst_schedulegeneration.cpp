// ScheduleService: a queue's weekly template and exceptions generate its slots up to the horizon,
// idempotently; changes touch only future, unbooked template slots and report booked ones.
#include "domainfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScheduleGeneration : public DomainFixture
{
    Q_OBJECT

private:
    // The fixture starts on Tuesday 2026-12-01 at 06:00 UTC; the queue works weekdays 09:00-12:00
    // in hour slots and looks 7 days ahead: Tue, Wed, Thu, Fri, Mon, Tue — 6 days of 3 slots.
    static constexpr int kSlotsInHorizon = 18;
    const QDate m_tuesday{2026, 12, 1};
    const QDate m_wednesday{2026, 12, 2};
    const QDate m_thursday{2026, 12, 3};
    const QDate m_saturday{2026, 12, 5};
    qint64 m_queue = 0;

    QDateTime at(const QDate &day, int hour) const { return QDateTime(day, QTime(hour, 0), Qt::UTC); }

    // The live slot starting at `start`; fails the test (and goes on) when there is none or more.
    SlotRecord slotStarting(const QDateTime &start)
    {
        const QList<SlotRecord> found = liveSlots(m_queue, start, start.addSecs(1));
        if (found.size() != 1) {
            QTest::qFail(qPrintable(u"%1 live slots at %2"_s.arg(found.size()).arg(isoUtc(start))), __FILE__,
                         __LINE__);
            return {};
        }
        return found.first();
    }
    QList<SlotRecord> liveOn(const QDate &day) { return liveSlots(m_queue, at(day, 0), at(day.addDays(1), 0)); }
    int liveInQueue() { return int(liveSlots(m_queue, at(m_tuesday, 0), at(m_tuesday.addDays(30), 0)).size()); }

    GenerationReport setRules(const QList<ScheduleRule> &rules)
    {
        const auto report = m_domain->schedule.setRules(m_queue, rules, Actor::staff(1));
        if (!report.ok())
            qFatal("template refused: %s", qPrintable(refusalCode(report.refusal())));
        return report.value();
    }
    GenerationReport generate()
    {
        const auto report = m_domain->schedule.generate(m_queue, Actor::system());
        if (!report.ok())
            qFatal("generation refused");
        return report.value();
    }
    qint64 bookAt(qint64 userId, const QDateTime &start)
    {
        const auto booking = book(userId, slotStarting(start).id);
        if (!booking.ok())
            qFatal("booking refused: %s", qPrintable(refusalCode(booking.refusal())));
        return booking.value().id;
    }

private slots:
    void init()
    {
        setUpFixture();
        m_queue = queue([](QueueRecord &q) {
            q.horizonDays = 7;
            q.slotMinutes = 60;
        });
    }
    void cleanup() { tearDownFixture(); }

    void templateMakesSlotsOfItsWeekdays()
    {
        const GenerationReport report = setRules(weekdays(u"09:00"_s, u"12:00"_s));
        QCOMPARE(report.created, kSlotsInHorizon);
        QCOMPARE(report.fromDay, u"2026-12-01"_s);
        QCOMPARE(report.toDay, u"2026-12-08"_s);
        QCOMPARE(liveOn(m_wednesday).size(), 3);
        QVERIFY(liveOn(m_saturday).isEmpty());
        const SlotRecord first = slotStarting(at(m_tuesday, 9));
        QCOMPARE(first.endsAt, at(m_tuesday, 10));
        QVERIFY(first.fromTemplate);
        QCOMPARE(first.capacity, 1);
    }

    void generationIsIdempotent()
    {
        QCOMPARE(setRules(weekdays(u"09:00"_s, u"12:00"_s)).created, kSlotsInHorizon);
        const GenerationReport again = generate();
        QCOMPARE(again.created, 0);
        QCOMPARE(again.removed, 0);
        QCOMPARE(again.updated, 0);
        QVERIFY(again.conflicts.isEmpty());
        QCOMPARE(m_domain->schedule.generateAll().size(), 1);
        QCOMPARE(liveInQueue(), kSlotsInHorizon);
        // Setting the same template again changes nothing either.
        QCOMPARE(setRules(weekdays(u"09:00"_s, u"12:00"_s)).created, 0);
        QCOMPARE(liveInQueue(), kSlotsInHorizon);
    }

    void onlyUpToTheHorizon()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const QDate lastDay = m_tuesday.addDays(7);
        QCOMPARE(liveOn(lastDay).size(), 3);
        QCOMPARE(liveSlots(m_queue, at(lastDay.addDays(1), 0), at(lastDay.addDays(60), 0)).size(), 0);

        // A day later one more day comes into the horizon, and only that day is made.
        m_clock->advanceSecs(24 * 3600);
        QCOMPARE(m_domain->schedule.nextGeneration(), std::optional<QDateTime>(at(m_wednesday.addDays(1), 0)));
        const GenerationReport report = generate();
        QCOMPARE(report.created, 3);
        QCOMPARE(liveOn(lastDay.addDays(1)).size(), 3);
        QCOMPARE(liveSlots(m_queue, at(lastDay.addDays(2), 0), at(lastDay.addDays(60), 0)).size(), 0);
    }

    void slotsAlreadyStartedAreNotMade()
    {
        m_clock->set(at(m_tuesday, 10).addSecs(30 * 60)); // 10:30
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        QCOMPARE(liveOn(m_tuesday).size(), 1); // only 11:00 is still ahead
    }

    void slotsAlreadyStartedAreNotChanged()
    {
        // Made at 06:00; at 10:30 the template changes: the 09:00 and 10:00 slots stay.
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        m_clock->set(at(m_tuesday, 10).addSecs(30 * 60));
        const GenerationReport report = setRules(weekdays(u"13:00"_s, u"14:00"_s));
        QCOMPARE(report.removed, kSlotsInHorizon - 2);
        const QList<SlotRecord> today = liveOn(m_tuesday);
        QCOMPARE(today.size(), 3); // 09:00, 10:00 and the new 13:00
        QCOMPARE(today[0].startsAt, at(m_tuesday, 9));
        QCOMPARE(today[1].startsAt, at(m_tuesday, 10));
        QCOMPARE(today[2].startsAt, at(m_tuesday, 13));
    }

    void templateChangeRemovesUnbookedSlotsAndReportsBookedOnes()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 alice = user(1);
        const qint64 booking = bookAt(alice, at(m_wednesday, 10));
        const qint64 bookedSlot = bookingRow(booking).slotId;

        const GenerationReport report = setRules(weekdays(u"13:00"_s, u"16:00"_s));
        QCOMPARE(report.removed, kSlotsInHorizon - 1);
        QCOMPARE(report.created, kSlotsInHorizon);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts[0].slot.id, bookedSlot);
        QCOMPARE(report.conflicts[0].reason, u"not_in_template"_s);
        // The booked slot stays as it was, with its booking.
        QCOMPARE(slotRow(bookedSlot).status, SlotStatus::Open);
        QCOMPARE(slotRow(bookedSlot).booked, 1);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
        QCOMPARE(liveOn(m_wednesday).size(), 4);
        QCOMPARE(liveOn(m_thursday).size(), 3);
        QCOMPARE(slotStarting(at(m_thursday, 13)).endsAt, at(m_thursday, 14));
        // Reported again on the next run (staff have not decided yet), nothing else changes.
        const GenerationReport again = generate();
        QCOMPARE(again.created + again.removed + again.updated, 0);
        QCOMPARE(again.conflicts.size(), 1);
    }

    void changedHoursOfABookedSlotAreAConflict()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 booking = bookAt(user(1), at(m_wednesday, 9));
        const qint64 bookedSlot = bookingRow(booking).slotId;

        // Half-hour slots in the same hours: the booked 09:00-10:00 slot no longer fits.
        const GenerationReport report = setRules(weekdays(u"09:00"_s, u"12:00"_s, 30));
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts[0].slot.id, bookedSlot);
        QCOMPARE(report.conflicts[0].reason, u"hours_changed"_s);
        QCOMPARE(report.removed, kSlotsInHorizon - 1);
        QCOMPARE(report.created, 6 * 6 - 1); // every half hour but the booked start
        QCOMPARE(slotRow(bookedSlot).endsAt, at(m_wednesday, 10));
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
        QCOMPARE(slotStarting(at(m_thursday, 9)).endsAt, at(m_thursday, 9).addSecs(1800));
    }

    void capacityChangeAppliedUnlessBelowBooked()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s, {}, 2));
        const qint64 first = bookAt(user(1), at(m_wednesday, 10));
        const qint64 second = bookAt(user(2), at(m_wednesday, 10));
        const qint64 bookedSlot = bookingRow(first).slotId;

        GenerationReport report = setRules(weekdays(u"09:00"_s, u"12:00"_s, {}, 3));
        QCOMPARE(report.updated, kSlotsInHorizon);
        QVERIFY(report.conflicts.isEmpty());
        QCOMPARE(report.created + report.removed, 0);
        QCOMPARE(slotStarting(at(m_thursday, 11)).capacity, 3);
        QCOMPARE(slotRow(bookedSlot).capacity, 3);

        report = setRules(weekdays(u"09:00"_s, u"12:00"_s, {}, 1));
        QCOMPARE(report.updated, kSlotsInHorizon - 1);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts[0].slot.id, bookedSlot);
        QCOMPARE(report.conflicts[0].reason, u"capacity_below_booked"_s);
        QCOMPARE(slotRow(bookedSlot).capacity, 3);
        QCOMPARE(slotRow(bookedSlot).booked, 2);
        QCOMPARE(bookingRow(first).status, BookingStatus::Active);
        QCOMPARE(bookingRow(second).status, BookingStatus::Active);
        QCOMPARE(slotStarting(at(m_thursday, 11)).capacity, 1);
    }

    void manualSlotsAreNeverTouched()
    {
        const qint64 atTemplateTime = slotAt(m_queue, at(m_wednesday, 10), 4, 60);
        const qint64 evening = slotAt(m_queue, at(m_wednesday, 18), 1, 60);

        GenerationReport report = setRules(weekdays(u"09:00"_s, u"12:00"_s));
        QCOMPARE(report.kept, 1);
        QCOMPARE(report.created, kSlotsInHorizon - 1);
        QCOMPARE(slotStarting(at(m_wednesday, 10)).id, atTemplateTime);
        QCOMPARE(slotRow(atTemplateTime).capacity, 4);
        QVERIFY(!slotRow(atTemplateTime).fromTemplate);

        // Without a template the template's slots go; the hand-made ones stay as they were.
        report = setRules({});
        QCOMPARE(report.removed, kSlotsInHorizon - 1);
        QCOMPARE(report.kept, 0);
        QCOMPARE(liveInQueue(), 2);
        QCOMPARE(slotRow(atTemplateTime).status, SlotStatus::Open);
        QCOMPARE(slotRow(atTemplateTime).capacity, 4);
        QCOMPARE(slotRow(evening).status, SlotStatus::Open);
    }

    void holidayRemovesUnbookedSlotsOfTheDayAndReportsBookedOnes()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 booking = bookAt(user(1), at(m_thursday, 10));
        const qint64 bookedSlot = bookingRow(booking).slotId;

        ScheduleException holiday;
        holiday.day = m_thursday;
        holiday.closed = true;
        const auto report = m_domain->schedule.putException(m_queue, holiday, Actor::staff(1));
        QVERIFY(report.ok());
        QCOMPARE(report.value().removed, 2);
        QCOMPARE(report.value().created, 0);
        QCOMPARE(report.value().conflicts.size(), 1);
        QCOMPARE(report.value().conflicts[0].slot.id, bookedSlot);
        QCOMPARE(report.value().conflicts[0].reason, u"not_in_template"_s);
        QCOMPARE(liveOn(m_thursday).size(), 1);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
        QCOMPARE(liveOn(m_wednesday).size(), 3); // other days untouched

        // The holiday is called off: the day's slots come back.
        const auto restored = m_domain->schedule.removeException(m_queue, m_thursday, Actor::staff(1));
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().created, 2);
        QVERIFY(restored.value().conflicts.isEmpty());
        QCOMPARE(liveOn(m_thursday).size(), 3);
    }

    void aSlotStaffCancelledIsNotMadeAgain()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 cancelled = slotStarting(at(m_wednesday, 10)).id;
        QVERIFY(m_domain->bookings.cancelSlot(cancelled, u"staff meeting"_s, Actor::staff(1)).ok());

        QCOMPARE(generate().created, 0);
        QCOMPARE(liveOn(m_wednesday).size(), 2);
        m_clock->advanceSecs(24 * 3600); // the daily run the next midnight
        QCOMPARE(generate().created, 3);
        QCOMPARE(liveOn(m_wednesday).size(), 2);
    }

    void aStartTheTemplateGaveUpComesBackWithTheTemplate()
    {
        // A slot someone once booked is cancelled rather than deleted when the template drops it;
        // when the template wants that time again, it gets a new slot.
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 alice = user(1);
        const qint64 booking = bookAt(alice, at(m_wednesday, 10));
        const qint64 oldSlot = bookingRow(booking).slotId;
        QVERIFY(m_domain->bookings.cancelBooking(booking, Actor::user(alice)).ok());

        QCOMPARE(setRules(weekdays(u"13:00"_s, u"16:00"_s)).removed, kSlotsInHorizon);
        QCOMPARE(slotRow(oldSlot).status, SlotStatus::Cancelled);
        QCOMPARE(setRules(weekdays(u"09:00"_s, u"12:00"_s)).created, kSlotsInHorizon);
        QVERIFY(slotStarting(at(m_wednesday, 10)).id != oldSlot);
    }

    void newSlotsAreOfferedToTheWaitingList()
    {
        setRules(weekdays(u"09:00"_s, u"12:00"_s));
        const qint64 alice = user(1);
        const qint64 bob = user(2);
        // Saturday has no slots yet; Alice waits for any time, Bob only for 11:00-12:00.
        const auto aliceEntry = m_domain->waitlist.join(alice, m_queue, m_saturday, 0, 1440, Actor::user(alice));
        const auto bobEntry = m_domain->waitlist.join(bob, m_queue, m_saturday, 11 * 60, 12 * 60, Actor::user(bob));
        QVERIFY(aliceEntry.ok());
        QVERIFY(bobEntry.ok());
        QVERIFY(messages(alice, u"waitlist_offer"_s).isEmpty());

        ScheduleException extraDay;
        extraDay.day = m_saturday;
        extraDay.closed = false;
        extraDay.startMinute = 10 * 60;
        extraDay.endMinute = 12 * 60;
        const auto report = m_domain->schedule.putException(m_queue, extraDay, Actor::staff(1));
        QVERIFY(report.ok());
        QCOMPARE(report.value().created, 2);

        const SlotRecord ten = slotStarting(at(m_saturday, 10));
        const SlotRecord eleven = slotStarting(at(m_saturday, 11));
        QCOMPARE(entryRow(aliceEntry.value().id).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(aliceEntry.value().id).offeredSlotId, ten.id);
        QCOMPARE(entryRow(bobEntry.value().id).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(bobEntry.value().id).offeredSlotId, eleven.id);
        QCOMPARE(ten.held, 1);
        QCOMPARE(eleven.held, 1);
        QCOMPARE(messages(alice, u"waitlist_offer"_s).size(), 1);
        QCOMPARE(messages(bob, u"waitlist_offer"_s).size(), 1);
        QCOMPARE(messages(alice, u"waitlist_offer"_s)[0].params.value(u"starts_at"_s).toString(),
                 isoUtc(at(m_saturday, 10)));
    }

    void invalidTemplateIsRefused()
    {
        const auto refused = m_domain->schedule.setRules(
            m_queue, {openHours(1, u"09:00"_s, u"12:00"_s), openHours(1, u"11:00"_s, u"13:00"_s)}, Actor::staff(1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.refusal(), Refusal::InvalidInput);
        QCOMPARE(liveInQueue(), 0);
        QCOMPARE(m_domain->schedule.generate(424242, Actor::system()).refusal(), Refusal::QueueNotFound);
    }
};

QTEST_GUILESS_MAIN(TestScheduleGeneration)
#include "tst_schedulegeneration.moc"
