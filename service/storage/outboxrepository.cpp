#include "outboxrepository.h"

#include "dialect.h"
#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, user_id, chat_id, template, params, status, attempts, next_attempt_at, "
                        "last_error, created_at, sent_at, edit_key, expires_at, "
                        "(SELECT message_id FROM chat_messages WHERE chat_messages.edit_key = outbox.edit_key) "
                        "FROM outbox "_s;

OutboxRecord readMessage(const SqlRows &q)
{
    OutboxRecord r;
    r.id = q.value(0).toLongLong();
    r.userId = q.value(1).toLongLong();
    r.chatId = q.value(2).toLongLong();
    r.templateName = q.value(3).toString();
    r.params = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    r.status = q.value(5).toString();
    r.attempts = q.value(6).toInt();
    r.nextAttemptAt = fromDb(q.value(7));
    r.lastError = q.value(8).toString();
    r.createdAt = fromDb(q.value(9));
    if (!q.value(10).isNull())
        r.sentAt = fromDb(q.value(10));
    r.editKey = q.value(11).toString();
    if (!q.value(12).isNull())
        r.expiresAt = fromDb(q.value(12));
    r.editMessageId = q.value(13).toLongLong();
    return r;
}

} // namespace

qint64 OutboxRepository::enqueue(const OutboxRecord &m, const QDateTime &now) const
{
    // A newer state of an edited message makes the waiting older ones pointless: they are settled
    // now, so the outbox holds one row per key however often the state changes (a long line,
    // the bot off for a while). One already on its way still finishes and its message is kept.
    if (!m.expiresAt || !m.expiresAt->isValid())
        throw StorageError(u"an outbox message needs the moment it expires"_s);
    if (!m.editKey.isEmpty()) {
        m_session.exec(u"UPDATE outbox SET status = 'sent', sent_at = ?, last_error = 'superseded' "
                       "WHERE edit_key = ? AND status IN ('pending', 'failed')"_s,
                       {toDb(now), m.editKey});
    }
    return m_session.insert(u"INSERT INTO outbox (user_id, chat_id, template, params, status, next_attempt_at, "
                            "created_at, edit_key, expires_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)"_s,
                            {m.userId, m.chatId, m.templateName,
                             QString::fromUtf8(QJsonDocument(m.params).toJson(QJsonDocument::Compact)), toDb(now),
                             toDb(now), m.editKey.isEmpty() ? QVariant() : QVariant(m.editKey),
                             toDb(*m.expiresAt)});
}

QList<OutboxRecord> OutboxRepository::forUser(qint64 userId) const
{
    QList<OutboxRecord> result;
    SqlRows q = m_session.exec(kSelect + u"WHERE user_id = ? ORDER BY id"_s, {userId});
    while (q.next())
        result << readMessage(q);
    return result;
}

int OutboxRepository::countByStatus(const QString &status) const
{
    return m_session.scalar(u"SELECT count(*) FROM outbox WHERE status = ?"_s, {status}).toInt();
}

std::optional<OutboxRecord> OutboxRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readMessage(q);
}

Page<OutboxRecord> OutboxRepository::search(const QString &status, qint64 userId, const PageRequest &page) const
{
    SqlFilter filter;
    if (!status.isEmpty())
        filter.add(u"status = ?"_s, {status});
    if (userId > 0)
        filter.add(u"user_id = ?"_s, {userId});
    return readPage<OutboxRecord>(m_session, kSelect, u"outbox"_s, filter, u"id DESC"_s, page, readMessage);
}

bool OutboxRepository::retry(qint64 id, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE outbox SET status = 'pending', next_attempt_at = ? "
                                       "WHERE id = ? AND status IN ('failed', 'dead')"_s,
                                       {toDb(now), id});
    return q.numRowsAffected() == 1;
}

namespace {

// Waiting and due, not yet expired; of the rows sharing an edit key only the newest is sent: it
// carries the latest state.
const QString kDueWhere = u"WHERE status IN ('pending', 'failed') AND next_attempt_at <= ? "
                          "AND expires_at > ? AND (edit_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox newer "
                          "WHERE newer.edit_key = outbox.edit_key AND newer.id > outbox.id "
                          "AND newer.status IN ('pending', 'failed'))) "_s;
const QString kDueOrder = u"ORDER BY next_attempt_at, id LIMIT ?"_s;

} // namespace

QList<OutboxRecord> OutboxRepository::due(const QDateTime &now, int limit) const
{
    QList<OutboxRecord> result;
    SqlRows q = m_session.exec(kSelect + kDueWhere + kDueOrder, {toDb(now), toDb(now), limit});
    while (q.next())
        result << readMessage(q);
    return result;
}

QList<OutboxRecord> OutboxRepository::claimable(const QDateTime &now, int limit, const QString &claimer) const
{
    QList<OutboxRecord> result;
    SqlRows q = m_session.exec(kSelect + kDueWhere + u"AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until <= ?) "_s +
                                   kDueOrder + Dialect::lockSkippingLocked(m_session),
                               {toDb(now), toDb(now), claimer, toDb(now), limit});
    while (q.next())
        result << readMessage(q);
    return result;
}

namespace {

// Integers just read from the database are spliced into IN (…) rather than bound one by one.
QString idList(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(u',');
}

} // namespace

void OutboxRepository::claim(const QList<qint64> &ids, const QString &claimer, const QDateTime &claimUntil) const
{
    if (ids.isEmpty())
        return;
    m_session.exec(u"UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN ("_s + idList(ids) + u')',
                   {claimer, toDb(claimUntil)});
}

int OutboxRepository::release(const QString &claimer, const QList<qint64> &keep) const
{
    const QString kept = keep.isEmpty() ? QString() : u" AND id NOT IN ("_s + idList(keep) + u')';
    return m_session
        .exec(u"UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? "
              "AND status IN ('pending', 'failed')"_s + kept,
              {claimer})
        .numRowsAffected();
}

QList<qint64> OutboxRepository::sendMoments(qint64 fromUs, qint64 toUs) const
{
    m_session.exec(u"DELETE FROM send_moments WHERE moment_us <= ? OR moment_us > ?"_s, {fromUs, toUs});
    QList<qint64> moments;
    SqlRows q = m_session.exec(u"SELECT moment_us FROM send_moments ORDER BY moment_us"_s);
    while (q.next())
        moments << q.value(0).toLongLong();
    return moments;
}

void OutboxRepository::addSendMoments(const QList<qint64> &moments) const
{
    // In statements of up to 100 rows; the values are integers, spliced in.
    for (qsizetype from = 0; from < moments.size(); from += 100) {
        QStringList rows;
        for (qint64 moment : moments.mid(from, 100))
            rows << u"("_s + QString::number(moment) + u')';
        m_session.exec(u"INSERT INTO send_moments (moment_us) VALUES "_s + rows.join(u','));
    }
}

qint64 OutboxRepository::pausedUntil() const
{
    return m_session.scalar(u"SELECT paused_until_us FROM send_budget WHERE id = 1"_s).toLongLong();
}

void OutboxRepository::setPausedUntil(qint64 untilUs) const
{
    m_session.exec(u"INSERT INTO send_budget (id, paused_until_us) VALUES (1, ?) "
                   "ON CONFLICT (id) DO UPDATE SET paused_until_us = excluded.paused_until_us"_s,
                   {untilUs});
}

QHash<qint64, qint64> OutboxRepository::chatGaps(const QList<qint64> &chatIds) const
{
    QHash<qint64, qint64> result;
    if (chatIds.isEmpty())
        return result;
    SqlRows q = m_session.exec(u"SELECT chat_id, next_send_us FROM chat_send_gaps WHERE chat_id IN ("_s +
                               idList(chatIds) + u')');
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

void OutboxRepository::setChatGaps(const QHash<qint64, qint64> &nextSendUs) const
{
    for (auto it = nextSendUs.cbegin(); it != nextSendUs.cend(); ++it) {
        m_session.exec(u"INSERT INTO chat_send_gaps (chat_id, next_send_us) VALUES (?, ?) ON CONFLICT (chat_id) "
                       "DO UPDATE SET next_send_us = excluded.next_send_us"_s,
                       {it.key(), it.value()});
    }
}

int OutboxRepository::sweepChatGaps(qint64 nowUs) const
{
    return m_session.exec(u"DELETE FROM chat_send_gaps WHERE next_send_us < ?"_s, {nowUs}).numRowsAffected();
}

bool OutboxRepository::markSent(qint64 id, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, "
                                       "last_error = '', claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status IN ('pending', 'failed')"_s,
                                       {toDb(now), id});
    if (q.numRowsAffected() != 1)
        return false;
    // Older versions of an edited message are settled by this one.
    m_session.exec(u"UPDATE outbox SET status = 'sent', sent_at = ?, last_error = 'superseded' "
                   "WHERE edit_key = (SELECT edit_key FROM outbox WHERE id = ?) AND id < ? "
                   "AND status IN ('pending', 'failed')"_s,
                   {toDb(now), id, id});
    return true;
}

void OutboxRepository::rememberMessage(const QString &editKey, qint64 chatId, qint64 messageId,
                                       const QDateTime &now) const
{
    m_session.exec(u"INSERT INTO chat_messages (edit_key, chat_id, message_id, updated_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (edit_key) DO UPDATE SET chat_id = excluded.chat_id, "
                   "message_id = excluded.message_id, updated_at = excluded.updated_at"_s,
                   {editKey, chatId, messageId, toDb(now)});
}

void OutboxRepository::forgetMessage(const QString &editKey) const
{
    m_session.exec(u"DELETE FROM chat_messages WHERE edit_key = ?"_s, {editKey});
}

int OutboxRepository::expire(const QDateTime &now, int limit) const
{
    return m_session
        .exec(u"UPDATE outbox SET status = 'expired', last_error = 'expired: no longer relevant' "
              "WHERE id IN (SELECT id FROM outbox WHERE status IN ('pending', 'failed') AND expires_at <= ? "
              "LIMIT ?)"_s,
              {toDb(now), limit})
        .numRowsAffected();
}

std::optional<QDateTime> OutboxRepository::nextExpiry() const
{
    // One index range of outbox_expiry per waiting status.
    const QVariant next = m_session.scalar(
        u"SELECT MIN(next) FROM (SELECT MIN(expires_at) AS next FROM outbox WHERE status = 'pending' "
        "UNION ALL SELECT MIN(expires_at) FROM outbox WHERE status = 'failed') AS waiting"_s);
    if (next.isNull())
        return std::nullopt;
    return fromDb(next);
}

bool OutboxRepository::markRetry(qint64 id, bool countAttempt, const QDateTime &nextAttemptAt,
                                 const QString &error) const
{
    const SqlRows q = m_session.exec(u"UPDATE outbox SET status = 'failed', attempts = attempts + ?, "
                                       "next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL "
                                       "WHERE id = ? AND status IN ('pending', 'failed')"_s,
                                       {countAttempt ? 1 : 0, toDb(nextAttemptAt), error, id});
    return q.numRowsAffected() == 1;
}

bool OutboxRepository::markDead(qint64 id, bool countAttempt, const QString &error) const
{
    const SqlRows q = m_session.exec(u"UPDATE outbox SET status = 'dead', attempts = attempts + ?, last_error = ?, "
                                       "claimed_by = NULL, claimed_until = NULL "
                                       "WHERE id = ? AND status IN ('pending', 'failed')"_s,
                                       {countAttempt ? 1 : 0, error, id});
    return q.numRowsAffected() == 1;
}

int OutboxRepository::clampDue(const QDateTime &latest, const QDateTime &at) const
{
    return m_session
        .exec(u"UPDATE outbox SET next_attempt_at = ? WHERE status IN ('pending', 'failed') AND next_attempt_at > ?"_s,
              {toDb(at), toDb(latest)})
        .numRowsAffected();
}

qint64 OutboxRepository::messageFor(const QString &editKey) const
{
    return m_session.scalar(u"SELECT message_id FROM chat_messages WHERE edit_key = ?"_s, {editKey}).toLongLong();
}
