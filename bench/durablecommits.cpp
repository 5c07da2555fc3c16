#include "durablecommits.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One connection configured like the service's (storage/database.cpp), used by one thread.
class Committer
{
public:
    Committer(const QString &path, int id)
        : m_name(u"durable-commits-%1"_s.arg(id))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        for (const QString &statement :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA busy_timeout=10000"_s,
              u"CREATE TABLE IF NOT EXISTS commits (id INTEGER PRIMARY KEY, thread INTEGER, at INTEGER)"_s})
            exec(statement);
    }
    ~Committer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Commits until `stop`; the number of commits.
    qint64 run(int thread, const std::atomic<bool> &stop)
    {
        QSqlQuery insert(QSqlDatabase::database(m_name, false));
        if (!insert.prepare(u"INSERT INTO commits (thread, at) VALUES (?, ?)"_s)) {
            m_error = insert.lastError().text();
            return 0;
        }
        qint64 commits = 0;
        while (!stop.load() && m_error.isEmpty()) {
            exec(u"BEGIN IMMEDIATE"_s);
            insert.bindValue(0, thread);
            insert.bindValue(1, commits);
            if (!insert.exec())
                m_error = insert.lastError().text();
            exec(u"COMMIT"_s);
            if (m_error.isEmpty())
                ++commits;
        }
        return commits;
    }

    QString error() const { return m_error; }

private:
    void exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) && m_error.isEmpty())
            m_error = statement + u": "_s + query.lastError().text();
    }

    QString m_name;
    QString m_error;
};

} // namespace

CommitRate measureDurableCommits(const QString &path, int threads, double seconds)
{
    CommitRate rate;
    rate.threads = qMax(1, threads);
    {
        // The schema and WAL mode exist before the threads race to use them.
        Committer setup(path, 0);
        if (!setup.error().isEmpty()) {
            rate.error = setup.error();
            return rate;
        }
    }
    std::atomic<bool> stop = false;
    std::atomic<qint64> commits = 0;
    QMutex errorLock;
    QList<QThread *> workers;
    for (int t = 1; t <= rate.threads; ++t) {
        workers.append(QThread::create([&, t] {
            Committer committer(path, t);
            commits += committer.run(t, stop);
            if (!committer.error().isEmpty()) {
                const QMutexLocker lock(&errorLock);
                rate.error = committer.error();
            }
        }));
    }
    QElapsedTimer timer;
    timer.start();
    for (QThread *worker : std::as_const(workers))
        worker->start();
    QThread::msleep(qMax<unsigned long>(1, (unsigned long)(seconds * 1000)));
    stop = true;
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    rate.seconds = double(timer.nsecsElapsed()) / 1e9;
    rate.commits = commits.load();
    return rate;
}
