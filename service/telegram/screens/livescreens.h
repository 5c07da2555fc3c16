// The screens of the live queue: the queues taking walk-ins now, and a ticket's state — the one
// message per ticket that the bot keeps up to date (place in line, estimated wait, the counter).
#pragma once

#include "storage/records.h"
#include "telegram/replies.h"

#include <QList>
#include <QString>

namespace Screens {

// A queue that takes walk-ins now, with its line.
struct LiveQueueChoice
{
    QueueRecord queue;
    int waiting = 0;
    int etaMinutes = 0;
};

// What the person is told about their ticket.
struct TicketView
{
    qint64 ticketId = 0;
    QString code;
    QString queueName;
    TicketKind kind = TicketKind::Walkin;
    TicketStatus status = TicketStatus::Waiting;
    int ahead = -1; // while waiting: how many before them (-1: not known)
    int etaMinutes = 0;
    int counter = 0; // once called
};

// One button per queue taking walk-ins now (taking the ticket); none: nobody takes walk-ins now.
Screen liveQueues(const QString &language, const QList<LiveQueueChoice> &queues, int page, const QString &lead = {});
// The ticket's state with Refresh (and Leave for a walk-in still waiting).
Screen ticketStatus(const QString &language, const TicketView &ticket, const QString &lead = {});

} // namespace Screens
