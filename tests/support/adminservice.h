// The real queue-service started with a bootstrap admin token, and one-line helpers for what the
// console's tests look at: queues, slots and bookings through the admin API, and people
// registered through the service's database file, as the bot would register them.
#pragma once

#include "serviceprocess.h"

#include "domain/bookingservice.h"
#include "storage/database.h"

#include <QJsonObject>

#include <memory>

namespace TestSupport {

class AdminService
{
public:
    AdminService();
    ~AdminService();

    bool start();
    int stop();
    ServiceProcess &process() { return m_service; }
    // The server's address for ApiClient::setServer, and the token that signs in as an admin.
    QUrl server() const { return m_service.url(QString()); }
    QByteArray token() const { return m_token; }

    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {});
    // A call that must answer `status`; a failure here stops the run with the reason.
    QJsonObject must(const QByteArray &method, const QString &path, const QJsonObject &body, int status);

    // A queue named after `name`, in `timezone`; `extra` overrides any member.
    qint64 createQueue(const QString &name, const QString &timezone, const QJsonObject &extra = {});
    qint64 createSlot(qint64 queueId, const QDateTime &startsAt, int minutes = 15, int capacity = 2);
    qint64 book(qint64 slotId, qint64 userId);
    qint64 addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username,
                   const QString &phone = {});
    // A new staff account's token ("viewer", "operator", "admin").
    QByteArray staffToken(const QString &name, const QString &role);

private:
    ServiceProcess m_service;
    QByteArray m_token = "bootstrap-admin-token-for-console-tests";
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<BookingService> m_domain;
};

} // namespace TestSupport
