// shared/apipaths.h against the service's router, both ways: every path the console builds is a
// route the service has, and every admin route has a builder, so neither side can rename one alone.
#include "apipaths.h"
#include "routetable.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestApiPaths : public QObject
{
    Q_OBJECT

    // Every builder, with sample arguments.
    static QStringList built()
    {
        const QDate day(2026, 12, 2);
        QStringList paths{ApiPaths::me(), ApiPaths::health(), ApiPaths::queues(), ApiPaths::queue(7),
                          ApiPaths::slotList(), ApiPaths::slotsBulk(), ApiPaths::slot(7), ApiPaths::cancelSlot(7),
                          ApiPaths::bookings(), ApiPaths::booking(7), ApiPaths::checkIn(7), ApiPaths::users(),
                          ApiPaths::user(7), ApiPaths::ban(7, true), ApiPaths::ban(7, false), ApiPaths::audit(),
                          ApiPaths::outbox(), ApiPaths::retryMessage(7), ApiPaths::stats(), ApiPaths::changes(),
                          ApiPaths::exportBookings(), ApiPaths::staff(), ApiPaths::staffAccount(7),
                          ApiPaths::schedule(7), ApiPaths::scheduleException(7, day), ApiPaths::generate(7),
                          ApiPaths::waitlist(), ApiPaths::waitlistEntry(7), ApiPaths::live(7), ApiPaths::callNext(7),
                          ApiPaths::issueTicket(7), ApiPaths::ticket(7), ApiPaths::broadcast(7)};
        for (const QString &action : {u"recall"_s, u"served"_s, u"no-show"_s, u"return"_s, u"transfer"_s})
            paths << ApiPaths::ticketAction(7, action);
        return paths;
    }

    static QRegularExpression patternOf(const QString &route)
    {
        QString expression = QRegularExpression::escape(route);
        expression.replace(u"\\{id\\}"_s, u"[0-9]+"_s).replace(u"\\{day\\}"_s, u"[0-9]{4}-[0-9]{2}-[0-9]{2}"_s);
        return QRegularExpression(u"^"_s + expression + u"$"_s);
    }

private slots:
    void everyBuiltPathIsARoute()
    {
        QSet<QString> patterns;
        for (const RouteInfo &route : registeredRoutes())
            patterns.insert(route.pattern);
        for (const QString &path : built()) {
            const bool known = std::any_of(patterns.cbegin(), patterns.cend(),
                                           [&](const QString &p) { return patternOf(p).match(path).hasMatch(); });
            QVERIFY2(known, qPrintable(u"no route for "_s + path));
        }
    }

    void everyAdminRouteHasABuilder()
    {
        const QStringList paths = built();
        for (const RouteInfo &route : registeredRoutes()) {
            if (!route.pattern.startsWith(ApiPaths::kPrefix))
                continue;
            const QRegularExpression pattern = patternOf(route.pattern);
            const bool covered =
                std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return pattern.match(p).hasMatch(); });
            QVERIFY2(covered, qPrintable(u"no ApiPaths builder for "_s + route.pattern));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiPaths)
#include "tst_apipaths.moc"
