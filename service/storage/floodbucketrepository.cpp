#include "floodbucketrepository.h"

using namespace Qt::StringLiterals;

std::optional<FloodBucketRow> FloodBucketRepository::find(qint64 telegramUserId) const
{
    SqlRows q = m_session.exec(u"SELECT tokens, updated_ms FROM flood_buckets WHERE telegram_user_id = ?"_s,
                               {telegramUserId});
    if (!q.next())
        return std::nullopt;
    return FloodBucketRow{q.value(0).toDouble(), q.value(1).toLongLong()};
}

void FloodBucketRepository::save(qint64 telegramUserId, const FloodBucketRow &bucket) const
{
    m_session.exec(u"INSERT INTO flood_buckets (telegram_user_id, tokens, updated_ms) VALUES (?, ?, ?) "
                   "ON CONFLICT (telegram_user_id) DO UPDATE SET tokens = excluded.tokens, "
                   "updated_ms = excluded.updated_ms"_s,
                   {telegramUserId, bucket.tokens, bucket.updatedMs});
}

int FloodBucketRepository::sweep(qint64 beforeMs) const
{
    return m_session.exec(u"DELETE FROM flood_buckets WHERE updated_ms < ?"_s, {beforeMs}).numRowsAffected();
}
