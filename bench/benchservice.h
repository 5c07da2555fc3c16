// Starting the real queue-service for a benchmark: on a free loopback port, over a given database
// (a SQLite file or a PostgreSQL database), with structured logs so the port can be read from its "http listening" line; and reading
// how much memory and CPU time it uses.
#pragma once

#include <QProcess>
#include <QStringList>

// Starts `queue-service serve` on `databaseUrl` (DATABASE_URL: `sqlite:PATH`, `postgresql://…`);
// `env` adds NAME=VALUE entries. Returns the port (0 on failure).
quint16 startService(QProcess &service, const QString &binary, const QString &databaseUrl,
                     const QStringList &env = {});
// SIGTERM, then kill if it does not stop.
void stopService(QProcess &service);
// The resident set (VmRSS) of process `pid` in bytes; 0 if it cannot be read.
qint64 residentBytes(qint64 pid);
// User plus system CPU time of process `pid`, all threads, in seconds; 0 if it cannot be read.
double cpuSeconds(qint64 pid);
