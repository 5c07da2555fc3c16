// console_core against the real queue-service: failures decoded by kind (unreachable, token
// refused, a field refused), signing in, following another client's changes through the feed, and
// the merging table models (each under QAbstractItemModelTester).
#include "apiclient.h"
#include "apipaths.h"
#include "changefollower.h"
#include "models/jsontablemodel.h"
#include "models/pagedmodel.h"
#include "serverprofiles.h"
#include "serviceprocess.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QByteArray kAdmin = "console-core-admin-token-0123456789abcdef";

QJsonObject queueBody(const QString &name)
{
    return {{u"name_ru"_s, name}, {u"name_en"_s, name}, {u"timezone"_s, u"Europe/Moscow"_s}};
}

// The failure of `reply`, waiting for it.
std::optional<ApiFailure> failureOf(ApiReply *reply)
{
    std::optional<ApiFailure> result;
    QObject context;
    reply->onFailure(&context, [&](const ApiFailure &failure) { result = failure; });
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(20000))
        return std::nullopt;
    return result;
}

} // namespace

class TestConsoleCore : public QObject
{
    Q_OBJECT

    ServiceProcess m_service;
    ApiClient m_client;

    QUrl server() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_service.port())); }
    // A second client, as another console or curl would be.
    HttpResult other(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_service.send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), kAdmin);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kAdmin)}), qPrintable(m_service.log()));
        m_client.setServer(server());
        m_client.setToken(kAdmin);
    }

    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void unreachableServerIsANetworkProblem()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        ApiClient client;
        client.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        client.setToken(kAdmin);
        QSignalSpy online(&client, &ApiClient::onlineChanged);
        const std::optional<ApiFailure> failure = failureOf(client.get(ApiPaths::me()));
        QVERIFY(failure);
        QCOMPARE(failure->kind, ApiFailure::Kind::Network);
        QVERIFY(failure->isConnectionProblem());
        QVERIFY(!client.isOnline());
        QCOMPARE(online.count(), 1);
        QVERIFY(failure->describe().contains(u"cannot be reached"_s));
    }

    void refusedTokenEndsTheSession()
    {
        ApiClient client;
        Session session(client);
        QSignalSpy failed(&session, &Session::failed);
        session.open(server(), "not-the-token");
        QVERIFY(failed.wait(20000));
        const ApiFailure failure = failed.first().first().value<ApiFailure>();
        QCOMPARE(failure.kind, ApiFailure::Kind::Unauthorized);
        QCOMPARE(failure.httpStatus, 401);
        QVERIFY(!session.isOpen());
        QVERIFY(client.isOnline()); // the server answered: only the token is wrong
    }

    void signingInKnowsTheRole()
    {
        ApiClient client;
        Session session(client);
        QSignalSpy opened(&session, &Session::opened);
        session.open(server(), kAdmin);
        QVERIFY(opened.wait(20000));
        QCOMPARE(session.staff().role, StaffRole::Admin);
        QVERIFY(session.can(StaffRole::Operator));
        // A viewer's token: less is allowed.
        const HttpResult made = other("POST", ApiPaths::staff(), {{u"name"_s, u"reader"_s}, {u"role"_s, u"viewer"_s}});
        QCOMPARE(made.status, 201);
        session.open(server(), made.json()[u"token"_s].toString().toLatin1());
        QVERIFY(opened.wait(20000));
        QCOMPARE(session.staff().name, u"reader"_s);
        QVERIFY(session.can(StaffRole::Viewer));
        QVERIFY(!session.can(StaffRole::Operator));
        // The token is revoked meanwhile: the next call ends the session.
        QSignalSpy closed(&session, &Session::closed);
        QCOMPARE(other("DELETE", ApiPaths::staffAccount(made.json()[u"account"_s][u"id"_s].toInteger())).status, 204);
        client.get(ApiPaths::me());
        QVERIFY(closed.wait(20000));
        QVERIFY(!session.isOpen());
    }

    void refusedFieldIsNamed()
    {
        QJsonObject body = queueBody(u"Bad zone"_s);
        body.insert(u"timezone"_s, u"Mars/Olympus"_s);
        const std::optional<ApiFailure> failure = failureOf(m_client.post(ApiPaths::queues(), body));
        QVERIFY(failure);
        QCOMPARE(failure->kind, ApiFailure::Kind::Validation);
        QCOMPARE(failure->field, u"timezone"_s);
        QVERIFY(failure->describe().contains(u"timezone"_s));
    }

    void followsAnotherClientsChanges()
    {
        ChangeFollower follower(m_client);
        follower.setIntervalMs(100);
        QSignalSpy changed(&follower, &ChangeFollower::changed);
        follower.start();
        // The first read only learns the current revision.
        QTRY_VERIFY_WITH_TIMEOUT(follower.revision() >= 0, 20000);
        const qint64 start = follower.revision();
        const HttpResult made = other("POST", ApiPaths::queues(), queueBody(u"Followed"_s));
        QCOMPARE(made.status, 201);
        QVERIFY(changed.wait(20000));
        const QList<ChangeEntry> entries = changed.first().first().value<QList<ChangeEntry>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entity, u"queue"_s);
        QCOMPARE(entries.first().entityId, made.json()[u"id"_s].toInteger());
        QVERIFY(follower.revision() > start);
        follower.stop();
    }

    void changesSayWhatTheyTouch()
    {
        ChangeEntry slot;
        slot.entity = u"slot"_s;
        ChangeEntry user;
        user.entity = u"user"_s;
        QVERIFY(ChangeFollower::touches({user, slot}, {u"booking", u"slot"}));
        QVERIFY(!ChangeFollower::touches({user}, {u"booking", u"slot"}));
        QVERIFY(!ChangeFollower::touches({}, {u"queue"}));
    }

    void tableMergesInPlace()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({{[] { return u"Name"_s; },
                           [](const QJsonObject &row, int role) -> QVariant {
                               return role == Qt::DisplayRole ? row.value(u"name"_s).toVariant() : QVariant();
                           }}});
        model.setOrder([](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"name"_s).toString() < b.value(u"name"_s).toString();
        });
        model.setRows({{{u"id"_s, 1}, {u"name"_s, u"b"_s}}, {{u"id"_s, 2}, {u"name"_s, u"d"_s}}});
        const QPersistentModelIndex second = model.index(1, 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A new row sorts in; a changed row that keeps its place is updated, not re-inserted.
        model.setRows({{{u"id"_s, 1}, {u"name"_s, u"b"_s}},
                       {{u"id"_s, 2}, {u"name"_s, u"d"_s}, {u"note"_s, u"x"_s}},
                       {{u"id"_s, 3}, {u"name"_s, u"a"_s}}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"a"_s);
        QVERIFY(second.isValid());
        QCOMPARE(second.data(JsonTableModel::IdRole).toLongLong(), 2);
        // Rows gone from the new list are removed.
        model.setRows({{{u"id"_s, 2}, {u"name"_s, u"d"_s}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(2), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    }

    void pagedListFetchesMore()
    {
        for (int i = 0; i < 23; ++i)
            QCOMPARE(other("POST", ApiPaths::queues(), queueBody(u"Paged %1"_s.arg(i))).status, 201);
        const qint64 total = other("GET", ApiPaths::queues()).json()[u"total"_s].toInteger();
        QVERIFY(total >= 23);
        PagedModel model(m_client, ApiPaths::queues());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({{[] { return u"Name"_s; },
                           [](const QJsonObject &row, int role) -> QVariant {
                               return role == Qt::DisplayRole ? row.value(u"name_en"_s).toVariant() : QVariant();
                           }}});
        model.setPageSize(10);
        QSignalSpy loaded(&model, &PagedModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.total(), total);
        // The model tester itself asks for more now and then; a page in flight is not asked twice.
        while (model.rowCount() < total) {
            const bool asked = model.canFetchMore({});
            model.fetchMore({});
            QVERIFY(asked || model.isLoading());
            QVERIFY(loaded.wait(20000));
        }
        QCOMPARE(model.rowCount(), int(total));
        QVERIFY(!model.canFetchMore({}));
    }

    void serverAddressesAreNormalized()
    {
        QCOMPARE(ServerProfiles::normalize(u"queue.example.org"_s), QUrl(u"https://queue.example.org"_s));
        QCOMPARE(ServerProfiles::normalize(u" localhost:8080 "_s), QUrl(u"http://localhost:8080"_s));
        QCOMPARE(ServerProfiles::normalize(u"https://q.example.org/api/v1/me?x=1"_s), QUrl(u"https://q.example.org"_s));
        QVERIFY(!ServerProfiles::normalize(u"ftp://q.example.org"_s).isValid());
        QVERIFY(!ServerProfiles::normalize(u""_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestConsoleCore)
#include "tst_consolecore.moc"
