#include "domainfixture.h"

#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/outboxrepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "storage/waitlistrepository.h"

namespace {

template<typename T>
T found(std::optional<T> value, const char *what)
{
    if (!value)
        qFatal("%s not found", what);
    return *value;
}

} // namespace

void DomainFixture::setUpFixture()
{
    m_tmp = std::make_unique<TestSupport::TempDatabase>();
    m_clock = std::make_unique<ManualClock>(m_start);
    m_domain = std::make_unique<DomainServices>(*m_tmp->db, *m_clock);
}

void DomainFixture::tearDownFixture()
{
    m_domain.reset();
    m_reopened.reset();
    m_tmp.reset();
}

void DomainFixture::restartServices()
{
    m_domain.reset();
    m_reopened.reset();
    m_reopened = m_tmp->scratch.open();
    m_domain = std::make_unique<DomainServices>(*m_reopened, *m_clock);
}

qint64 DomainFixture::queue(const std::function<void(QueueRecord &)> &tweak)
{
    QueueRecord q = TestSupport::sampleQueue();
    if (tweak)
        tweak(q);
    const auto created = m_domain->bookings.createQueue(q, Actor::system());
    if (!created.ok())
        qFatal("queue not created");
    return created.value().id;
}

qint64 DomainFixture::slotAt(qint64 queueId, const QDateTime &startsAt, int capacity, int minutes)
{
    const auto created =
        m_domain->bookings.createSlot(queueId, startsAt, startsAt.addSecs(minutes * 60), capacity, Actor::staff(1));
    if (!created.ok())
        qFatal("slot not created");
    return created.value().id;
}

SlotRecord DomainFixture::slotRow(qint64 id)
{
    return found(SlotRepository(db().session()).find(id), "slot");
}

BookingRecord DomainFixture::bookingRow(qint64 id)
{
    return found(BookingRepository(db().session()).find(id), "booking");
}

UserRecord DomainFixture::userRow(qint64 id)
{
    return found(UserRepository(db().session()).find(id), "user");
}

WaitlistEntry DomainFixture::entryRow(qint64 id)
{
    return found(WaitlistRepository(db().session()).find(id), "waitlist entry");
}

LiveTicket DomainFixture::ticketRow(qint64 id)
{
    return found(LiveTicketRepository(db().session()).find(id), "ticket");
}

QList<SlotRecord> DomainFixture::liveSlots(qint64 queueId, const QDateTime &from, const QDateTime &to)
{
    QList<SlotRecord> result;
    for (const SlotRecord &slot : SlotRepository(db().session()).listForQueue(queueId, from, to)) {
        if (slot.status != SlotStatus::Cancelled)
            result << slot;
    }
    return result;
}

QList<OutboxRecord> DomainFixture::messages(qint64 userId, const QString &templateName)
{
    QList<OutboxRecord> result;
    for (const OutboxRecord &message : OutboxRepository(db().session()).forUser(userId)) {
        if (templateName.isEmpty() || message.templateName == templateName)
            result << message;
    }
    return result;
}

ScheduleRule DomainFixture::openHours(int weekday, const QString &from, const QString &to,
                                      std::optional<int> slotMinutes, std::optional<int> capacity)
{
    ScheduleRule rule;
    rule.weekday = weekday;
    rule.startMinute = clockMinutes(from);
    rule.endMinute = clockMinutes(to);
    rule.slotMinutes = slotMinutes;
    rule.capacity = capacity;
    return rule;
}

ScheduleRule DomainFixture::breakHours(int weekday, const QString &from, const QString &to)
{
    ScheduleRule rule = openHours(weekday, from, to);
    rule.isBreak = true;
    return rule;
}

QList<ScheduleRule> DomainFixture::weekdays(const QString &from, const QString &to, std::optional<int> slotMinutes,
                                            std::optional<int> capacity)
{
    QList<ScheduleRule> rules;
    for (int weekday = 1; weekday <= 5; ++weekday)
        rules << openHours(weekday, from, to, slotMinutes, capacity);
    return rules;
}
