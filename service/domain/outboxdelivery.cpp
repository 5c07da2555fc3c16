#include "outboxdelivery.h"

#include "storage/auditrepository.h"
#include "storage/outboxrepository.h"
#include "storage/userrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

OutboxDelivery::OutboxDelivery(Database &db, const Clock &clock, QString claimer)
    : m_db(db)
    , m_clock(clock)
    , m_claimer(claimer.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : std::move(claimer))
{
}

QList<OutboxDelivery::Due> OutboxDelivery::due(int limit)
{
    // Nothing goes out of a damaged database: a send could not be recorded, so it would repeat.
    if (m_db.isDamaged())
        return {};
    // Most reads find nothing due: those need no write transaction.
    if (OutboxRepository(m_db.session()).due(m_clock.now(), 1).isEmpty())
        return {};
    QList<Due> result;
    m_db.write([&](Transaction &tx) {
        result.clear(); // a retried transaction starts again
        const UserRepository users(tx);
        const QDateTime now = m_clock.now();
        const QList<OutboxRecord> claimed =
            OutboxRepository(tx).claimDue(now, limit, m_claimer, now.addSecs(kClaimSecs));
        for (const OutboxRecord &message : claimed) {
            Due due{message, u"ru"_s, false};
            if (const std::optional<UserRecord> user = users.find(message.userId)) {
                due.language = user->language;
                due.userBlockedBot = user->blockedBot;
            }
            result << due;
        }
    });
    return result;
}

void OutboxDelivery::sent(const OutboxRecord &message, qint64 telegramMessageId)
{
    m_db.write([&](Transaction &tx) {
        const OutboxRepository outbox(tx);
        const QDateTime now = m_clock.now();
        outbox.markSent(message.id, now);
        // Kept even when a newer row superseded this one meanwhile: that row edits this message.
        if (!message.editKey.isEmpty() && telegramMessageId > 0)
            outbox.rememberMessage(message.editKey, message.chatId, telegramMessageId, now);
    });
}

qint64 OutboxDelivery::messageFor(const QString &editKey)
{
    return OutboxRepository(m_db.session()).messageFor(editKey);
}

void OutboxDelivery::editFailed(const OutboxRecord &message)
{
    m_db.write([&](Transaction &tx) {
        const OutboxRepository outbox(tx);
        outbox.forgetMessage(message.editKey);
        outbox.markRetry(message.id, false, m_clock.now(), u"edit failed: sending a new message"_s);
    });
}

void OutboxDelivery::retryLater(qint64 messageId, bool countAttempt, const QDateTime &at, const QString &error)
{
    m_db.write([&](Transaction &tx) { OutboxRepository(tx).markRetry(messageId, countAttempt, at, error); });
}

void OutboxDelivery::dead(qint64 messageId, bool countAttempt, const QString &reason)
{
    m_db.write([&](Transaction &tx) { OutboxRepository(tx).markDead(messageId, countAttempt, reason); });
}

int OutboxDelivery::resetStale(qint64 maxDelaySecs)
{
    int moved = 0;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        moved = OutboxRepository(tx).clampDue(now.addSecs(maxDelaySecs), now);
    });
    return moved;
}

bool OutboxDelivery::setBlockedBot(qint64 telegramId, bool blocked, qint64 updateId)
{
    return changeBlocked([&](const UserRepository &users) { return users.findByTelegramId(telegramId); }, blocked,
                         updateId);
}

bool OutboxDelivery::markUserBlocked(qint64 userId)
{
    return changeBlocked([&](const UserRepository &users) { return users.find(userId); }, true, 0);
}

bool OutboxDelivery::changeBlocked(const std::function<std::optional<UserRecord>(const UserRepository &)> &find,
                                   bool blocked, qint64 updateId)
{
    bool changed = false;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository users(tx);
        const std::optional<UserRecord> user = find(users);
        if (!user || !users.setBlockedBot(user->id, blocked, now))
            return;
        const Actor actor = updateId != 0 ? Actor::telegram(user->id, updateId) : Actor::system();
        AuditRepository::record(tx, actor, blocked ? u"user.block_bot"_s : u"user.unblock_bot"_s, u"user"_s, user->id,
                                {}, now);
        changed = true;
    });
    return changed;
}
