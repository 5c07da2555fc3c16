// ReminderService: each booking's reminders at the queue's offsets, and the confirmation cut-off
// that gives an unconfirmed seat back to the waiting list; time moves by ManualClock.
#include "domainfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestReminders : public DomainFixture
{
    Q_OBJECT

private:
    // The fixture's now is Tuesday 06:00 UTC; the slot is on Friday at 10:00, three days ahead.
    const QDateTime m_friday10 = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

    qint64 confirmingQueue()
    {
        return queue([](QueueRecord &q) {
            q.confirmationRequired = true;
            q.confirmCutoffMinutes = 60;
        });
    }
    // Runs what is due at `time`.
    ReminderService::Run runAt(const QDateTime &time)
    {
        m_clock->set(time);
        return m_domain->reminders.runDue(100);
    }
    qint64 timersOf(qint64 bookingId)
    {
        return count(db(), u"SELECT count(*) FROM booking_timers WHERE booking_id = ?"_s, {bookingId});
    }
    qint64 bookOrFail(qint64 userId, qint64 slotId)
    {
        const auto booking = book(userId, slotId);
        if (!booking.ok())
            qFatal("booking refused: %s", qPrintable(refusalCode(booking.refusal())));
        return booking.value().id;
    }

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void bookingDaysAheadGetsBothRemindersAtTheirMoments()
    {
        const qint64 slot = slotAt(queue(), m_friday10);
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slot);
        QCOMPARE(timersOf(booking), 2);
        QCOMPARE(m_domain->reminders.nextDue(), std::optional<QDateTime>(m_friday10.addDays(-1)));

        QCOMPARE(runAt(m_friday10.addDays(-1).addSecs(-60)).reminders, 0);
        QVERIFY(messages(alice, u"reminder"_s).isEmpty());

        QCOMPARE(runAt(m_friday10.addDays(-1)).reminders, 1);
        QList<OutboxRecord> sent = messages(alice, u"reminder"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].params.value(u"booking_id"_s).toInteger(), booking);
        QCOMPARE(sent[0].params.value(u"code"_s).toString(), u"A-001"_s);
        QCOMPARE(sent[0].params.value(u"starts_at"_s).toString(), isoUtc(m_friday10));
        QCOMPARE(sent[0].params.value(u"confirm"_s).toBool(), false); // the queue asks for no confirmation
        QVERIFY(!sent[0].params.contains(u"confirm_by"_s));
        QCOMPARE(sent[0].expiresAt, std::optional<QDateTime>(m_friday10)); // pointless after the appointment
        QCOMPARE(m_domain->reminders.nextDue(), std::optional<QDateTime>(m_friday10.addSecs(-2 * 3600)));

        QCOMPARE(runAt(m_friday10.addSecs(-2 * 3600 - 60)).reminders, 0);
        QCOMPARE(runAt(m_friday10.addSecs(-2 * 3600)).reminders, 1);
        QCOMPARE(messages(alice, u"reminder"_s).size(), 2);
        // Each step once: nothing is left, whenever it runs again.
        QCOMPARE(runAt(m_friday10.addSecs(-60)).reminders, 0);
        QCOMPARE(messages(alice, u"reminder"_s).size(), 2);
        QCOMPARE(m_domain->reminders.nextDue(), std::nullopt);
    }

    void bookingFiveHoursAheadGetsOnlyTheTwoHourReminder()
    {
        const qint64 q = queue();
        const qint64 alice = user(1);
        const QDateTime start = m_clock->now().addSecs(5 * 3600);
        const qint64 booking = bookOrFail(alice, slotAt(q, start));
        QCOMPARE(timersOf(booking), 1);
        QCOMPARE(m_domain->reminders.nextDue(), std::optional<QDateTime>(start.addSecs(-2 * 3600)));
        QCOMPARE(m_domain->reminders.runDue(100).reminders, 0);
        QCOMPARE(runAt(start.addSecs(-2 * 3600)).reminders, 1);
        QCOMPARE(runAt(start.addSecs(-60)).reminders, 0);
        QCOMPARE(messages(alice, u"reminder"_s).size(), 1);
    }

    void bookingMadeAfterEveryOffsetGetsNone()
    {
        const qint64 alice = user(1);
        const QDateTime start = m_clock->now().addSecs(30 * 60);
        const qint64 booking = bookOrFail(alice, slotAt(queue(), start));
        QCOMPARE(timersOf(booking), 0);
        QCOMPARE(runAt(start.addSecs(-60)).reminders, 0);
        QVERIFY(messages(alice, u"reminder"_s).isEmpty());
    }

    void cancelledBookingGetsNone()
    {
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(queue(), m_friday10));
        QVERIFY(m_domain->bookings.cancelBooking(booking, Actor::user(alice)).ok());

        const ReminderService::Run first = runAt(m_friday10.addDays(-1));
        QCOMPARE(first.reminders, 0);
        QCOMPARE(first.skipped, 1);
        QCOMPARE(runAt(m_friday10.addSecs(-3600)).skipped, 1);
        QVERIFY(messages(alice, u"reminder"_s).isEmpty());
        QCOMPARE(m_domain->reminders.nextDue(), std::nullopt);
    }

    void movedBookingIsRemindedOfItsNewTimeOnly()
    {
        const qint64 q = queue();
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(q, m_friday10));
        const QDateTime later = m_friday10.addSecs(3 * 3600);
        const auto moved = m_domain->bookings.reschedule(booking, slotAt(q, later), Actor::user(alice));
        QVERIFY(moved.ok());

        runAt(later.addDays(-1));
        runAt(later.addSecs(-2 * 3600));
        runAt(later.addSecs(-60));
        const QList<OutboxRecord> sent = messages(alice, u"reminder"_s);
        QCOMPARE(sent.size(), 2);
        for (const OutboxRecord &message : sent) {
            QCOMPARE(message.params.value(u"booking_id"_s).toInteger(), moved.value().id);
            QCOMPARE(message.params.value(u"starts_at"_s).toString(), isoUtc(later));
        }
    }

    void unconfirmedAtTheCutoffLosesTheSeatToTheWaitingList()
    {
        const qint64 q = confirmingQueue();
        const qint64 slot = slotAt(q, m_friday10);
        const qint64 alice = user(1), bob = user(2), carol = user(3);
        const qint64 booking = bookOrFail(alice, slot);
        QVERIFY(!bookingRow(booking).confirmedAt);
        QCOMPARE(timersOf(booking), 3); // two reminders and the cut-off
        const auto bobWaits = m_domain->waitlist.join(bob, q, m_friday10.date(), 0, 1440, Actor::user(bob));
        const auto carolWaits = m_domain->waitlist.join(carol, q, m_friday10.date(), 0, 1440, Actor::user(carol));
        QVERIFY(bobWaits.ok());
        QVERIFY(carolWaits.ok());

        // Both reminders ask to confirm, by the cut-off.
        runAt(m_friday10.addDays(-1));
        runAt(m_friday10.addSecs(-2 * 3600));
        const QList<OutboxRecord> reminders = messages(alice, u"reminder"_s);
        QCOMPARE(reminders.size(), 2);
        for (const OutboxRecord &reminder : reminders) {
            QCOMPARE(reminder.params.value(u"confirm"_s).toBool(), true);
            QCOMPARE(reminder.params.value(u"confirm_by"_s).toString(), isoUtc(m_friday10.addSecs(-3600)));
        }
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);

        QCOMPARE(runAt(m_friday10.addSecs(-3600 - 1)).released, 0);
        const ReminderService::Run cutoff = runAt(m_friday10.addSecs(-3600));
        QCOMPARE(cutoff.released, 1);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Expired);
        QCOMPARE(messages(alice, u"booking_released"_s).size(), 1);
        QCOMPARE(messages(alice, u"booking_released"_s)[0].params.value(u"code"_s).toString(), u"A-001"_s);
        // The seat is held for the first person waiting, and only for them.
        QCOMPARE(slotRow(slot).booked, 0);
        QCOMPARE(slotRow(slot).held, 1);
        QCOMPARE(entryRow(bobWaits.value().id).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(bobWaits.value().id).offeredSlotId, slot);
        QCOMPARE(messages(bob, u"waitlist_offer"_s).size(), 1);
        QCOMPARE(entryRow(carolWaits.value().id).status, WaitlistStatus::Waiting);
        QVERIFY(messages(carol, u"waitlist_offer"_s).isEmpty());
        // Done once: a later run releases nothing more.
        QCOMPARE(runAt(m_friday10.addSecs(-60)).released, 0);
        QCOMPARE(messages(alice, u"booking_released"_s).size(), 1);
    }

    void confirmedBookingKeepsItsSeat()
    {
        const qint64 q = confirmingQueue();
        const qint64 slot = slotAt(q, m_friday10);
        const qint64 alice = user(1), bob = user(2);
        const qint64 booking = bookOrFail(alice, slot);

        runAt(m_friday10.addDays(-1));
        QCOMPARE(messages(alice, u"reminder"_s).size(), 1);
        QCOMPARE(messages(alice, u"reminder"_s)[0].params.value(u"confirm"_s).toBool(), true);

        // Only the person themselves (or staff) may confirm; twice is no error.
        QCOMPARE(m_domain->reminders.confirm(booking, Actor::user(bob)).refusal(), Refusal::NotYourBooking);
        const auto confirmed = m_domain->reminders.confirm(booking, Actor::user(alice));
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed.value().confirmedAt, std::optional<QDateTime>(m_clock->now()));
        QVERIFY(m_domain->reminders.confirm(booking, Actor::user(alice)).ok());
        QCOMPARE(bookingRow(booking).confirmedAt, std::optional<QDateTime>(m_friday10.addDays(-1)));

        // The next reminder no longer asks; the cut-off leaves the booking alone.
        runAt(m_friday10.addSecs(-2 * 3600));
        const QList<OutboxRecord> reminders = messages(alice, u"reminder"_s);
        QCOMPARE(reminders.size(), 2);
        QCOMPARE(reminders[1].params.value(u"confirm"_s).toBool(), false);
        QVERIFY(!reminders[1].params.contains(u"confirm_by"_s));
        const ReminderService::Run cutoff = runAt(m_friday10.addSecs(-3600));
        QCOMPARE(cutoff.released, 0);
        QCOMPARE(cutoff.skipped, 1);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
        QCOMPARE(slotRow(slot).booked, 1);
        QVERIFY(messages(alice, u"booking_released"_s).isEmpty());
    }

    void queueThatStopsAskingStopsAsking()
    {
        // Booked while the queue asked for confirmation; staff then turn that off.
        const qint64 q = confirmingQueue();
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(q, m_friday10));
        QVERIFY(m_domain->bookings.updateQueue(q, [](QueueRecord &queue) { queue.confirmationRequired = false; },
                                               Actor::staff(1)).ok());
        runAt(m_friday10.addDays(-1));
        const QList<OutboxRecord> sent = messages(alice, u"reminder"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].params.value(u"confirm"_s).toBool(), false);
        QVERIFY(!sent[0].params.contains(u"confirm_by"_s));
        QCOMPARE(runAt(m_friday10.addSecs(-3600)).released, 0);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
    }

    void confirmingTooLateIsRefused()
    {
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(confirmingQueue(), m_friday10));
        m_clock->set(m_friday10);
        QCOMPARE(m_domain->reminders.confirm(booking, Actor::user(alice)).refusal(), Refusal::BookingNotConfirmable);
        QCOMPARE(m_domain->reminders.confirm(424242, Actor::user(alice)).refusal(), Refusal::BookingNotFound);
    }

    void bookingAfterTheCutoffNeedsNoConfirmation()
    {
        const qint64 alice = user(1);
        const QDateTime start = m_clock->now().addSecs(30 * 60);
        const qint64 booking = bookOrFail(alice, slotAt(confirmingQueue(), start));
        QVERIFY(bookingRow(booking).confirmedAt.has_value());
        QCOMPARE(timersOf(booking), 0);
        QCOMPARE(runAt(start.addSecs(-60)).released, 0);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active);
    }

    void afterALongPauseOnlyTheLatestReminderIsSent()
    {
        // The service was down from Tuesday until 90 minutes before the slot: both reminders
        // are overdue; the person gets one, not two at once.
        const qint64 alice = user(1);
        bookOrFail(alice, slotAt(queue(), m_friday10));
        const ReminderService::Run run = runAt(m_friday10.addSecs(-90 * 60));
        QCOMPARE(run.reminders, 1);
        QCOMPARE(run.skipped, 1);
        QCOMPARE(messages(alice, u"reminder"_s).size(), 1);
        QCOMPARE(m_domain->reminders.nextDue(), std::nullopt);
    }

    void afterAPausePastTheCutoffTheSeatGoesWithoutAReminder()
    {
        // Unconfirmed and past the cut-off when the service comes back: asking to confirm by a
        // moment gone is pointless; the person is told the seat was released.
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(confirmingQueue(), m_friday10));
        const ReminderService::Run run = runAt(m_friday10.addSecs(-30 * 60));
        QCOMPARE(run.released, 1);
        QCOMPARE(run.reminders, 0);
        QVERIFY(messages(alice, u"reminder"_s).isEmpty());
        QCOMPARE(messages(alice, u"booking_released"_s).size(), 1);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Expired);
    }

    void stepsOfAStartedSlotAreSkipped()
    {
        const qint64 alice = user(1);
        const qint64 booking = bookOrFail(alice, slotAt(confirmingQueue(), m_friday10));
        const ReminderService::Run run = runAt(m_friday10.addSecs(60));
        QCOMPARE(run.reminders + run.released, 0);
        QCOMPARE(run.skipped, 3);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Active); // the day's end decides now
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
