// console_core's back-office models against the real queue-service: people and their history,
// the waiting list, the outbox and the audit log read a page at a time (fetchMore), staff, health,
// the broadcast audience, the day sheet from the export, and a change made by a second plain-HTTP
// client arriving through the change feed. Every model runs under QAbstractItemModelTester.
#include "staffedservice.h"

#include "apipaths.h"
#include "broadcastaudience.h"
#include "changefollower.h"
#include "csvtable.h"
#include "daysheet.h"
#include "models/auditmodel.h"
#include "models/healthmodel.h"
#include "models/outboxmodel.h"
#include "models/personbookingsmodel.h"
#include "models/staffmodel.h"
#include "models/tone.h"
#include "models/usersmodel.h"
#include "models/waitlistmodel.h"
#include "userdirectory.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Waits for a model's loaded() after `start` ran; fails on failed().
template<typename Model>
bool loads(Model &model, const std::function<void()> &start)
{
    QSignalSpy loaded(&model, &Model::loaded);
    bool failed = false;
    // Cancelled is not a failure: a newer request replaced one (QAbstractItemModelTester fetches more).
    QObject::connect(&model, &Model::failed, &model, [&failed](const ApiFailure &failure) {
        failed = failed || failure.kind != ApiFailure::Kind::Cancelled;
    });
    start();
    return loaded.wait(10000) && !failed;
}

QSet<qint64> idsIn(const JsonTableModel &model)
{
    QSet<qint64> ids;
    for (const QJsonObject &row : model.rows())
        ids.insert(JsonTableModel::idOf(row));
    return ids;
}

} // namespace

class TestBackOfficeModels : public QObject
{
    Q_OBJECT

    StaffedService m_service;
    ApiClient m_client;
    qint64 m_queue = 0;
    qint64 m_ivan = 0;
    qint64 m_olga = 0;
    QList<qint64> m_ivanBookings;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_client.setServer(m_service.server());
        m_client.setToken(m_service.admin());
        m_queue = m_service.createQueue(u"Passport office"_s, u"UTC"_s, {{u"name_ru"_s, u"Паспортный стол"_s}});
        m_ivan = m_service.addUser(5001, u"Иван"_s, u"Петров"_s, u"ivan_p"_s, u"+7 999 123-45-67"_s);
        m_olga = m_service.addUser(5002, u"Olga"_s, u"Smirnova"_s, u"olga"_s);
        // Ivan on three days, the last one today.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int daysAgo : {20, 10, 0}) {
            const QDateTime start(now.date().addDays(-daysAgo), QTime(0, 30), QTimeZone::utc());
            m_ivanBookings << m_service.bookAnyTime(m_queue, start, m_ivan);
        }
        m_service.bookAnyTime(m_queue, QDateTime(now.date(), QTime(0, 0), QTimeZone::utc()), m_olga);
        for (int i = 0; i < 23; ++i)
            m_service.addUser(6000 + i, u"Visitor"_s, u"Number %1"_s.arg(i), QString());
    }

    void usersAreSearchedAndReadPageByPage()
    {
        UsersModel users(m_client);
        QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.setPageSize(10);
        QVERIFY(loads(users, [&] { users.search(QString(), false); }));
        QCOMPARE(users.rowCount(), 10);
        QCOMPARE(users.total(), qint64(25));
        QVERIFY(users.canFetchMore({}));
        while (users.canFetchMore({}))
            QVERIFY(loads(users, [&] { users.fetchMore({}); }));
        QCOMPARE(users.rowCount(), 25);
        QCOMPARE(idsIn(users).size(), 25);

        QVERIFY(loads(users, [&] { users.search(u"Петров"_s, false); }));
        QCOMPARE(users.rowCount(), 1);
        QCOMPARE(users.data(users.index(0, UsersModel::Name)).toString(), u"Иван Петров"_s);
        QCOMPARE(users.data(users.index(0, UsersModel::Username)).toString(), u"@ivan_p"_s);
        QCOMPARE(users.data(users.index(0, UsersModel::Phone)).toString(), u"+7 999 123-45-67"_s);
        QVERIFY(loads(users, [&] { users.search(u"+7 999"_s, false); }));
        QCOMPARE(users.rowCount(), 1);
        QVERIFY(loads(users, [&] { users.search(QString(), true); }));
        QCOMPARE(users.rowCount(), 0);
    }

    void aPersonsHistoryIsEveryBookingNewestFirst()
    {
        PersonBookingsModel history(m_client);
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setQueues([](qint64) { return u"Passport office"_s; }, [](qint64) { return QTimeZone::utc(); });
        QVERIFY(loads(history, [&] { history.load(m_ivan); }));
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.total(), qint64(3));
        QList<qint64> shown;
        for (int row = 0; row < history.rowCount(); ++row)
            shown << history.data(history.index(row, 0), JsonTableModel::IdRole).toLongLong();
        QCOMPARE(shown, (QList<qint64>{m_ivanBookings.at(2), m_ivanBookings.at(1), m_ivanBookings.at(0)}));
        QCOMPARE(history.data(history.index(0, PersonBookingsModel::Queue)).toString(), u"Passport office"_s);
        QVERIFY(history.data(history.index(0, PersonBookingsModel::Code)).toString().startsWith(u"A-"_s));

        // Reading the same person again after a change merges: rows stay, one changes.
        m_service.must("PATCH", ApiPaths::booking(m_ivanBookings.at(1)), {{u"status"_s, u"attended"_s}}, 200);
        QSignalSpy reset(&history, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&history, &QAbstractItemModel::dataChanged);
        QVERIFY(loads(history, [&] { history.load(m_ivan); }));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history.data(history.index(1, PersonBookingsModel::Status)).toString(), u"Attended"_s);
    }

    void theWaitingListShowsPeopleByName()
    {
        UserDirectory people(m_client);
        WaitlistModel waitlist(m_client, people);
        QAbstractItemModelTester tester(&waitlist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate day = QDateTime::currentDateTimeUtc().date().addDays(3);
        const QJsonObject entry = m_service.must("POST", ApiPaths::waitlist(),
                                                 {{u"queue_id"_s, m_queue}, {u"user_id"_s, m_olga},
                                                  {u"day"_s, day.toString(Qt::ISODate)}, {u"from"_s, u"09:00"_s},
                                                  {u"to"_s, u"12:00"_s}},
                                                 201);
        QVERIFY(loads(waitlist, [&] { waitlist.show(m_queue, QTimeZone::utc(), WaitlistStatus::Waiting); }));
        QCOMPARE(waitlist.rowCount(), 1);
        QCOMPARE(waitlist.data(waitlist.index(0, WaitlistModel::Hours)).toString(), u"09:00–12:00"_s);
        // The name arrives after the row: the person is read once, then the column redraws.
        QTRY_COMPARE(waitlist.data(waitlist.index(0, WaitlistModel::Person)).toString(), u"Olga Smirnova (@olga)"_s);

        m_service.must("DELETE", ApiPaths::waitlistEntry(entry.value(u"id"_s).toInteger()), {}, 200);
        QVERIFY(loads(waitlist, [&] { waitlist.refresh(); }));
        QCOMPARE(waitlist.rowCount(), 0);
    }

    void theOutboxIsReadPageByPageAndFailuresStandOut()
    {
        QList<qint64> dead;
        for (int i = 0; i < 14; ++i)
            dead << m_service.failedMessage(m_olga, u"dead"_s);
        UserDirectory people(m_client);
        OutboxModel outbox(m_client, people);
        QAbstractItemModelTester tester(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        outbox.setPageSize(5);
        QVERIFY(loads(outbox, [&] { outbox.show(u"dead"_s); }));
        QCOMPARE(outbox.rowCount(), 5);
        QCOMPARE(outbox.total(), qint64(14));
        while (outbox.canFetchMore({}))
            QVERIFY(loads(outbox, [&] { outbox.fetchMore({}); }));
        QCOMPARE(outbox.rowCount(), 14);
        // Newest first, each one red with its error.
        QCOMPARE(outbox.data(outbox.index(0, 0), JsonTableModel::IdRole).toLongLong(), dead.last());
        QCOMPARE(outbox.data(outbox.index(13, 0), JsonTableModel::IdRole).toLongLong(), dead.first());
        QCOMPARE(outbox.data(outbox.index(3, OutboxModel::Status), Tone::Role).toInt(), int(Tone::Bad));
        QCOMPARE(outbox.data(outbox.index(3, OutboxModel::Outcome)).toString(),
                 u"Forbidden: bot was blocked by the user"_s);
        QCOMPARE(outbox.data(outbox.index(3, OutboxModel::Message)).toString(), u"Reminder"_s);

        // One sent again by someone else leaves the "dead" list on the next refresh, in place.
        m_service.must("POST", ApiPaths::retryMessage(dead.at(7)), {}, 200);
        QSignalSpy reset(&outbox, &QAbstractItemModel::modelReset);
        QVERIFY(loads(outbox, [&] { outbox.refresh(); }));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(outbox.rowCount(), 13);
        QCOMPARE(outbox.rowOfId(dead.at(7)), -1);
    }

    void theAuditLogFiltersNewestFirst()
    {
        UserDirectory people(m_client);
        AuditModel audit(m_client, people);
        QAbstractItemModelTester tester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setPageSize(4);
        AuditModel::Filter filter;
        filter.entity = u"user"_s;
        QVERIFY(loads(audit, [&] { audit.show(filter); }));
        QCOMPARE(audit.rowCount(), 4);
        QVERIFY(audit.total() >= 25); // every registration
        QVERIFY(loads(audit, [&] { audit.fetchMore({}); }));
        QCOMPARE(audit.rowCount(), 8);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonObject &row : audit.rows()) {
            QCOMPARE(row[u"entity"_s].toString(), u"user"_s);
            QVERIFY(JsonTableModel::idOf(row) < previous);
            previous = JsonTableModel::idOf(row);
        }
        filter.entity.clear();
        filter.action = u"queue.create"_s;
        filter.actorType = ActorType::Staff;
        filter.actorId = m_service.adminId();
        audit.setStaffNames({{m_service.adminId(), u"ada"_s}});
        QVERIFY(loads(audit, [&] { audit.show(filter); }));
        QCOMPARE(audit.rowCount(), 1);
        QCOMPARE(audit.data(audit.index(0, AuditModel::Who)).toString(), u"ada"_s);
        QCOMPARE(audit.data(audit.index(0, AuditModel::What)).toString(), u"Queue #%1"_s.arg(m_queue));
        filter = {};
        filter.to = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        QVERIFY(loads(audit, [&] { audit.show(filter); }));
        QCOMPARE(audit.rowCount(), 0);
    }

    void staffAndHealth()
    {
        StaffModel staff(m_client);
        QAbstractItemModelTester staffTester(&staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loads(staff, [&] { staff.reload(); }));
        QStringList names;
        for (int row = 0; row < staff.rowCount(); ++row)
            names << staff.data(staff.index(row, StaffModel::Name)).toString();
        QCOMPARE(names, (QStringList{u"ada"_s, u"otto"_s, u"vera"_s}));
        QCOMPARE(staff.data(staff.index(1, StaffModel::Role)).toString(), u"Operator"_s);

        HealthModel health(m_client);
        QAbstractItemModelTester healthTester(&health, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loads(health, [&] { health.reload(); }));
        QVERIFY(!health.overall().isEmpty());
        QVERIFY(!health.version().isEmpty());
        QCOMPARE(health.data(health.index(0, HealthModel::Check)).toString(), u"Database"_s);
        QVERIFY(health.data(health.index(0, HealthModel::Figures)).toString().contains(u"ms"_s));
        const int rows = health.rowCount();
        QSignalSpy reset(&health, &QAbstractItemModel::modelReset);
        QVERIFY(loads(health, [&] { health.reload(); }));
        QCOMPARE(health.rowCount(), rows);
        QCOMPARE(reset.count(), 0);
    }

    void aChangeByAnotherClientArrivesThroughTheFeed()
    {
        UsersModel users(m_client);
        QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loads(users, [&] { users.search(u"olga"_s, false); }));
        QCOMPARE(users.rowCount(), 1);
        UserDirectory people(m_client);
        QCOMPARE(people.displayName(m_olga), u"#%1"_s.arg(m_olga));
        QTRY_COMPARE(people.displayName(m_olga), u"Olga Smirnova (@olga)"_s);

        ChangeFollower feed(m_client);
        feed.setIntervalMs(200);
        connect(&feed, &ChangeFollower::changed, &people, &UserDirectory::applyChanges);
        connect(&feed, &ChangeFollower::changed, &users, [&users](const QList<ChangeEntry> &changes) {
            for (const ChangeEntry &change : changes) {
                if (change.entity == u"user"_s) {
                    users.refresh();
                    return;
                }
            }
        });
        QSignalSpy directory(&people, &UserDirectory::changed);
        feed.start();
        QTRY_VERIFY(feed.revision() > 0);
        // The operator bans Olga from a script, not through this client.
        const HttpResult banned = m_service.call("POST", ApiPaths::ban(m_olga, true), {}, m_service.operatorToken());
        QCOMPARE(banned.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(users.rowAt(0)[u"banned"_s].toBool(), 5000);
        QCOMPARE(users.data(users.index(0, UsersModel::State)).toString(), u"Banned"_s);
        QCOMPARE(users.data(users.index(0, UsersModel::Name), Tone::Role).toInt(), int(Tone::Bad));
        QTRY_VERIFY(!directory.isEmpty());
        QVERIFY(people.find(m_olga)->banned);
        m_service.call("POST", ApiPaths::ban(m_olga, false), {}, m_service.operatorToken());
        QTRY_VERIFY_WITH_TIMEOUT(!users.rowAt(0)[u"banned"_s].toBool(), 5000);
    }

    void theDirectoryNamesPeopleForListsAndForTheDesk()
    {
        UserDirectory people(m_client);
        QSignalSpy changed(&people, &UserDirectory::changed);
        // A list tells people apart by username; the desk says as little as it can.
        QCOMPARE(people.deskName(m_ivan), u"…"_s);
        QTRY_COMPARE(people.deskName(m_ivan), u"Иван Петров"_s);
        QCOMPARE(people.displayName(m_ivan), u"Иван Петров (@ivan_p)"_s);
        QCOMPARE(changed.count(), 1);
        // Nobody by that id: "unknown" for the desk, the id in a list, and not asked for again.
        const qint64 nobody = 987654321;
        QCOMPARE(people.deskName(nobody), u"…"_s);
        QTRY_COMPARE(people.deskName(nobody), QString());
        QCOMPARE(people.displayName(nobody), u"#%1"_s.arg(nobody));
        people.request({nobody});
        QCOMPARE(people.deskName(nobody), QString());
        // Another server: everyone is asked for again.
        people.clear();
        QCOMPARE(people.deskName(m_ivan), u"…"_s);
        QTRY_COMPARE(people.deskName(m_ivan), u"Иван Петров"_s);

        UserRecord user;
        user.id = 1;
        user.username = u"anon"_s;
        user.phone = u"+7 900"_s;
        QCOMPARE(UserDirectory::shortName(user), u"@anon"_s);
        QCOMPARE(UserDirectory::displayName(user), u"@anon"_s);
        user.username.clear();
        QCOMPARE(UserDirectory::shortName(user), u"+7 900"_s);
        QCOMPARE(UserDirectory::displayName(user), u"#1"_s);
    }

    void theBroadcastAudienceCountsPeopleOnce()
    {
        // Ivan and Olga are booked today; Ivan twice would still count once.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_service.bookAnyTime(m_queue, QDateTime(today, QTime(0, 45), QTimeZone::utc()), m_ivan);
        BroadcastAudience audience(m_client);
        QSignalSpy counted(&audience, &BroadcastAudience::counted);
        audience.count(m_queue, today, true);
        QVERIFY(counted.wait());
        QCOMPARE(counted.first().at(0).toInt(), 2);
        QCOMPARE(counted.first().at(1).toBool(), false);
        audience.count(m_queue, today.addDays(5), false);
        QVERIFY(counted.wait());
        QCOMPARE(counted.last().at(0).toInt(), 0);
    }

    void theDaySheetComesFromTheExport()
    {
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QUrlQuery query;
        query.addQueryItem(u"from"_s, today);
        query.addQueryItem(u"to"_s, today);
        query.addQueryItem(u"queue_id"_s, QString::number(m_queue));
        ApiReply *reply = m_client.get(ApiPaths::exportBookings(), query);
        QSignalSpy done(reply, &ApiReply::succeeded);
        QVERIFY(done.wait());
        const QByteArray csv = done.first().at(1).toByteArray();
        // The export guards the phone (it starts with '+'); the sheet shows it as typed.
        QVERIFY(csv.contains("'+7 999"));
        const QList<DaySheetRow> rows = DaySheet::rowsFromCsv(csv);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.first().time, u"00:00"_s);
        QCOMPARE(rows.first().name, u"Olga Smirnova"_s);
        const auto ivan = std::find_if(rows.begin(), rows.end(), [](const DaySheetRow &r) { return r.time == u"00:30"_s; });
        QVERIFY(ivan != rows.end());
        QCOMPARE(ivan->name, u"Иван Петров"_s);
        QCOMPARE(ivan->phone, u"+7 999 123-45-67"_s);
        QCOMPARE(ivan->status, u"Booked"_s);
    }

    void csvReadsQuotesAndGuards()
    {
        const CsvTable table = CsvTable::parse("\xEF\xBB\xBF" "a,b,c\r\n\"x, \"\"y\"\"\",'=1+1,\"two\r\nlines\"\r\n");
        QCOMPARE(table.header(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(table.rowCount(), qsizetype(1));
        QCOMPARE(table.value(0, u"a"_s), u"x, \"y\""_s);
        QCOMPARE(table.value(0, u"b"_s), u"=1+1"_s);
        QCOMPARE(table.value(0, u"c"_s), u"two\r\nlines"_s);
        QCOMPARE(CsvTable::unguarded(u"'O'Brien"_s), u"'O'Brien"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackOfficeModels)
#include "tst_backofficemodels.moc"
