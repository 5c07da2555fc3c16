#include "outboxdelivery.h"

#include "storage/auditrepository.h"
#include "storage/outboxrepository.h"
#include "storage/userrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Chat gaps over are forgotten this often, so the table holds the chats of the last minute or so.
constexpr qint64 kSweepIntervalMs = 60 * 1000;

} // namespace

OutboxDelivery::OutboxDelivery(Database &db, const Clock &clock, SendPacing pacing, QString claimer)
    : m_db(db)
    , m_clock(clock)
    , m_pacing(pacing)
    , m_claimer(claimer.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : std::move(claimer))
{
}

OutboxDelivery::Claim OutboxDelivery::claim(const ClaimRequest &request)
{
    // Nothing goes out of a damaged database: a send could not be recorded, so it would repeat.
    if (m_db.isDamaged())
        return {};
    // Most reads find nothing due: those need no write transaction (what was spent waits for the
    // next claim that has something to send).
    if (OutboxRepository(m_db.session()).due(m_clock.now(), 1).isEmpty())
        return {};
    Claim result;
    // Under the database's write lock, which every instance's claims take in turn: the budget read
    // here is the deployment's, and what this claim reserves is written before the next one reads.
    m_db.write([&](Transaction &tx) {
        result = {}; // a retried transaction starts again
        const OutboxRepository outbox(tx);
        const UserRepository users(tx);
        const QDateTime now = m_clock.now();
        const qint64 nowUs = now.toMSecsSinceEpoch() * 1000;
        const Spent &spent = request.spent;

        QList<OutboxRecord> candidates = outbox.claimable(now, request.limit, m_claimer);
        const bool more = candidates.size() >= request.limit; // more may be due than were read
        candidates.removeIf([&](const OutboxRecord &m) { return request.skip.contains(m.id); });
        QList<qint64> chats;
        for (const OutboxRecord &m : std::as_const(candidates))
            chats << m.chatId;
        for (auto it = spent.lastByChat.cbegin(); it != spent.lastByChat.cend(); ++it)
            chats << it.key();
        QHash<qint64, qint64> gaps = outbox.chatGaps(chats);
        for (qint64 &gap : gaps)
            gap = m_pacing.clampChat(gap, nowUs);
        QList<qint64> moments = outbox.sendMoments(m_pacing.keepFromUs(nowUs), SendPacing::keepToUs(nowUs));
        qint64 paused = SendPacing::clampPause(qMax(outbox.pausedUntil(), spent.pausedUntilMs * 1000), nowUs);

        // Replies sent meanwhile took moments of their own; a 429 heard here holds every instance.
        QList<qint64> charged;
        QHash<qint64, qint64> changed;
        for (auto it = spent.lastByChat.cbegin(); it != spent.lastByChat.cend(); ++it) {
            qint64 &gap = gaps[it.key()];
            m_pacing.charge(moments, gap, it.value() * 1000);
            charged << it.value() * 1000;
            changed.insert(it.key(), gap);
        }
        // (Replies to one chat beyond the last: moments at now, the latest they can stand for.)
        for (qsizetype i = spent.lastByChat.size(); i < spent.sends; ++i) {
            qint64 ignored = 0;
            m_pacing.charge(moments, ignored, nowUs);
            charged << nowUs;
        }

        QList<qint64> ids;
        QList<qint64> granted;
        qint64 chatFreeUs = 0; // the earliest moment a chat passed over is free
        qint64 notBefore = paused;
        bool full = false;
        for (const OutboxRecord &message : std::as_const(candidates)) {
            if (m_pacing.nextFree(moments, nowUs, notBefore) < 0) {
                full = true;
                break;
            }
            qint64 &gap = gaps[message.chatId];
            const qint64 at = m_pacing.grant(moments, gap, nowUs, notBefore);
            if (at < 0) {
                chatFreeUs = chatFreeUs == 0 ? gap : qMin(chatFreeUs, gap);
                continue;
            }
            // No faster than this sender can send them (its requests in flight at once).
            notBefore = at + request.paceUs;
            changed.insert(message.chatId, gap);
            granted << at;
            result.messages << Due{message, u"ru"_s, false, (at + 999) / 1000};
            ids << message.id;
        }
        // The readers' languages and blocked flags, in one query for the whole claim.
        QSet<qint64> userIds;
        for (const Due &due : std::as_const(result.messages))
            userIds.insert(due.message.userId);
        QHash<qint64, UserRecord> readers;
        for (const UserRecord &user : users.findMany(userIds.values()))
            readers.insert(user.id, user);
        for (Due &due : result.messages) {
            const auto reader = readers.constFind(due.message.userId);
            if (reader == readers.cend())
                continue;
            due.language = reader->language;
            due.userBlockedBot = reader->blockedBot;
        }
        outbox.claim(ids, m_claimer, now.addSecs(kClaimSecs));
        outbox.addSendMoments(charged + granted);
        if (paused > outbox.pausedUntil())
            outbox.setPausedUntil(paused);
        outbox.setChatGaps(changed);
        if (now.toMSecsSinceEpoch() - m_sweptAtMs >= kSweepIntervalMs) {
            outbox.sweepChatGaps(nowUs);
            m_sweptAtMs = now.toMSecsSinceEpoch();
        }

        qint64 nextUs = 0;
        if (full || more)
            nextUs = m_pacing.nextClaimUs(moments, nowUs, paused);
        if (chatFreeUs > 0)
            nextUs = nextUs == 0 ? chatFreeUs : qMin(nextUs, chatFreeUs);
        result.nextClaimMs = nextUs == 0 ? 0 : qMax(nowUs, nextUs) / 1000;
        result.pausedUntilMs = paused > nowUs ? paused / 1000 : 0;
        result.spentCharged = true;
    });
    return result;
}

QList<OutboxDelivery::Due> OutboxDelivery::due(int limit)
{
    ClaimRequest request;
    request.limit = limit;
    return claim(request).messages;
}

int OutboxDelivery::releaseClaims(const QSet<qint64> &inFlight)
{
    int released = 0;
    m_db.write([&](Transaction &tx) { released = OutboxRepository(tx).release(m_claimer, inFlight.values()); });
    return released;
}

void OutboxDelivery::pauseSending(qint64 untilMs)
{
    m_db.write([&](Transaction &tx) {
        const OutboxRepository outbox(tx);
        if (outbox.pausedUntil() < untilMs * 1000)
            outbox.setPausedUntil(untilMs * 1000);
    });
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
