#include "usernames.h"

#include "apipaths.h"

using namespace Qt::StringLiterals;

UserNames::UserNames(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void UserNames::request(const QList<qint64> &userIds)
{
    for (qint64 id : userIds) {
        if (id > 0 && !m_names.contains(id) && !m_asked.contains(id))
            fetch(id);
    }
}

void UserNames::refresh(const QList<qint64> &userIds)
{
    for (qint64 id : userIds) {
        if (m_names.contains(id) && !m_asked.contains(id))
            fetch(id);
    }
}

void UserNames::clear()
{
    m_names.clear();
    m_asked.clear();
}

void UserNames::fetch(qint64 userId)
{
    m_asked.insert(userId);
    ApiReply *reply = m_client.get(ApiPaths::user(userId));
    reply->onValue<UserRecord>(this, [this, userId](const UserRecord &user) {
        if (!m_asked.remove(userId))
            return; // cleared meanwhile (another server)
        const QString name = displayName(user);
        if (m_names.value(userId) == name && m_names.contains(userId))
            return;
        m_names.insert(userId, name);
        emit known(userId);
    });
    reply->onFailure(this, [this, userId](const ApiFailure &failure) {
        if (!m_asked.remove(userId))
            return;
        // Gone for good: remembered without a name, so every reload does not ask again. Anything
        // else (offline) is asked again by the next request().
        if (failure.kind == ApiFailure::Kind::NotFound) {
            m_names.insert(userId, QString());
            emit known(userId);
        }
    });
}

QString UserNames::displayName(const UserRecord &user)
{
    const QString full = QStringList{user.firstName.trimmed(), user.lastName.trimmed()}.join(u' ').trimmed();
    if (!full.isEmpty())
        return full;
    if (!user.username.isEmpty())
        return u'@' + user.username;
    return user.phone;
}
