#include "processedupdaterepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

bool ProcessedUpdateRepository::contains(qint64 updateId) const
{
    return m_session.scalar(u"SELECT count(*) FROM processed_updates WHERE update_id = ?"_s, {updateId}).toInt() > 0;
}

bool ProcessedUpdateRepository::markIfNew(qint64 updateId, const QString &effect, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"INSERT INTO processed_updates (update_id, processed_at, effect) VALUES (?, ?, ?) "
                                       "ON CONFLICT (update_id) DO NOTHING"_s,
                                       {updateId, toDb(now), effect});
    return q.numRowsAffected() == 1;
}

int ProcessedUpdateRepository::pruneBefore(const QDateTime &cutoff) const
{
    return m_session.exec(u"DELETE FROM processed_updates WHERE processed_at < ?"_s, {toDb(cutoff)}).numRowsAffected();
}
