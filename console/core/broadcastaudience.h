// How many people a broadcast for a queue's day would reach, before it is sent: everyone with an
// active booking that day, and on the current day also everyone holding a live-queue ticket
// (the service's own rule, counted the same way: once per person).
#pragma once

#include "apiclient.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QSet>

class BroadcastAudience : public QObject
{
    Q_OBJECT
public:
    explicit BroadcastAudience(ApiClient &client, QObject *parent = nullptr);

    // Counts for `day` of the queue; `today` adds the live queue's ticket holders. A count still
    // running is dropped.
    void count(qint64 queueId, const QDate &day, bool today);

    static constexpr int kBookingLimit = 500;

signals:
    // `people` reached; `atLeast` when there were more bookings than one request reads.
    void counted(int people, bool atLeast);
    void failed(const ApiFailure &failure);

private:
    void finishOne();

    ApiClient &m_client;
    QList<QPointer<ApiReply>> m_calls;
    QSet<qint64> m_people;
    int m_waitingFor = 0;
    bool m_atLeast = false;
};
