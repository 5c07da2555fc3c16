// SQL for the audit log; every entry carries the revision of the transaction that wrote it.
#pragma once

#include "database.h"
#include "listing.h"
#include "records.h"

#include <optional>

// Which audit entries to read; empty members do not filter.
struct AuditFilter
{
    QString entity;
    qint64 entityId = 0;
    std::optional<ActorType> actorType;
    qint64 actorId = 0;
    QString action;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
};

class AuditRepository
{
public:
    explicit AuditRepository(const SqlSession &session) : m_session(session) {}

    // Records one change inside `tx`, bumping the revision counter once per transaction.
    static void record(Transaction &tx, const Actor &actor, const QString &action, const QString &entity,
                       qint64 entityId, const QJsonObject &details, const QDateTime &now);
    QList<AuditRecord> forEntity(const QString &entity, qint64 entityId) const;
    qint64 currentRevision() const;
    // Newest first.
    Page<AuditRecord> search(const AuditFilter &filter, const PageRequest &page) const;
    // Entries with a revision above `since`, oldest first, at most `limit` of them.
    QList<AuditRecord> afterRevision(qint64 since, int limit) const;
    QList<AuditRecord> atRevision(qint64 revision) const;

private:
    const SqlSession &m_session;
};
