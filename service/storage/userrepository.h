// SQL for Telegram users.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

class UserRepository
{
public:
    explicit UserRepository(const SqlSession &session) : m_session(session) {}

    // Creates the user or refreshes the profile fields Telegram sent; returns the internal id.
    qint64 upsertFromTelegram(const UserRecord &profile, const QDateTime &now) const;
    std::optional<UserRecord> find(qint64 id) const;
    // The person with `profile`'s Telegram id if their name and username are still these and they
    // were seen since `seenSince`: then there is nothing to write.
    std::optional<UserRecord> findUnchanged(const UserRecord &profile, const QDateTime &seenSince) const;
    std::optional<UserRecord> findByTelegramId(qint64 telegramId) const;
    // The users among `ids` that exist, in one query (a page of bookings with their people, the
    // readers of an outbox claim).
    QList<UserRecord> findMany(const QList<qint64> &ids) const;
    bool setBanned(qint64 id, bool banned, const QDateTime &now) const;
    // The person blocked the bot (or unblocked it); false if the flag was already so.
    bool setBlockedBot(qint64 id, bool blocked, const QDateTime &now) const;
    // False when the user does not exist or already has this value.
    bool setLanguage(qint64 id, const QString &language, const QDateTime &now) const;
    bool setPhone(qint64 id, const QString &phone, const QDateTime &now) const;
    void incrementNoShows(qint64 id, const QDateTime &now) const;
    // Users whose names, username or phone contain `text` (case-insensitive for Latin letters),
    // or whose Telegram id is `text`; optionally only banned or only not banned ones.
    Page<UserRecord> search(const QString &text, std::optional<bool> banned, const PageRequest &page) const;

private:
    const SqlSession &m_session;
};
