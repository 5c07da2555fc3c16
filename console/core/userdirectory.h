// Names of the people the console shows by id (a waiting-list entry, a message, an audit entry):
// each person is read once (GET /users/{id}) and kept; a change to them in the feed reads them
// again, and whoever shows them hears `changed` to redraw.
#pragma once

#include "administration.h"
#include "apiclient.h"
#include "dto.h"

#include <QHash>
#include <QObject>
#include <QSet>

class UserDirectory : public QObject
{
    Q_OBJECT
public:
    explicit UserDirectory(ApiClient &client, QObject *parent = nullptr);

    // The person if known; otherwise asks for them (changed() follows) and answers nullopt.
    std::optional<UserRecord> find(qint64 id);
    // A person read elsewhere (a search result): no need to ask again.
    void remember(const UserRecord &user);
    // The feed said this person changed: read them again if they are known.
    void refresh(qint64 id);
    // refresh() for each person the feed names.
    void applyChanges(const QList<ChangeEntry> &changes);
    void clear();

    // "First Last (@username)", or "#id" while unknown.
    QString displayName(qint64 id);
    static QString displayName(const UserRecord &user);

signals:
    void changed(qint64 id);

private:
    void fetch(qint64 id);

    ApiClient &m_client;
    QHash<qint64, UserRecord> m_known;
    QSet<qint64> m_asked;
    QSet<qint64> m_failed; // not asked again until refresh(): a view redraws often
};
