#include "waitlistservice.h"

#include "domain/notifications.h"
#include "domain/seats.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using Seats::require;

namespace {

// People looked at per free seat before giving up on it (the rest cannot take it now either).
constexpr int kCandidatesPerSeat = 20;

QJsonObject entryDetails(const WaitlistEntry &e)
{
    return {{u"queue_id"_s, e.queueId}, {u"user_id"_s, e.userId}, {u"day"_s, e.day},
            {u"from"_s, clockText(e.fromMinute)}, {u"to"_s, clockText(e.toMinute)}};
}

int localMinute(const QueueRecord &queue, const QDateTime &time)
{
    const QTime local = time.toTimeZone(QTimeZone(queue.timezone.toUtf8())).time();
    return local.hour() * 60 + local.minute();
}

// Whether `person` could book a seat of `queue` now; those who could not are passed over.
bool canTakeSeat(const Transaction &tx, const UserRecord &person, const QueueRecord &queue, const QDateTime &now)
{
    return !Seats::personRefusal(person, queue)
        && BookingRepository(tx).countUpcomingActive(person.id, queue.id, now) < queue.maxActiveBookings;
}

// Tells the person their hold is over (expired or withdrawn) or what became of it.
void tellAboutEntry(const Transaction &tx, const WaitlistEntry &entry, const QueueRecord &queue,
                    const QString &templateName, const QDateTime &now)
{
    QJsonObject params = Notifications::queueParams(queue);
    params.insert(u"entry_id"_s, entry.id);
    params.insert(u"day"_s, entry.day);
    // About a day of the queue's: pointless once that day is over there.
    const QDateTime dayEnd =
        QDateTime(QDate::fromString(entry.day, Qt::ISODate).addDays(1), QTime(0, 0), QTimeZone(queue.timezone.toUtf8()));
    Notifications::tell(tx, entry.userId, templateName, params, now, Notifications::until(dayEnd.toUTC()));
}

} // namespace

int WaitlistService::offerFreeSeats(Transaction &tx, qint64 slotId, const QDateTime &now)
{
    const SlotRepository slotRepo(tx);
    const std::optional<SlotRecord> slot = slotRepo.find(slotId);
    if (!slot || slot->freeSeats() <= 0)
        return 0;
    const std::optional<QueueRecord> queue = QueueRepository(tx).find(slot->queueId);
    if (!queue || Seats::slotRefusal(*slot, *queue, now))
        return 0;
    // Held until the hold runs out, but never past the last moment the slot can be booked.
    const QDateTime lastMoment = slot->startsAt.addSecs(-qint64(queue->minNoticeMinutes) * 60);
    const QDateTime holdUntil = qMin(now.addSecs(qint64(queue->waitlistHoldMinutes) * 60), lastMoment);
    if (holdUntil <= now)
        return 0;
    const WaitlistRepository waitlist(tx);
    const UserRepository users(tx);
    const QString day = Seats::localDay(*queue, slot->startsAt);
    int offers = 0;
    for (const WaitlistEntry &entry :
         waitlist.candidates(queue->id, day, localMinute(*queue, slot->startsAt), slotId, kCandidatesPerSeat)) {
        const std::optional<UserRecord> person = users.find(entry.userId);
        if (!person || !canTakeSeat(tx, *person, *queue, now))
            continue;
        if (!slotRepo.tryHoldSeat(slotId, now))
            break; // no seat left: the conditional update is the only judge
        if (!waitlist.markOffered(entry.id, slotId, holdUntil, now)) {
            slotRepo.releaseHold(slotId, now);
            continue;
        }
        QJsonObject params = Notifications::queueParams(*queue);
        params.insert(u"entry_id"_s, entry.id);
        params.insert(u"starts_at"_s, isoUtc(slot->startsAt));
        params.insert(u"hold_until"_s, isoUtc(holdUntil));
        Notifications::tell(tx, *person, u"waitlist_offer"_s, params, now, Notifications::until(holdUntil));
        AuditRepository::record(tx, Actor::system(), u"waitlist.offer"_s, u"waitlist"_s, entry.id,
                                {{u"slot_id"_s, slotId}, {u"hold_until"_s, isoUtc(holdUntil)}}, now);
        ++offers;
        if (offers >= slot->freeSeats())
            break;
    }
    return offers;
}

Outcome<WaitlistEntry> WaitlistService::join(qint64 userId, qint64 queueId, const QDate &day, int fromMinute,
                                             int toMinute, const Actor &actor)
{
    if (!day.isValid() || fromMinute < 0 || toMinute > 1440 || toMinute <= fromMinute)
        return Refusal::InvalidInput;
    int offers = 0;
    const Outcome<WaitlistEntry> outcome = attempt<WaitlistEntry>([&](Transaction &tx, const QDateTime &now) {
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        const QDate today = QDate::fromString(Seats::localDay(queue, now), Qt::ISODate);
        if (!queue.active || day < today || day > today.addDays(queue.horizonDays))
            throw Refused{Refusal::WaitlistDayNotOpen};
        const UserRecord person = require(UserRepository(tx).find(userId), Refusal::UserNotFound);
        if (const std::optional<Refusal> refusal = Seats::personRefusal(person, queue))
            throw Refused{*refusal};
        const WaitlistRepository waitlist(tx);
        for (const WaitlistEntry &open : waitlist.openForUser(userId)) {
            if (open.queueId == queueId && open.day == day.toString(Qt::ISODate))
                throw Refused{Refusal::AlreadyWaiting};
        }
        WaitlistEntry entry;
        entry.queueId = queueId;
        entry.userId = userId;
        entry.day = day.toString(Qt::ISODate);
        entry.fromMinute = fromMinute;
        entry.toMinute = toMinute;
        entry.createdAt = now;
        entry.id = waitlist.insert(entry, now);
        AuditRepository::record(tx, actor, u"waitlist.join"_s, u"waitlist"_s, entry.id, entryDetails(entry), now);
        // A seat may be free right now (the person looked at a full day a moment ago).
        const QDateTime dayStart = QDateTime(day, QTime(0, 0), QTimeZone(queue.timezone.toUtf8())).toUTC();
        for (const SlotRecord &slot : SlotRepository(tx).listForQueue(queueId, dayStart, dayStart.addDays(1))) {
            if (slot.freeSeats() > 0)
                offers += offerFreeSeats(tx, slot.id, now);
        }
        return *waitlist.find(entry.id);
    });
    if (outcome.ok()) {
        observer().waitlistJoined();
        for (int i = 0; i < offers; ++i)
            observer().waitlistOffered();
        if (offers > 0)
            observer().timedWorkChanged();
    }
    return outcome;
}

Outcome<WaitlistEntry> WaitlistService::leave(qint64 entryId, const Actor &actor)
{
    return finishOffer(entryId, WaitlistStatus::Cancelled, actor, actor.type == ActorType::User);
}

Outcome<WaitlistEntry> WaitlistService::decline(qint64 entryId, const Actor &actor)
{
    return finishOffer(entryId, WaitlistStatus::Declined, actor, true);
}

Outcome<WaitlistEntry> WaitlistService::finishOffer(qint64 entryId, WaitlistStatus status, const Actor &actor,
                                                    bool byUser)
{
    bool wasOffered = false;
    int offers = 0;
    const Outcome<WaitlistEntry> outcome = attempt<WaitlistEntry>([&](Transaction &tx, const QDateTime &now) {
        const WaitlistRepository waitlist(tx);
        WaitlistEntry entry = require(waitlist.find(entryId), Refusal::WaitlistEntryNotFound);
        if (byUser && actor.type == ActorType::User && entry.userId != actor.id)
            throw Refused{Refusal::WaitlistEntryNotFound};
        if (status == WaitlistStatus::Declined && entry.status != WaitlistStatus::Offered)
            throw Refused{Refusal::OfferNotHeld};
        wasOffered = entry.status == WaitlistStatus::Offered;
        if (!waitlist.finish(entryId, status, now))
            throw Refused{Refusal::WaitlistEntryNotFound};
        if (wasOffered) {
            SlotRepository(tx).releaseHold(entry.offeredSlotId, now);
            offers = offerFreeSeats(tx, entry.offeredSlotId, now);
        }
        AuditRepository::record(tx, actor, status == WaitlistStatus::Declined ? u"waitlist.decline"_s
                                                                              : u"waitlist.leave"_s,
                                u"waitlist"_s, entryId, entryDetails(entry), now);
        entry.status = status;
        return entry;
    });
    if (outcome.ok()) {
        if (wasOffered)
            observer().waitlistOfferEnded(status == WaitlistStatus::Declined ? u"declined"_s : u"withdrawn"_s);
        for (int i = 0; i < offers; ++i)
            observer().waitlistOffered();
        observer().timedWorkChanged();
    }
    return outcome;
}

Outcome<BookingRecord> WaitlistService::accept(qint64 entryId, const Actor &actor)
{
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
        const WaitlistRepository waitlist(tx);
        const WaitlistEntry entry = require(waitlist.find(entryId), Refusal::WaitlistEntryNotFound);
        if (actor.type == ActorType::User && entry.userId != actor.id)
            throw Refused{Refusal::WaitlistEntryNotFound};
        if (entry.status != WaitlistStatus::Offered || !entry.holdUntil || *entry.holdUntil <= now)
            throw Refused{Refusal::OfferNotHeld};
        const Seats::NewBooking created = Seats::take(tx, entry.userId, entry.offeredSlotId, BookingSource::Telegram,
                                                      now, 0, Seats::From::HeldSeat);
        if (!waitlist.finish(entryId, WaitlistStatus::Accepted, now, created.booking.id))
            throw Refused{Refusal::OfferNotHeld};
        QJsonObject details{{u"code"_s, created.booking.code}, {u"slot_id"_s, created.booking.slotId},
                            {u"user_id"_s, created.booking.userId}, {u"waitlist_id"_s, entryId}};
        AuditRepository::record(tx, actor, u"waitlist.accept"_s, u"waitlist"_s, entryId, details, now);
        AuditRepository::record(tx, actor, u"booking.create"_s, u"booking"_s, created.booking.id, details, now);
        return created.booking;
    });
    if (outcome.ok()) {
        observer().waitlistOfferEnded(u"accepted"_s);
        observer().bookingCreated(outcome.value());
        observer().timedWorkChanged();
        return outcome;
    }
    // A rule of the person's own (a booking limit reached meanwhile, a ban) keeps them from the
    // seat: it goes to the next person rather than staying held for nobody.
    switch (outcome.refusal()) {
    case Refusal::TooManyActiveBookings:
    case Refusal::UserBanned:
    case Refusal::NoShowLimitReached:
    case Refusal::AlreadyBooked:
        decline(entryId, actor);
        break;
    default:
        break;
    }
    observer().bookingRefused(outcome.refusal());
    return outcome;
}

int WaitlistService::expireHolds(int limit)
{
    int expired = 0;
    int offers = 0;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const WaitlistRepository waitlist(tx);
        const QueueRepository queues(tx);
        for (const WaitlistEntry &entry : waitlist.expiredHolds(now, limit)) {
            if (!waitlist.finish(entry.id, WaitlistStatus::Expired, now))
                continue;
            SlotRepository(tx).releaseHold(entry.offeredSlotId, now);
            if (const std::optional<QueueRecord> queue = queues.find(entry.queueId))
                tellAboutEntry(tx, entry, *queue, u"waitlist_expired"_s, now);
            AuditRepository::record(tx, Actor::system(), u"waitlist.expire"_s, u"waitlist"_s, entry.id,
                                    entryDetails(entry), now);
            offers += offerFreeSeats(tx, entry.offeredSlotId, now);
            ++expired;
        }
    });
    for (int i = 0; i < expired; ++i)
        observer().waitlistOfferEnded(u"expired"_s);
    for (int i = 0; i < offers; ++i)
        observer().waitlistOffered();
    return expired;
}

std::optional<QDateTime> WaitlistService::nextHoldExpiry()
{
    return WaitlistRepository(m_db.session()).nextHoldExpiry();
}

int WaitlistService::offerWaitingDays()
{
    int offers = 0;
    m_db.write([&](Transaction &tx) {
        const QDateTime now = m_clock.now();
        const QueueRepository queues(tx);
        const SlotRepository slotRepo(tx);
        // From yesterday in UTC: every queue's local today is on or after it.
        const QString from = now.addDays(-1).date().toString(Qt::ISODate);
        for (const auto &[queueId, day] : WaitlistRepository(tx).waitingDays(from)) {
            const std::optional<QueueRecord> queue = queues.find(queueId);
            if (!queue)
                continue;
            const QDateTime dayStart =
                QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0), QTimeZone(queue->timezone.toUtf8())).toUTC();
            for (const SlotRecord &slot : slotRepo.listForQueue(queueId, qMax(dayStart, now), dayStart.addDays(1))) {
                if (slot.freeSeats() > 0)
                    offers += offerFreeSeats(tx, slot.id, now);
            }
        }
    });
    for (int i = 0; i < offers; ++i)
        observer().waitlistOffered();
    return offers;
}

Page<WaitlistEntry> WaitlistService::list(const WaitlistFilter &filter, const PageRequest &page)
{
    return WaitlistRepository(m_db.session()).search(filter, page);
}

QList<WaitlistEntry> WaitlistService::openForUser(qint64 userId)
{
    return WaitlistRepository(m_db.session()).openForUser(userId);
}
