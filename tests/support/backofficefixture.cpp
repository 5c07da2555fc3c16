#include "backofficefixture.h"

#include "storage/outboxrepository.h"
#include "storage/slotrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TestSupport {

BackOfficeFixture::BackOfficeFixture() = default;

BackOfficeFixture::~BackOfficeFixture()
{
    m_domain.reset();
    m_db.reset();
    m_service.stop();
}

bool BackOfficeFixture::start(QString *error)
{
    const QStringList env{u"DATABASE_URL=sqlite:"_s + m_service.databasePath()};
    const ProcessResult migrated = runService({u"migrate"_s}, env);
    if (migrated.exitCode != 0) {
        *error = migrated.err;
        return false;
    }
    DatabaseUrl url;
    url.path = m_service.databasePath();
    m_db = std::make_unique<Database>(url);
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
        *account.token = created.json().object().value(u"token"_s).toString().toLatin1();
        if (account.token == &m_admin)
            m_adminId = created.json().object().value(u"account"_s).toObject().value(u"id"_s).toInteger();
    }
    return true;
}

QUrl BackOfficeFixture::server() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_service.port()));
}

HttpResult BackOfficeFixture::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                                   const QByteArray &token)
{
    return m_service.send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          token.isEmpty() ? m_admin : token);
}

QJsonObject BackOfficeFixture::must(const QByteArray &method, const QString &path, const QJsonObject &body, int status)
{
    const HttpResult result = call(method, path, body);
    if (result.status != status)
        qFatal("fixture request %s %s failed: %d %s", method.constData(), qPrintable(path), result.status,
               result.body.constData());
    return result.json().object();
}

qint64 BackOfficeFixture::addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username,
                                  const QString &phone)
{
    UserRecord profile;
    profile.telegramId = telegramId;
    profile.firstName = first;
    profile.lastName = last;
    profile.username = username;
    profile.language = u"ru"_s;
    const qint64 id = m_domain->registerUser(profile);
    if (!phone.isEmpty() && !m_domain->setUserPhone(id, phone, Actor::user(id)).ok())
        qFatal("cannot set a phone");
    return id;
}

qint64 BackOfficeFixture::createQueue(const QString &nameEn, const QString &nameRu, const QString &timezone)
{
    return must("POST", u"/api/v1/queues"_s,
                {{u"name_ru"_s, nameRu},
                 {u"name_en"_s, nameEn},
                 {u"timezone"_s, timezone},
                 {u"horizon_days"_s, 60},
                 {u"max_active_bookings"_s, 50},
                 {u"default_capacity"_s, 3}},
                201)
        .value(u"id"_s)
        .toInteger();
}

qint64 BackOfficeFixture::slotAt(qint64 queue, const QDateTime &start, int minutes, int capacity)
{
    ManualClock before(start.addSecs(-3600));
    BookingService earlier(*m_db, before);
    const Outcome<SlotRecord> slot =
        earlier.createSlot(queue, start, start.addSecs(60 * minutes), capacity, Actor::staff(m_adminId));
    if (!slot.ok())
        qFatal("cannot create a slot: %s", qPrintable(refusalCode(slot.refusal())));
    return slot.value().id;
}

qint64 BackOfficeFixture::book(qint64 slot, qint64 user)
{
    const std::optional<SlotRecord> record = SlotRepository(m_db->session()).find(slot);
    ManualClock before(record->startsAt.addSecs(-1800));
    BookingService earlier(*m_db, before);
    const Outcome<BookingRecord> booking = earlier.book(user, slot, BookingSource::Telegram, Actor::user(user));
    if (!booking.ok())
        qFatal("cannot book: %s", qPrintable(refusalCode(booking.refusal())));
    return booking.value().id;
}

qint64 BackOfficeFixture::failedMessage(qint64 user, const QString &status, const QString &error)
{
    const SqlSession session = m_db->session();
    OutboxRecord message;
    message.userId = user;
    message.chatId = 1;
    message.templateName = u"reminder"_s;
    const qint64 id = OutboxRepository(session).enqueue(message, m_clock.now());
    session.exec(u"UPDATE outbox SET status = ?, attempts = 5, last_error = ? WHERE id = ?"_s, {status, error, id});
    return id;
}

} // namespace TestSupport
