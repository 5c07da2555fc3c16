// Where each /health check turns warning or unhealthy; the memory and disk figures are configurable.
#pragma once

#include <QtGlobal>

struct HealthThresholds
{
    qint64 memoryWarningBytes = 200LL * 1024 * 1024;  // HEALTH_MEMORY_WARNING_BYTES; the compose limit is 256 MiB
    qint64 memoryCriticalBytes = 240LL * 1024 * 1024; // HEALTH_MEMORY_CRITICAL_BYTES
    int threadsWarning = 50;
    qint64 diskWarningBytes = 500LL * 1024 * 1024; // HEALTH_DISK_WARNING_BYTES
    qint64 diskCriticalBytes = 50LL * 1024 * 1024; // HEALTH_DISK_CRITICAL_BYTES
    int outboxPendingWarning = 1000;
    qint64 outboxOldestWarningSecs = 600;
    qint64 telegramSilenceWarningSecs = 120;
    double databaseSlowMs = 500;
};
