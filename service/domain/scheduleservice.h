// Weekly templates and exceptions per queue, and the slots they generate N days ahead. Generation
// is idempotent; it changes only future slots the template made that nobody booked or holds, and
// reports slots with bookings that the template no longer wants instead of dropping them.
#pragma once

#include "domainservice.h"
#include "storage/records.h"

#include <QJsonObject>

class ScheduleService : public DomainService
{
public:
    ScheduleService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    Outcome<QueueSchedule> schedule(qint64 queueId);
    // Replaces the weekly template and regenerates the queue's future slots.
    Outcome<GenerationReport> setRules(qint64 queueId, const QList<ScheduleRule> &rules, const Actor &actor);
    // Adds or replaces a day's exception and regenerates.
    Outcome<GenerationReport> putException(qint64 queueId, const ScheduleException &exception, const Actor &actor);
    Outcome<GenerationReport> removeException(qint64 queueId, const QDate &day, const Actor &actor);
    // Generates the queue's slots up to its booking horizon now.
    Outcome<GenerationReport> generate(qint64 queueId, const Actor &actor);
    // Every active queue with a template, each in its own transaction (the scheduler's daily run).
    QList<GenerationReport> generateAll();
    // The next moment a new local day begins for an active queue with a template.
    std::optional<QDateTime> nextGeneration();

    // Whether `queue` works at `at`: its template's open hours (exceptions included); without a
    // template, between the first start and the last end of the day's slots; with neither, always.
    static bool isOpenAt(const SqlSession &session, const QueueRecord &queue, const QDateTime &at);

private:
    Outcome<GenerationReport> changeAndGenerate(qint64 queueId, const Actor &actor, const QString &action,
                                                const QJsonObject &details,
                                                const std::function<void(Transaction &)> &change);
};
