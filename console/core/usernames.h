// People's names by user id for lists that carry only ids (the live board, a day's bookings):
// each person is asked for once (GET /users/{id}) and kept, so a row reads "Alice Archer"
// instead of a number, and a person who changes their name is asked for again.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QHash>
#include <QObject>
#include <QSet>

class UserNames : public QObject
{
    Q_OBJECT
public:
    explicit UserNames(ApiClient &client, QObject *parent = nullptr);

    // The name of `userId` when known, else empty (ask with request()).
    QString nameOf(qint64 userId) const { return m_names.value(userId); }
    bool isKnown(qint64 userId) const { return m_names.contains(userId); }
    // Asks the server for the ids not known or asked for yet; known() follows for each.
    void request(const QList<qint64> &userIds);
    // Someone changed these people: ask again for the ones known.
    void refresh(const QList<qint64> &userIds);
    void clear();

    // "First Last", else "@username", else the phone: how a person is called on screen.
    static QString displayName(const UserRecord &user);

signals:
    void known(qint64 userId);

private:
    void fetch(qint64 userId);

    ApiClient &m_client;
    QHash<qint64, QString> m_names;
    QSet<qint64> m_asked; // in flight
};
