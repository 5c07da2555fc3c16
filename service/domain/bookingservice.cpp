#include "bookingservice.h"

#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/outboxrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Runs `work` in a write transaction; a thrown Refused rolls it back and becomes the outcome.
template<typename T, typename Work>
Outcome<T> attempt(Database &db, Work &&work)
{
    std::optional<T> result;
    try {
        db.write([&](Transaction &tx) { result = work(tx); });
    } catch (const Refused &refused) {
        return refused.reason;
    }
    return *result;
}

template<typename T>
T require(std::optional<T> value, Refusal refusal)
{
    if (!value)
        throw Refused{refusal};
    return *value;
}

bool isValidQueue(const QueueRecord &q)
{
    static const QRegularExpression prefix(u"^[A-Z]{1,3}$"_s);
    return prefix.match(q.codePrefix).hasMatch() && !q.nameRu.trimmed().isEmpty() && !q.nameEn.trimmed().isEmpty()
        && q.nameRu.size() <= 200 && q.nameEn.size() <= 200 && QTimeZone(q.timezone.toUtf8()).isValid()
        && q.counters >= 1 && q.slotMinutes >= 1 && q.defaultCapacity >= 1
        && q.defaultCapacity <= BookingService::kMaxCapacity
        && q.minNoticeMinutes >= 0 && q.horizonDays >= 1 && q.cancelDeadlineMinutes >= 0
        && q.maxActiveBookings >= 1 && q.noShowLimit >= 0;
}

QJsonObject bookingDetails(const BookingRecord &b)
{
    return {{u"code"_s, b.code}, {u"slot_id"_s, b.slotId}, {u"user_id"_s, b.userId},
            {u"status"_s, enumName(b.status)}};
}

void tellUser(const Transaction &tx, const UserRecord &user, const QString &templateName, const QJsonObject &params,
              const QDateTime &now)
{
    OutboxRecord message;
    message.userId = user.id;
    message.chatId = user.telegramId;
    message.templateName = templateName;
    message.params = params;
    OutboxRepository(tx).enqueue(message, now);
}

// What a message about a booking needs to be written without reading the database again: the
// code, the queue's names and time zone (for local dates) and the slot's start.
QJsonObject bookingMessage(const BookingRecord &booking, const QueueRecord &queue, const SlotRecord &slot)
{
    return {{u"booking_id"_s, booking.id},
            {u"code"_s, booking.code},
            {u"queue_id"_s, queue.id},
            {u"queue_name_ru"_s, queue.nameRu},
            {u"queue_name_en"_s, queue.nameEn},
            {u"timezone"_s, queue.timezone},
            {u"starts_at"_s, isoUtc(slot.startsAt)}};
}

struct NewBooking
{
    BookingRecord booking;
    SlotRecord slot;
    QueueRecord queue;
    UserRecord user;
};

// The rules of booking, shared by book() and reschedule(): the slot, the queue and the person are
// checked, then the seat is taken with a conditional update and the booking inserted.
// `alreadyCounted` active bookings of the person are about to be replaced and do not count
// towards the queue's limit.
NewBooking takeSeat(Transaction &tx, qint64 userId, qint64 slotId, BookingSource source, const QDateTime &now,
                    int alreadyCounted)
{
    const SlotRepository slotRepo(tx);
    const BookingRepository bookingRepo(tx);
    const UserRepository userRepo(tx);

    NewBooking result;
    result.slot = require(slotRepo.find(slotId), Refusal::SlotNotFound);
    result.queue = require(QueueRepository(tx).find(result.slot.queueId), Refusal::QueueNotFound);
    const SlotRecord &slot = result.slot;
    const QueueRecord &queue = result.queue;
    if (const std::optional<Refusal> refusal = BookingService::slotRefusal(slot, queue, now))
        throw Refused{*refusal};

    if (!userRepo.lock(userId, now))
        throw Refused{Refusal::UserNotFound};
    result.user = require(userRepo.find(userId), Refusal::UserNotFound);
    if (result.user.banned)
        throw Refused{Refusal::UserBanned};
    if (queue.noShowLimit > 0 && result.user.noShowCount >= queue.noShowLimit)
        throw Refused{Refusal::NoShowLimitReached};
    if (bookingRepo.hasActive(userId, slotId))
        throw Refused{Refusal::AlreadyBooked};
    if (bookingRepo.countUpcomingActive(userId, queue.id, now) - alreadyCounted >= queue.maxActiveBookings)
        throw Refused{Refusal::TooManyActiveBookings};
    // The seat itself: a conditional update, so concurrent writers can never overbook.
    if (!slotRepo.tryTakeSeat(slotId, now))
        throw Refused{Refusal::SlotFull};

    BookingRecord &booking = result.booking;
    booking.queueId = queue.id;
    booking.slotId = slotId;
    booking.userId = userId;
    booking.day = BookingService::localDay(queue, slot.startsAt);
    booking.code = BookingService::formatCode(queue.codePrefix, bookingRepo.nextCodeNumber(queue.id, booking.day));
    booking.source = source;
    booking.createdAt = now;
    if (!queue.confirmationRequired)
        booking.confirmedAt = now;
    booking.id = bookingRepo.insert(booking, now);
    return result;
}

} // namespace

std::optional<Refusal> BookingService::slotRefusal(const SlotRecord &slot, const QueueRecord &queue,
                                                   const QDateTime &now)
{
    if (slot.status != SlotStatus::Open || !queue.active)
        return Refusal::SlotNotOpen;
    if (slot.startsAt <= now)
        return Refusal::SlotStarted;
    if (now.secsTo(slot.startsAt) < qint64(queue.minNoticeMinutes) * 60)
        return Refusal::TooLate;
    if (slot.startsAt > now.addDays(queue.horizonDays))
        return Refusal::BeyondHorizon;
    return std::nullopt;
}

BookingService::BookingService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString BookingService::localDay(const QueueRecord &queue, const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(queue.timezone.toUtf8())).date().toString(Qt::ISODate);
}

QString BookingService::formatCode(const QString &prefix, int number)
{
    return u"%1-%2"_s.arg(prefix).arg(number, 3, 10, QLatin1Char('0'));
}

Outcome<QueueRecord> BookingService::createQueue(const QueueRecord &queue, const Actor &actor)
{
    if (!isValidQueue(queue))
        return Refusal::InvalidInput;
    return attempt<QueueRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        QueueRecord created = queue;
        created.id = QueueRepository(tx).insert(queue, now);
        AuditRepository::record(tx, actor, u"queue.create"_s, u"queue"_s, created.id,
                                {{u"name_en"_s, queue.nameEn}, {u"timezone"_s, queue.timezone}}, now);
        return created;
    });
}

Outcome<QueueRecord> BookingService::updateQueue(qint64 queueId, const std::function<void(QueueRecord &)> &change,
                                                 const Actor &actor)
{
    return attempt<QueueRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const QueueRepository queueRepo(tx);
        const QueueRecord before = require(queueRepo.find(queueId), Refusal::QueueNotFound);
        QueueRecord after = before;
        change(after);
        after.id = queueId;
        if (!isValidQueue(after))
            throw Refused{Refusal::InvalidInput};
        const QJsonObject old = before.toJson();
        const QJsonObject updated = after.toJson();
        QJsonObject changed;
        for (auto it = updated.begin(); it != updated.end(); ++it) {
            if (old.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        if (changed.isEmpty())
            return after;
        queueRepo.update(after, now);
        QString action = u"queue.update"_s;
        if (before.active != after.active)
            action = after.active ? u"queue.activate"_s : u"queue.deactivate"_s;
        AuditRepository::record(tx, actor, action, u"queue"_s, queueId, changed, now);
        return after;
    });
}

Outcome<SlotRecord> BookingService::createSlot(qint64 queueId, const QDateTime &startsAt, const QDateTime &endsAt,
                                               int capacity, const Actor &actor)
{
    if (!startsAt.isValid() || !endsAt.isValid() || endsAt <= startsAt || capacity < 1 || capacity > kMaxCapacity)
        return Refusal::InvalidInput;
    const Outcome<SlotRecord> outcome = attempt<SlotRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        const SlotRepository slotRepo(tx);
        for (const SlotRecord &other : slotRepo.listForQueue(queueId, startsAt, startsAt.addSecs(1))) {
            if (other.status != SlotStatus::Cancelled)
                throw Refused{Refusal::DuplicateSlot};
        }
        SlotRecord slot;
        slot.queueId = queueId;
        slot.startsAt = startsAt.toUTC();
        slot.endsAt = endsAt.toUTC();
        slot.capacity = capacity;
        slot.id = slotRepo.insert(slot, now);
        AuditRepository::record(tx, actor, u"slot.create"_s, u"slot"_s, slot.id,
                                {{u"queue_id"_s, queueId}, {u"starts_at"_s, slot.startsAt.toString(Qt::ISODate)},
                                 {u"capacity"_s, capacity}},
                                now);
        return slot;
    });
    if (outcome.ok())
        m_observer->slotCreated(outcome.value());
    return outcome;
}

Outcome<int> BookingService::cancelSlot(qint64 slotId, const QString &reason, const Actor &actor)
{
    SlotRecord cancelled;
    const Outcome<int> outcome = attempt<int>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const SlotRepository slotRepo(tx);
        const BookingRepository bookingRepo(tx);
        const UserRepository userRepo(tx);
        const SlotRecord slot = require(slotRepo.find(slotId), Refusal::SlotNotFound);
        const QueueRecord queue = require(QueueRepository(tx).find(slot.queueId), Refusal::QueueNotFound);
        cancelled = slot;
        const QList<BookingRecord> affected = bookingRepo.activeForSlot(slotId);
        if (!slotRepo.cancel(slotId, reason, now))
            throw Refused{Refusal::SlotNotOpen};
        for (const BookingRecord &booking : affected) {
            bookingRepo.finishActive(booking.id, BookingStatus::CancelledByStaff, now);
            if (const auto user = userRepo.find(booking.userId)) {
                QJsonObject params = bookingMessage(booking, queue, slot);
                params.insert(u"reason"_s, reason);
                tellUser(tx, *user, u"slot_cancelled"_s, params, now);
            }
            AuditRepository::record(tx, actor, u"booking.cancel"_s, u"booking"_s, booking.id,
                                    {{u"code"_s, booking.code}, {u"by"_s, u"staff"_s}, {u"reason"_s, reason}}, now);
        }
        AuditRepository::record(tx, actor, u"slot.cancel"_s, u"slot"_s, slotId,
                                {{u"reason"_s, reason}, {u"cancelled_bookings"_s, int(affected.size())}}, now);
        return int(affected.size());
    });
    if (outcome.ok())
        m_observer->slotCancelled(cancelled, outcome.value());
    return outcome;
}

Outcome<SlotRecord> BookingService::setSlotCapacity(qint64 slotId, int capacity, const Actor &actor)
{
    if (capacity < 1 || capacity > kMaxCapacity)
        return Refusal::InvalidInput;
    return attempt<SlotRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const SlotRepository slotRepo(tx);
        SlotRecord slot = require(slotRepo.find(slotId), Refusal::SlotNotFound);
        if (slot.status == SlotStatus::Cancelled)
            throw Refused{Refusal::SlotNotOpen};
        if (slot.capacity == capacity)
            return slot;
        if (!slotRepo.setCapacity(slotId, capacity, now))
            throw Refused{Refusal::CapacityBelowBooked};
        AuditRepository::record(tx, actor, u"slot.update"_s, u"slot"_s, slotId,
                                {{u"capacity"_s, capacity}, {u"previous_capacity"_s, slot.capacity}}, now);
        slot.capacity = capacity;
        return slot;
    });
}

Outcome<BookingService::CreatedSlots> BookingService::createSlots(qint64 queueId, const SlotPattern &pattern,
                                                                  const Actor &actor)
{
    if (pattern.capacity < 1 || pattern.capacity > kMaxCapacity || pattern.slotMinutes < 1
        || pattern.startMinute < 0 || pattern.endMinute > 1440 || pattern.endMinute <= pattern.startMinute
        || !pattern.fromDate.isValid() || !pattern.toDate.isValid() || pattern.toDate < pattern.fromDate)
        return Refusal::InvalidInput;
    if (pattern.upperBound() > kMaxSlotsPerPattern)
        return Refusal::TooManySlots;
    const Outcome<CreatedSlots> outcome = attempt<CreatedSlots>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        const QList<SlotPattern::Interval> wanted = pattern.expand(QTimeZone(queue.timezone.toUtf8()));
        CreatedSlots result;
        if (wanted.isEmpty())
            return result;
        const SlotRepository slotRepo(tx);
        QSet<qint64> taken;
        for (const SlotRecord &existing : slotRepo.listForQueue(queueId, wanted.first().startsAt,
                                                                wanted.last().startsAt.addSecs(1))) {
            if (existing.status != SlotStatus::Cancelled)
                taken.insert(existing.startsAt.toSecsSinceEpoch());
        }
        for (const SlotPattern::Interval &interval : wanted) {
            if (taken.contains(interval.startsAt.toSecsSinceEpoch())) {
                ++result.skipped;
                continue;
            }
            SlotRecord slot;
            slot.queueId = queueId;
            slot.startsAt = interval.startsAt;
            slot.endsAt = interval.endsAt;
            slot.capacity = pattern.capacity;
            slot.id = slotRepo.insert(slot, now);
            AuditRepository::record(tx, actor, u"slot.create"_s, u"slot"_s, slot.id,
                                    {{u"queue_id"_s, queueId}, {u"starts_at"_s, isoUtc(slot.startsAt)},
                                     {u"capacity"_s, slot.capacity}, {u"pattern"_s, true}},
                                    now);
            result.created.append(slot);
        }
        return result;
    });
    if (outcome.ok()) {
        for (const SlotRecord &slot : outcome.value().created)
            m_observer->slotCreated(slot);
    }
    return outcome;
}

qint64 BookingService::registerUser(const UserRecord &profile)
{
    qint64 id = 0;
    bool isNew = false;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository userRepo(tx);
        isNew = !userRepo.findByTelegramId(profile.telegramId).has_value();
        id = userRepo.upsertFromTelegram(profile, now);
        if (isNew)
            AuditRepository::record(tx, Actor::user(id), u"user.register"_s, u"user"_s, id,
                                    {{u"language"_s, profile.language}}, now);
    });
    if (isNew)
        m_observer->userRegistered();
    return id;
}

Outcome<Done> BookingService::setUserBanned(qint64 userId, bool banned, const Actor &actor)
{
    return attempt<Done>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository userRepo(tx);
        require(userRepo.find(userId), Refusal::UserNotFound);
        if (userRepo.setBanned(userId, banned, now))
            AuditRepository::record(tx, actor, banned ? u"user.ban"_s : u"user.unban"_s, u"user"_s, userId, {}, now);
        return Done{};
    });
}

Outcome<Done> BookingService::setUserLanguage(qint64 userId, const QString &language, const Actor &actor)
{
    if (!Translations::languages().contains(language))
        return Refusal::InvalidInput;
    return attempt<Done>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository userRepo(tx);
        require(userRepo.find(userId), Refusal::UserNotFound);
        if (userRepo.setLanguage(userId, language, now))
            AuditRepository::record(tx, actor, u"user.language"_s, u"user"_s, userId, {{u"language"_s, language}}, now);
        return Done{};
    });
}

Outcome<Done> BookingService::setUserPhone(qint64 userId, const QString &phone, const Actor &actor)
{
    static const QRegularExpression pattern(u"^\\+?[0-9][0-9 ()-]{3,30}$"_s);
    const QString trimmed = phone.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return Refusal::InvalidInput;
    return attempt<Done>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository userRepo(tx);
        require(userRepo.find(userId), Refusal::UserNotFound);
        // The number itself stays out of the audit log: it is personal data.
        if (userRepo.setPhone(userId, trimmed, now))
            AuditRepository::record(tx, actor, u"user.phone"_s, u"user"_s, userId, {}, now);
        return Done{};
    });
}

Outcome<BookingRecord> BookingService::book(qint64 userId, qint64 slotId, BookingSource source, const Actor &actor)
{
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const NewBooking created = takeSeat(tx, userId, slotId, source, now, 0);
        if (source == BookingSource::Console) {
            // Staff booked on the person's behalf: they learn about it from the bot.
            tellUser(tx, created.user, u"booking_created"_s,
                     bookingMessage(created.booking, created.queue, created.slot), now);
        }
        AuditRepository::record(tx, actor, u"booking.create"_s, u"booking"_s, created.booking.id,
                                bookingDetails(created.booking), now);
        return created.booking;
    });
    if (outcome.ok())
        m_observer->bookingCreated(outcome.value());
    else
        m_observer->bookingRefused(outcome.refusal());
    return outcome;
}

Outcome<BookingRecord> BookingService::reschedule(qint64 bookingId, qint64 newSlotId, const Actor &actor)
{
    BookingRecord finished;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const BookingRepository bookingRepo(tx);
        const SlotRepository slotRepo(tx);
        BookingRecord old = require(bookingRepo.find(bookingId), Refusal::BookingNotFound);
        const bool byUser = actor.type == ActorType::User;
        if (byUser && old.userId != actor.id)
            throw Refused{Refusal::NotYourBooking};
        if (old.status != BookingStatus::Active)
            throw Refused{Refusal::BookingNotActive};
        const SlotRecord oldSlot = require(slotRepo.find(old.slotId), Refusal::SlotNotFound);
        const QueueRecord queue = require(QueueRepository(tx).find(old.queueId), Refusal::QueueNotFound);
        // Moving gives the old seat back, so it is bound by the same deadline as cancelling.
        if (byUser && now.secsTo(oldSlot.startsAt) < qint64(queue.cancelDeadlineMinutes) * 60)
            throw Refused{Refusal::CancelDeadlinePassed};
        if (require(slotRepo.find(newSlotId), Refusal::SlotNotFound).queueId != old.queueId)
            throw Refused{Refusal::InvalidInput};

        // The new seat first: if it cannot be taken, the transaction rolls back with the old
        // booking untouched. The old booking is replaced, so it does not count towards the limit.
        const int replaced = oldSlot.startsAt > now ? 1 : 0;
        const NewBooking created = takeSeat(tx, old.userId, newSlotId, old.source, now, replaced);

        old.status = byUser ? BookingStatus::CancelledByUser : BookingStatus::CancelledByStaff;
        if (!bookingRepo.finishActive(old.id, old.status, now))
            throw Refused{Refusal::BookingNotActive};
        slotRepo.releaseSeat(old.slotId, now);
        old.cancelledAt = now;
        finished = old;
        if (!byUser) {
            QJsonObject params = bookingMessage(created.booking, created.queue, created.slot);
            params.insert(u"previous_code"_s, old.code);
            params.insert(u"previous_starts_at"_s, isoUtc(oldSlot.startsAt));
            tellUser(tx, created.user, u"booking_rescheduled"_s, params, now);
        }
        QJsonObject moved = bookingDetails(old);
        moved.insert(u"new_booking_id"_s, created.booking.id);
        moved.insert(u"new_code"_s, created.booking.code);
        AuditRepository::record(tx, actor, u"booking.reschedule"_s, u"booking"_s, old.id, moved, now);
        QJsonObject details = bookingDetails(created.booking);
        details.insert(u"rescheduled_from"_s, old.id);
        AuditRepository::record(tx, actor, u"booking.create"_s, u"booking"_s, created.booking.id, details, now);
        return created.booking;
    });
    if (outcome.ok()) {
        m_observer->bookingFinished(finished);
        m_observer->bookingCreated(outcome.value());
    } else {
        m_observer->bookingRefused(outcome.refusal());
    }
    return outcome;
}

Outcome<BookingRecord> BookingService::cancelBooking(qint64 bookingId, const Actor &actor)
{
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const BookingRepository bookingRepo(tx);
        BookingRecord booking = require(bookingRepo.find(bookingId), Refusal::BookingNotFound);
        const bool byUser = actor.type == ActorType::User;
        if (byUser && booking.userId != actor.id)
            throw Refused{Refusal::NotYourBooking};
        if (booking.status != BookingStatus::Active)
            throw Refused{Refusal::BookingNotActive};
        const SlotRecord slot = require(SlotRepository(tx).find(booking.slotId), Refusal::SlotNotFound);
        const QueueRecord queue = require(QueueRepository(tx).find(booking.queueId), Refusal::QueueNotFound);
        if (byUser && now.secsTo(slot.startsAt) < qint64(queue.cancelDeadlineMinutes) * 60)
            throw Refused{Refusal::CancelDeadlinePassed};

        booking.status = byUser ? BookingStatus::CancelledByUser : BookingStatus::CancelledByStaff;
        if (!bookingRepo.finishActive(bookingId, booking.status, now))
            throw Refused{Refusal::BookingNotActive};
        SlotRepository(tx).releaseSeat(booking.slotId, now);
        booking.cancelledAt = now;
        if (!byUser) {
            if (const auto user = UserRepository(tx).find(booking.userId)) {
                tellUser(tx, *user, u"booking_cancelled"_s, bookingMessage(booking, queue, slot), now);
            }
        }
        AuditRepository::record(tx, actor, u"booking.cancel"_s, u"booking"_s, bookingId, bookingDetails(booking), now);
        return booking;
    });
    if (outcome.ok())
        m_observer->bookingFinished(outcome.value());
    return outcome;
}

Outcome<BookingRecord> BookingService::setAttendance(qint64 bookingId, BookingStatus status, const Actor &actor)
{
    if (status != BookingStatus::Attended && status != BookingStatus::NoShow)
        return Refusal::InvalidInput;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>(m_db, [&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const BookingRepository bookingRepo(tx);
        BookingRecord booking = require(bookingRepo.find(bookingId), Refusal::BookingNotFound);
        if (!bookingRepo.finishActive(bookingId, status, now))
            throw Refused{Refusal::BookingNotActive};
        if (status == BookingStatus::NoShow)
            UserRepository(tx).incrementNoShows(booking.userId, now);
        booking.status = status;
        AuditRepository::record(tx, actor, u"booking.attendance"_s, u"booking"_s, bookingId, bookingDetails(booking),
                                now);
        return booking;
    });
    if (outcome.ok())
        m_observer->bookingFinished(outcome.value());
    return outcome;
}
