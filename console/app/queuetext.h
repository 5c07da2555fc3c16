// A queue as the pages show it: its name in the console's language and its time zone, by id
// from the context's queues.
#pragma once

#include "consolecontext.h"

#include <QTimeZone>

namespace QueueText {

QString name(const QueueRecord &queue);
// "#id" for a queue the console does not know (any more).
QString nameOf(const ConsoleContext &context, qint64 id);
QTimeZone zoneOf(const ConsoleContext &context, qint64 id);
// The current queue's zone (UTC without one).
QTimeZone currentZone(const ConsoleContext &context);

} // namespace QueueText
