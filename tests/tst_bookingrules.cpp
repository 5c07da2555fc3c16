// The booking rules one by one: every refusal reason, codes, audit, revisions and the outbox.
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/outboxrepository.h"
#include "storage/slotrepository.h"
#include "bookingfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestBookingRules : public BookingFixture
{
    Q_OBJECT

private:
    Refusal refusalOfBooking(qint64 userId, qint64 slotId)
    {
        const auto outcome = m_service->book(userId, slotId, BookingSource::Telegram, Actor::user(userId));
        return outcome.ok() ? Refusal::InvalidInput : outcome.refusal();
    }

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void bookingGetsCodeSeatAuditAndRevision()
    {
        const qint64 q = queue();
        const qint64 s = slot(q, 120, 2);
        const qint64 alice = user(1), bob = user(2);
        const qint64 revisionBefore = AuditRepository(m_tmp->db->session()).currentRevision();

        const auto first = m_service->book(alice, s, BookingSource::Telegram, Actor::user(alice));
        QVERIFY(first.ok());
        QCOMPARE(first.value().code, u"A-001"_s);
        QCOMPARE(first.value().day, u"2026-12-01"_s);
        QVERIFY(first.value().confirmedAt.has_value());
        const auto second = m_service->book(bob, s, BookingSource::Console, Actor::staff(7));
        QVERIFY(second.ok());
        QCOMPARE(second.value().code, u"A-002"_s);

        QCOMPARE(slotRow(s).booked, 2);
        const auto audit = AuditRepository(m_tmp->db->session()).forEntity(u"booking"_s, second.value().id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, u"booking.create"_s);
        QCOMPARE(audit[0].actor.type, ActorType::Staff);
        QCOMPARE(audit[0].actor.id, 7);
        QCOMPARE(AuditRepository(m_tmp->db->session()).currentRevision(), revisionBefore + 2);
    }

    void codesRestartPerQueueAndLocalDay()
    {
        const qint64 a = queue();
        const qint64 b = queue([](QueueRecord &q) {
            q.codePrefix = u"B"_s;
            q.timezone = u"Asia/Vladivostok"_s; // UTC+10: 20:00 UTC is the next local day
        });
        const qint64 u1 = user(1);
        QCOMPARE(m_service->book(u1, slot(a, 60), BookingSource::Telegram, Actor::user(u1)).value().code, u"A-001"_s);
        QCOMPARE(m_service->book(u1, slot(a, 24 * 60), BookingSource::Telegram, Actor::user(u1)).value().code, u"A-001"_s);
        const auto late = m_service->book(u1, slot(b, 11 * 60), BookingSource::Telegram, Actor::user(u1));
        QCOMPARE(late.value().code, u"B-001"_s);
        QCOMPARE(late.value().day, u"2026-12-02"_s);
        QCOMPARE(BookingService::formatCode(u"A"_s, 1234), u"A-1234"_s);
    }

    void slotFull()
    {
        const qint64 s = slot(queue(), 60, 1);
        const qint64 first = user(1);
        QVERIFY(m_service->book(first, s, BookingSource::Telegram, Actor::user(first)).ok());
        QCOMPARE(refusalOfBooking(user(2), s), Refusal::SlotFull);
        QCOMPARE(slotRow(s).booked, 1);
    }

    void cancelledSeatCanBeTakenAgain()
    {
        const qint64 s = slot(queue(), 60, 1);
        const qint64 first = user(1), second = user(2);
        const auto booking = m_service->book(first, s, BookingSource::Telegram, Actor::user(first));
        QVERIFY(m_service->cancelBooking(booking.value().id, Actor::user(first)).ok());
        QCOMPARE(slotRow(s).booked, 0);
        QVERIFY(m_service->book(second, s, BookingSource::Telegram, Actor::user(second)).ok());
    }

    void slotNotOpen()
    {
        const qint64 s = slot(queue(), 60, 3);
        QVERIFY(m_service->cancelSlot(s, u"closed today"_s, Actor::staff(1)).ok());
        QCOMPARE(refusalOfBooking(user(1), s), Refusal::SlotNotOpen);
    }

    void slotStarted()
    {
        const qint64 s = slot(queue(), 10);
        m_clock->advanceSecs(11 * 60);
        QCOMPARE(refusalOfBooking(user(1), s), Refusal::SlotStarted);
    }

    void minimumNotice()
    {
        const qint64 q = queue([](QueueRecord &r) { r.minNoticeMinutes = 60; });
        QCOMPARE(refusalOfBooking(user(1), slot(q, 59)), Refusal::TooLate);
        const qint64 u2 = user(2);
        QVERIFY(m_service->book(u2, slot(q, 61), BookingSource::Telegram, Actor::user(u2)).ok());
    }

    void bookingHorizon()
    {
        const qint64 q = queue([](QueueRecord &r) { r.horizonDays = 7; });
        QCOMPARE(refusalOfBooking(user(1), slot(q, 7 * 24 * 60 + 1)), Refusal::BeyondHorizon);
        const qint64 u2 = user(2);
        QVERIFY(m_service->book(u2, slot(q, 7 * 24 * 60 - 1), BookingSource::Telegram, Actor::user(u2)).ok());
    }

    void oneBookingPerUserPerSlot()
    {
        const qint64 s = slot(queue(), 60, 3);
        const qint64 u = user(1);
        QVERIFY(m_service->book(u, s, BookingSource::Telegram, Actor::user(u)).ok());
        QCOMPARE(refusalOfBooking(u, s), Refusal::AlreadyBooked);
        QCOMPARE(slotRow(s).booked, 1);
    }

    void maxActiveBookingsPerUser()
    {
        const qint64 q = queue([](QueueRecord &r) { r.maxActiveBookings = 2; });
        const qint64 u = user(1);
        QVERIFY(m_service->book(u, slot(q, 60), BookingSource::Telegram, Actor::user(u)).ok());
        QVERIFY(m_service->book(u, slot(q, 120), BookingSource::Telegram, Actor::user(u)).ok());
        QCOMPARE(refusalOfBooking(u, slot(q, 180)), Refusal::TooManyActiveBookings);
        // Bookings in another queue do not count.
        const qint64 other = queue([](QueueRecord &r) { r.codePrefix = u"C"_s; });
        QVERIFY(m_service->book(u, slot(other, 60), BookingSource::Telegram, Actor::user(u)).ok());
    }

    void bannedUser()
    {
        const qint64 s = slot(queue(), 60);
        const qint64 u = user(1);
        QVERIFY(m_service->setUserBanned(u, true, Actor::staff(1)).ok());
        QCOMPARE(refusalOfBooking(u, s), Refusal::UserBanned);
        QVERIFY(m_service->setUserBanned(u, false, Actor::staff(1)).ok());
        QVERIFY(m_service->book(u, s, BookingSource::Telegram, Actor::user(u)).ok());
    }

    void noShowLimit()
    {
        const qint64 q = queue([](QueueRecord &r) { r.noShowLimit = 1; });
        const qint64 u = user(1);
        const auto booking = m_service->book(u, slot(q, 60), BookingSource::Telegram, Actor::user(u));
        QVERIFY(m_service->setAttendance(booking.value().id, BookingStatus::NoShow, Actor::staff(1)).ok());
        QCOMPARE(refusalOfBooking(u, slot(q, 120)), Refusal::NoShowLimitReached);
        // Attended bookings do not count.
        const qint64 other = user(2);
        const auto kept = m_service->book(other, slot(q, 180), BookingSource::Telegram, Actor::user(other));
        QVERIFY(m_service->setAttendance(kept.value().id, BookingStatus::Attended, Actor::staff(1)).ok());
        QVERIFY(m_service->book(other, slot(q, 240), BookingSource::Telegram, Actor::user(other)).ok());
    }

    void cancelDeadlineBindsUsersNotStaff()
    {
        const qint64 q = queue([](QueueRecord &r) { r.cancelDeadlineMinutes = 120; });
        const qint64 u = user(1);
        const auto booking = m_service->book(u, slot(q, 90), BookingSource::Telegram, Actor::user(u));
        const auto byUser = m_service->cancelBooking(booking.value().id, Actor::user(u));
        QVERIFY(!byUser.ok());
        QCOMPARE(byUser.refusal(), Refusal::CancelDeadlinePassed);
        const auto byStaff = m_service->cancelBooking(booking.value().id, Actor::staff(1));
        QVERIFY(byStaff.ok());
        QCOMPARE(byStaff.value().status, BookingStatus::CancelledByStaff);
        // The person is told, through the outbox.
        const auto messages = OutboxRepository(m_tmp->db->session()).forUser(u);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].templateName, u"booking_cancelled"_s);
    }

    void cancelOnlyActiveOwnBookings()
    {
        const qint64 s = slot(queue(), 60, 2);
        const qint64 owner = user(1), stranger = user(2);
        const qint64 id = m_service->book(owner, s, BookingSource::Telegram, Actor::user(owner)).value().id;
        QCOMPARE(m_service->cancelBooking(id, Actor::user(stranger)).refusal(), Refusal::NotYourBooking);
        QVERIFY(m_service->cancelBooking(id, Actor::user(owner)).ok());
        QCOMPARE(m_service->cancelBooking(id, Actor::user(owner)).refusal(), Refusal::BookingNotActive);
        QCOMPARE(m_service->setAttendance(id, BookingStatus::Attended, Actor::staff(1)).refusal(),
                 Refusal::BookingNotActive);
        QCOMPARE(slotRow(s).booked, 0);
    }

    void unknownEntities()
    {
        const qint64 s = slot(queue(), 60);
        QCOMPARE(refusalOfBooking(user(1), 9999), Refusal::SlotNotFound);
        QCOMPARE(refusalOfBooking(9999, s), Refusal::UserNotFound);
        QCOMPARE(m_service->cancelBooking(9999, Actor::staff(1)).refusal(), Refusal::BookingNotFound);
        QCOMPARE(m_service->cancelSlot(9999, QString(), Actor::staff(1)).refusal(), Refusal::SlotNotFound);
        QCOMPARE(m_service->setUserBanned(9999, true, Actor::staff(1)).refusal(), Refusal::UserNotFound);
        const QDateTime t = m_clock->now().addDays(1);
        QCOMPARE(m_service->createSlot(9999, t, t.addSecs(60), 1, Actor::staff(1)).refusal(), Refusal::QueueNotFound);
        QCOMPARE(slotRow(s).booked, 0);
    }

    void invalidInput()
    {
        const qint64 q = queue();
        const QDateTime t = m_clock->now().addDays(1);
        QCOMPARE(m_service->createSlot(q, t, t, 1, Actor::staff(1)).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->createSlot(q, t, t.addSecs(60), 0, Actor::staff(1)).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->createSlot(q, QDateTime(), t, 1, Actor::staff(1)).refusal(), Refusal::InvalidInput);
        QueueRecord bad = sampleQueue();
        bad.timezone = u"Mars/Olympus_Mons"_s;
        QCOMPARE(m_service->createQueue(bad, Actor::system()).refusal(), Refusal::InvalidInput);
        bad = sampleQueue();
        bad.codePrefix = u"'; DROP TABLE queues; --"_s;
        QCOMPARE(m_service->createQueue(bad, Actor::system()).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->setAttendance(1, BookingStatus::Active, Actor::staff(1)).refusal(), Refusal::InvalidInput);
    }

    void duplicateSlotStart()
    {
        const qint64 q = queue();
        const QDateTime t = m_clock->now().addDays(1);
        const auto first = m_service->createSlot(q, t, t.addSecs(600), 1, Actor::staff(1));
        QVERIFY(first.ok());
        QCOMPARE(m_service->createSlot(q, t, t.addSecs(900), 1, Actor::staff(1)).refusal(), Refusal::DuplicateSlot);
        // Once cancelled, the time can be offered again.
        QVERIFY(m_service->cancelSlot(first.value().id, QString(), Actor::staff(1)).ok());
        QVERIFY(m_service->createSlot(q, t, t.addSecs(900), 1, Actor::staff(1)).ok());
    }

    void textLooksLikeSqlIsStoredVerbatim()
    {
        UserRecord profile;
        profile.telegramId = 42;
        profile.firstName = u"Robert'); DROP TABLE users;--"_s;
        const qint64 id = m_service->registerUser(profile).id;
        const qint64 s = slot(queue(), 60);
        QVERIFY(m_service->cancelSlot(s, u"x' OR '1'='1"_s, Actor::staff(1)).ok());
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM users WHERE first_name = ?"_s, {profile.firstName}), 1);
        QCOMPARE(slotRow(s).cancelReason, u"x' OR '1'='1"_s);
        QVERIFY(id > 0);
    }

    void staffCancellingSlotCancelsBookingsAndQueuesMessagesAtomically()
    {
        const qint64 s = slot(queue(), 60, 3);
        QList<qint64> people;
        for (int i = 1; i <= 3; ++i) {
            people << user(i);
            QVERIFY(m_service->book(people.last(), s, BookingSource::Telegram, Actor::user(people.last())).ok());
        }
        const qint64 revisionBefore = AuditRepository(m_tmp->db->session()).currentRevision();
        const auto cancelled = m_service->cancelSlot(s, u"Staff illness"_s, Actor::staff(3));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value(), 3);

        const SlotRecord row = slotRow(s);
        QCOMPARE(row.status, SlotStatus::Cancelled);
        QCOMPARE(row.booked, 0);
        QCOMPARE(BookingRepository(m_tmp->db->session()).countByStatus(s, BookingStatus::CancelledByStaff), 3);
        for (qint64 person : std::as_const(people)) {
            const auto messages = OutboxRepository(m_tmp->db->session()).forUser(person);
            QCOMPARE(messages.size(), 1);
            QCOMPARE(messages[0].templateName, u"slot_cancelled"_s);
            QCOMPARE(messages[0].status, u"pending"_s);
            QCOMPARE(messages[0].params.value(u"reason"_s).toString(), u"Staff illness"_s);
        }
        // One transaction, one revision, carried by every audit row it wrote.
        QCOMPARE(AuditRepository(m_tmp->db->session()).currentRevision(), revisionBefore + 1);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log WHERE revision = ?"_s, {revisionBefore + 1}), 4);
        // Cancelling again is refused and changes nothing.
        QCOMPARE(m_service->cancelSlot(s, QString(), Actor::staff(3)).refusal(), Refusal::SlotNotOpen);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM outbox"_s), 3);
    }

    void telegramUpdateIsRecordedWithItsEffectOnce()
    {
        const qint64 s = slot(queue(), 60, 5);
        const qint64 u = user(1);
        QVERIFY(m_service->book(u, s, BookingSource::Telegram, Actor::telegram(u, 777)).ok());
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM processed_updates WHERE update_id = 777 AND effect = "
                                   "'booking.create'"_s), 1);
        // The same update delivered again (another slot, so no rule refuses it) changes nothing.
        const qint64 other = slot(queue([](QueueRecord &q) { q.codePrefix = u"D"_s; }), 90, 5);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 m_service->book(u, other, BookingSource::Telegram, Actor::telegram(u, 777)));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM bookings"_s), 1);
        QCOMPARE(slotRow(other).booked, 0);
    }

    void slotPatternDryRunComputesWithoutWriting()
    {
        const qint64 q = queue(); // sampleQueue(): UTC
        SlotPattern pattern;
        pattern.fromDate = QDate(2026, 12, 7); // a Monday
        pattern.toDate = QDate(2026, 12, 13);
        pattern.weekdays = {1, 2};
        pattern.startMinute = 9 * 60;
        pattern.endMinute = 13 * 60;
        pattern.breakStartMinute = 11 * 60;
        pattern.breakEndMinute = 12 * 60;
        pattern.slotMinutes = 30;
        pattern.capacity = 2;
        // Tuesday 09:30 exists: the preview counts it as skipped, as applying would.
        m_service->createSlot(q, QDateTime(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC),
                              QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC), 1, Actor::staff(1));
        const qint64 revision = AuditRepository(m_tmp->db->session()).currentRevision();

        const auto preview = m_service->createSlots(q, pattern, Actor::staff(1), true);
        QVERIFY(preview.ok());
        // 09:00–11:00 is 4 slots, 12:00–13:00 is 2: 6 a day, two days, one start taken.
        QCOMPARE(preview.value().created.size(), 11);
        QCOMPARE(preview.value().skipped, 1);
        for (const SlotRecord &slot : preview.value().created) {
            QCOMPARE(slot.id, 0);
            QVERIFY(slot.startsAt.time() < QTime(11, 0) || slot.startsAt.time() >= QTime(12, 0));
        }
        QCOMPARE(AuditRepository(m_tmp->db->session()).currentRevision(), revision);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM slots"_s), 1);

        const auto applied = m_service->createSlots(q, pattern, Actor::staff(1));
        QVERIFY(applied.ok());
        QCOMPARE(applied.value().created.size(), preview.value().created.size());
        QCOMPARE(applied.value().skipped, preview.value().skipped);
        for (qsizetype i = 0; i < applied.value().created.size(); ++i) {
            QVERIFY(applied.value().created.at(i).id > 0);
            QCOMPARE(applied.value().created.at(i).startsAt, preview.value().created.at(i).startsAt);
        }
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM slots"_s), 12);

        // The same refusals without writing: too many, a break outside the hours, no such queue.
        SlotPattern huge = pattern;
        huge.toDate = huge.fromDate.addDays(365);
        huge.weekdays = {1, 2, 3, 4, 5, 6, 7};
        huge.slotMinutes = 5;
        QCOMPARE(m_service->createSlots(q, huge, Actor::staff(1), true).refusal(), Refusal::TooManySlots);
        SlotPattern outside = pattern;
        outside.breakEndMinute = 14 * 60;
        QCOMPARE(m_service->createSlots(q, outside, Actor::staff(1), true).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->createSlots(999, pattern, Actor::staff(1), true).refusal(), Refusal::QueueNotFound);
    }

    void refusedBookingChangesNothing()
    {
        const qint64 s = slot(queue(), 60, 1);
        const qint64 first = user(1);
        QVERIFY(m_service->book(first, s, BookingSource::Telegram, Actor::user(first)).ok());
        const qint64 revision = AuditRepository(m_tmp->db->session()).currentRevision();
        const qint64 audits = count(*m_tmp->db, u"SELECT count(*) FROM audit_log"_s);
        QCOMPARE(refusalOfBooking(user(2), s), Refusal::SlotFull);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM bookings"_s), 1);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM booking_code_counters WHERE last_number > 1"_s), 0);
        // Registering user 2 wrote one audit row and revision; the refused booking none.
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log"_s), audits + 1);
        QCOMPARE(AuditRepository(m_tmp->db->session()).currentRevision(), revision + 1);
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
