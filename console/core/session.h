// Who the console is signed in as, on which server: opens with GET /me, knows the role (so the
// windows offer only what it allows), and ends when the token is refused.
#pragma once

#include "administration.h"
#include "apiclient.h"

#include <QObject>

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(ApiClient &client, QObject *parent = nullptr);

    // Points the client at `server` with `token` and asks who that is; opened() or failed().
    void open(const QUrl &server, const QByteArray &token);
    void close();

    bool isOpen() const { return m_open; }
    const StaffSession &staff() const { return m_staff; }
    // Whether the signed-in role reaches `needed` (viewer < operator < admin).
    bool can(StaffRole needed) const;
    ApiClient &client() { return m_client; }

signals:
    void opened();
    void failed(const ApiFailure &failure);
    void closed();

private:
    ApiClient &m_client;
    StaffSession m_staff;
    bool m_open = false;
};
