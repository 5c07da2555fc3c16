// A fresh migrated database, a manual clock and every domain service over them, with one-line
// helpers for queues, slots, people, templates and the outbox; the base of the in-process tests of
// what happens as time passes (generation, reminders, the waiting list, the live queue, expiry).
#pragma once

#include "domain/domainservices.h"
#include "testsupport.h"

#include <QObject>

#include <functional>

class DomainFixture : public QObject
{
protected:
    // A Tuesday morning, UTC.
    const QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);
    std::unique_ptr<TestSupport::TempDatabase> m_tmp;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_reopened; // after restartServices()
    std::unique_ptr<DomainServices> m_domain;

    // Call from init() and cleanup() of the test.
    void setUpFixture();
    void tearDownFixture();
    // New services over a new connection to the same database file, as after a restart.
    void restartServices();
    Database &db() { return m_reopened ? *m_reopened : *m_tmp->db; }

    // A queue from sampleQueue(), adjusted by `tweak`.
    qint64 queue(const std::function<void(QueueRecord &)> &tweak = {});
    // A slot made by hand (staff), `minutes` long.
    qint64 slotAt(qint64 queueId, const QDateTime &startsAt, int capacity = 1, int minutes = 15);
    qint64 slotIn(qint64 queueId, qint64 minutesFromNow, int capacity = 1)
    {
        return slotAt(queueId, m_clock->now().addSecs(minutesFromNow * 60), capacity);
    }
    qint64 user(qint64 telegramId) { return TestSupport::addUser(m_domain->bookings, telegramId); }
    Outcome<BookingRecord> book(qint64 userId, qint64 slotId)
    {
        return m_domain->bookings.book(userId, slotId, BookingSource::Telegram, Actor::user(userId));
    }

    SlotRecord slotRow(qint64 id);
    BookingRecord bookingRow(qint64 id);
    UserRecord userRow(qint64 id);
    WaitlistEntry entryRow(qint64 id);
    LiveTicket ticketRow(qint64 id);
    // Live (not cancelled) slots of a queue starting in [from, to).
    QList<SlotRecord> liveSlots(qint64 queueId, const QDateTime &from, const QDateTime &to);
    // The person's outbox rows, oldest first; only those of `templateName` when given.
    QList<OutboxRecord> messages(qint64 userId, const QString &templateName = {});

    // Template lines: open hours (with an optional slot length and capacity) and breaks, "HH:MM".
    static ScheduleRule openHours(int weekday, const QString &from, const QString &to,
                                  std::optional<int> slotMinutes = {}, std::optional<int> capacity = {});
    static ScheduleRule breakHours(int weekday, const QString &from, const QString &to);
    // The same hours on Monday to Friday.
    static QList<ScheduleRule> weekdays(const QString &from, const QString &to, std::optional<int> slotMinutes = {},
                                        std::optional<int> capacity = {});
};
