#include "staffrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

StaffRecord readStaff(const SqlRows &q)
{
    StaffRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.role = enumFromString<StaffRole>(q.value(2).toString()).value_or(StaffRole::Viewer);
    r.createdAt = fromDb(q.value(3));
    return r;
}

} // namespace

bool StaffRepository::activeNameExists(const QString &name) const
{
    return m_session.scalar(u"SELECT count(*) FROM staff WHERE name = ? AND revoked_at IS NULL"_s, {name}).toInt() > 0;
}

qint64 StaffRepository::insert(const QString &name, StaffRole role, const QString &tokenHash,
                               const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO staff (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"_s,
                            {name, enumName(role), tokenHash, toDb(now)});
}

QList<StaffRecord> StaffRepository::listActive() const
{
    QList<StaffRecord> result;
    SqlRows q = m_session.exec(
        u"SELECT id, name, role, created_at FROM staff WHERE revoked_at IS NULL ORDER BY name"_s);
    while (q.next())
        result << readStaff(q);
    return result;
}

qint64 StaffRepository::revoke(const QString &name, const QDateTime &now) const
{
    return m_session
        .scalar(u"UPDATE staff SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL RETURNING id"_s,
                {toDb(now), name})
        .toLongLong();
}

std::optional<StaffRecord> StaffRepository::findByTokenHash(const QString &tokenHash) const
{
    SqlRows q = m_session.exec(
        u"SELECT id, name, role, created_at FROM staff WHERE token_hash = ? AND revoked_at IS NULL"_s, {tokenHash});
    if (!q.next())
        return std::nullopt;
    return readStaff(q);
}

std::optional<StaffRecord> StaffRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(
        u"SELECT id, name, role, created_at FROM staff WHERE id = ? AND revoked_at IS NULL"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readStaff(q);
}

bool StaffRepository::revokeById(qint64 id, const QDateTime &now) const
{
    return m_session.exec(u"UPDATE staff SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s, {toDb(now), id})
               .numRowsAffected()
        == 1;
}
