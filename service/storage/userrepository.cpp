#include "userrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, telegram_id, first_name, last_name, username, phone, language, blocked_bot, "
                        "banned, no_show_count FROM users "_s;

UserRecord readUser(const SqlRows &q)
{
    UserRecord r;
    r.id = q.value(0).toLongLong();
    r.telegramId = q.value(1).toLongLong();
    r.firstName = q.value(2).toString();
    r.lastName = q.value(3).toString();
    r.username = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.language = q.value(6).toString();
    r.blockedBot = q.value(7).toBool();
    r.banned = q.value(8).toBool();
    r.noShowCount = q.value(9).toInt();
    return r;
}

std::optional<UserRecord> readOne(SqlRows q)
{
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

} // namespace

qint64 UserRepository::upsertFromTelegram(const UserRecord &p, const QDateTime &now) const
{
    return m_session
        .scalar(u"INSERT INTO users (telegram_id, first_name, last_name, username, language, created_at, updated_at, "
                "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (telegram_id) DO UPDATE SET first_name = excluded.first_name, "
                "last_name = excluded.last_name, username = excluded.username, updated_at = excluded.updated_at, "
                "last_seen_at = excluded.last_seen_at RETURNING id"_s,
                {p.telegramId, p.firstName, p.lastName, p.username, p.language, toDb(now), toDb(now), toDb(now)})
        .toLongLong();
}

std::optional<UserRecord> UserRepository::findUnchanged(const UserRecord &profile, const QDateTime &seenSince) const
{
    return readOne(m_session.exec(kSelect + u"WHERE telegram_id = ? AND first_name = ? AND last_name = ? AND username = ? "
                                            "AND last_seen_at >= ?"_s,
                                  {profile.telegramId, profile.firstName, profile.lastName, profile.username,
                                   toDb(seenSince)}));
}

std::optional<UserRecord> UserRepository::find(qint64 id) const
{
    return readOne(m_session.exec(kSelect + u"WHERE id = ?"_s, {id}));
}

std::optional<UserRecord> UserRepository::findByTelegramId(qint64 telegramId) const
{
    return readOne(m_session.exec(kSelect + u"WHERE telegram_id = ?"_s, {telegramId}));
}

QList<UserRecord> UserRepository::findMany(const QList<qint64> &ids) const
{
    QList<UserRecord> users;
    if (ids.isEmpty())
        return users;
    QStringList marks;
    QVariantList params;
    for (qint64 id : ids) {
        marks.append(u"?"_s);
        params.append(id);
    }
    SqlRows q = m_session.exec(kSelect + u"WHERE id IN ("_s + marks.join(u',') + u')', params);
    while (q.next())
        users.append(readUser(q));
    return users;
}

bool UserRepository::setBanned(qint64 id, bool banned, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE users SET banned = ?, updated_at = ? WHERE id = ? AND banned <> ?"_s,
                     {int(banned), toDb(now), id, int(banned)})
               .numRowsAffected()
        == 1;
}

bool UserRepository::setBlockedBot(qint64 id, bool blocked, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE users SET blocked_bot = ?, updated_at = ? WHERE id = ? AND blocked_bot <> ?"_s,
                     {int(blocked), toDb(now), id, int(blocked)})
               .numRowsAffected()
        == 1;
}

bool UserRepository::setLanguage(qint64 id, const QString &language, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE users SET language = ?, updated_at = ? WHERE id = ? AND language <> ?"_s,
                     {language, toDb(now), id, language})
               .numRowsAffected()
        == 1;
}

bool UserRepository::setPhone(qint64 id, const QString &phone, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE users SET phone = ?, updated_at = ? WHERE id = ? AND phone <> ?"_s,
                     {phone, toDb(now), id, phone})
               .numRowsAffected()
        == 1;
}

void UserRepository::incrementNoShows(qint64 id, const QDateTime &now) const
{
    m_session.exec(u"UPDATE users SET no_show_count = no_show_count + 1, updated_at = ? WHERE id = ?"_s,
                   {toDb(now), id});
}

Page<UserRecord> UserRepository::search(const QString &text, std::optional<bool> banned,
                                        const PageRequest &page) const
{
    SqlFilter filter;
    if (!text.isEmpty()) {
        // lower() on both sides, so both dialects fold case the same way for what they fold.
        const QString pattern = containsPattern(text);
        filter.add(u"(lower(first_name) LIKE lower(?) ESCAPE '\\' OR lower(last_name) LIKE lower(?) ESCAPE '\\' "
                   "OR lower(username) LIKE lower(?) ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                   "OR CAST(telegram_id AS TEXT) = ?)"_s,
                   {pattern, pattern, pattern, pattern, text});
    }
    if (banned)
        filter.add(u"banned = ?"_s, {int(*banned)});
    return readPage<UserRecord>(m_session, kSelect, u"users"_s, filter, u"id"_s, page, readUser);
}
