// The real queue-service with staff of every role, for the console's tests: migrated, started with
// a bootstrap ADMIN_TOKEN that makes an admin (ada), an operator (otto) and a viewer (vera); a
// plain HTTP client beside the console ("another console" whose changes the one under test must
// notice); people registered through the service's database, as the bot registers them; and what
// the API cannot make (slots and bookings in the past, messages whose delivery failed) written
// through the domain.
#pragma once

#include "serviceprocess.h"
#include "testsupport.h"

#include <QJsonObject>

#include <memory>

namespace TestSupport {

class StaffedService
{
public:
    StaffedService();
    ~StaffedService();

    // Migrates, starts the service and makes the three accounts; false with the reason in `error`.
    bool start(QString *error);
    // SIGTERM and wait; the exit code.
    int stop();

    ServiceProcess &process() { return m_service; }
    // http://127.0.0.1:PORT, for ApiClient::setServer and the connect dialog.
    QUrl server() const { return m_service.url(QString()); }
    QByteArray admin() const { return m_admin; }
    QByteArray operatorToken() const { return m_operator; }
    QByteArray viewer() const { return m_viewer; }
    qint64 adminId() const { return m_adminId; }
    Database &database() { return *m_db; }

    // A request as another console sends it, as `token` (the admin's by default).
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {});
    // A call that must answer `status`; its JSON object (a failure stops the test run).
    QJsonObject must(const QByteArray &method, const QString &path, const QJsonObject &body, int status);

    // Someone who started the bot.
    qint64 addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username = {},
                   const QString &phone = {});
    // A queue named `name` (in both languages unless `extra` gives name_ru) in `timezone`: 60 days
    // ahead, 50 bookings a person, 2 seats a slot; `extra` overrides any member.
    qint64 createQueue(const QString &name, const QString &timezone = QStringLiteral("UTC"),
                       const QJsonObject &extra = {});
    // Through the API, as staff make them (so in the future).
    qint64 createSlot(qint64 queue, const QDateTime &start, int minutes = 15, int capacity = 2);
    qint64 book(qint64 slot, qint64 user);
    // `user`'s booking in a new slot of `queue` at `start` (30 minutes, 3 seats), both written
    // through the domain as if made earlier (the slot an hour before it starts, the booking through
    // the bot half an hour before), so it may be in the past.
    qint64 bookAnyTime(qint64 queue, const QDateTime &start, qint64 user);
    // A walk-in ticket in today's live queue; the ticket's JSON.
    QJsonObject issueTicket(qint64 queue);
    // A message to `user` whose delivery failed (`status` failed or dead).
    qint64 failedMessage(qint64 user, const QString &status,
                         const QString &error = QStringLiteral("Forbidden: bot was blocked by the user"));

private:
    ServiceProcess m_service;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<BookingService> m_domain;
    const QByteArray m_bootstrap = "bootstrap-admin-token-for-console-tests";
    QByteArray m_admin;
    QByteArray m_operator;
    QByteArray m_viewer;
    qint64 m_adminId = 0;
};

} // namespace TestSupport
