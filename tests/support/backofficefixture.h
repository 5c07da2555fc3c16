// The real queue-service with staff of every role and what the console's back-office pages show:
// people registered through the bot (written through the domain, as the bot would), queues,
// slots and bookings (through the API, or through the domain for times already past), and
// messages whose delivery failed. For the console tests of People, Messages, Audit, Staff, Status.
#pragma once

#include "serviceprocess.h"
#include "testsupport.h"

#include <QJsonObject>

namespace TestSupport {

class BackOfficeFixture
{
public:
    BackOfficeFixture();
    ~BackOfficeFixture();

    // Migrates, starts the service and creates an admin, an operator and a viewer; false with
    // the reason in `error`.
    bool start(QString *error);

    ServiceProcess &service() { return m_service; }
    QUrl server() const;
    QByteArray admin() const { return m_admin; }
    QByteArray operatorToken() const { return m_operator; }
    QByteArray viewer() const { return m_viewer; }
    qint64 adminId() const { return m_adminId; }
    Database &database() { return *m_db; }

    // A plain HTTP call as `token` (the admin's by default): a second client beside the console.
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {});
    // A call that must answer `status`; its JSON object (a failure stops the test run).
    QJsonObject must(const QByteArray &method, const QString &path, const QJsonObject &body, int status);

    qint64 addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username,
                   const QString &phone = {});
    qint64 createQueue(const QString &nameEn, const QString &nameRu, const QString &timezone = QStringLiteral("UTC"));
    // A slot starting at `start` (UTC); through the domain, so it may be in the past.
    qint64 slotAt(qint64 queue, const QDateTime &start, int minutes = 30, int capacity = 3);
    // A booking of `user` in `slot`, made (through the domain) just before the slot starts.
    qint64 book(qint64 slot, qint64 user);
    // An outbox message to `user` whose delivery failed (`status` failed or dead).
    qint64 failedMessage(qint64 user, const QString &status, const QString &error = QStringLiteral("Forbidden: bot was blocked by the user"));

private:
    ServiceProcess m_service;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<BookingService> m_domain;
    QByteArray m_bootstrap = "back-office-bootstrap-token";
    QByteArray m_admin;
    QByteArray m_operator;
    QByteArray m_viewer;
    qint64 m_adminId = 0;
};

} // namespace TestSupport
