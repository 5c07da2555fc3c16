#include "metricsrefresher.h"

#include "domain/bookingservice.h"
#include "metrics.h"
#include "storage/queuerepository.h"
#include "storage/statsrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMetrics, "queue.metrics")

using namespace Qt::StringLiterals;

MetricsRefresher::MetricsRefresher(Database &db, const Clock &clock, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_metrics(metrics)
{
    connect(&m_timer, &QTimer::timeout, this, &MetricsRefresher::refresh);
}

void MetricsRefresher::start(int intervalMs)
{
    refresh();
    m_timer.start(intervalMs);
}

void MetricsRefresher::stop()
{
    m_timer.stop();
}

std::optional<OutboxBacklog> MetricsRefresher::outboxBacklog() const
{
    const QMutexLocker lock(&m_mutex);
    return m_backlog;
}

bool MetricsRefresher::refresh()
{
    const QDateTime now = m_clock.now();
    try {
        const SqlSession session = m_db.session();
        const StatsRepository stats(session);
        const qint64 seats = stats.availableSeats(now);
        const qint64 activeUsers = stats.usersSeenSince(now.addSecs(-kActiveUserWindowSecs));
        const OutboxBacklog backlog = stats.outboxBacklog();
        // "Today" is the queue's own calendar day; there are few queues, each count is one index range.
        QList<QPair<std::string, qint64>> waiting;
        const QList<QueueRecord> queues = QueueRepository(session).list();
        for (const QueueRecord &queue : queues) {
            // A deactivated queue reads 0 rather than keeping its last count in every sum.
            const qint64 count =
                queue.active ? stats.waitingTickets(queue.id, BookingService::localDay(queue, now)) : 0;
            waiting.append({std::to_string(queue.id), count});
        }

        m_metrics.slotsAvailableSeats.Add({}).Set(double(seats));
        m_metrics.usersActive.Add({}).Set(double(activeUsers));
        m_metrics.notificationsPending.Add({}).Set(double(backlog.pending));
        m_metrics.outboxOldestPendingSeconds.Add({}).Set(
            backlog.oldestCreatedAt.isValid() ? double(qMax<qint64>(0, backlog.oldestCreatedAt.secsTo(now))) : 0.0);
        for (const auto &[queue, count] : std::as_const(waiting))
            m_metrics.liveQueueWaiting.Add({{"queue", queue}}).Set(double(count));
        const QMutexLocker lock(&m_mutex);
        m_backlog = backlog;
        return true;
    } catch (const StorageError &error) {
        qCWarning(lcMetrics).noquote() << "metrics refresh failed:" << error.message();
        m_metrics.countError(u"metrics_refresher"_s, u"storage"_s);
        return false;
    }
}
