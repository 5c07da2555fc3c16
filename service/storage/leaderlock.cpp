#include "leaderlock.h"

using namespace Qt::StringLiterals;

LeaderLock::LeaderLock(const DatabaseUrl &url, qint64 key)
    : m_db(url.dialect == SqlDialect::Sqlite ? std::unique_ptr<Database>() : std::make_unique<Database>(url))
    , m_key(key)
{
}

LeaderLock::~LeaderLock()
{
    release();
}

bool LeaderLock::check()
{
    if (!m_db) {
        m_held = true;
        return true;
    }
    try {
        const SqlSession session = m_db->session();
        if (m_held) {
            // Still ours while the connection that took it lives; any failure means it may not be.
            m_held = session.scalar(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                    "AND pid = pg_backend_pid()"_s)
                         .toInt()
                > 0;
        } else {
            m_held = session.scalar(u"SELECT pg_try_advisory_lock(?)"_s, {m_key}).toBool();
        }
    } catch (const StorageError &) {
        m_held = false; // the next check opens a new connection (Database replaces a broken one)
    }
    return m_held;
}

void LeaderLock::release()
{
    if (m_db) {
        if (m_held) {
            // Unlocked before the connection closes: the server ends a session a moment after the
            // client leaves, and the next holder should not wait for that.
            try {
                m_db->session().exec(u"SELECT pg_advisory_unlock(?)"_s, {m_key});
            } catch (const StorageError &) {
            }
        }
        m_db->closeThisThread(); // the server drops a session's advisory locks with it anyway
    }
    m_held = false;
}
