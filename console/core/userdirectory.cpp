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
    if (!m_failed.contains(id) && !m_gone.contains(id))
        fetch(id);
    return std::nullopt;
}

void UserDirectory::request(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (id <= 0 || m_known.contains(id) || m_gone.contains(id))
            continue;
        m_failed.remove(id);
        fetch(id);
    }
}

void UserDirectory::remember(const UserRecord &user)
{
    m_gone.remove(user.id);
    const auto it = m_known.constFind(user.id);
    if (it != m_known.constEnd() && it->toJson() == user.toJson())
        return;
    m_known.insert(user.id, user);
    emit changed(user.id);
}

void UserDirectory::refresh(qint64 id)
{
    if (m_known.contains(id) || m_failed.remove(id) || m_gone.remove(id))
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
    ++m_generation;
    m_known.clear();
    m_asked.clear();
    m_failed.clear();
    m_gone.clear();
}

void UserDirectory::fetch(qint64 id)
{
    if (m_asked.contains(id))
        return;
    m_asked.insert(id);
    const int generation = m_generation;
    const auto current = [this, generation] { return generation == m_generation; };
    ApiReply *reply = m_client.get(ApiPaths::user(id));
    reply->onValue<UserRecord>(this, [this, current](const UserRecord &user) {
        if (current())
            remember(user);
    });
    reply->onFailure(this, [this, id, current](const ApiFailure &failure) {
        if (!current() || failure.kind == ApiFailure::Kind::Cancelled)
            return;
        if (failure.kind == ApiFailure::Kind::NotFound) {
            m_gone.insert(id);
            emit changed(id); // "…" becomes "unknown"
        } else {
            m_failed.insert(id);
        }
    });
    connect(reply, &ApiReply::finished, this, [this, id, current] {
        if (current())
            m_asked.remove(id);
    });
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
    QString name = fullName(user);
    if (!user.username.isEmpty())
        name = name.isEmpty() ? QString(u'@' + user.username) : QString(name + u" (@"_s + user.username + u')');
    return name.isEmpty() ? u"#%1"_s.arg(user.id) : name;
}

QString UserDirectory::shortName(const UserRecord &user)
{
    const QString full = fullName(user);
    if (!full.isEmpty())
        return full;
    if (!user.username.isEmpty())
        return u'@' + user.username;
    return user.phone;
}

QString UserDirectory::deskName(qint64 id)
{
    const std::optional<UserRecord> user = find(id);
    if (user)
        return shortName(*user);
    return m_gone.contains(id) ? QString() : u"…"_s;
}

QString UserDirectory::fullName(const UserRecord &user)
{
    return QStringList{user.firstName.trimmed(), user.lastName.trimmed()}.join(u' ').trimmed();
}
