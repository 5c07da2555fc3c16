// The console's live-queue models against the real queue-service: the board loads, follows a
// ticket another console issues through the change feed, keeps a selected row while it merges,
// and moves a called ticket to its counter; the day's bookings show people by name and check
// them in. Every model runs under QAbstractItemModelTester.
#include "staffedservice.h"
#include "testsupport.h"

#include "apiclient.h"
#include "changefollower.h"
#include "models/daybookingsmodel.h"
#include "models/liveboardmodel.h"
#include "models/tone.h"
#include "userdirectory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Waits for a call of the console's API client and tells whether it succeeded.
bool succeeds(ApiReply *reply, QJsonDocument *json = nullptr)
{
    QSignalSpy ok(reply, &ApiReply::succeeded);
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(15000))
        return false;
    if (json && !ok.isEmpty())
        *json = ok.first().first().value<QJsonDocument>();
    return !ok.isEmpty();
}

// The model emitted `spy`'s signal again within the feed's couple of seconds. (The signal may come
// while the other console's request is still being answered, so count rather than wait().)
bool emittedAgain(QSignalSpy &spy, qsizetype before)
{
    return QTest::qWaitFor([&] { return spy.count() > before; }, 5000);
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestLiveBoardModel : public QObject
{
    Q_OBJECT

    StaffedService m_service;
    ApiClient m_client;
    qint64 m_alice = 0;
    qint64 m_ivan = 0;

    QueueRecord queue(qint64 id)
    {
        return QueueRecord::fromJson(m_service.must("GET", u"/api/v1/queues/%1"_s.arg(id), {}, 200));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_client.setServer(m_service.server());
        m_client.setToken(m_service.operatorToken());
        m_alice = m_service.addUser(2001, u"Alice"_s, u"Archer"_s);
        m_ivan = m_service.addUser(2002, u"Иван"_s, u"Петров"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void boardFollowsTheLineAndCallsToCounters()
    {
        const qint64 id = m_service.createQueue(u"Front desk"_s, u"UTC"_s, {{u"counters"_s, 2}});
        UserDirectory people(m_client);
        LiveBoardModel model(m_client, people);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeFollower changes(m_client);
        connect(&changes, &ChangeFollower::changed, &model, [&model](const QList<ChangeEntry> &entries) {
            if (LiveBoardModel::affectsBoard(entries))
                model.reload();
        });
        changes.start();

        QSignalSpy loaded(&model, &LiveBoardModel::loaded);
        model.setQueue(queue(id));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded(), 10000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.board().queue.counters, 2);
        QVERIFY(!model.board().atCounter(1));
        QTRY_VERIFY(changes.revision() >= 0); // from here on the feed misses nothing

        // Another console issues a walk-in ticket: the feed brings it within a couple of seconds.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QJsonObject first = m_service.issueTicket(id);
        QVERIFY(emittedAgain(inserted, 0));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, LiveBoardModel::CodeColumn), first.value(u"code"_s).toString());
        QCOMPARE(model.data(model.index(0, LiveBoardModel::PositionColumn)).toInt(), 1);
        QCOMPARE(text(model, 0, LiveBoardModel::KindColumn), u"Walk-in"_s);
        QCOMPARE(text(model, 0, LiveBoardModel::PersonColumn), u"Without Telegram"_s);
        QCOMPARE(text(model, 0, LiveBoardModel::WaitedColumn), u"< 1 min"_s);
        QCOMPARE(text(model, 0, LiveBoardModel::EtaColumn), u"next"_s);
        QCOMPARE(model.data(model.index(0, 0), JsonTableModel::IdRole).toLongLong(), first.value(u"id"_s).toInteger());

        // A second one merges in behind it; the first row (a view's selection) stays put.
        const QPersistentModelIndex selected = model.index(0, LiveBoardModel::CodeColumn);
        const QJsonObject second = m_service.issueTicket(id);
        QVERIFY(emittedAgain(inserted, 1));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data().toString(), first.value(u"code"_s).toString());
        QCOMPARE(text(model, 1, LiveBoardModel::CodeColumn), second.value(u"code"_s).toString());
        QVERIFY(text(model, 1, LiveBoardModel::EtaColumn).startsWith(u"≈ "_s));

        // "Waiting for" ticks on between loads.
        QSignalSpy ticked(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ticked.wait(LiveBoardModel::kTickMs + 2000));
        QCOMPARE(ticked.last().at(0).toModelIndex().column(), int(LiveBoardModel::WaitedColumn));

        // Call next to counter 2: the first ticket leaves the rows and stands at that counter.
        QJsonDocument called;
        QVERIFY(succeeds(model.callNext(2), &called));
        QCOMPARE(called[u"code"_s].toString(), first.value(u"code"_s).toString());
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!selected.isValid());
        QCOMPARE(text(model, 0, LiveBoardModel::CodeColumn), second.value(u"code"_s).toString());
        QCOMPARE(model.data(model.index(0, LiveBoardModel::PositionColumn)).toInt(), 1);
        QVERIFY(model.board().atCounter(2));
        QCOMPARE(model.board().atCounter(2)->code, first.value(u"code"_s).toString());
        QVERIFY(!model.board().atCounter(1));

        // The counter's actions: again, elsewhere, done.
        const qint64 firstId = first.value(u"id"_s).toInteger();
        QVERIFY(succeeds(model.act(firstId, LiveBoardModel::Action::Recall)));
        QTRY_COMPARE(model.board().atCounter(2)->recalls, 1);
        QVERIFY(succeeds(model.transfer(firstId, 1)));
        QTRY_VERIFY(model.board().atCounter(1).has_value());
        QVERIFY(!model.board().atCounter(2));
        QVERIFY(succeeds(model.act(firstId, LiveBoardModel::Action::Served)));
        QTRY_COMPARE(model.board().served, 1);
        QVERIFY(model.board().called.isEmpty());

        // Calling to an occupied counter serves whoever is still there first.
        QVERIFY(succeeds(model.callNext(1)));
        QTRY_COMPARE(model.rowCount(), 0);
        const qsizetype before = inserted.count();
        const QJsonObject third = m_service.issueTicket(id);
        QVERIFY(emittedAgain(inserted, before));
        QVERIFY(succeeds(model.callNext(1)));
        QTRY_COMPARE(model.board().served, 2);
        QCOMPARE(model.board().atCounter(1)->code, third.value(u"code"_s).toString());

        // Back into the line, and gone for good.
        const qint64 thirdId = third.value(u"id"_s).toInteger();
        QVERIFY(succeeds(model.act(thirdId, LiveBoardModel::Action::Return)));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(succeeds(model.act(thirdId, LiveBoardModel::Action::NoShow)));
        QTRY_COMPARE(model.rowCount(), 0);
        QCOMPARE(model.board().noShows, 1);

        // Nobody waiting: call next is refused with the API's reason.
        ApiReply *empty = model.callNext(1);
        QSignalSpy failed(empty, &ApiReply::failed);
        QVERIFY(failed.wait(10000));
        const auto failure = failed.first().first().value<ApiFailure>();
        QCOMPARE(failure.kind, ApiFailure::Kind::Conflict);
        QCOMPARE(failure.code, u"line_empty"_s);
        changes.stop();
    }

    void anotherQueueStartsEmpty()
    {
        const qint64 busy = m_service.createQueue(u"Busy"_s);
        const qint64 quiet = m_service.createQueue(u"Quiet"_s, u"UTC"_s, {{u"counters"_s, 3}});
        m_service.issueTicket(busy);
        UserDirectory people(m_client);
        LiveBoardModel model(m_client, people);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(queue(busy));
        QTRY_VERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 1);
        model.setQueue(queue(quiet));
        QVERIFY(!model.hasLoaded());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.board().queue.counters, 3);
    }

    void dayBookingsShowPeopleAndCheckThemIn()
    {
        const QString zone = noonZone();
        const qint64 id = m_service.createQueue(u"Desk"_s, zone, {{u"counters"_s, 2}});
        const QDate today = todayIn(zone);
        // Alice's slot starts in half an hour (check-in is open), Ivan's booking is cancelled.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
        const QJsonObject alice = m_service.must("POST", u"/api/v1/bookings"_s,
                                                 {{u"slot_id"_s, m_service.createSlot(id, soon)}, {u"user_id"_s, m_alice}}, 201);
        const qint64 ivan = m_service.book(m_service.createSlot(id, soon.addSecs(600)), m_ivan);
        m_service.must("PATCH", u"/api/v1/bookings/%1"_s.arg(ivan), {{u"status"_s, u"cancelled"_s}}, 200);

        UserDirectory people(m_client);
        DayBookingsModel bookings(m_client, people);
        LiveBoardModel board(m_client, people);
        QAbstractItemModelTester bookingsTester(&bookings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&board, &LiveBoardModel::loaded, &bookings, [&] { bookings.setLine(board.board()); });
        const QueueRecord record = queue(id);
        bookings.setDay(record, today);
        board.setQueue(record);
        QTRY_VERIFY(bookings.hasLoaded() && board.hasLoaded());

        QCOMPARE(bookings.rowCount(), 1); // the cancelled one is left out
        QCOMPARE(text(bookings, 0, DayBookingsModel::CodeColumn), alice.value(u"code"_s).toString());
        QCOMPARE(text(bookings, 0, DayBookingsModel::TimeColumn),
                 QLocale().toString(soon.toTimeZone(QTimeZone(zone.toUtf8())).time(), QLocale::ShortFormat));
        QTRY_COMPARE(text(bookings, 0, DayBookingsModel::PersonColumn), u"Alice Archer"_s);
        QCOMPARE(text(bookings, 0, DayBookingsModel::StatusColumn), u"Booked"_s);
        QCOMPARE(bookings.data(bookings.index(0, DayBookingsModel::CodeColumn), Tone::Role).toInt(), int(Tone::Strong));
        QVERIFY(bookings.canCheckIn(0));

        // Checked in at the desk: she waits in the line, by name, and cannot be checked in twice.
        QJsonDocument ticket;
        QVERIFY(succeeds(bookings.checkIn(alice.value(u"id"_s).toInteger()), &ticket));
        QCOMPARE(ticket[u"kind"_s].toString(), u"booking"_s);
        board.reload();
        QTRY_COMPARE(board.rowCount(), 1);
        QCOMPARE(text(board, 0, LiveBoardModel::PersonColumn), u"Alice Archer"_s);
        QVERIFY(text(board, 0, LiveBoardModel::KindColumn).startsWith(u"Booking "_s));
        QTRY_COMPARE(text(bookings, 0, DayBookingsModel::StatusColumn), u"In line, #1"_s);
        QVERIFY(!bookings.canCheckIn(0));

        QVERIFY(succeeds(board.callNext(2)));
        QTRY_COMPARE(text(bookings, 0, DayBookingsModel::StatusColumn), u"At counter 2"_s);
        QVERIFY(succeeds(board.act(ticket[u"id"_s].toInteger(), LiveBoardModel::Action::Served)));
        bookings.reload();
        QTRY_COMPARE(text(bookings, 0, DayBookingsModel::StatusColumn), u"Attended"_s);
    }

    void durations()
    {
        QCOMPARE(LiveBoardModel::durationText(0), u"< 1 min"_s);
        QCOMPARE(LiveBoardModel::durationText(59), u"< 1 min"_s);
        QCOMPARE(LiveBoardModel::durationText(60), u"1 min"_s);
        QCOMPARE(LiveBoardModel::durationText(59 * 60 + 59), u"59 min"_s);
        QCOMPARE(LiveBoardModel::durationText(65 * 60), u"1 h 05 min"_s);
    }
};

QTEST_GUILESS_MAIN(TestLiveBoardModel)
#include "tst_liveboardmodel.moc"
