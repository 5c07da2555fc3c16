// Where the domain and the scheduler get "now" from, so tests can move time instead of sleeping.
#pragma once

#include <QDateTime>

#include <mutex>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to (from any thread: the service reads it on several).
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        const std::lock_guard lock(m_mutex);
        return m_now;
    }
    void set(const QDateTime &time)
    {
        const std::lock_guard lock(m_mutex);
        m_now = time;
    }
    void advanceSecs(qint64 seconds)
    {
        const std::lock_guard lock(m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};
