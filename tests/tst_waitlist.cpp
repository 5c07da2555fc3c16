// WaitlistService: a freed seat is held for the first person waiting, then passes down the line
// when they decline, let the hold run out or can no longer take it; a held seat is never offered
// twice and never booked by anyone else.
#include "domainfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestWaitlist : public DomainFixture
{
    Q_OBJECT

private:
    // A full one-seat slot tomorrow (Wednesday) at 10:00, booked by Alice; Bob, then Carol wait
    // for that day. Holds last 15 minutes.
    const QDate m_wednesday{2026, 12, 2};
    qint64 m_queue = 0;
    qint64 m_slot = 0;
    qint64 m_alice = 0, m_bob = 0, m_carol = 0, m_eve = 0;
    qint64 m_aliceBooking = 0;
    qint64 m_bobEntry = 0, m_carolEntry = 0;

    qint64 join(qint64 userId)
    {
        const auto entry = m_domain->waitlist.join(userId, m_queue, m_wednesday, 0, 1440, Actor::user(userId));
        if (!entry.ok())
            qFatal("join refused: %s", qPrintable(refusalCode(entry.refusal())));
        return entry.value().id;
    }
    // Alice cancels: the seat frees and goes to the waiting list.
    void aliceCancels() { QVERIFY(m_domain->bookings.cancelBooking(m_aliceBooking, Actor::user(m_alice)).ok()); }
    qint64 offersMade() { return count(db(), u"SELECT count(*) FROM outbox WHERE template = 'waitlist_offer'"_s); }

private slots:
    void init()
    {
        setUpFixture();
        m_queue = queue([](QueueRecord &q) { q.waitlistHoldMinutes = 15; });
        m_slot = slotAt(m_queue, QDateTime(m_wednesday, QTime(10, 0), Qt::UTC));
        m_alice = user(1);
        m_bob = user(2);
        m_carol = user(3);
        m_eve = user(5);
        m_aliceBooking = book(m_alice, m_slot).value().id;
        m_bobEntry = join(m_bob);
        m_carolEntry = join(m_carol);
    }
    void cleanup() { tearDownFixture(); }

    void nobodyIsOfferedAFullDay()
    {
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Waiting);
        QCOMPARE(offersMade(), 0);
        QCOMPARE(m_domain->waitlist.offerWaitingDays(), 0);
        QCOMPARE(m_domain->waitlist.nextHoldExpiry(), std::nullopt);
    }

    void freedSeatIsHeldForTheFirstPersonWaiting()
    {
        aliceCancels();
        const WaitlistEntry bob = entryRow(m_bobEntry);
        QCOMPARE(bob.status, WaitlistStatus::Offered);
        QCOMPARE(bob.offeredSlotId, m_slot);
        QCOMPARE(bob.holdUntil, std::optional<QDateTime>(m_clock->now().addSecs(15 * 60)));
        QCOMPARE(slotRow(m_slot).held, 1);
        QCOMPARE(slotRow(m_slot).booked, 0);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Waiting);
        const QList<OutboxRecord> offer = messages(m_bob, u"waitlist_offer"_s);
        QCOMPARE(offer.size(), 1);
        QCOMPARE(offer[0].params.value(u"entry_id"_s).toInteger(), m_bobEntry);
        QCOMPARE(offer[0].params.value(u"hold_until"_s).toString(), isoUtc(*bob.holdUntil));
        QCOMPARE(m_domain->waitlist.nextHoldExpiry(), bob.holdUntil);
    }

    void acceptBooksTheHeldSeat()
    {
        aliceCancels();
        const auto booking = m_domain->waitlist.accept(m_bobEntry, Actor::user(m_bob));
        QVERIFY(booking.ok());
        QCOMPARE(booking.value().userId, m_bob);
        QCOMPARE(booking.value().slotId, m_slot);
        QCOMPARE(bookingRow(booking.value().id).status, BookingStatus::Active);
        QCOMPARE(slotRow(m_slot).booked, 1);
        QCOMPARE(slotRow(m_slot).held, 0);
        const WaitlistEntry bob = entryRow(m_bobEntry);
        QCOMPARE(bob.status, WaitlistStatus::Accepted);
        QCOMPARE(bob.bookingId, booking.value().id);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Waiting);
        // Someone else's entry cannot be accepted, nor one accepted already.
        QCOMPARE(m_domain->waitlist.accept(m_carolEntry, Actor::user(m_bob)).refusal(),
                 Refusal::WaitlistEntryNotFound);
        QCOMPARE(m_domain->waitlist.accept(m_bobEntry, Actor::user(m_bob)).refusal(), Refusal::OfferNotHeld);
    }

    void declinePassesTheSeatToTheNextPerson()
    {
        aliceCancels();
        const qint64 dave = user(4);
        const qint64 daveEntry = join(dave);
        QVERIFY(m_domain->waitlist.decline(m_bobEntry, Actor::user(m_bob)).ok());
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Declined);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(daveEntry).status, WaitlistStatus::Waiting);
        QCOMPARE(slotRow(m_slot).held, 1);
        QCOMPARE(offersMade(), 2);

        // Carol declines too: Dave's turn; then he accepts.
        QVERIFY(m_domain->waitlist.decline(m_carolEntry, Actor::user(m_carol)).ok());
        QCOMPARE(entryRow(daveEntry).status, WaitlistStatus::Offered);
        QVERIFY(m_domain->waitlist.accept(daveEntry, Actor::user(dave)).ok());
        QCOMPARE(slotRow(m_slot).booked, 1);
        QCOMPARE(slotRow(m_slot).held, 0);
        // A decline without an offer is refused.
        QCOMPARE(m_domain->waitlist.decline(m_bobEntry, Actor::user(m_bob)).refusal(), Refusal::OfferNotHeld);
    }

    void holdThatRunsOutPassesTheSeatOn()
    {
        aliceCancels();
        m_clock->advanceSecs(15 * 60 - 1);
        QCOMPARE(m_domain->waitlist.expireHolds(100), 0);
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Offered);

        m_clock->advanceSecs(1);
        // Too late to accept, even before the scheduler noticed.
        QCOMPARE(m_domain->waitlist.accept(m_bobEntry, Actor::user(m_bob)).refusal(), Refusal::OfferNotHeld);
        QCOMPARE(m_domain->waitlist.expireHolds(100), 1);
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Expired);
        QCOMPARE(messages(m_bob, u"waitlist_expired"_s).size(), 1);
        const WaitlistEntry carol = entryRow(m_carolEntry);
        QCOMPARE(carol.status, WaitlistStatus::Offered);
        QCOMPARE(carol.holdUntil, std::optional<QDateTime>(m_clock->now().addSecs(15 * 60)));
        QCOMPARE(slotRow(m_slot).held, 1);
        QCOMPARE(m_domain->waitlist.expireHolds(100), 0);

        // Carol's runs out as well, with nobody left: the seat is simply free again.
        m_clock->advanceSecs(15 * 60);
        QCOMPARE(m_domain->waitlist.expireHolds(100), 1);
        QCOMPARE(slotRow(m_slot).held, 0);
        QCOMPARE(slotRow(m_slot).freeSeats(), 1);
        QVERIFY(book(m_eve, m_slot).ok());
    }

    void holdNeverOutlastsTheLastMomentToBook()
    {
        QVERIFY(m_domain->bookings.updateQueue(m_queue, [](QueueRecord &q) { q.minNoticeMinutes = 30; },
                                               Actor::staff(1)).ok());
        m_clock->set(QDateTime(m_wednesday, QTime(9, 20), Qt::UTC));
        aliceCancels();
        QCOMPARE(entryRow(m_bobEntry).holdUntil,
                 std::optional<QDateTime>(QDateTime(m_wednesday, QTime(9, 30), Qt::UTC)));
        // Past the last moment to book nothing is offered at all.
        m_clock->set(QDateTime(m_wednesday, QTime(9, 30), Qt::UTC));
        QCOMPARE(m_domain->waitlist.expireHolds(100), 1);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Waiting);
        QCOMPARE(slotRow(m_slot).held, 0);
    }

    void slotCancelledMeanwhileWithdrawsTheOffer()
    {
        aliceCancels();
        QVERIFY(m_domain->bookings.cancelSlot(m_slot, u"window closed"_s, Actor::staff(1)).ok());
        const WaitlistEntry bob = entryRow(m_bobEntry);
        QCOMPARE(bob.status, WaitlistStatus::Waiting);
        QCOMPARE(bob.offeredSlotId, 0);
        QCOMPARE(bob.holdUntil, std::nullopt);
        QCOMPARE(m_domain->waitlist.accept(m_bobEntry, Actor::user(m_bob)).refusal(), Refusal::OfferNotHeld);
        QCOMPARE(m_domain->waitlist.expireHolds(100), 0);

        // Bob is still first in line: the next seat that day is his.
        const qint64 other = slotAt(m_queue, QDateTime(m_wednesday, QTime(11, 0), Qt::UTC));
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(m_bobEntry).offeredSlotId, other);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Waiting);
    }

    void nobodyElseCanBookAHeldSeat()
    {
        aliceCancels();
        const auto refused = book(m_eve, m_slot);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.refusal(), Refusal::SlotFull);
        QCOMPARE(slotRow(m_slot).booked, 0);
        QCOMPARE(slotRow(m_slot).held, 1);
        // Not by staff on someone's behalf either.
        QCOMPARE(m_domain->bookings.book(m_eve, m_slot, BookingSource::Console, Actor::staff(1)).refusal(),
                 Refusal::SlotFull);
    }

    void oneSeatIsNeverOfferedTwice()
    {
        aliceCancels();
        QCOMPARE(offersMade(), 1);
        QCOMPARE(slotRow(m_slot).held, 1);
        // The sweep, someone joining, a capacity that did not change: still one offer.
        QCOMPARE(m_domain->waitlist.offerWaitingDays(), 0);
        join(user(4));
        QVERIFY(m_domain->bookings.setSlotCapacity(m_slot, 1, Actor::staff(1)).ok());
        QCOMPARE(offersMade(), 1);
        QCOMPARE(slotRow(m_slot).held, 1);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Waiting);

        // One more seat: exactly one more offer, to the next person.
        QVERIFY(m_domain->bookings.setSlotCapacity(m_slot, 2, Actor::staff(1)).ok());
        QCOMPARE(offersMade(), 2);
        QCOMPARE(slotRow(m_slot).held, 2);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Offered);
        // Never below what is booked and held.
        QCOMPARE(m_domain->bookings.setSlotCapacity(m_slot, 1, Actor::staff(1)).refusal(),
                 Refusal::CapacityBelowBooked);
    }

    void bannedPersonIsPassedOver()
    {
        QVERIFY(m_domain->bookings.setUserBanned(m_bob, true, Actor::staff(1)).ok());
        aliceCancels();
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Waiting);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Offered);
        QVERIFY(messages(m_bob, u"waitlist_offer"_s).isEmpty());
        // And cannot join a list while banned.
        QCOMPARE(m_domain->waitlist.join(m_bob, m_queue, m_wednesday.addDays(1), 0, 1440, Actor::user(m_bob)).refusal(),
                 Refusal::UserBanned);
    }

    void personWhoCanNoLongerTakeTheSeatPassesItOn()
    {
        // Bob reached the booking limit after the offer: accepting is refused and Carol gets it.
        QVERIFY(m_domain->bookings.updateQueue(m_queue, [](QueueRecord &q) { q.maxActiveBookings = 1; },
                                               Actor::staff(1)).ok());
        aliceCancels();
        QVERIFY(book(m_bob, slotAt(m_queue, QDateTime(m_wednesday.addDays(1), QTime(10, 0), Qt::UTC))).ok());
        QCOMPARE(m_domain->waitlist.accept(m_bobEntry, Actor::user(m_bob)).refusal(), Refusal::TooManyActiveBookings);
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Declined);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Offered);
        QCOMPARE(slotRow(m_slot).held, 1);
    }

    void windowOfTimeIsRespected()
    {
        // Dave waits only for the afternoon, and is first in line for it.
        const qint64 dave = user(4);
        const auto afternoon =
            m_domain->waitlist.join(dave, m_queue, m_wednesday.addDays(1), 12 * 60, 18 * 60, Actor::user(dave));
        QVERIFY(afternoon.ok());
        slotAt(m_queue, QDateTime(m_wednesday.addDays(1), QTime(10, 0), Qt::UTC));
        QCOMPARE(entryRow(afternoon.value().id).status, WaitlistStatus::Waiting);
        const qint64 late = slotAt(m_queue, QDateTime(m_wednesday.addDays(1), QTime(14, 0), Qt::UTC));
        QCOMPARE(entryRow(afternoon.value().id).status, WaitlistStatus::Offered);
        QCOMPARE(entryRow(afternoon.value().id).offeredSlotId, late);
    }

    void leavingWithAnOfferPassesItOn()
    {
        aliceCancels();
        QVERIFY(m_domain->waitlist.leave(m_bobEntry, Actor::user(m_bob)).ok());
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Cancelled);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Offered);
        QCOMPARE(slotRow(m_slot).held, 1);
        QCOMPARE(m_domain->waitlist.join(m_carol, m_queue, m_wednesday, 0, 1440, Actor::user(m_carol)).refusal(),
                 Refusal::AlreadyWaiting);
    }

    void dayEndExpiresOpenEntries()
    {
        aliceCancels(); // Bob holds the seat, Carol waits
        m_clock->set(QDateTime(m_wednesday.addDays(1), QTime(0, 0, 1), Qt::UTC));
        const ExpiryService::Run run = m_domain->expiry.run(100);
        QCOMPARE(run.waitlistExpired, 2);
        QCOMPARE(entryRow(m_bobEntry).status, WaitlistStatus::Expired);
        QCOMPARE(entryRow(m_carolEntry).status, WaitlistStatus::Expired);
        QCOMPARE(slotRow(m_slot).held, 0);
        QCOMPARE(m_domain->expiry.run(100).waitlistExpired, 0);
        QCOMPARE(m_domain->waitlist.openForUser(m_carol).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
