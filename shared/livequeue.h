// The live queue on the wire: tickets, a waiting ticket's place in line, and a queue's board of
// the day, shared by the service and the console.
#pragma once

#include "dto.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// A place in a queue's live line for a day: a walk-in ticket, or a booking whose person checked in.
struct LiveTicket
{
    qint64 id = 0;
    qint64 queueId = 0;
    QString day; // local, YYYY-MM-DD
    int number = 0; // per queue and day
    QString code;   // what is called out: W-005, or the booking's code
    TicketKind kind = TicketKind::Walkin;
    qint64 userId = 0;    // 0: issued by staff for someone without Telegram
    qint64 bookingId = 0; // check-ins
    std::optional<QDateTime> dueAt; // check-ins: the slot's start
    TicketStatus status = TicketStatus::Waiting;
    int counter = 0; // once called
    int recalls = 0;
    QDateTime createdAt; // joined the line: the wait starts here
    QDateTime queuedAt;  // its place in the line (later when returned to the queue)
    std::optional<QDateTime> calledAt;
    std::optional<QDateTime> finishedAt;

    QJsonObject toJson() const;
    static LiveTicket fromJson(const QJsonObject &json);
};

// A waiting ticket's place in the line.
struct LinePlace
{
    LiveTicket ticket;
    int ahead = 0;          // tickets before it
    int etaMinutes = 0;     // estimated wait from the recent service times
    qint64 waitedSeconds = 0;

    // The ticket's members plus position (ahead + 1), eta_minutes and waited_seconds.
    QJsonObject toJson() const;
    static LinePlace fromJson(const QJsonObject &json);
};

// Today's board of one queue, as staff see it.
struct LiveBoard
{
    QueueRecord queue; // on the wire only its id and counters
    QString day;
    QList<LinePlace> waiting; // in calling order
    QList<LiveTicket> called; // at the counters now
    int served = 0;
    int noShows = 0;
    double averageWaitSeconds = 0;    // joined → called, today
    double averageServiceSeconds = 0; // called → served, recent

    // The ticket at `counter`, if any.
    std::optional<LiveTicket> atCounter(int counter) const;

    QJsonObject toJson() const;
    static LiveBoard fromJson(const QJsonObject &json);
};
