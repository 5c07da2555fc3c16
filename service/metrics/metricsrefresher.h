// Keeps the gauges that describe the database current from a few indexed aggregate queries run on
// a timer (and once at start), so a scrape of /metrics never touches the database.
#pragma once

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/statsrepository.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <optional>

class Metrics;

class MetricsRefresher : public QObject
{
    Q_OBJECT
public:
    MetricsRefresher(Database &db, const Clock &clock, Metrics &metrics, QObject *parent = nullptr);

    // Refreshes now and then every `intervalMs`.
    void start(int intervalMs);
    void stop();
    // One refresh: slots_available_seats, users_active, notifications_pending,
    // outbox_oldest_pending_age_seconds, live_queue_waiting. False (and an error counted) if
    // the database failed; the gauges keep their last values then.
    bool refresh();
    // The outbox backlog of the last successful refresh (nothing before one); for /health, which
    // must not count a large outbox on every request. Thread-safe.
    std::optional<OutboxBacklog> outboxBacklog() const;

    static constexpr int kDefaultIntervalMs = 15000;
    static constexpr qint64 kActiveUserWindowSecs = 24 * 3600;

private:
    Database &m_db;
    const Clock &m_clock;
    Metrics &m_metrics;
    QTimer m_timer;
    mutable QMutex m_mutex;
    std::optional<OutboxBacklog> m_backlog;
};
