#include "queuetext.h"

#include "languages.h"
#include "localtime.h"

using namespace Qt::StringLiterals;

namespace QueueText {

namespace {

std::optional<QueueRecord> find(const ConsoleContext &context, qint64 id)
{
    const int row = context.queues.rowOfId(id);
    return row < 0 ? std::nullopt : std::optional<QueueRecord>(QueueRecord::fromJson(context.queues.rowAt(row)));
}

QTimeZone zone(const std::optional<QueueRecord> &queue)
{
    return queue ? LocalTime::zoneOf(*queue) : QTimeZone::utc();
}

} // namespace

QString name(const QueueRecord &queue)
{
    return Languages::pick(queue.nameRu, queue.nameEn);
}

QString nameOf(const ConsoleContext &context, qint64 id)
{
    const std::optional<QueueRecord> queue = find(context, id);
    return queue ? name(*queue) : u"#%1"_s.arg(id);
}

QTimeZone zoneOf(const ConsoleContext &context, qint64 id)
{
    return zone(find(context, id));
}

QTimeZone currentZone(const ConsoleContext &context)
{
    return zone(context.currentQueue());
}

} // namespace QueueText
