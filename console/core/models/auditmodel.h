// The audit log (GET /audit), newest first, a page at a time, filtered by what changed (entity,
// action), who did it and when: who did what to which entity.
#pragma once

#include "administration.h"
#include "models/pagedmodel.h"
#include "userdirectory.h"

#include <QHash>
#include <QTimeZone>

class AuditModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { Time, Who, Action, What, Details };

    struct Filter
    {
        QString entity; // queue, slot …; empty: any
        QString action; // entity.verb; empty: any
        std::optional<ActorType> actorType;
        qint64 actorId = 0;
        QDateTime from; // at or after; invalid: no bound
        QDateTime to;   // before
    };

    AuditModel(ApiClient &client, UserDirectory &people, QObject *parent = nullptr);

    // Reads the entries the filter lets through.
    void show(const Filter &filter);
    void setTimeZone(const QTimeZone &zone);
    // Staff account names by id, for the "who" column (revoked accounts stay "staff #id").
    void setStaffNames(const QHash<qint64, QString> &names);

private:
    QString actorText(const AuditRecord &entry) const;

    UserDirectory &m_people;
    QTimeZone m_zone = QTimeZone::utc();
    QHash<qint64, QString> m_staffNames;
};
