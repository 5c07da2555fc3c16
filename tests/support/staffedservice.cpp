#include "staffedservice.h"

#include "storage/outboxrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TestSupport {

StaffedService::StaffedService() = default;

StaffedService::~StaffedService()
{
    stop();
}

bool StaffedService::start(QString *error)
{
    // Migrated first: the domain below writes to the same file while the service runs.
    const ProcessResult migrated = runService({u"migrate"_s}, {u"DATABASE_URL="_s + m_service.databaseUrl()});
    if (migrated.exitCode != 0) {
        *error = migrated.err;
        return false;
    }
    m_db = m_service.openDatabase();
    m_domain = std::make_unique<BookingService>(*m_db, m_clock);
    if (!m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(m_bootstrap)})) {
        *error = m_service.log();
        return false;
    }
    const struct
    {
        const char16_t *name;
        const char16_t *role;
        QByteArray *token;
    } accounts[] = {{u"ada", u"admin", &m_admin}, {u"otto", u"operator", &m_operator}, {u"vera", u"viewer", &m_viewer}};
    for (const auto &account : accounts) {
        const HttpResult created = call("POST", u"/api/v1/staff"_s,
                                        {{u"name"_s, QString::fromUtf16(account.name)},
                                         {u"role"_s, QString::fromUtf16(account.role)}},
                                        m_bootstrap);
        if (created.status != 201) {
            *error = QString::fromUtf8(created.body);
            return false;
        }
        const QJsonObject answer = created.json().object();
        *account.token = answer.value(u"token"_s).toString().toLatin1();
        if (account.token == &m_admin)
            m_adminId = answer.value(u"account"_s).toObject().value(u"id"_s).toInteger();
    }
    return true;
}

int StaffedService::stop()
{
    m_domain.reset();
    m_db.reset();
    return m_service.stop();
}

HttpResult StaffedService::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                                const QByteArray &token)
{
    return m_service.send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          token.isEmpty() ? m_admin : token);
}

QJsonObject StaffedService::must(const QByteArray &method, const QString &path, const QJsonObject &body, int status)
{
    const HttpResult result = call(method, path, body);
    if (result.status != status)
        qFatal("fixture request %s %s failed: %d %s", method.constData(), qPrintable(path), result.status,
               result.body.constData());
    return result.json().object();
}

qint64 StaffedService::addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username,
                               const QString &phone)
{
    UserRecord profile;
    profile.telegramId = telegramId;
    profile.firstName = first;
    profile.lastName = last;
    profile.username = username;
    const qint64 id = m_domain->registerUser(profile).id;
    if (!phone.isEmpty() && !m_domain->setUserPhone(id, phone, Actor::user(id)).ok())
        qFatal("cannot set a phone");
    return id;
}

qint64 StaffedService::createQueue(const QString &name, const QString &timezone, const QJsonObject &extra)
{
    QJsonObject body{{u"name_ru"_s, name},      {u"name_en"_s, name},
                     {u"timezone"_s, timezone}, {u"horizon_days"_s, 60},
                     {u"max_active_bookings"_s, 50}, {u"default_capacity"_s, 2}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return must("POST", u"/api/v1/queues"_s, body, 201).value(u"id"_s).toInteger();
}

qint64 StaffedService::createSlot(qint64 queue, const QDateTime &start, int minutes, int capacity)
{
    return must("POST", u"/api/v1/slots"_s,
                {{u"queue_id"_s, queue},
                 {u"starts_at"_s, isoUtc(start)},
                 {u"ends_at"_s, isoUtc(start.addSecs(qint64(minutes) * 60))},
                 {u"capacity"_s, capacity}},
                201)
        .value(u"id"_s)
        .toInteger();
}

qint64 StaffedService::book(qint64 slot, qint64 user)
{
    return must("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, user}}, 201)
        .value(u"id"_s)
        .toInteger();
}

qint64 StaffedService::bookAnyTime(qint64 queue, const QDateTime &start, qint64 user)
{
    ManualClock slotMade(start.addSecs(-3600));
    const Outcome<SlotRecord> slot = BookingService(*m_db, slotMade)
                                         .createSlot(queue, start, start.addSecs(30 * 60), 3, Actor::staff(m_adminId));
    if (!slot.ok())
        qFatal("cannot create a slot: %s", qPrintable(refusalCode(slot.refusal())));
    ManualClock booked(start.addSecs(-1800));
    const Outcome<BookingRecord> booking =
        BookingService(*m_db, booked).book(user, slot.value().id, BookingSource::Telegram, Actor::user(user));
    if (!booking.ok())
        qFatal("cannot book: %s", qPrintable(refusalCode(booking.refusal())));
    return booking.value().id;
}

QJsonObject StaffedService::issueTicket(qint64 queue)
{
    return must("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(queue), {}, 201);
}

qint64 StaffedService::failedMessage(qint64 user, const QString &status, const QString &error)
{
    const SqlSession session = m_db->session();
    OutboxRecord message;
    message.userId = user;
    message.chatId = 1;
    message.templateName = u"reminder"_s;
    message.expiresAt = m_clock.now().addDays(1);
    const qint64 id = OutboxRepository(session).enqueue(message, m_clock.now());
    session.exec(u"UPDATE outbox SET status = ?, attempts = 5, last_error = ? WHERE id = ?"_s, {status, error, id});
    return id;
}

} // namespace TestSupport
