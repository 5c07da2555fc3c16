// SQL for the audit log; every entry carries the revision of the transaction that wrote it.
#pragma once

#include "database.h"
#include "records.h"

class AuditRepository
{
public:
    explicit AuditRepository(const SqlSession &session) : m_session(session) {}

    // Records one change inside `tx`, bumping the revision counter once per transaction.
    static void record(Transaction &tx, const Actor &actor, const QString &action, const QString &entity,
                       qint64 entityId, const QJsonObject &details, const QDateTime &now);
    QList<AuditRecord> forEntity(const QString &entity, qint64 entityId) const;
    qint64 currentRevision() const;

private:
    const SqlSession &m_session;
};
