// The screens of the waiting list: the full days a person may wait for, being on the list, and
// what is left after declining an offered seat.
#pragma once

#include "storage/records.h"
#include "telegram/replies.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Screens {

// The queue's full days to wait for, a page of them; none: every day still has free seats.
Screen waitlistDays(const QString &language, const QueueRecord &queue, const QList<QDate> &days, int page,
                    const QString &lead = {});
// On the list for `entry`'s day: how it works (the seat is held for the queue's hold minutes).
Screen waitlistJoined(const QString &language, const QueueRecord &queue, const WaitlistEntry &entry);
// The offered seat was declined (or no longer held): the person is off the list for that day.
Screen offerDeclined(const QString &language, const QueueRecord &queue, const WaitlistEntry &entry,
                     const QString &lead = {});

} // namespace Screens
