#include "consoleserver.h"

#include "testsupport.h"

#include "domain/clock.h"

using namespace Qt::StringLiterals;

namespace TestSupport {

bool ConsoleServer::start()
{
    const QStringList env{u"DATABASE_URL=sqlite:"_s + m_service.databasePath()};
    const ProcessResult migrated = runService({u"migrate"_s}, env);
    if (migrated.exitCode != 0) {
        qWarning("migrate failed: %s", qPrintable(migrated.err));
        return false;
    }
    {
        DatabaseUrl url;
        url.path = m_service.databasePath();
        Database db(url);
        SystemClock clock;
        BookingService domain(db, clock);
        const auto person = [&domain](qint64 telegramId, const QString &first, const QString &last) {
            UserRecord profile;
            profile.telegramId = telegramId;
            profile.firstName = first;
            profile.lastName = last;
            profile.language = u"en"_s;
            return domain.registerUser(profile);
        };
        alice = person(2001, u"Alice"_s, u"Archer"_s);
        ivan = person(2002, u"Иван"_s, u"Петров"_s);
    }
    if (!m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(m_bootstrap)}))
        return false;
    const auto staff = [this](const QString &name, const QString &role) {
        return must("POST", u"/api/v1/staff"_s, 201, {{u"name"_s, name}, {u"role"_s, role}})
            .value(u"token"_s)
            .toString()
            .toLatin1();
    };
    adminToken = m_bootstrap; // the bootstrap admin makes a real one, which makes the rest
    adminToken = staff(u"ada"_s, u"admin"_s);
    operatorToken = staff(u"otto"_s, u"operator"_s);
    viewerToken = staff(u"vera"_s, u"viewer"_s);
    return !adminToken.isEmpty() && !operatorToken.isEmpty() && !viewerToken.isEmpty();
}

HttpResult ConsoleServer::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                               const QByteArray &token)
{
    return m_service.send(method, path,
                          body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          token.isEmpty() ? adminToken : token);
}

QJsonObject ConsoleServer::must(const QByteArray &method, const QString &path, int status, const QJsonObject &body)
{
    const HttpResult result = call(method, path, body);
    if (result.status != status)
        qFatal("fixture request %s %s failed: %d %s", method.constData(), qPrintable(path), result.status,
               result.body.constData());
    return result.json().object();
}

qint64 ConsoleServer::createQueue(const QJsonObject &extra)
{
    ++m_seq;
    QJsonObject body{{u"name_ru"_s, u"Очередь %1"_s.arg(m_seq)},
                     {u"name_en"_s, u"Queue %1"_s.arg(m_seq)},
                     {u"timezone"_s, u"UTC"_s},
                     {u"max_active_bookings"_s, 5}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return must("POST", u"/api/v1/queues"_s, 201, body).value(u"id"_s).toInteger();
}

QJsonObject ConsoleServer::issueTicket(qint64 queue)
{
    return must("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(queue), 201);
}

} // namespace TestSupport
