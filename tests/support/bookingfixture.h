// A fresh migrated database, a manual clock and a BookingService, with one-line helpers for
// queues, slots and users; the base of the in-process booking-rule tests.
#pragma once

#include "testsupport.h"

#include <QObject>

#include <functional>

class BookingFixture : public QObject
{
protected:
    const QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<TestSupport::TempDatabase> m_tmp;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BookingService> m_service;

    // Call from init() and cleanup() of the test.
    void setUpFixture();
    void tearDownFixture();

    // A queue from sampleQueue(), adjusted by `tweak`.
    qint64 queue(const std::function<void(QueueRecord &)> &tweak = {});
    // A 15-minute slot starting `minutesFromNow` after the clock's now.
    qint64 slot(qint64 queueId, qint64 minutesFromNow, int capacity = 1);
    qint64 user(qint64 telegramId) { return TestSupport::addUser(*m_service, telegramId); }
    SlotRecord slotRow(qint64 id);
};
