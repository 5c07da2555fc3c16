// A queue's times on screen: in the queue's own time zone (times come in UTC), formatted for the
// console's language.
#pragma once

#include "dto.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace QueueTime {

// The queue's zone; UTC when the name is unknown here.
QTimeZone zoneOf(const QueueRecord &queue);
// The local clock time of `utc`, e.g. "10:30" (empty for an invalid time).
QString clock(const QDateTime &utc, const QTimeZone &zone);
// The queue's local day now.
QDate today(const QueueRecord &queue);

} // namespace QueueTime
