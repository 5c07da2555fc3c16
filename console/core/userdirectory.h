// The console's one cache of people by user id, for everything that shows a person it knows only
// by id (the live board, a day's bookings, a waiting-list entry, a message, an audit entry): each
// person is read once (GET /users/{id}) and kept; a change to them in the feed reads them again,
// and whoever shows them hears `changed` to redraw.
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
    // A list just read names these people: asks for those not known yet, and again for those a
    // failure left unknown (a view's redraw through find() does not, so it cannot flood the server).
    void request(const QList<qint64> &ids);
    // A person read elsewhere (a search result): no need to ask again.
    void remember(const UserRecord &user);
    // The feed said this person changed: read them again if they are known.
    void refresh(qint64 id);
    // refresh() for each person the feed names.
    void applyChanges(const QList<ChangeEntry> &changes);
    // Another server (or its database replaced): forget everyone; answers still on their way are
    // dropped.
    void clear();

    // "First Last (@username)", or "#id" while unknown: a person in a list, told apart from others.
    QString displayName(qint64 id);
    static QString displayName(const UserRecord &user);
    // "First Last", else "@username", else the phone: a person at the desk, as short as it gets.
    static QString shortName(const UserRecord &user);
    // shortName() of the person; "…" while they are being read (and after a failure, until the
    // next request()); empty when there is no such person (or nothing to call them by).
    QString deskName(qint64 id);
    // "First Last" (empty without either).
    static QString fullName(const UserRecord &user);

signals:
    void changed(qint64 id);

private:
    void fetch(qint64 id);

    ApiClient &m_client;
    QHash<qint64, UserRecord> m_known;
    QSet<qint64> m_asked;
    QSet<qint64> m_failed; // not asked again by find(): a view redraws often
    QSet<qint64> m_gone;   // NotFound: remembered, so no reload asks again
    int m_generation = 0;  // clear() makes answers of an earlier one stale
};
