// SQL for the outbox: every message to a user is a row before anything is sent.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

#include <QHash>

class OutboxRepository
{
public:
    explicit OutboxRepository(const SqlSession &session) : m_session(session) {}

    // A row with an edit key settles the older waiting rows of that key (superseded). Every
    // message needs its expiresAt; throws StorageError without one.
    qint64 enqueue(const OutboxRecord &message, const QDateTime &now) const;
    // The message an edit key's rows edit, or 0 before the first was sent.
    qint64 messageFor(const QString &editKey) const;
    QList<OutboxRecord> forUser(qint64 userId) const;
    int countByStatus(const QString &status) const;
    std::optional<OutboxRecord> find(qint64 id) const;
    // Newest first; an empty status or a zero user id does not filter.
    Page<OutboxRecord> search(const QString &status, qint64 userId, const PageRequest &page) const;
    // Makes a failed or dead message pending again, due now; false for any other status.
    bool retry(qint64 id, const QDateTime &now) const;

    // What the sender works through: pending or failed messages due at `now` and not yet past
    // their expiry, earliest due first.
    QList<OutboxRecord> due(const QDateTime &now, int limit) const;
    // The same rows, less those another claimer holds (its claim not yet over at `now`); a
    // claimer's own rows are among them. Inside a write transaction, before claim(): two claimers
    // never get the same row while both claims last.
    QList<OutboxRecord> claimable(const QDateTime &now, int limit, const QString &claimer) const;
    // Claims rows `ids` for `claimer` until `claimUntil` (a claimer's own claim is extended).
    void claim(const QList<qint64> &ids, const QString &claimer, const QDateTime &claimUntil) const;
    // Gives back the waiting rows `claimer` holds, but those in `keep`; returns how many.
    int release(const QString &claimer, const QList<qint64> &keep) const;

    // The deployment's send budget (SendPacing), in epoch microseconds: the moments of recent and
    // reserved sends in (fromUs, toUs], ascending, after those outside were forgotten; new ones.
    QList<qint64> sendMoments(qint64 fromUs, qint64 toUs) const;
    void addSendMoments(const QList<qint64> &moments) const;
    // The end of Telegram's last 429 wait (0: none yet).
    qint64 pausedUntil() const;
    void setPausedUntil(qint64 untilUs) const;
    // Each chat's next allowed send moment (epoch microseconds); chats without one are left out.
    QHash<qint64, qint64> chatGaps(const QList<qint64> &chatIds) const;
    void setChatGaps(const QHash<qint64, qint64> &nextSendUs) const;
    // Forgets chat gaps over before `nowUs`; returns how many.
    int sweepChatGaps(qint64 nowUs) const;
    // Delivered (and the claim released): sent, with this attempt counted (and older waiting versions of an edited message
    // settled). False if the message is no longer waiting.
    bool markSent(qint64 id, const QDateTime &now) const;
    // The message Telegram created for an edit key's first row, which later rows edit.
    void rememberMessage(const QString &editKey, qint64 chatId, qint64 messageId, const QDateTime &now) const;
    // The remembered message is gone (deleted by the person): the next row sends a new one.
    void forgetMessage(const QString &editKey) const;
    // At most `limit` waiting messages past their expiry become expired; returns how many.
    int expire(const QDateTime &now, int limit) const;
    // The earliest expiry of a waiting message, if any.
    std::optional<QDateTime> nextExpiry() const;
    // Not delivered, try again at `nextAttemptAt`; a rate-limit wait does not count as an attempt.
    bool markRetry(qint64 id, bool countAttempt, const QDateTime &nextAttemptAt, const QString &error) const;
    // Never to be sent: dead with the reason.
    bool markDead(qint64 id, bool countAttempt, const QString &error) const;
    // Waiting messages due later than `latest` (a clock that jumped ahead, a back-off since
    // shortened) become due at `at`; returns how many.
    int clampDue(const QDateTime &latest, const QDateTime &at) const;

private:
    const SqlSession &m_session;
};
