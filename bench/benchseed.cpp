#include "benchseed.h"

#include "domain/bookingservice.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSlotsPerDay = 32; // 09:00-17:00 every 15 minutes
constexpr int kBookedPerSlot = 4;

// A statement prepared once and run many times with positional values.
class Prepared
{
public:
    Prepared(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
        , m_dialect(db.driverName() == u"QPSQL"_s ? SqlDialect::Postgres : SqlDialect::Sqlite)
    {
        if (!m_query.prepare(sql))
            throwSqlError(u"bench seed: prepare failed"_s, m_query.lastError(), m_dialect);
    }
    void run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        if (!m_query.exec())
            throwSqlError(u"bench seed: insert failed"_s, m_query.lastError(), m_dialect);
    }

private:
    QSqlQuery m_query;
    SqlDialect m_dialect;
};

} // namespace

SeedResult seedDatabase(Database &db, const SeedSize &size)
{
    SeedResult result;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const int slotCount = (size.bookings + kBookedPerSlot - 1) / kBookedPerSlot;
    const int slotsPerQueue = (slotCount + size.queues - 1) / size.queues;
    // Three quarters of the history lies in the past.
    const int firstDay = -(slotsPerQueue / kSlotsPerDay) * 3 / 4;

    db.write([&](Transaction &tx) {
        const QSqlDatabase connection = tx.database();
        Prepared queue(connection, u"INSERT INTO queues (id, code_prefix, name_ru, name_en, timezone, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, 'UTC', ?, ?)"_s);
        for (int q = 1; q <= size.queues; ++q) {
            const QString prefix = QString(QChar(u'A' + q - 1));
            queue.run({q, prefix, u"Окно %1"_s.arg(q), u"Desk %1"_s.arg(q), now, now});
        }

        Prepared user(connection, u"INSERT INTO users (id, telegram_id, first_name, language, created_at, updated_at, "
                                  "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (int u = 1; u <= size.users; ++u) {
            const qint64 seen = now - qint64(u % 30) * 86400 - u % 3600;
            user.run({u, 100000000 + u, u"User %1"_s.arg(u), u % 3 ? u"ru"_s : u"en"_s, seen, seen, seen});
            ++result.users;
        }

        Prepared slot(connection, u"INSERT INTO slots (id, queue_id, starts_at, ends_at, capacity, booked, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        Prepared booking(connection,
                         u"INSERT INTO bookings (queue_id, slot_id, user_id, day, code, status, source, created_at, "
                         "updated_at, confirmed_at, cancelled_at) VALUES (?, ?, ?, ?, ?, ?, 'telegram', ?, ?, ?, ?)"_s);
        Prepared message(connection, u"INSERT INTO outbox (user_id, chat_id, template, status, attempts, "
                                     "next_attempt_at, created_at, sent_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        static const QString pastStatuses[] = {u"attended"_s, u"attended"_s, u"no_show"_s, u"cancelled_by_user"_s};
        for (int s = 0; s < slotCount; ++s) {
            const int queueId = s % size.queues + 1;
            const int index = s / size.queues;
            const QDate day = today.addDays(firstDay + index / kSlotsPerDay);
            const int slotInDay = index % kSlotsPerDay;
            const qint64 startsAt =
                QDateTime(day, QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + qint64(slotInDay) * 15 * 60;
            const bool past = startsAt < now;
            const int booked = qMin(kBookedPerSlot, size.bookings - result.bookings);
            // Cancelled bookings freed their seat.
            const int held = past ? booked - 1 : booked;
            slot.run({s + 1, queueId, startsAt, startsAt + 15 * 60, size.seatsPerSlot, qMax(0, held), startsAt - 86400,
                      startsAt - 86400});
            ++result.slotRows;
            for (int k = 0; k < booked; ++k) {
                const int userId = (s * kBookedPerSlot + k) % size.users + 1;
                const QString status = past ? pastStatuses[k] : u"active"_s;
                const qint64 created = startsAt - 86400 - k * 60;
                booking.run({queueId, s + 1, userId, day.toString(Qt::ISODate),
                             u"%1-%2"_s.arg(QChar(u'A' + queueId - 1)).arg(slotInDay * kBookedPerSlot + k + 1, 3, 10,
                                                                           QChar(u'0')),
                             status, created, created, created,
                             status == u"cancelled_by_user"_s ? QVariant(created + 600) : QVariant()});
                ++result.bookings;
                message.run({userId, 100000000 + userId, u"booking_created"_s, u"sent"_s, 1, created, created,
                             created + 1, created + 86400});
                ++result.messages;
            }
        }
        for (int m = 0; m < size.pendingMessages; ++m) {
            const int userId = m % size.users + 1;
            // Still worth sending while the bench runs.
            message.run({userId, 100000000 + userId, u"reminder"_s, u"pending"_s, 0, now, now - m * 10, QVariant(),
                         now + 86400});
            ++result.messages;
        }
    });
    // No ANALYZE: a production database has no statistics either, so the plans are the real ones.
    return result;
}

RushQueue seedRushQueue(Database &db, int people)
{
    constexpr int kMinSlots = 60;
    constexpr int kSlotsPerDay = 40; // 08:00-18:00 every 15 minutes
    SystemClock clock;
    BookingService bookings(db, clock);
    QueueRecord queue;
    queue.codePrefix = u"R"_s;
    queue.nameRu = u"Консульство"_s;
    queue.nameEn = u"Consulate"_s;
    queue.timezone = u"UTC"_s;
    queue.horizonDays = 30;
    queue.maxActiveBookings = 1;
    queue.confirmationRequired = false;
    queue.reminderOffsetsMinutes = {};
    const Outcome<QueueRecord> created = bookings.createQueue(queue, Actor::system());
    if (!created.ok())
        throw StorageError(u"bench seed: the rush queue was refused"_s);

    RushQueue rush;
    rush.queueId = created.value().id;
    rush.capacity = qBound(1, (people + 39) / 40, int(BookingService::kMaxCapacity));
    const int slotCount = qMax(kMinSlots, (people * 3 / 2 + rush.capacity - 1) / rush.capacity);
    const QDate tomorrow = clock.now().date().addDays(1);
    for (int s = 0; s < slotCount; ++s) {
        const QDateTime start = QDateTime(tomorrow.addDays(s / kSlotsPerDay), QTime(8, 0), Qt::UTC)
                                    .addSecs(qint64(s % kSlotsPerDay) * 15 * 60);
        const Outcome<SlotRecord> slot =
            bookings.createSlot(rush.queueId, start, start.addSecs(15 * 60), rush.capacity, Actor::system());
        if (!slot.ok())
            throw StorageError(u"bench seed: a rush slot was refused"_s);
        rush.slotIds.append(slot.value().id);
    }
    return rush;
}
