#include "adminservice.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TestSupport {

AdminService::AdminService() = default;

AdminService::~AdminService()
{
    m_domain.reset();
    m_db.reset();
}

bool AdminService::start()
{
    if (!m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(m_token)}))
        return false;
    DatabaseUrl url;
    url.path = m_service.databasePath();
    m_db = std::make_unique<Database>(url);
    m_domain = std::make_unique<BookingService>(*m_db, m_clock);
    return true;
}

int AdminService::stop()
{
    m_domain.reset();
    m_db.reset();
    return m_service.stop();
}

HttpResult AdminService::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                              const QByteArray &token)
{
    return m_service.send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          token.isEmpty() ? m_token : token);
}

QJsonObject AdminService::must(const QByteArray &method, const QString &path, const QJsonObject &body, int status)
{
    const HttpResult result = call(method, path, body);
    if (result.status != status)
        qFatal("fixture request %s %s failed: %d %s", method.constData(), qPrintable(path), result.status,
               result.body.constData());
    return result.json().object();
}

qint64 AdminService::createQueue(const QString &name, const QString &timezone, const QJsonObject &extra)
{
    QJsonObject body{{u"name_ru"_s, name}, {u"name_en"_s, name},       {u"timezone"_s, timezone},
                     {u"horizon_days"_s, 60}, {u"max_active_bookings"_s, 50}, {u"default_capacity"_s, 2}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return must("POST", u"/api/v1/queues"_s, body, 201).value(u"id"_s).toInteger();
}

qint64 AdminService::createSlot(qint64 queueId, const QDateTime &startsAt, int minutes, int capacity)
{
    return must("POST", u"/api/v1/slots"_s,
                {{u"queue_id"_s, queueId},
                 {u"starts_at"_s, isoUtc(startsAt)},
                 {u"ends_at"_s, isoUtc(startsAt.addSecs(qint64(minutes) * 60))},
                 {u"capacity"_s, capacity}},
                201)
        .value(u"id"_s)
        .toInteger();
}

qint64 AdminService::book(qint64 slotId, qint64 userId)
{
    return must("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slotId}, {u"user_id"_s, userId}}, 201)
        .value(u"id"_s)
        .toInteger();
}

qint64 AdminService::addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username,
                             const QString &phone)
{
    UserRecord profile;
    profile.telegramId = telegramId;
    profile.firstName = first;
    profile.lastName = last;
    profile.username = username;
    const qint64 id = m_domain->registerUser(profile);
    if (!phone.isEmpty())
        m_domain->setUserPhone(id, phone, Actor::user(id));
    return id;
}

QByteArray AdminService::staffToken(const QString &name, const QString &role)
{
    return must("POST", u"/api/v1/staff"_s, {{u"name"_s, name}, {u"role"_s, role}}, 201)
        .value(u"token"_s)
        .toString()
        .toLatin1();
}

} // namespace TestSupport
