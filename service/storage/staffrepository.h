// SQL for staff accounts; only token hashes are stored.
#pragma once

#include "records.h"
#include "sqlsession.h"

class StaffRepository
{
public:
    explicit StaffRepository(const SqlSession &session) : m_session(session) {}

    bool activeNameExists(const QString &name) const;
    qint64 insert(const QString &name, StaffRole role, const QString &tokenHash, const QDateTime &now) const;
    QList<StaffRecord> listActive() const;
    // Revokes the active account with this name; returns its id, or 0 if there is none.
    qint64 revoke(const QString &name, const QDateTime &now) const;
    std::optional<StaffRecord> findByTokenHash(const QString &tokenHash) const;
    // The active account with this id.
    std::optional<StaffRecord> find(qint64 id) const;
    // Revokes the active account with this id; false if there is none.
    bool revokeById(qint64 id, const QDateTime &now) const;

private:
    const SqlSession &m_session;
};
