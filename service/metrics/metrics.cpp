#include "metrics.h"

#include "version.h"

#include <prometheus/text_serializer.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace prometheus;

namespace {

template<typename Builder>
auto &family(Builder builder, Registry &registry, const char *name, const char *help)
{
    return builder.Name(name).Help(help).Register(registry);
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

Histogram::BucketBoundaries Metrics::latencyBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Histogram::BucketBoundaries Metrics::waitBuckets()
{
    return {60, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200};
}

Histogram::BucketBoundaries Metrics::lagBuckets()
{
    return {0.1, 0.5, 1, 2.5, 5, 15, 30, 60, 120, 300, 900};
}

const std::vector<std::string> &Metrics::schedulerJobs()
{
    static const std::vector<std::string> jobs{"slot_generation", "reminders", "waitlist_holds", "waitlist_sweep",
                                               "expiry", "outbox_expiry"};
    return jobs;
}

const std::vector<std::string> &Metrics::waitlistOutcomes()
{
    static const std::vector<std::string> outcomes{"accepted", "declined", "expired", "withdrawn"};
    return outcomes;
}

const std::vector<std::string> &Metrics::telegramUpdateTypes()
{
    static const std::vector<std::string> types{"message", "callback_query", "other"};
    return types;
}

const std::vector<std::string> &Metrics::telegramApiMethods()
{
    static const std::vector<std::string> methods{"getMe", "getUpdates", "sendMessage", "editMessageText",
                                                  "answerCallbackQuery", "setWebhook", "deleteWebhook"};
    return methods;
}

const std::vector<std::string> &Metrics::telegramApiOutcomes()
{
    static const std::vector<std::string> outcomes{"ok", "error", "rate_limited", "network"};
    return outcomes;
}

const std::vector<std::string> &Metrics::notificationFailureReasons()
{
    static const std::vector<std::string> reasons{"blocked",      "rate_limited", "bad_request",
                                                  "unauthorized", "network",      "server_error"};
    return reasons;
}

// clang-format off
Metrics::Metrics()
    : m_registry(std::make_shared<Registry>())
    , telegramUpdates(family(BuildCounter(), *m_registry, "queue_bot_telegram_updates_total", "Telegram updates received, by update type"))
    , telegramUpdateSeconds(family(BuildHistogram(), *m_registry, "queue_bot_telegram_update_processing_seconds", "Time to process one Telegram update, by type"))
    , usersRegistered(family(BuildCounter(), *m_registry, "queue_bot_users_registered_total", "Telegram users registered"))
    , usersActive(family(BuildGauge(), *m_registry, "queue_bot_users_active", "Users seen in the last 24 hours"))
    , slotsCreated(family(BuildCounter(), *m_registry, "queue_bot_slots_created_total", "Time slots created"))
    , slotsCancelled(family(BuildCounter(), *m_registry, "queue_bot_slots_cancelled_total", "Time slots cancelled by staff"))
    , slotsAvailableSeats(family(BuildGauge(), *m_registry, "queue_bot_slots_available_seats", "Free seats in open future slots"))
    , bookings(family(BuildCounter(), *m_registry, "queue_bot_bookings_total", "Booking attempts and changes by result (booked, refused, cancelled, attended, no_show) and reason"))
    , liveQueueWaiting(family(BuildGauge(), *m_registry, "queue_bot_live_queue_waiting", "People waiting in the live queue today, by queue id"))
    , liveQueueWaitSeconds(family(BuildHistogram(), *m_registry, "queue_bot_live_queue_wait_seconds", "Time from ticket to call in the live queue"))
    , notificationsSent(family(BuildCounter(), *m_registry, "queue_bot_notifications_sent_total", "Messages delivered to users from the outbox"))
    , notificationsFailed(family(BuildCounter(), *m_registry, "queue_bot_notifications_failed_total", "Failed message deliveries by reason"))
    , notificationsPending(family(BuildGauge(), *m_registry, "queue_bot_notifications_pending", "Messages waiting in the outbox"))
    , outboxOldestPendingSeconds(family(BuildGauge(), *m_registry, "queue_bot_outbox_oldest_pending_age_seconds", "Age of the oldest pending outbox message"))
    , telegramApiRequests(family(BuildCounter(), *m_registry, "queue_bot_telegram_api_requests_total", "Bot API calls by method and outcome"))
    , telegramApiSeconds(family(BuildHistogram(), *m_registry, "queue_bot_telegram_api_request_duration_seconds", "Bot API call latency by method"))
    , dbOperations(family(BuildCounter(), *m_registry, "queue_bot_db_operations_total", "Database statements by operation and outcome"))
    , dbOperationSeconds(family(BuildHistogram(), *m_registry, "queue_bot_db_operation_duration_seconds", "Database statement latency by operation"))
    , dbConnectionsOpen(family(BuildGauge(), *m_registry, "queue_bot_db_connections_open", "Open database connections"))
    , dbCorruption(family(BuildCounter(), *m_registry, "queue_bot_db_corruption_total", "Statements that found the database file damaged (SQLITE_CORRUPT, SQLITE_NOTADB)"))
    , errors(family(BuildCounter(), *m_registry, "queue_bot_errors_total", "Errors by component and type"))
    , httpRequests(family(BuildCounter(), *m_registry, "queue_bot_http_requests_total", "HTTP requests by method, route template and status"))
    , httpRequestSeconds(family(BuildHistogram(), *m_registry, "queue_bot_http_request_duration_seconds", "HTTP request latency by method and route template"))
    , healthStatus(family(BuildGauge(), *m_registry, "queue_bot_health_status", "Health check result by check: 0 healthy, 1 warning, 2 unhealthy"))
    , processResidentMemory(family(BuildGauge(), *m_registry, "queue_bot_process_resident_memory_bytes", "Resident memory of the process"))
    , processThreads(family(BuildGauge(), *m_registry, "queue_bot_process_threads", "Threads of the process"))
    , processCpuSeconds(family(BuildCounter(), *m_registry, "queue_bot_process_cpu_seconds_total", "CPU time used by the process (user + system)"))
    , processOpenFds(family(BuildGauge(), *m_registry, "queue_bot_process_open_fds", "Open file descriptors"))
    , processStartTime(family(BuildGauge(), *m_registry, "queue_bot_process_start_time_seconds", "Start time of the process since the epoch"))
    , buildInfo(family(BuildGauge(), *m_registry, "queue_bot_build_info", "Version of queue-service; always 1"))
    , schedulerRuns(family(BuildCounter(), *m_registry, "queue_bot_scheduler_runs_total", "Scheduler job runs by task and outcome (ok, error)"))
    , schedulerLagSeconds(family(BuildHistogram(), *m_registry, "queue_bot_scheduler_lag_seconds", "Delay from a job's due moment to its run, by task"))
    , schedulerLastSuccess(family(BuildGauge(), *m_registry, "queue_bot_scheduler_last_success_timestamp_seconds", "When each scheduler job (task) last ran without error"))
    , remindersSent(family(BuildCounter(), *m_registry, "queue_bot_reminders_sent_total", "Booking reminders queued for delivery"))
    , bookingConfirmations(family(BuildCounter(), *m_registry, "queue_bot_booking_confirmations_total", "Bookings confirmed by their person"))
    , bookingsReleased(family(BuildCounter(), *m_registry, "queue_bot_bookings_released_total", "Unconfirmed bookings whose seat went back at the confirmation cut-off"))
    , waitlistJoined(family(BuildCounter(), *m_registry, "queue_bot_waitlist_joined_total", "People who joined a waiting list"))
    , waitlistOffers(family(BuildCounter(), *m_registry, "queue_bot_waitlist_offers_total", "Free seats held and offered to someone on a waiting list"))
    , waitlistOfferOutcomes(family(BuildCounter(), *m_registry, "queue_bot_waitlist_offer_outcomes_total", "What became of waiting-list offers, by outcome"))
    , liveQueueTickets(family(BuildCounter(), *m_registry, "queue_bot_live_queue_tickets_total", "Live-queue tickets by kind (walkin, booking check-in)"))
    , liveQueueFinished(family(BuildCounter(), *m_registry, "queue_bot_live_queue_finished_total", "Live-queue tickets that left the line, by status"))
    , liveQueueServiceSeconds(family(BuildHistogram(), *m_registry, "queue_bot_live_queue_service_seconds", "Time at the counter, from call to served"))
    , broadcastMessages(family(BuildCounter(), *m_registry, "queue_bot_broadcast_messages_total", "Messages queued by staff broadcasts"))
    , notificationsExpired(family(BuildCounter(), *m_registry, "queue_bot_notifications_expired_total", "Outbox messages dropped because they no longer mattered"))
// clang-format on
{
    buildInfo.Add({{"version", QUEUE_BOT_VERSION}}).Set(1);
    processStartTime.Add({}).Set(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    usersRegistered.Add({});
    slotsCreated.Add({});
    slotsCancelled.Add({});
    notificationsSent.Add({});
    notificationsPending.Add({});
    outboxOldestPendingSeconds.Add({});
    slotsAvailableSeats.Add({});
    usersActive.Add({});
    dbConnectionsOpen.Add({});
    dbCorruption.Add({});
    for (const std::string &type : telegramUpdateTypes()) {
        telegramUpdates.Add({{"type", type}});
        telegramUpdateSeconds.Add({{"type", type}}, latencyBuckets());
    }
    for (const std::string &method : telegramApiMethods()) {
        for (const std::string &outcome : telegramApiOutcomes())
            telegramApiRequests.Add({{"method", method}, {"outcome", outcome}});
        telegramApiSeconds.Add({{"method", method}}, latencyBuckets());
    }
    for (const std::string &reason : notificationFailureReasons())
        notificationsFailed.Add({{"reason", reason}});
    for (const auto &[result, reason] : std::initializer_list<std::pair<const char *, const char *>>{
             {"booked", ""}, {"cancelled", "user"}, {"cancelled", "staff"}, {"attended", ""}, {"no_show", ""}})
        bookings.Add({{"result", result}, {"reason", reason}});
    liveQueueWaitSeconds.Add({}, waitBuckets());
    liveQueueServiceSeconds.Add({}, waitBuckets());
    for (const std::string &job : schedulerJobs()) {
        for (const char *outcome : {"ok", "error"})
            schedulerRuns.Add({{"task", job}, {"outcome", outcome}});
        schedulerLagSeconds.Add({{"task", job}}, lagBuckets());
    }
    for (const std::string &outcome : waitlistOutcomes())
        waitlistOfferOutcomes.Add({{"outcome", outcome}});
    for (const char *kind : {"walkin", "booking"})
        liveQueueTickets.Add({{"kind", kind}});
    for (const char *status : {"served", "no_show", "cancelled", "expired"})
        liveQueueFinished.Add({{"status", status}});
    remindersSent.Add({});
    bookingConfirmations.Add({});
    bookingsReleased.Add({});
    waitlistJoined.Add({});
    waitlistOffers.Add({});
    broadcastMessages.Add({});
    notificationsExpired.Add({});
    errors.Add({{"component", "http"}, {"type", "storage"}});
}

std::string Metrics::serialize()
{
    refreshProcess();
    return TextSerializer().Serialize(m_registry->Collect());
}

void Metrics::observeHttp(const QString &method, const QString &route, int status, double seconds)
{
    httpRequests.Add({{"method", utf8(method)}, {"route", utf8(route)}, {"status", std::to_string(status)}})
        .Increment();
    httpRequestSeconds.Add({{"method", utf8(method)}, {"route", utf8(route)}}, latencyBuckets()).Observe(seconds);
}

void Metrics::countBooking(const QString &result, const QString &reason, double amount)
{
    bookings.Add({{"result", utf8(result)}, {"reason", utf8(reason)}}).Increment(amount);
}

void Metrics::countError(const QString &component, const QString &type)
{
    errors.Add({{"component", utf8(component)}, {"type", utf8(type)}}).Increment();
}

void Metrics::refreshProcess()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                processResidentMemory.Add({}).Set(line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024.0);
            else if (line.startsWith("Threads:"))
                processThreads.Add({}).Set(line.mid(8).trimmed().toDouble());
        }
    }
    processOpenFds.Add({}).Set(
        double(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()));
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        if (cpu > m_cpuSecondsReported) {
            processCpuSeconds.Add({}).Increment(cpu - m_cpuSecondsReported);
            m_cpuSecondsReported = cpu;
        }
    }
}
