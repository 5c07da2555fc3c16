#include "session.h"

#include "apipaths.h"

Session::Session(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_client, &ApiClient::unauthorized, this, [this] {
        if (m_open)
            close();
    });
}

void Session::open(const QUrl &server, const QByteArray &token)
{
    m_client.setServer(server);
    m_client.setToken(token);
    ApiReply *reply = m_client.get(ApiPaths::me());
    reply->onValue<StaffSession>(this, [this](const StaffSession &staff) {
        m_staff = staff;
        m_open = true;
        emit opened();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit failed(failure); });
}

void Session::close()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_client.setToken({});
    m_staff = {};
    if (wasOpen)
        emit closed();
}

bool Session::can(StaffRole needed) const
{
    return m_open && int(m_staff.role) >= int(needed);
}
