#include "bookingservice.h"

#include "domain/notifications.h"
#include "domain/plaintext.h"
#include "domain/seats.h"
#include "domain/waitlistservice.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/outboxrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "storage/waitlistrepository.h"
#include "translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Seats::require;

namespace {

bool isValidQueue(const QueueRecord &q)
{
    static const QRegularExpression prefix(u"^[A-Z]{1,3}$"_s);
    return prefix.match(q.codePrefix).hasMatch() && !q.nameRu.trimmed().isEmpty() && !q.nameEn.trimmed().isEmpty()
        && q.nameRu.size() <= 200 && q.nameEn.size() <= 200 && QTimeZone(q.timezone.toUtf8()).isValid()
        && q.counters >= 1 && q.slotMinutes >= 1 && q.defaultCapacity >= 1
        && q.defaultCapacity <= BookingService::kMaxCapacity
        && q.minNoticeMinutes >= 0 && q.horizonDays >= 1 && q.cancelDeadlineMinutes >= 0
        && q.maxActiveBookings >= 1 && q.noShowLimit >= 0 && q.waitlistHoldMinutes >= 1 && q.confirmCutoffMinutes >= 0
        && q.checkinBeforeMinutes >= 0 && q.checkinAfterMinutes >= 0 && q.positionAlertAhead >= 0;
}

QJsonObject bookingDetails(const BookingRecord &b)
{
    return {{u"code"_s, b.code}, {u"slot_id"_s, b.slotId}, {u"user_id"_s, b.userId},
            {u"status"_s, enumName(b.status)}};
}

// Inside a transaction that freed a seat of `slotId`: the waiting list gets it first.
int offerSeat(Transaction &tx, qint64 slotId, const QDateTime &now)
{
    return WaitlistService::offerFreeSeats(tx, slotId, now);
}

// One way for an active booking to give its seat back (cancelled or moved away): the booking
// ends as `status`, its live-queue ticket closes, and the seat is offered to the waiting list.
// Returns the offers made; throws BookingNotActive if the booking was no longer active.
int giveSeatBack(Transaction &tx, BookingRecord &booking, BookingStatus status, const QDateTime &now)
{
    if (!BookingRepository(tx).finishActive(booking.id, status, now))
        throw Refused{Refusal::BookingNotActive};
    booking.status = status;
    booking.cancelledAt = now;
    SlotRepository(tx).releaseSeat(booking.slotId, now);
    LiveTicketRepository(tx).closeForBooking(booking.id, TicketStatus::Cancelled, now);
    return offerSeat(tx, booking.slotId, now);
}

} // namespace

std::optional<Refusal> BookingService::slotRefusal(const SlotRecord &slot, const QueueRecord &queue,
                                                   const QDateTime &now)
{
    return Seats::slotRefusal(slot, queue, now);
}

QString BookingService::localDay(const QueueRecord &queue, const QDateTime &time)
{
    return Seats::localDay(queue, time);
}

QString BookingService::formatCode(const QString &prefix, int number)
{
    return Seats::formatCode(prefix, number);
}

void BookingService::seatsOffered(int offers)
{
    for (int i = 0; i < offers; ++i)
        observer().waitlistOffered();
    if (offers > 0)
        observer().timedWorkChanged();
}

Outcome<QueueRecord> BookingService::createQueue(const QueueRecord &queue, const Actor &actor)
{
    if (!isValidQueue(queue))
        return Refusal::InvalidInput;
    return attempt<QueueRecord>([&](Transaction &tx, const QDateTime &now) {
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
    return attempt<QueueRecord>([&](Transaction &tx, const QDateTime &now) {
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
    int offers = 0;
    const Outcome<SlotRecord> outcome = attempt<SlotRecord>([&](Transaction &tx, const QDateTime &now) {
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
        offers = offerSeat(tx, slot.id, now);
        return *slotRepo.find(slot.id);
    });
    if (outcome.ok()) {
        observer().slotCreated(outcome.value());
        seatsOffered(offers);
    }
    return outcome;
}

Outcome<int> BookingService::cancelSlot(qint64 slotId, const QString &reason, const Actor &actor)
{
    SlotRecord cancelled;
    const Outcome<int> outcome = attempt<int>([&](Transaction &tx, const QDateTime &now) {
        const SlotRepository slotRepo(tx);
        const BookingRepository bookingRepo(tx);
        const UserRepository userRepo(tx);
        const SlotRecord slot = require(slotRepo.find(slotId), Refusal::SlotNotFound);
        const QueueRecord queue = require(QueueRepository(tx).find(slot.queueId), Refusal::QueueNotFound);
        cancelled = slot;
        const QList<BookingRecord> affected = bookingRepo.activeForSlot(slotId);
        if (!slotRepo.cancel(slotId, reason, now))
            throw Refused{Refusal::SlotNotOpen};
        // Seats held for the waiting list are gone with the slot: those people wait on.
        WaitlistRepository(tx).withdrawOffers(slotId, now);
        for (const BookingRecord &booking : affected) {
            bookingRepo.finishActive(booking.id, BookingStatus::CancelledByStaff, now);
            LiveTicketRepository(tx).closeForBooking(booking.id, TicketStatus::Cancelled, now);
            if (const auto user = userRepo.find(booking.userId)) {
                QJsonObject params = Notifications::bookingParams(booking, queue, slot);
                params.insert(u"reason"_s, reason);
                // After the appointment it would have been, the notice is pointless.
                Notifications::tell(tx, *user, u"slot_cancelled"_s, params, now, Notifications::until(slot.startsAt));
            }
            AuditRepository::record(tx, actor, u"booking.cancel"_s, u"booking"_s, booking.id,
                                    {{u"code"_s, booking.code}, {u"by"_s, u"staff"_s}, {u"reason"_s, reason}}, now);
        }
        AuditRepository::record(tx, actor, u"slot.cancel"_s, u"slot"_s, slotId,
                                {{u"reason"_s, reason}, {u"cancelled_bookings"_s, int(affected.size())}}, now);
        return int(affected.size());
    });
    if (outcome.ok())
        observer().slotCancelled(cancelled, outcome.value());
    return outcome;
}

Outcome<SlotRecord> BookingService::setSlotCapacity(qint64 slotId, int capacity, const Actor &actor)
{
    if (capacity < 1 || capacity > kMaxCapacity)
        return Refusal::InvalidInput;
    int offers = 0;
    const Outcome<SlotRecord> outcome = attempt<SlotRecord>([&](Transaction &tx, const QDateTime &now) {
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
        if (capacity > slot.capacity)
            offers = offerSeat(tx, slotId, now);
        return *slotRepo.find(slotId);
    });
    if (outcome.ok())
        seatsOffered(offers);
    return outcome;
}

BookingService::CreatedSlots BookingService::planSlots(const SqlSession &session, const QueueRecord &queue,
                                                      const SlotPattern &pattern)
{
    const QList<SlotPattern::Interval> wanted = pattern.expand(QTimeZone(queue.timezone.toUtf8()));
    CreatedSlots result;
    if (wanted.isEmpty())
        return result;
    QSet<qint64> taken;
    for (const SlotRecord &existing : SlotRepository(session).listForQueue(queue.id, wanted.first().startsAt,
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
        slot.queueId = queue.id;
        slot.startsAt = interval.startsAt;
        slot.endsAt = interval.endsAt;
        slot.capacity = pattern.capacity;
        result.created.append(slot);
    }
    return result;
}

Outcome<BookingService::CreatedSlots> BookingService::createSlots(qint64 queueId, const SlotPattern &pattern,
                                                                  const Actor &actor, bool dryRun)
{
    if (pattern.capacity < 1 || pattern.capacity > kMaxCapacity || pattern.slotMinutes < 1
        || pattern.startMinute < 0 || pattern.endMinute > 1440 || pattern.endMinute <= pattern.startMinute
        || (pattern.hasBreak() && (pattern.breakStartMinute < pattern.startMinute
                                   || pattern.breakEndMinute > pattern.endMinute))
        || !pattern.fromDate.isValid() || !pattern.toDate.isValid() || pattern.toDate < pattern.fromDate)
        return Refusal::InvalidInput;
    if (pattern.upperBound() > kMaxSlotsPerPattern)
        return Refusal::TooManySlots;
    if (dryRun) {
        const SqlSession session = m_db.session();
        const std::optional<QueueRecord> queue = QueueRepository(session).find(queueId);
        if (!queue)
            return Refusal::QueueNotFound;
        return planSlots(session, *queue, pattern);
    }
    int offers = 0;
    const Outcome<CreatedSlots> outcome = attempt<CreatedSlots>([&](Transaction &tx, const QDateTime &now) {
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        CreatedSlots result = planSlots(tx, queue, pattern);
        const SlotRepository slotRepo(tx);
        for (SlotRecord &slot : result.created) {
            slot.id = slotRepo.insert(slot, now);
            AuditRepository::record(tx, actor, u"slot.create"_s, u"slot"_s, slot.id,
                                    {{u"queue_id"_s, queueId}, {u"starts_at"_s, isoUtc(slot.startsAt)},
                                     {u"capacity"_s, slot.capacity}, {u"pattern"_s, true}},
                                    now);
        }
        for (const SlotRecord &slot : std::as_const(result.created))
            offers += offerSeat(tx, slot.id, now);
        return result;
    });
    if (outcome.ok()) {
        for (const SlotRecord &slot : outcome.value().created)
            observer().slotCreated(slot);
        seatsOffered(offers);
    }
    return outcome;
}

UserRecord BookingService::registerUser(const UserRecord &telegramProfile)
{
    // A profile name cannot be refused (it is the person's), so hidden characters are dropped;
    // line breaks stay (they are text, and every export quotes them).
    UserRecord profile = telegramProfile;
    for (QString *text : {&profile.firstName, &profile.lastName, &profile.username})
        *text = PlainText::withoutControls(*text, PlainText::Lines::Multiple);
    // Someone seen within the minute under the same name costs one read, not a write: a busy
    // person's taps stay cheap (last_seen_at is kept to the minute).
    const QDateTime seenSince = m_clock.now().addSecs(-kLastSeenResolutionSecs);
    if (std::optional<UserRecord> known = UserRepository(m_db.session()).findUnchanged(profile, seenSince))
        return *known;
    UserRecord user;
    bool isNew = false;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const UserRepository userRepo(tx);
        isNew = !userRepo.findByTelegramId(profile.telegramId).has_value();
        const qint64 id = userRepo.upsertFromTelegram(profile, now);
        if (isNew)
            AuditRepository::record(tx, Actor::user(id), u"user.register"_s, u"user"_s, id,
                                    {{u"language"_s, profile.language}}, now);
        user = userRepo.find(id).value_or(UserRecord{});
    });
    if (isNew)
        observer().userRegistered();
    return user;
}

Outcome<Done> BookingService::setUserBanned(qint64 userId, bool banned, const Actor &actor)
{
    return attempt<Done>([&](Transaction &tx, const QDateTime &now) {
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
    return attempt<Done>([&](Transaction &tx, const QDateTime &now) {
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
    return attempt<Done>([&](Transaction &tx, const QDateTime &now) {
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
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
        const Seats::NewBooking created = Seats::take(tx, userId, slotId, source, now, 0);
        if (source == BookingSource::Console) {
            // Staff booked on the person's behalf: they learn about it from the bot.
            Notifications::tell(tx, created.user, u"booking_created"_s,
                                Notifications::bookingParams(created.booking, created.queue, created.slot), now,
                                Notifications::until(created.slot.startsAt));
        }
        AuditRepository::record(tx, actor, u"booking.create"_s, u"booking"_s, created.booking.id,
                                bookingDetails(created.booking), now);
        return created.booking;
    });
    if (outcome.ok()) {
        observer().bookingCreated(outcome.value());
        observer().timedWorkChanged();
    } else {
        observer().bookingRefused(outcome.refusal());
    }
    return outcome;
}

Outcome<BookingRecord> BookingService::reschedule(qint64 bookingId, qint64 newSlotId, const Actor &actor)
{
    BookingRecord finished;
    int offers = 0;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
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
        const Seats::NewBooking created = Seats::take(tx, old.userId, newSlotId, old.source, now, replaced);

        offers = giveSeatBack(tx, old, byUser ? BookingStatus::CancelledByUser : BookingStatus::CancelledByStaff, now);
        finished = old;
        if (!byUser) {
            QJsonObject params = Notifications::bookingParams(created.booking, created.queue, created.slot);
            params.insert(u"previous_code"_s, old.code);
            params.insert(u"previous_starts_at"_s, isoUtc(oldSlot.startsAt));
            Notifications::tell(tx, created.user, u"booking_rescheduled"_s, params, now,
                                Notifications::until(created.slot.startsAt));
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
        observer().bookingFinished(finished);
        observer().bookingCreated(outcome.value());
        seatsOffered(offers);
        observer().timedWorkChanged();
    } else {
        observer().bookingRefused(outcome.refusal());
    }
    return outcome;
}

Outcome<BookingRecord> BookingService::cancelBooking(qint64 bookingId, const Actor &actor)
{
    int offers = 0;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
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

        offers = giveSeatBack(tx, booking, byUser ? BookingStatus::CancelledByUser : BookingStatus::CancelledByStaff,
                              now);
        if (!byUser)
            Notifications::tell(tx, booking.userId, u"booking_cancelled"_s,
                                Notifications::bookingParams(booking, queue, slot), now,
                                Notifications::until(slot.startsAt));
        AuditRepository::record(tx, actor, u"booking.cancel"_s, u"booking"_s, bookingId, bookingDetails(booking), now);
        return booking;
    });
    if (outcome.ok()) {
        observer().bookingFinished(outcome.value());
        seatsOffered(offers);
    }
    return outcome;
}

Outcome<BookingRecord> BookingService::setAttendance(qint64 bookingId, BookingStatus status, const Actor &actor)
{
    if (status != BookingStatus::Attended && status != BookingStatus::NoShow)
        return Refusal::InvalidInput;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
        const BookingRepository bookingRepo(tx);
        BookingRecord booking = require(bookingRepo.find(bookingId), Refusal::BookingNotFound);
        if (!bookingRepo.finishActive(bookingId, status, now))
            throw Refused{Refusal::BookingNotActive};
        LiveTicketRepository(tx).closeForBooking(
            bookingId, status == BookingStatus::Attended ? TicketStatus::Served : TicketStatus::NoShow, now);
        if (status == BookingStatus::NoShow)
            UserRepository(tx).incrementNoShows(booking.userId, now);
        booking.status = status;
        AuditRepository::record(tx, actor, u"booking.attendance"_s, u"booking"_s, bookingId, bookingDetails(booking),
                                now);
        return booking;
    });
    if (outcome.ok())
        observer().bookingFinished(outcome.value());
    return outcome;
}
