// Moving a booking to another slot: one transaction, the rules of book(), the old seat released
// only when the new one is taken; and the person's own settings (language, phone).
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/outboxrepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "bookingfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestReschedule : public BookingFixture
{
    Q_OBJECT

private:
    BookingRecord book(qint64 userId, qint64 slotId)
    {
        const auto booked = m_service->book(userId, slotId, BookingSource::Telegram, Actor::user(userId));
        if (!booked.ok())
            qFatal("not booked: %s", qPrintable(refusalCode(booked.refusal())));
        return booked.value();
    }
    Refusal refusalOf(const Outcome<BookingRecord> &outcome)
    {
        return outcome.ok() ? Refusal::InvalidInput : outcome.refusal();
    }
    BookingRecord bookingRow(qint64 id) { return *BookingRepository(m_tmp->db->session()).find(id); }
    UserRecord userRow(qint64 id) { return *UserRepository(m_tmp->db->session()).find(id); }

    // The booking, its slot and every seat count are exactly as before a refused move.
    void verifyUntouched(const BookingRecord &before, qint64 newSlot, int newSlotBooked)
    {
        const BookingRecord after = bookingRow(before.id);
        QCOMPARE(after.status, BookingStatus::Active);
        QCOMPARE(after.slotId, before.slotId);
        QCOMPARE(after.code, before.code);
        QCOMPARE(slotRow(before.slotId).booked, 1);
        QCOMPARE(slotRow(newSlot).booked, newSlotBooked);
    }

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void movesTheBookingInOneRevision()
    {
        const qint64 q = queue();
        const qint64 from = slot(q, 120), to = slot(q, 24 * 60 + 60);
        const qint64 u = user(1);
        const BookingRecord old = book(u, from);
        const qint64 revision = AuditRepository(m_tmp->db->session()).currentRevision();

        const auto moved = m_service->reschedule(old.id, to, Actor::user(u));
        QVERIFY(moved.ok());
        QVERIFY(moved.value().id != old.id);
        QCOMPARE(moved.value().slotId, to);
        QCOMPARE(moved.value().userId, u);
        QCOMPARE(moved.value().status, BookingStatus::Active);
        QCOMPARE(moved.value().day, u"2026-12-02"_s);
        QCOMPARE(moved.value().code, u"A-001"_s); // the first of its day

        const BookingRecord oldRow = bookingRow(old.id);
        QCOMPARE(oldRow.status, BookingStatus::CancelledByUser);
        QVERIFY(oldRow.cancelledAt.has_value());
        QCOMPARE(slotRow(from).booked, 0);
        QCOMPARE(slotRow(to).booked, 1);

        // One transaction: one revision carrying both entries.
        const SqlSession session = m_tmp->db->session(); // the repository keeps a reference to it
        const AuditRepository audit(session);
        QCOMPARE(audit.currentRevision(), revision + 1);
        const QList<AuditRecord> entries = audit.atRevision(revision + 1);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].action, u"booking.reschedule"_s);
        QCOMPARE(entries[0].entityId, old.id);
        QCOMPARE(entries[0].details.value(u"new_booking_id"_s).toInteger(), moved.value().id);
        QCOMPARE(entries[1].action, u"booking.create"_s);
        QCOMPARE(entries[1].details.value(u"rescheduled_from"_s).toInteger(), old.id);
        // The person moved it themselves: nothing to tell them.
        QCOMPARE(OutboxRepository(m_tmp->db->session()).forUser(u).size(), 0);
    }

    void fullNewSlotKeepsTheOldBooking()
    {
        const qint64 q = queue();
        const qint64 from = slot(q, 120), to = slot(q, 180, 1);
        const qint64 u = user(1), other = user(2);
        const BookingRecord old = book(u, from);
        book(other, to);
        const qint64 audits = count(*m_tmp->db, u"SELECT count(*) FROM audit_log"_s);

        QCOMPARE(refusalOf(m_service->reschedule(old.id, to, Actor::user(u))), Refusal::SlotFull);
        verifyUntouched(old, to, 1);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log"_s), audits);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM bookings"_s), 2);
    }

    // Every rule of book() applies to the new slot, with the same refusal, and a refused move
    // leaves the old booking as it was.
    void newSlotFollowsTheRulesOfBook_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("expected");
        QTest::newRow("slot cancelled") << u"cancelled"_s << int(Refusal::SlotNotOpen);
        QTest::newRow("slot started") << u"started"_s << int(Refusal::SlotStarted);
        QTest::newRow("minimum notice") << u"notice"_s << int(Refusal::TooLate);
        QTest::newRow("beyond horizon") << u"horizon"_s << int(Refusal::BeyondHorizon);
        QTest::newRow("banned") << u"banned"_s << int(Refusal::UserBanned);
        QTest::newRow("no-show limit") << u"noshow"_s << int(Refusal::NoShowLimitReached);
        QTest::newRow("same slot") << u"same"_s << int(Refusal::AlreadyBooked);
        QTest::newRow("unknown slot") << u"unknown"_s << int(Refusal::SlotNotFound);
    }

    void newSlotFollowsTheRulesOfBook()
    {
        QFETCH(QString, situation);
        QFETCH(int, expected);
        const qint64 q = queue([](QueueRecord &r) {
            r.minNoticeMinutes = 30;
            r.horizonDays = 7;
            r.noShowLimit = 1;
        });
        const qint64 u = user(1), twin = user(2);
        const BookingRecord old = book(u, slot(q, 8 * 60));
        qint64 target = slot(q, 6 * 60, 3);
        if (situation == u"cancelled"_s) {
            QVERIFY(m_service->cancelSlot(target, QString(), Actor::staff(1)).ok());
        } else if (situation == u"started"_s) {
            target = slot(q, 60, 3);
            m_clock->advanceSecs(61 * 60);
        } else if (situation == u"notice"_s) {
            target = slot(q, 20, 3);
        } else if (situation == u"horizon"_s) {
            target = slot(q, 7 * 24 * 60 + 1, 3);
        } else if (situation == u"banned"_s) {
            QVERIFY(m_service->setUserBanned(u, true, Actor::staff(1)).ok());
            QVERIFY(m_service->setUserBanned(twin, true, Actor::staff(1)).ok());
        } else if (situation == u"noshow"_s) {
            for (const qint64 person : {u, twin}) {
                const BookingRecord missed = book(person, slot(q, 5 * 24 * 60 + person * 60));
                QVERIFY(m_service->setAttendance(missed.id, BookingStatus::NoShow, Actor::staff(1)).ok());
            }
        } else if (situation == u"same"_s) {
            target = old.slotId;
        } else if (situation == u"unknown"_s) {
            target = 9999;
        }
        const int targetBooked = target == 9999 ? 0 : slotRow(target).booked;

        const auto moved = m_service->reschedule(old.id, target, Actor::user(u));
        QCOMPARE(refusalOf(moved), static_cast<Refusal>(expected));
        if (situation != u"same"_s && situation != u"unknown"_s) {
            // book() says the same to someone in the same position.
            QCOMPARE(refusalOf(m_service->book(twin, target, BookingSource::Telegram, Actor::user(twin))),
                     static_cast<Refusal>(expected));
            verifyUntouched(old, target, targetBooked);
        } else {
            QCOMPARE(bookingRow(old.id).status, BookingStatus::Active);
            QCOMPARE(slotRow(old.slotId).booked, 1);
        }
    }

    void theMovedBookingDoesNotCountTowardsTheLimit()
    {
        const qint64 q = queue([](QueueRecord &r) { r.maxActiveBookings = 1; });
        const qint64 u = user(1);
        const BookingRecord old = book(u, slot(q, 60));
        const qint64 to = slot(q, 120);
        QCOMPARE(refusalOf(m_service->book(u, to, BookingSource::Telegram, Actor::user(u))),
                 Refusal::TooManyActiveBookings);
        QVERIFY(m_service->reschedule(old.id, to, Actor::user(u)).ok());
        QCOMPARE(slotRow(to).booked, 1);
    }

    void limitStillAppliesWithOtherBookings()
    {
        const qint64 q = queue([](QueueRecord &r) { r.maxActiveBookings = 2; });
        const qint64 u = user(1);
        const BookingRecord first = book(u, slot(q, 60));
        book(u, slot(q, 90));
        // Moving one of two keeps two: allowed.
        QVERIFY(m_service->reschedule(first.id, slot(q, 120), Actor::user(u)).ok());
    }

    void cancelDeadlineBindsThePersonNotStaff()
    {
        const qint64 q = queue([](QueueRecord &r) { r.cancelDeadlineMinutes = 120; });
        const qint64 u = user(1);
        const BookingRecord old = book(u, slot(q, 90));
        const qint64 to = slot(q, 24 * 60);
        QCOMPARE(refusalOf(m_service->reschedule(old.id, to, Actor::user(u))), Refusal::CancelDeadlinePassed);
        verifyUntouched(old, to, 0);

        const auto byStaff = m_service->reschedule(old.id, to, Actor::staff(4));
        QVERIFY(byStaff.ok());
        QCOMPARE(bookingRow(old.id).status, BookingStatus::CancelledByStaff);
        // The person learns about it from the bot, with what they need to read it.
        const QList<OutboxRecord> messages = OutboxRepository(m_tmp->db->session()).forUser(u);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].templateName, u"booking_rescheduled"_s);
        QCOMPARE(messages[0].params.value(u"code"_s).toString(), byStaff.value().code);
        QCOMPARE(messages[0].params.value(u"previous_code"_s).toString(), old.code);
        QCOMPARE(messages[0].params.value(u"timezone"_s).toString(), u"UTC"_s);
        QCOMPARE(messages[0].params.value(u"queue_name_en"_s).toString(), u"Dean's office"_s);
        QCOMPARE(fromIsoUtc(messages[0].params.value(u"starts_at"_s).toString()), slotRow(to).startsAt);
    }

    void onlyTheOwnersActiveBookingMoves()
    {
        const qint64 q = queue();
        const qint64 owner = user(1), stranger = user(2);
        const BookingRecord old = book(owner, slot(q, 60, 2));
        const qint64 to = slot(q, 120, 2);
        QCOMPARE(refusalOf(m_service->reschedule(old.id, to, Actor::user(stranger))), Refusal::NotYourBooking);
        QCOMPARE(refusalOf(m_service->reschedule(9999, to, Actor::user(owner))), Refusal::BookingNotFound);
        QVERIFY(m_service->cancelBooking(old.id, Actor::user(owner)).ok());
        QCOMPARE(refusalOf(m_service->reschedule(old.id, to, Actor::user(owner))), Refusal::BookingNotActive);
        QCOMPARE(slotRow(to).booked, 0);
    }

    void staysWithinItsQueue()
    {
        const qint64 a = queue();
        const qint64 b = queue([](QueueRecord &r) { r.codePrefix = u"B"_s; });
        const qint64 u = user(1);
        const BookingRecord old = book(u, slot(a, 60));
        const qint64 elsewhere = slot(b, 120);
        QCOMPARE(refusalOf(m_service->reschedule(old.id, elsewhere, Actor::user(u))), Refusal::InvalidInput);
        verifyUntouched(old, elsewhere, 0);
    }

    void telegramUpdateIsRecordedOnce()
    {
        const qint64 q = queue();
        const qint64 u = user(1);
        const BookingRecord old = book(u, slot(q, 60));
        QVERIFY(m_service->reschedule(old.id, slot(q, 120), Actor::telegram(u, 4242)).ok());
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM processed_updates WHERE update_id = 4242 AND effect = "
                                   "'booking.reschedule'"_s),
                 1);
    }

    void languageIsOneOfOurs()
    {
        const qint64 u = user(1);
        QCOMPARE(userRow(u).language, u"en"_s);
        QVERIFY(m_service->setUserLanguage(u, u"ru"_s, Actor::telegram(u, 10)).ok());
        QCOMPARE(userRow(u).language, u"ru"_s);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log WHERE action = 'user.language'"_s), 1);
        // Unchanged: nothing written.
        QVERIFY(m_service->setUserLanguage(u, u"ru"_s, Actor::user(u)).ok());
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log WHERE action = 'user.language'"_s), 1);
        QCOMPARE(m_service->setUserLanguage(u, u"de"_s, Actor::user(u)).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->setUserLanguage(9999, u"en"_s, Actor::user(9999)).refusal(), Refusal::UserNotFound);
        // Registering again (a new update from the same person) keeps the chosen language.
        addUser(*m_service, 1, u"en"_s);
        QCOMPARE(userRow(u).language, u"ru"_s);
    }

    void phoneIsValidatedAndKeptOutOfTheAuditLog()
    {
        const qint64 u = user(1);
        QVERIFY(m_service->setUserPhone(u, u" +7 999 123-45-67 "_s, Actor::telegram(u, 11)).ok());
        QCOMPARE(userRow(u).phone, u"+7 999 123-45-67"_s);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log WHERE action = 'user.phone' "
                                   "AND details NOT LIKE '%999%'"_s),
                 1);
        QCOMPARE(m_service->setUserPhone(u, u"call me"_s, Actor::user(u)).refusal(), Refusal::InvalidInput);
        QCOMPARE(m_service->setUserPhone(u, QString(), Actor::user(u)).refusal(), Refusal::InvalidInput);
        QCOMPARE(userRow(u).phone, u"+7 999 123-45-67"_s);
    }
};

QTEST_GUILESS_MAIN(TestReschedule)
#include "tst_reschedule.moc"
