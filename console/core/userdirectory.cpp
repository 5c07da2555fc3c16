#include "userdirectory.h"

#include "apipaths.h"

using namespace Qt::StringLiterals;

UserDirectory::UserDirectory(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<UserRecord> UserDirectory::find(qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    const auto it = m_known.constFind(id);
    if (it != m_known.constEnd())
        return *it;
    if (!m_failed.contains(id))
        fetch(id);
    return std::nullopt;
}

void UserDirectory::remember(const UserRecord &user)
{
    const auto it = m_known.constFind(user.id);
    if (it != m_known.constEnd() && it->toJson() == user.toJson())
        return;
    m_known.insert(user.id, user);
    emit changed(user.id);
}

void UserDirectory::refresh(qint64 id)
{
    if (m_known.contains(id) || m_failed.remove(id))
        fetch(id);
}

void UserDirectory::applyChanges(const QList<ChangeEntry> &changes)
{
    for (const ChangeEntry &change : changes) {
        if (change.entity == u"user"_s)
            refresh(change.entityId);
    }
}

void UserDirectory::clear()
{
    m_known.clear();
    m_asked.clear();
    m_failed.clear();
}

void UserDirectory::fetch(qint64 id)
{
    if (m_asked.contains(id))
        return;
    m_asked.insert(id);
    ApiReply *reply = m_client.get(ApiPaths::user(id));
    reply->onValue<UserRecord>(this, [this](const UserRecord &user) { remember(user); });
    reply->onFailure(this, [this, id](const ApiFailure &failure) {
        if (failure.kind != ApiFailure::Kind::Cancelled)
            m_failed.insert(id);
    });
    connect(reply, &ApiReply::finished, this, [this, id] { m_asked.remove(id); });
}

QString UserDirectory::displayName(qint64 id)
{
    if (id <= 0)
        return {};
    const std::optional<UserRecord> user = find(id);
    return user ? displayName(*user) : u"#%1"_s.arg(id);
}

QString UserDirectory::displayName(const UserRecord &user)
{
    QString name = QStringList{user.firstName, user.lastName}.join(u' ').trimmed();
    if (!user.username.isEmpty())
        name = name.isEmpty() ? QString(u'@' + user.username) : QString(name + u" (@"_s + user.username + u')');
    return name.isEmpty() ? u"#%1"_s.arg(user.id) : name;
}
