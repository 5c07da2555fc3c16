// SQL for a queue's weekly template (schedule_rules) and its exceptions (schedule_exceptions).
#pragma once

#include "records.h"
#include "sqlsession.h"

class ScheduleRepository
{
public:
    explicit ScheduleRepository(const SqlSession &session) : m_session(session) {}

    // By weekday, then start.
    QList<ScheduleRule> rules(qint64 queueId) const;
    // Replaces the whole template.
    void replaceRules(qint64 queueId, const QList<ScheduleRule> &rules) const;
    // By day; from `from` on when it is valid.
    QList<ScheduleException> exceptions(qint64 queueId, const QDate &from = {}) const;
    std::optional<ScheduleException> exception(qint64 queueId, const QDate &day) const;
    // Adds or replaces the day's exception.
    void putException(qint64 queueId, const ScheduleException &exception) const;
    bool removeException(qint64 queueId, const QDate &day) const;

private:
    const SqlSession &m_session;
};
