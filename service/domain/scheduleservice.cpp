#include "scheduleservice.h"

#include "domain/seats.h"
#include "domain/waitlistservice.h"
#include "domain/weeklyschedule.h"
#include "storage/auditrepository.h"
#include "storage/queuerepository.h"
#include "storage/schedulerepository.h"
#include "storage/slotrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Seats::require;

namespace {

QTimeZone zoneOf(const QueueRecord &queue)
{
    return QTimeZone(queue.timezone.toUtf8());
}

QDate localToday(const QueueRecord &queue, const QDateTime &now)
{
    return now.toTimeZone(zoneOf(queue)).date();
}

WeeklySchedule scheduleOf(const SqlSession &session, const QueueRecord &queue, const QDate &from)
{
    const ScheduleRepository repo(session);
    return WeeklySchedule(repo.rules(queue.id), repo.exceptions(queue.id, from), queue.slotMinutes,
                          queue.defaultCapacity, zoneOf(queue));
}

// Brings the queue's future slots in line with its template, inside `tx`; new and enlarged slots
// are offered to the waiting list at once.
GenerationReport generateIn(Transaction &tx, const QueueRecord &queue, const QDateTime &now,
                            QList<SlotRecord> *created)
{
    const QDate today = localToday(queue, now);
    const int days = qMin(queue.horizonDays, WeeklySchedule::kMaxDaysAhead);
    GenerationReport report;
    report.queueId = queue.id;
    report.fromDay = today.toString(Qt::ISODate);
    report.toDay = today.addDays(days).toString(Qt::ISODate);
    const WeeklySchedule schedule = scheduleOf(tx, queue, today);

    QHash<qint64, WantedSlot> wanted; // by start, seconds since the epoch
    for (int d = 0; d <= days; ++d) {
        for (const WantedSlot &slot : schedule.slotsOn(today.addDays(d))) {
            if (slot.startsAt > now)
                wanted.insert(slot.startsAt.toSecsSinceEpoch(), slot);
        }
    }
    const QDateTime end = QDateTime(today.addDays(days + 1), QTime(0, 0), zoneOf(queue)).toUTC();
    const SlotRepository slotRepo(tx);
    QList<qint64> changedSeats;
    QSet<qint64> takenStarts;
    for (const SlotRecord &slot : slotRepo.listForQueue(queue.id, now.addSecs(1), end)) {
        if (slot.status == SlotStatus::Cancelled) {
            // A time staff cancelled stays cancelled; one the template itself gave up may return.
            if (slot.cancelReason != SlotRepository::kTemplateCancelReason)
                takenStarts.insert(slot.startsAt.toSecsSinceEpoch());
            continue;
        }
        const qint64 start = slot.startsAt.toSecsSinceEpoch();
        takenStarts.insert(start);
        if (!slot.fromTemplate) {
            if (wanted.remove(start) > 0)
                ++report.kept;
            continue;
        }
        const auto it = wanted.constFind(start);
        const bool unused = slot.booked == 0 && slot.held == 0;
        if (it == wanted.cend() || it->endsAt != slot.endsAt) {
            if (unused && slotRepo.removeUnused(slot.id, now)) {
                ++report.removed;
                takenStarts.remove(start); // a wanted slot with other hours may take its place
                continue;
            }
            report.conflicts.append({slot, it == wanted.cend() ? u"not_in_template"_s : u"hours_changed"_s});
            wanted.remove(start);
            continue;
        }
        const int capacity = it->capacity;
        wanted.remove(start);
        if (capacity == slot.capacity)
            continue;
        if (slotRepo.setCapacity(slot.id, capacity, now)) {
            ++report.updated;
            if (capacity > slot.capacity)
                changedSeats << slot.id;
        } else {
            report.conflicts.append({slot, u"capacity_below_booked"_s});
        }
    }
    QList<WantedSlot> missing = wanted.values();
    std::sort(missing.begin(), missing.end(),
              [](const WantedSlot &a, const WantedSlot &b) { return a.startsAt < b.startsAt; });
    for (const WantedSlot &want : std::as_const(missing)) {
        if (takenStarts.contains(want.startsAt.toSecsSinceEpoch()))
            continue;
        SlotRecord slot;
        slot.queueId = queue.id;
        slot.startsAt = want.startsAt;
        slot.endsAt = want.endsAt;
        slot.capacity = want.capacity;
        slot.fromTemplate = true;
        slot.id = slotRepo.insert(slot, now);
        created->append(slot);
        changedSeats << slot.id;
        ++report.created;
    }
    for (qint64 slotId : std::as_const(changedSeats))
        WaitlistService::offerFreeSeats(tx, slotId, now);
    if (report.created + report.removed + report.updated > 0 || !report.conflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const ScheduleConflict &conflict : std::as_const(report.conflicts))
            conflicts.append(QJsonObject{{u"slot_id"_s, conflict.slot.id}, {u"reason"_s, conflict.reason}});
        AuditRepository::record(tx, Actor::system(), u"schedule.generate"_s, u"queue"_s, queue.id,
                                {{u"created"_s, report.created}, {u"removed"_s, report.removed},
                                 {u"updated"_s, report.updated}, {u"conflicts"_s, conflicts}},
                                now);
    }
    return report;
}

} // namespace

bool ScheduleService::isOpenAt(const SqlSession &session, const QueueRecord &queue, const QDateTime &at)
{
    const QDate day = at.toTimeZone(zoneOf(queue)).date();
    const WeeklySchedule schedule = scheduleOf(session, queue, day);
    if (!schedule.isEmpty())
        return schedule.isOpenAt(at);
    const QDateTime dayStart = QDateTime(day, QTime(0, 0), zoneOf(queue)).toUTC();
    QDateTime first;
    QDateTime last;
    for (const SlotRecord &slot : SlotRepository(session).listForQueue(queue.id, dayStart, dayStart.addDays(1))) {
        if (slot.status == SlotStatus::Cancelled)
            continue;
        if (!first.isValid() || slot.startsAt < first)
            first = slot.startsAt;
        if (!last.isValid() || slot.endsAt > last)
            last = slot.endsAt;
    }
    if (!first.isValid())
        return true; // no hours at all: open whenever staff run the queue
    return at >= first && at < last;
}

Outcome<QueueSchedule> ScheduleService::schedule(qint64 queueId)
{
    const SqlSession session = m_db.session();
    const std::optional<QueueRecord> queue = QueueRepository(session).find(queueId);
    if (!queue)
        return Refusal::QueueNotFound;
    const ScheduleRepository repo(session);
    return QueueSchedule{repo.rules(queueId), repo.exceptions(queueId, localToday(*queue, m_clock.now()))};
}

Outcome<GenerationReport> ScheduleService::changeAndGenerate(qint64 queueId, const Actor &actor,
                                                             const QString &action, const QJsonObject &details,
                                                             const std::function<void(Transaction &)> &change)
{
    QList<SlotRecord> created;
    const Outcome<GenerationReport> outcome = attempt<GenerationReport>([&](Transaction &tx, const QDateTime &now) {
        created.clear();
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        if (change)
            change(tx);
        if (!action.isEmpty())
            AuditRepository::record(tx, actor, action, u"queue"_s, queueId, details, now);
        return generateIn(tx, queue, now, &created);
    });
    if (outcome.ok()) {
        for (const SlotRecord &slot : std::as_const(created))
            observer().slotCreated(slot);
        observer().timedWorkChanged();
    }
    return outcome;
}

Outcome<GenerationReport> ScheduleService::setRules(qint64 queueId, const QList<ScheduleRule> &rules,
                                                    const Actor &actor)
{
    if (!WeeklySchedule::validate(rules).isEmpty())
        return Refusal::InvalidInput;
    QJsonArray json;
    for (const ScheduleRule &rule : rules)
        json.append(rule.toJson());
    return changeAndGenerate(queueId, actor, u"schedule.template"_s, {{u"rules"_s, json}},
                             [&](Transaction &tx) { ScheduleRepository(tx).replaceRules(queueId, rules); });
}

Outcome<GenerationReport> ScheduleService::putException(qint64 queueId, const ScheduleException &exception,
                                                        const Actor &actor)
{
    if (!WeeklySchedule::validate(exception).isEmpty())
        return Refusal::InvalidInput;
    return changeAndGenerate(queueId, actor, u"schedule.exception"_s, exception.toJson(),
                             [&](Transaction &tx) { ScheduleRepository(tx).putException(queueId, exception); });
}

Outcome<GenerationReport> ScheduleService::removeException(qint64 queueId, const QDate &day, const Actor &actor)
{
    return changeAndGenerate(queueId, actor, u"schedule.exception_remove"_s, {{u"day"_s, day.toString(Qt::ISODate)}},
                             [&](Transaction &tx) {
                                 if (!ScheduleRepository(tx).removeException(queueId, day))
                                     throw Refused{Refusal::ScheduleExceptionNotFound};
                             });
}

Outcome<GenerationReport> ScheduleService::generate(qint64 queueId, const Actor &actor)
{
    Q_UNUSED(actor) // generation itself is the system's doing; its audit entry says so
    return changeAndGenerate(queueId, actor, {}, {}, {});
}

QList<GenerationReport> ScheduleService::generateAll()
{
    QList<qint64> queueIds;
    {
        const SqlSession session = m_db.session();
        for (const QueueRecord &queue : QueueRepository(session).list()) {
            if (queue.active)
                queueIds << queue.id;
        }
    }
    QList<GenerationReport> reports;
    for (qint64 id : std::as_const(queueIds)) {
        const Outcome<GenerationReport> report = generate(id, Actor::system());
        if (report.ok())
            reports << report.value();
    }
    return reports;
}

std::optional<QDateTime> ScheduleService::nextGeneration()
{
    const SqlSession session = m_db.session();
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> next;
    for (const QueueRecord &queue : QueueRepository(session).list()) {
        if (!queue.active)
            continue;
        // A new day brings one more day into the horizon.
        const QDateTime midnight = QDateTime(localToday(queue, now).addDays(1), QTime(0, 0), zoneOf(queue)).toUTC();
        if (!next || midnight < *next)
            next = midnight;
    }
    return next;
}
