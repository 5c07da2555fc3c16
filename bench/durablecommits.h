// The durable limit of this machine for the service's storage: single-row SQLite transactions in
// WAL mode with synchronous=FULL (as the service configures its database), each one committed and
// synced before the next, on one connection or on several threads at once.
#pragma once

#include <QString>

struct CommitRate
{
    int threads = 1;
    qint64 commits = 0;
    double seconds = 0;
    QString error; // set when the database could not be used

    double perSecond() const { return seconds > 0 ? double(commits) / seconds : 0; }
};

// Commits one INSERT per transaction into a new SQLite file at `path` for about `seconds`.
CommitRate measureDurableCommits(const QString &path, int threads, double seconds);
