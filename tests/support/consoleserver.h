// A running queue-service for the console's tests: staff tokens of each role, people registered
// as the bot would (through its database, before it starts), and a plain HTTP client that plays
// "another console" making changes the console under test has to notice.
#pragma once

#include "serviceprocess.h"

#include <QJsonObject>

namespace TestSupport {

class ConsoleServer
{
public:
    // Migrates, registers the people, starts the service and makes an operator and a viewer.
    bool start();
    QString log() { return m_service.log(); }
    int stop() { return m_service.stop(); }
    // http://127.0.0.1:PORT, as the console's connect dialog takes it.
    QUrl url() const { return m_service.url({}); }

    QByteArray adminToken;
    QByteArray operatorToken;
    QByteArray viewerToken;
    qint64 alice = 0; // Alice Archer, registered through the bot
    qint64 ivan = 0;  // Иван Петров

    // A request as another console would send it (the admin's token unless one is given).
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {});
    // A call that must succeed with `status`; its JSON body (the test fails hard otherwise).
    QJsonObject must(const QByteArray &method, const QString &path, int status, const QJsonObject &body = {});
    // A queue in UTC taking walk-ins, with `extra` members.
    qint64 createQueue(const QJsonObject &extra = {});
    QJsonObject issueTicket(qint64 queue);

private:
    const QByteArray m_bootstrap = "bootstrap-admin-token-for-console-tests";
    ServiceProcess m_service;
    int m_seq = 0;
};

} // namespace TestSupport
