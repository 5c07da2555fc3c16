// All Prometheus metric families of queue-service, in one registry served on GET /metrics.
#pragma once

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <QString>

#include <memory>
#include <string>
#include <vector>

class Metrics
{
    // Declared first: every family below is registered in it during construction.
    std::shared_ptr<prometheus::Registry> m_registry;

public:
    Metrics();

    prometheus::Registry &registry() { return *m_registry; }
    // The registry in Prometheus text format 0.0.4 (process figures refreshed first).
    std::string serialize();

    void observeHttp(const QString &method, const QString &route, int status, double seconds);
    // result: booked | refused | cancelled | attended | no_show | expired; reason: the refusal
    // code, who cancelled (user | staff) or empty.
    void countBooking(const QString &result, const QString &reason, double amount = 1);
    void countError(const QString &component, const QString &type);

    // Families other components record into directly.
    prometheus::Family<prometheus::Counter> &telegramUpdates;
    prometheus::Family<prometheus::Histogram> &telegramUpdateSeconds;
    prometheus::Family<prometheus::Counter> &usersRegistered;
    prometheus::Family<prometheus::Gauge> &usersActive;
    prometheus::Family<prometheus::Counter> &slotsCreated;
    prometheus::Family<prometheus::Counter> &slotsCancelled;
    prometheus::Family<prometheus::Gauge> &slotsAvailableSeats;
    prometheus::Family<prometheus::Counter> &bookings;
    prometheus::Family<prometheus::Gauge> &liveQueueWaiting;
    prometheus::Family<prometheus::Histogram> &liveQueueWaitSeconds;
    prometheus::Family<prometheus::Counter> &notificationsSent;
    prometheus::Family<prometheus::Counter> &notificationsFailed;
    prometheus::Family<prometheus::Gauge> &notificationsPending;
    prometheus::Family<prometheus::Gauge> &outboxOldestPendingSeconds;
    prometheus::Family<prometheus::Counter> &telegramApiRequests;
    prometheus::Family<prometheus::Histogram> &telegramApiSeconds;
    prometheus::Family<prometheus::Counter> &dbOperations;
    prometheus::Family<prometheus::Histogram> &dbOperationSeconds;
    prometheus::Family<prometheus::Gauge> &dbConnectionsOpen;
    prometheus::Family<prometheus::Counter> &dbCorruption;
    prometheus::Family<prometheus::Counter> &errors;
    prometheus::Family<prometheus::Counter> &httpRequests;
    prometheus::Family<prometheus::Histogram> &httpRequestSeconds;
    prometheus::Family<prometheus::Gauge> &healthStatus;
    prometheus::Family<prometheus::Gauge> &processResidentMemory;
    prometheus::Family<prometheus::Gauge> &processThreads;
    prometheus::Family<prometheus::Counter> &processCpuSeconds;
    prometheus::Family<prometheus::Gauge> &processOpenFds;
    prometheus::Family<prometheus::Gauge> &processStartTime;
    prometheus::Family<prometheus::Gauge> &buildInfo;
    prometheus::Family<prometheus::Counter> &schedulerRuns;
    prometheus::Family<prometheus::Histogram> &schedulerLagSeconds;
    prometheus::Family<prometheus::Gauge> &schedulerLastSuccess;
    prometheus::Family<prometheus::Counter> &remindersSent;
    prometheus::Family<prometheus::Counter> &bookingConfirmations;
    prometheus::Family<prometheus::Counter> &bookingsReleased;
    prometheus::Family<prometheus::Counter> &waitlistJoined;
    prometheus::Family<prometheus::Counter> &waitlistOffers;
    prometheus::Family<prometheus::Counter> &waitlistOfferOutcomes;
    prometheus::Family<prometheus::Counter> &liveQueueTickets;
    prometheus::Family<prometheus::Counter> &liveQueueFinished;
    prometheus::Family<prometheus::Histogram> &liveQueueServiceSeconds;
    prometheus::Family<prometheus::Counter> &broadcastMessages;
    prometheus::Family<prometheus::Counter> &notificationsExpired;

    // Latency buckets in seconds shared by the request histograms.
    static prometheus::Histogram::BucketBoundaries latencyBuckets();
    // Minutes-to-hours buckets for people waiting in the live queue.
    static prometheus::Histogram::BucketBoundaries waitBuckets();
    // Seconds from a job's due moment to its run.
    static prometheus::Histogram::BucketBoundaries lagBuckets();
    // Jobs of the scheduler (label task) and outcomes of waiting-list offers, from the first scrape.
    static const std::vector<std::string> &schedulerJobs();
    static const std::vector<std::string> &waitlistOutcomes(); // accepted | declined | expired | withdrawn

    // Label values the recorders use; their series exist at zero from the start, so every
    // family is in the first scrape and rate() sees the first increment.
    static const std::vector<std::string> &telegramUpdateTypes();
    static const std::vector<std::string> &telegramApiMethods();
    static const std::vector<std::string> &telegramApiOutcomes();       // ok | error | rate_limited | network
    static const std::vector<std::string> &notificationFailureReasons(); // blocked | rate_limited | bad_request | unauthorized | network | server_error

private:
    void refreshProcess();

    double m_cpuSecondsReported = 0;
};
