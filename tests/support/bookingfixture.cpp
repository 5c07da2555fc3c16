#include "bookingfixture.h"

#include "storage/slotrepository.h"

void BookingFixture::setUpFixture()
{
    m_tmp = std::make_unique<TestSupport::TempDatabase>();
    m_clock = std::make_unique<ManualClock>(m_start);
    m_service = std::make_unique<BookingService>(*m_tmp->db, *m_clock);
}

void BookingFixture::tearDownFixture()
{
    m_service.reset();
    m_tmp.reset();
}

qint64 BookingFixture::queue(const std::function<void(QueueRecord &)> &tweak)
{
    QueueRecord q = TestSupport::sampleQueue();
    if (tweak)
        tweak(q);
    const auto created = m_service->createQueue(q, Actor::system());
    if (!created.ok())
        qFatal("queue not created");
    return created.value().id;
}

qint64 BookingFixture::slot(qint64 queueId, qint64 minutesFromNow, int capacity)
{
    const QDateTime start = m_clock->now().addSecs(minutesFromNow * 60);
    const auto created = m_service->createSlot(queueId, start, start.addSecs(900), capacity, Actor::staff(1));
    if (!created.ok())
        qFatal("slot not created");
    return created.value().id;
}

SlotRecord BookingFixture::slotRow(qint64 id)
{
    return *SlotRepository(m_tmp->db->session()).find(id);
}
