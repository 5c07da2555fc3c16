// LiveQueueService: walk-in tickets and checked-in bookings of a day, called to counters in order
// (due bookings, then walk-ins, then early check-ins), the messages people get while they wait,
// and a line that survives a restart.
#include "domainfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLiveQueue : public DomainFixture
{
    Q_OBJECT

private:
    // Tuesday 2026-12-01; the queue has two counters and alerts people two places before their turn.
    // Slots at 08:00 and 17:00 make the day's hours 08:00-17:15; bookings are made at 06:00.
    const QDate m_today{2026, 12, 1};
    qint64 m_queue = 0;

    QDateTime at(int hour, int minute = 0) const { return QDateTime(m_today, QTime(hour, minute), Qt::UTC); }
    void openDay(qint64 queueId)
    {
        slotAt(queueId, at(8));
        slotAt(queueId, at(17));
    }
    // A booking of the person in a new slot at `start` (made while the clock is still at 06:00).
    qint64 bookingAt(qint64 userId, const QDateTime &start)
    {
        const auto booking = book(userId, slotAt(m_queue, start));
        if (!booking.ok())
            qFatal("booking refused: %s", qPrintable(refusalCode(booking.refusal())));
        return booking.value().id;
    }
    // Fails the test (and goes on) when a step that should work is refused.
    static qint64 refused(const char *what, Refusal refusal)
    {
        QTest::qFail(qPrintable(u"%1 refused: %2"_s.arg(QLatin1StringView(what), refusalCode(refusal))), __FILE__,
                     __LINE__);
        return 0;
    }
    qint64 walkIn(qint64 userId)
    {
        const auto ticket = m_domain->live.takeTicket(userId, m_queue, Actor::user(userId));
        return ticket.ok() ? ticket.value().id : refused("walk-in", ticket.refusal());
    }
    qint64 checkIn(qint64 bookingId)
    {
        const auto ticket = m_domain->live.checkIn(bookingId, Actor::user(bookingRow(bookingId).userId));
        return ticket.ok() ? ticket.value().id : refused("check-in", ticket.refusal());
    }
    QString callNext(int counter = 1)
    {
        const auto called = m_domain->live.callNext(m_queue, counter, Actor::staff(1));
        return called.ok() ? called.value().code : refusalCode(called.refusal());
    }
    LiveBoard board()
    {
        const Outcome<LiveBoard> board = m_domain->live.board(m_queue);
        if (!board.ok())
            qFatal("no board");
        return board.value();
    }
    // The waiting line as staff see it: codes in calling order.
    QStringList line()
    {
        QStringList codes;
        for (const LinePlace &place : board().waiting)
            codes << place.ticket.code;
        return codes;
    }
    QList<OutboxRecord> statusMessages(qint64 userId) { return messages(userId, u"live_status"_s); }

private slots:
    void init()
    {
        setUpFixture();
        m_queue = queue([](QueueRecord &q) {
            q.counters = 2;
            q.positionAlertAhead = 2;
            q.checkinBeforeMinutes = 60;
            q.checkinAfterMinutes = 15;
        });
        openDay(m_queue);
    }
    void cleanup() { tearDownFixture(); }

    void dueCheckInsFirstThenWalkinsThenEarlyCheckIns()
    {
        const qint64 alice = user(1), bob = user(2), carol = user(3), dave = user(4);
        const qint64 aliceBooking = bookingAt(alice, at(10));
        const qint64 bobBooking = bookingAt(bob, at(10, 30));
        m_clock->set(at(9, 40));
        walkIn(carol);                                            // ticket 1: W-001
        checkIn(bobBooking);                                      // ticket 2, early
        m_clock->set(at(9, 50));
        walkIn(dave);                                             // ticket 3: W-003
        checkIn(aliceBooking);                                    // ticket 4, early too, for now
        // Early check-ins wait behind the walk-ins, by their slot time.
        QCOMPARE(line(), (QStringList{u"W-001"_s, u"W-003"_s, u"A-001"_s, u"A-002"_s}));

        // At 10:00 Alice's time has come: she goes first; Bob is still early.
        m_clock->set(at(10));
        QCOMPARE(line(), (QStringList{u"A-001"_s, u"W-001"_s, u"W-003"_s, u"A-002"_s}));
        QCOMPARE(callNext(1), u"A-001"_s);
        QCOMPARE(callNext(2), u"W-001"_s);
        QCOMPARE(line(), (QStringList{u"W-003"_s, u"A-002"_s}));
        // At 10:30 Bob is due and goes ahead of the walk-in who came before him.
        m_clock->set(at(10, 30));
        QCOMPARE(callNext(1), u"A-002"_s);
        QCOMPARE(callNext(2), u"W-003"_s);
        QCOMPARE(callNext(1), u"line_empty"_s);
    }

    void dueBookingsGoByTheirSlotTime()
    {
        const qint64 early = bookingAt(user(1), at(10));
        const qint64 late = bookingAt(user(2), at(10, 15));
        m_clock->set(at(10, 15)); // both due; the first one's check-in closes now
        checkIn(late);
        checkIn(early); // checked in later, but booked earlier
        QCOMPARE(line(), (QStringList{u"A-001"_s, u"A-002"_s}));
    }

    void requeuedWalkinGoesBehindThoseWaiting()
    {
        m_clock->set(at(9));
        const qint64 first = walkIn(user(1));
        walkIn(user(2));
        walkIn(user(3));
        QCOMPARE(callNext(), u"W-001"_s);
        m_clock->advanceSecs(60);
        QVERIFY(m_domain->live.requeue(first, Actor::staff(1)).ok());
        QCOMPARE(ticketRow(first).status, TicketStatus::Waiting);
        QCOMPARE(line(), (QStringList{u"W-002"_s, u"W-003"_s, u"W-001"_s}));
        // Only a called ticket can be returned to the line.
        QCOMPARE(m_domain->live.requeue(first, Actor::staff(1)).refusal(), Refusal::TicketNotInState);
    }

    void requeuedBookingGoesBehindThoseWaitingToo()
    {
        const qint64 booking = bookingAt(user(1), at(10));
        m_clock->set(at(10));
        const qint64 ticket = checkIn(booking);
        walkIn(user(2));
        walkIn(user(3));
        QCOMPARE(callNext(), u"A-001"_s);
        m_clock->advanceSecs(60);
        QVERIFY(m_domain->live.requeue(ticket, Actor::staff(1)).ok());
        QCOMPARE(line(), (QStringList{u"W-002"_s, u"W-003"_s, u"A-001"_s}));
        QCOMPARE(callNext(), u"W-002"_s);
        // Someone arriving after the requeue still comes after them.
        walkIn(user(4));
        QCOMPARE(line(), (QStringList{u"W-003"_s, u"A-001"_s, u"W-004"_s}));
    }

    void calledRecalledAndTransferredPeopleAreTold()
    {
        m_clock->set(at(9));
        const qint64 alice = user(1);
        const qint64 ticket = walkIn(alice);
        QCOMPARE(callNext(1), u"W-001"_s);
        QVERIFY(m_domain->live.recall(ticket, Actor::staff(1)).ok());
        QVERIFY(m_domain->live.transfer(ticket, 2, Actor::staff(1)).ok());
        QCOMPARE(m_domain->live.transfer(ticket, 3, Actor::staff(1)).refusal(), Refusal::InvalidInput);

        const QList<OutboxRecord> called = messages(alice, u"live_called"_s);
        QCOMPARE(called.size(), 3);
        QCOMPARE(called[0].params.value(u"why"_s).toString(), u"call"_s);
        QCOMPARE(called[0].params.value(u"counter"_s).toInt(), 1);
        QCOMPARE(called[1].params.value(u"why"_s).toString(), u"recall"_s);
        QCOMPARE(called[1].params.value(u"counter"_s).toInt(), 1);
        QCOMPARE(called[2].params.value(u"why"_s).toString(), u"transfer"_s);
        QCOMPARE(called[2].params.value(u"counter"_s).toInt(), 2);
        for (const OutboxRecord &message : called)
            QVERIFY(message.editKey.isEmpty()); // each one rings
        const LiveTicket row = ticketRow(ticket);
        QCOMPARE(row.recalls, 1);
        QCOMPARE(row.counter, 2);
        QCOMPARE(statusMessages(alice).last().params.value(u"status"_s).toString(), u"called"_s);
        // A ticket still waiting cannot be recalled.
        const qint64 other = walkIn(user(2));
        QCOMPARE(m_domain->live.recall(other, Actor::staff(1)).refusal(), Refusal::TicketNotInState);
    }

    void positionMessagesEditOneMessageAndSoonIsSentOnce()
    {
        m_clock->set(at(9));
        for (qint64 person = 1; person <= 4; ++person)
            walkIn(user(person));
        const qint64 last = user(5);
        const qint64 ticket = walkIn(last); // four ahead
        const QString key = u"ticket:%1"_s.arg(ticket);
        QCOMPARE(statusMessages(last).size(), 1);
        QCOMPARE(statusMessages(last)[0].params.value(u"ahead"_s).toInt(), 4);

        QList<int> soonAt;
        for (int call = 0; call < 4; ++call) {
            callNext(1 + call % 2);
            for (const OutboxRecord &soon : messages(last, u"live_soon"_s))
                soonAt << soon.params.value(u"ahead"_s).toInt();
        }
        // One "soon" when two were ahead, never again.
        QCOMPARE(messages(last, u"live_soon"_s).size(), 1);
        QCOMPARE(messages(last, u"live_soon"_s)[0].params.value(u"ahead"_s).toInt(), 2);
        QCOMPARE(messages(last, u"live_soon"_s)[0].params.value(u"ticket_id"_s).toInteger(), ticket);
        // Every position update is the same message, edited: 4, 3, 2, 1, 0 ahead.
        QList<int> aheads;
        for (const OutboxRecord &status : statusMessages(last)) {
            QCOMPARE(status.editKey, key);
            aheads << status.params.value(u"ahead"_s).toInt();
        }
        QCOMPARE(aheads, (QList<int>{4, 3, 2, 1, 0}));
        // Only the newest still waits to go out (nothing sends here): the older states were
        // settled as superseded, so the outbox does not grow with the line.
        QList<QString> waiting;
        for (const OutboxRecord &status : statusMessages(last))
            waiting << status.status + u'/' + status.lastError;
        QCOMPARE(waiting, (QList<QString>{u"sent/superseded"_s, u"sent/superseded"_s, u"sent/superseded"_s,
                                          u"sent/superseded"_s, u"pending/"_s}));
        // The first in line joined with nobody ahead: no alert for them.
        QVERIFY(messages(user(1), u"live_soon"_s).isEmpty());
    }

    void servedBookingIsAttended()
    {
        const qint64 booking = bookingAt(user(1), at(10));
        m_clock->set(at(9, 55));
        const qint64 ticket = checkIn(booking);
        QVERIFY(bookingRow(booking).confirmedAt.has_value()); // being there confirms
        QCOMPARE(m_domain->live.serve(ticket, Actor::staff(1)).refusal(), Refusal::TicketNotInState); // not called
        callNext();
        m_clock->advanceSecs(5 * 60);
        QVERIFY(m_domain->live.serve(ticket, Actor::staff(1)).ok());
        QCOMPARE(ticketRow(ticket).status, TicketStatus::Served);
        QCOMPARE(bookingRow(booking).status, BookingStatus::Attended);
        QCOMPARE(board().served, 1);
    }

    void noShowCountsAgainstThePerson()
    {
        const qint64 alice = user(1);
        const qint64 booking = bookingAt(alice, at(10));
        m_clock->set(at(10));
        const qint64 ticket = checkIn(booking);
        callNext();
        QCOMPARE(userRow(alice).noShowCount, 0);
        QVERIFY(m_domain->live.noShow(ticket, Actor::staff(1)).ok());
        QCOMPARE(ticketRow(ticket).status, TicketStatus::NoShow);
        QCOMPARE(bookingRow(booking).status, BookingStatus::NoShow);
        QCOMPARE(userRow(alice).noShowCount, 1);
        QCOMPARE(m_domain->live.noShow(ticket, Actor::staff(1)).refusal(), Refusal::TicketNotInState);
        QCOMPARE(userRow(alice).noShowCount, 1);
        QCOMPARE(board().noShows, 1);
    }

    void estimatedWaitUsesRecentServiceTimes()
    {
        m_clock->set(at(9));
        QList<qint64> tickets;
        for (qint64 person = 1; person <= 6; ++person)
            tickets << walkIn(user(person));
        // No service yet: the queue's slot length (15 minutes) per person, over two counters.
        QCOMPARE(m_domain->live.place(tickets[3])->ahead, 3);
        QCOMPARE(m_domain->live.place(tickets[3])->etaMinutes, 23); // ceil(3 * 15 / 2)

        // Two people served in 4 and 6 minutes: 5 minutes on average.
        callNext(1);
        m_clock->advanceSecs(4 * 60);
        QVERIFY(m_domain->live.serve(tickets[0], Actor::staff(1)).ok());
        callNext(1);
        m_clock->advanceSecs(6 * 60);
        QVERIFY(m_domain->live.serve(tickets[1], Actor::staff(1)).ok());
        const std::optional<LinePlace> place = m_domain->live.place(tickets[5]);
        QVERIFY(place);
        QCOMPARE(place->ahead, 3);
        QCOMPARE(place->etaMinutes, 8); // ceil(3 * 5 / 2)
        QCOMPARE(place->waitedSeconds, 10 * 60);
        const LiveBoard now = board();
        QCOMPARE(now.averageServiceSeconds, 300.0);
        QCOMPARE(now.waiting.last().etaMinutes, 8);
        // The person's message says so at their next move.
        callNext(1);
        const OutboxRecord status = statusMessages(user(6)).last();
        QCOMPARE(status.params.value(u"ahead"_s).toInt(), 2);
        QCOMPARE(status.params.value(u"eta_minutes"_s).toInt(), 5); // ceil(2 * 5 / 2)
    }

    void checkInOnlyWithinItsWindow()
    {
        const qint64 alice = user(1);
        const qint64 booking = bookingAt(alice, at(10));
        const auto refusalAt = [&](const QDateTime &time) {
            m_clock->set(time);
            const auto ticket = m_domain->live.checkIn(booking, Actor::user(alice));
            return ticket.ok() ? Refusal::InvalidInput : ticket.refusal();
        };
        QCOMPARE(refusalAt(at(8, 59)), Refusal::CheckinNotOpen);  // opens an hour before
        QCOMPARE(refusalAt(at(10, 16)), Refusal::CheckinNotOpen); // closes 15 minutes after
        QCOMPARE(m_domain->live.checkIn(booking, Actor::user(user(2))).refusal(), Refusal::NotYourBooking);
        m_clock->set(at(9));
        QVERIFY(m_domain->live.checkIn(booking, Actor::user(alice)).ok());
        // Twice keeps the place.
        QCOMPARE(m_domain->live.checkIn(booking, Actor::user(alice)).value().number, 1);
        QCOMPARE(line().size(), 1);

        const qint64 cancelled = bookingAt(user(3), at(11));
        QVERIFY(m_domain->bookings.cancelBooking(cancelled, Actor::staff(1)).ok());
        m_clock->set(at(10, 50));
        QCOMPARE(m_domain->live.checkIn(cancelled, Actor::staff(1)).refusal(), Refusal::BookingNotActive);
    }

    void onePlaceInLinePerPerson()
    {
        const qint64 alice = user(1), bob = user(2);
        const qint64 aliceBooking = bookingAt(alice, at(10));
        const qint64 bobBooking = bookingAt(bob, at(10, 30));
        m_clock->set(at(9, 45));
        // Checked in: no walk-in ticket besides.
        checkIn(aliceBooking);
        QCOMPARE(m_domain->live.takeTicket(alice, m_queue, Actor::user(alice)).refusal(), Refusal::AlreadyInLine);
        // Holding a walk-in ticket: checking in too is refused, not a database error.
        walkIn(bob);
        const auto second = m_domain->live.checkIn(bobBooking, Actor::user(bob));
        QVERIFY(!second.ok());
        QCOMPARE(second.refusal(), Refusal::AlreadyInLine);
        QCOMPARE(line().size(), 2);
    }

    void walkinsRefusedWhenNotAllowed()
    {
        const qint64 noWalkins = queue([](QueueRecord &q) { q.walkinAllowed = false; });
        m_clock->set(at(9));
        QCOMPARE(m_domain->live.takeTicket(user(1), noWalkins, Actor::user(1)).refusal(), Refusal::WalkinNotAllowed);
        QCOMPARE(m_domain->live.issueTicket(noWalkins, Actor::staff(1)).refusal(), Refusal::WalkinNotAllowed);
    }

    void walkinsRefusedWhileTheQueueIsClosed()
    {
        const qint64 afternoon = queue([](QueueRecord &q) { q.slotMinutes = 60; });
        QVERIFY(m_domain->schedule.setRules(afternoon, {openHours(m_today.dayOfWeek(), u"12:00"_s, u"14:00"_s)},
                                            Actor::staff(1)).ok());
        const qint64 alice = user(1);
        m_clock->set(at(10));
        QCOMPARE(m_domain->live.takeTicket(alice, afternoon, Actor::user(alice)).refusal(), Refusal::QueueClosedNow);
        QCOMPARE(m_domain->live.issueTicket(afternoon, Actor::staff(1)).refusal(), Refusal::QueueClosedNow);
        m_clock->set(at(12, 30));
        QVERIFY(m_domain->live.takeTicket(alice, afternoon, Actor::user(alice)).ok());
        QCOMPARE(m_domain->live.takeTicket(alice, afternoon, Actor::user(alice)).refusal(), Refusal::AlreadyInLine);
        m_clock->set(at(14));
        QCOMPARE(m_domain->live.takeTicket(user(2), afternoon, Actor::user(2)).refusal(), Refusal::QueueClosedNow);
        // Without a template, the hours of the day's slots (08:00-17:15 here).
        m_clock->set(at(7, 59));
        QCOMPARE(m_domain->live.takeTicket(user(3), m_queue, Actor::user(3)).refusal(), Refusal::QueueClosedNow);
    }

    void dayEndExpiresTheLineWithoutBlamingPeople()
    {
        const qint64 alice = user(1), bob = user(2), carol = user(3);
        const qint64 calledBooking = bookingAt(alice, at(10));
        const qint64 waitingBooking = bookingAt(bob, at(10, 30));
        m_clock->set(at(10));
        const qint64 called = checkIn(calledBooking);
        const qint64 waiting = checkIn(waitingBooking);
        const qint64 walkin = walkIn(carol);
        QCOMPARE(callNext(), u"A-001"_s);

        m_clock->set(QDateTime(m_today.addDays(1), QTime(0, 0), Qt::UTC));
        const ExpiryService::Run run = m_domain->expiry.run(100);
        QCOMPARE(run.ticketsExpired, 3);
        QCOMPARE(run.checkedInExpired, 2);
        QCOMPARE(run.noShows, 0);
        for (qint64 ticket : {called, waiting, walkin})
            QCOMPARE(ticketRow(ticket).status, TicketStatus::Expired);
        // Called but never marked: they came. Still waiting: the office ran out of time.
        QCOMPARE(bookingRow(calledBooking).status, BookingStatus::Attended);
        QCOMPARE(bookingRow(waitingBooking).status, BookingStatus::Expired);
        QCOMPARE(userRow(bob).noShowCount, 0);
        QCOMPARE(m_domain->expiry.run(100).ticketsExpired, 0);
    }

    void lineSurvivesARestartMidDay()
    {
        const qint64 dueBooking = bookingAt(user(1), at(10));
        const qint64 earlyBooking = bookingAt(user(2), at(11));
        m_clock->set(at(9, 30));
        const qint64 firstWalkin = walkIn(user(3));
        walkIn(user(4));
        walkIn(user(5));
        m_clock->set(at(10));
        const qint64 due = checkIn(dueBooking);
        checkIn(earlyBooking);
        QVERIFY(m_domain->live.issueTicket(m_queue, Actor::staff(1)).ok()); // someone without Telegram
        QCOMPARE(callNext(1), u"A-001"_s);
        m_clock->advanceSecs(5 * 60);
        QVERIFY(m_domain->live.serve(due, Actor::staff(1)).ok());
        QCOMPARE(callNext(2), u"W-001"_s);
        m_clock->advanceSecs(60);
        QVERIFY(m_domain->live.requeue(firstWalkin, Actor::staff(1)).ok());
        QCOMPARE(callNext(1), u"W-002"_s);

        const auto snapshot = [this] {
            const LiveBoard seen = board();
            QStringList rows;
            for (const LinePlace &place : seen.waiting) {
                const std::optional<LinePlace> own = m_domain->live.place(place.ticket.id);
                rows << u"%1 ahead %2 eta %3 | place %4"_s.arg(place.ticket.code)
                            .arg(place.ahead)
                            .arg(place.etaMinutes)
                            .arg(own ? own->ahead : -1);
            }
            for (const LiveTicket &called : seen.called)
                rows << u"%1 at counter %2"_s.arg(called.code).arg(called.counter);
            rows << u"served %1, average service %2 s"_s.arg(seen.served).arg(seen.averageServiceSeconds);
            return rows;
        };
        const QStringList before = snapshot();
        QCOMPARE(before.first(), u"W-003 ahead 0 eta 0 | place 0"_s);
        const qint64 messagesBefore = TestSupport::count(db(), u"SELECT count(*) FROM outbox"_s);

        restartServices();
        QCOMPARE(snapshot(), before);
        QCOMPARE(TestSupport::count(db(), u"SELECT count(*) FROM outbox"_s), messagesBefore);
        // The line goes on where it stopped: the walk-ins (the returned one behind those who
        // waited when it came back), then the early booking.
        QCOMPARE(callNext(2), u"W-003"_s);
        QCOMPARE(callNext(2), u"W-006"_s);
        QCOMPARE(callNext(2), u"W-001"_s);
        QCOMPARE(callNext(2), u"A-002"_s);
    }
};

QTEST_GUILESS_MAIN(TestLiveQueue)
#include "tst_livequeue.moc"
