// Read-only views for the staff API: lists, search, per-day statistics, the change feed and the
// rows of a bookings export. Nothing here writes; changes go through the domain services.
#pragma once

#include "refusal.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/database.h"
#include "storage/listing.h"
#include "storage/records.h"

#include <QDate>

// What changed after a revision, whole revisions only (a page never splits one).
struct ChangeFeed
{
    QList<AuditRecord> items;
    qint64 revision = 0; // the current revision
    qint64 next = 0;     // pass as `since` to read on
    bool more = false;   // further changes are waiting after `next`
};

class AdminQueries
{
public:
    explicit AdminQueries(Database &db) : m_db(db) {}

    Page<QueueRecord> queues(bool includeInactive, const PageRequest &page);
    Outcome<QueueRecord> queue(qint64 id);
    // Slots of a queue whose start falls on the local days [from, to] of the queue's time zone.
    Outcome<Page<SlotRecord>> queueSlots(qint64 queueId, const QDate &from, const QDate &to,
                                    std::optional<SlotStatus> status, const PageRequest &page);
    Outcome<SlotRecord> slot(qint64 id);
    Page<BookingRecord> bookings(const BookingFilter &filter, const PageRequest &page);
    // The same page with each booking's person embedded (read together, so they agree).
    Page<BookingWithUser> bookingsWithUsers(const BookingFilter &filter, const PageRequest &page);
    Outcome<BookingRecord> booking(qint64 id);
    QList<BookingDetail> bookingDetails(const BookingFilter &filter);
    Page<UserRecord> users(const QString &text, std::optional<bool> banned, const PageRequest &page);
    Outcome<UserRecord> user(qint64 id);
    Outcome<UserRecord> userByTelegramId(qint64 telegramId);
    Page<AuditRecord> audit(const AuditFilter &filter, const PageRequest &page);
    Page<OutboxRecord> outbox(const QString &status, qint64 userId, const PageRequest &page);
    Outcome<OutboxRecord> message(qint64 id);
    Page<StaffRecord> staff(const PageRequest &page);
    // Per queue (or only `queueId` when non-zero) and local day in [from, to], days with nothing
    // left out; ordered by queue, then day.
    Outcome<QList<DayStats>> stats(qint64 queueId, const QDate &from, const QDate &to);
    ChangeFeed changes(qint64 since, int limit);
    qint64 revision();

private:
    Database &m_db;
};
