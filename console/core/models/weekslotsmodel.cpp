#include "weekslotsmodel.h"

#include "apipaths.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool startsBefore(const SlotRecord &a, const SlotRecord &b)
{
    return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
}

bool sameSlot(const SlotRecord &a, const SlotRecord &b)
{
    return a.id == b.id && a.queueId == b.queueId && a.startsAt == b.startsAt && a.endsAt == b.endsAt
        && a.capacity == b.capacity && a.booked == b.booked && a.held == b.held && a.status == b.status
        && a.cancelReason == b.cancelReason && a.fromTemplate == b.fromTemplate;
}

} // namespace

WeekSlotsModel::WeekSlotsModel(ApiClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_frame(QTimeZone::utc(), WeekFrame::mondayOf(QDate::currentDate()), 7)
{
}

void WeekSlotsModel::setQueue(qint64 queueId, const QString &timezone)
{
    const QTimeZone zone(timezone.toUtf8());
    if (queueId == m_queueId && zone == m_frame.zone())
        return;
    abortLoad(); // answers for the old queue are dropped
    m_reloadAgain = false;
    m_queueId = queueId;
    m_frame = WeekFrame(zone, m_frame.first(), m_frame.days());
    clear();
    setSchedule({}); // the other queue's days are not this one's
}

void WeekSlotsModel::setRange(const QDate &first, int days)
{
    if (first == m_frame.first() && days == m_frame.days())
        return;
    abortLoad();
    m_reloadAgain = false;
    m_frame = WeekFrame(m_frame.zone(), first, days);
    // Every placement is relative to the first day: they are all computed again.
    beginResetModel();
    QList<Row> kept;
    for (const Row &row : std::as_const(m_rows)) {
        const WeekFrame::Placement place = m_frame.place(row.slot.startsAt, row.slot.endsAt);
        if (m_frame.inside(place))
            kept.append({row.slot, place});
    }
    m_rows = kept;
    m_indexStale = true;
    endResetModel();
}

void WeekSlotsModel::abortLoad()
{
    ++m_generation;
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
    m_inFlight.clear();
    m_pages.clear();
    m_arrivedSchedule.reset();
    setLoading(false);
}

void WeekSlotsModel::reload()
{
    if (m_queueId == 0) {
        clear();
        return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    ++m_generation;
    m_pages.clear();
    m_arrivedSchedule.reset();
    m_expected = -1;
    m_inFlight.clear();
    setLoading(true);
    requestSchedule();
    requestPage(0);
}

void WeekSlotsModel::requestPage(int offset)
{
    QUrlQuery query;
    query.addQueryItem(u"queue_id"_s, QString::number(m_queueId));
    query.addQueryItem(u"from"_s, m_frame.first().toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, m_frame.last().toString(Qt::ISODate));
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    ApiReply *reply = m_client.get(ApiPaths::slotList(), query);
    m_inFlight.append(reply);
    const int generation = m_generation;
    reply->onJson(this, [this, generation, offset](const QJsonDocument &json) {
        pageArrived(generation, offset, json);
    });
    reply->onFailure(this, [this, generation](const ApiFailure &failure) { loadFailed(generation, failure); });
}

void WeekSlotsModel::requestSchedule()
{
    ApiReply *reply = m_client.get(ApiPaths::schedule(m_queueId));
    m_inFlight.append(reply);
    const int generation = m_generation;
    reply->onValue<QueueSchedule>(this, [this, generation](const QueueSchedule &schedule) {
        if (generation != m_generation)
            return;
        m_arrivedSchedule = schedule;
        finishWhenComplete();
    });
    reply->onFailure(this, [this, generation](const ApiFailure &failure) { loadFailed(generation, failure); });
}

void WeekSlotsModel::loadFailed(int generation, const ApiFailure &failure)
{
    if (generation != m_generation)
        return;
    abortLoad(); // the other answers of this load are of no use now
    emit failed(failure);
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void WeekSlotsModel::pageArrived(int generation, int offset, const QJsonDocument &json)
{
    if (generation != m_generation)
        return;
    QList<SlotRecord> items;
    const QJsonArray array = json[u"items"_s].toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array)
        items.append(SlotRecord::fromJson(item.toObject()));
    m_pages.insert(offset, items);
    if (offset == 0) {
        // The first page tells how many there are: the others are asked for at once.
        m_expected = json[u"total"_s].toInteger();
        for (qint64 next = kPageSize; next < m_expected; next += kPageSize)
            requestPage(int(next));
    }
    finishWhenComplete();
}

void WeekSlotsModel::finishWhenComplete()
{
    if (m_expected < 0 || !m_arrivedSchedule) // the first page tells how many pages there are
        return;
    const qint64 pages = m_expected == 0 ? 1 : (m_expected + kPageSize - 1) / kPageSize;
    if (m_pages.size() >= pages)
        finishLoad();
}

void WeekSlotsModel::finishLoad()
{
    QList<int> offsets = m_pages.keys();
    std::sort(offsets.begin(), offsets.end());
    QList<SlotRecord> all;
    all.reserve(qsizetype(qMax<qint64>(0, m_expected)));
    QSet<qint64> seen; // a slot created meanwhile can shift one onto two pages
    for (int offset : std::as_const(offsets)) {
        for (const SlotRecord &slot : m_pages.value(offset)) {
            if (!seen.contains(slot.id)) {
                seen.insert(slot.id);
                all.append(slot);
            }
        }
    }
    m_pages.clear();
    m_inFlight.clear();
    setSlots(all);
    setSchedule(*std::exchange(m_arrivedSchedule, std::nullopt));
    setLoading(false);
    emit loaded();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void WeekSlotsModel::applyChanges(const QList<ChangeEntry> &changes)
{
    QSet<qint64> slotIds;
    QSet<qint64> bookingIds;
    bool wide = false;
    for (const ChangeEntry &change : changes) {
        if (change.entity == u"slot"_s)
            slotIds.insert(change.entityId);
        else if (change.entity == u"booking"_s)
            bookingIds.insert(change.entityId);
        else if (change.entity == u"waitlist"_s || (change.entity == u"queue"_s && change.entityId == m_queueId))
            wide = true; // held seats, or the queue's own settings: which slots is not said
    }
    if (m_queueId == 0 || (slotIds.isEmpty() && bookingIds.isEmpty() && !wide))
        return;
    if (wide || m_loading || slotIds.size() + bookingIds.size() > kMaxSingleRefresh) {
        reload();
        return;
    }
    for (qint64 id : std::as_const(slotIds))
        refreshSlot(id);
    const int generation = m_generation;
    for (qint64 id : std::as_const(bookingIds)) {
        // A booking changes its slot's seats; which slot, the booking says.
        ApiReply *reply = m_client.get(ApiPaths::booking(id));
        reply->onValue<BookingRecord>(this, [this, generation, slotIds](const BookingRecord &booking) {
            if (generation == m_generation && booking.queueId == m_queueId && !slotIds.contains(booking.slotId)
                && rowOfId(booking.slotId) >= 0)
                refreshSlot(booking.slotId);
        });
    }
}

void WeekSlotsModel::refreshSlot(qint64 id)
{
    const int generation = m_generation;
    ApiReply *reply = m_client.get(ApiPaths::slot(id));
    reply->onValue<SlotRecord>(this, [this, generation](const SlotRecord &slot) {
        if (generation == m_generation) // else a load that started later has it already
            upsert(slot);
    });
    reply->onFailure(this, [this, generation, id](const ApiFailure &failure) {
        if (generation == m_generation && failure.kind == ApiFailure::Kind::NotFound)
            removeId(id); // deleted (a template no longer wants it)
    });
}

bool WeekSlotsModel::wanted(const SlotRecord &slot) const
{
    return slot.queueId == m_queueId && m_frame.inside(m_frame.place(slot.startsAt, slot.endsAt));
}

int WeekSlotsModel::insertPosition(const SlotRecord &slot) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), slot,
                                     [](const SlotRecord &s, const Row &row) { return startsBefore(s, row.slot); });
    return int(it - m_rows.cbegin());
}

void WeekSlotsModel::insertRow(const SlotRecord &slot)
{
    const int at = insertPosition(slot);
    beginInsertRows({}, at, at);
    m_rows.insert(at, {slot, m_frame.place(slot.startsAt, slot.endsAt)});
    m_indexStale = true;
    endInsertRows();
}

void WeekSlotsModel::setSlots(const QList<SlotRecord> &records)
{
    QList<SlotRecord> incoming;
    incoming.reserve(records.size());
    for (const SlotRecord &slot : records) {
        if (wanted(slot))
            incoming.append(slot);
    }
    std::sort(incoming.begin(), incoming.end(), startsBefore);
    if (m_rows.isEmpty()) {
        if (incoming.isEmpty())
            return;
        beginResetModel();
        m_rows.reserve(incoming.size());
        for (const SlotRecord &slot : std::as_const(incoming))
            m_rows.append({slot, m_frame.place(slot.startsAt, slot.endsAt)});
        m_indexStale = true;
        endResetModel();
        return;
    }

    QHash<qint64, const SlotRecord *> byId;
    byId.reserve(incoming.size());
    for (const SlotRecord &slot : std::as_const(incoming))
        byId.insert(slot.id, &slot);
    // Gone, or moved to another time (it is inserted again where it now sorts): removed in runs.
    const auto stays = [&](const Row &row) {
        const SlotRecord *now = byId.value(row.slot.id);
        return now && now->startsAt == row.slot.startsAt;
    };
    for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
        if (stays(m_rows.at(at)))
            continue;
        const int last = at;
        while (at > 0 && !stays(m_rows.at(at - 1)))
            --at;
        beginRemoveRows({}, at, last);
        m_rows.remove(at, last - at + 1);
        m_indexStale = true;
        endRemoveRows();
    }
    // The rows left keep their place: changed ones are updated where they are.
    QSet<qint64> present;
    present.reserve(m_rows.size());
    for (int at = 0; at < m_rows.size(); ++at) {
        Row &row = m_rows[at];
        present.insert(row.slot.id);
        const SlotRecord &now = *byId.value(row.slot.id);
        if (!sameSlot(row.slot, now)) {
            row.slot = now;
            row.place = m_frame.place(now.startsAt, now.endsAt);
            emit dataChanged(index(at), index(at));
        }
    }
    for (const SlotRecord &slot : std::as_const(incoming)) {
        if (!present.contains(slot.id))
            insertRow(slot);
    }
}

void WeekSlotsModel::upsert(const SlotRecord &slot)
{
    if (!wanted(slot)) {
        removeId(slot.id);
        return;
    }
    const int at = rowOfId(slot.id);
    if (at >= 0) {
        Row &row = m_rows[at];
        if (row.slot.startsAt == slot.startsAt) {
            if (sameSlot(row.slot, slot))
                return;
            row.slot = slot;
            row.place = m_frame.place(slot.startsAt, slot.endsAt);
            emit dataChanged(index(at), index(at));
            return;
        }
        removeId(slot.id);
    }
    insertRow(slot);
}

void WeekSlotsModel::removeId(qint64 id)
{
    const int at = rowOfId(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    m_indexStale = true;
    endRemoveRows();
}

void WeekSlotsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_indexStale = true;
    endResetModel();
}

int WeekSlotsModel::rowOfId(qint64 id) const
{
    if (m_indexStale) {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).slot.id, row);
        m_indexStale = false;
    }
    return m_index.value(id, -1);
}

void WeekSlotsModel::setSchedule(const QueueSchedule &schedule)
{
    if (schedule.toJson() == m_schedule.toJson())
        return;
    m_schedule = schedule;
    emit scheduleChanged();
}

std::optional<ScheduleException> WeekSlotsModel::exceptionOn(int day) const
{
    if (day < 0 || day >= m_frame.days())
        return std::nullopt;
    const QDate date = m_frame.first().addDays(day);
    for (const ScheduleException &exception : m_schedule.exceptions) {
        if (exception.day == date)
            return exception;
    }
    return std::nullopt;
}

WeekSlotsModel::DayKind WeekSlotsModel::dayKindOn(int day) const
{
    const std::optional<ScheduleException> exception = exceptionOn(day);
    return exception ? dayKindOf(*exception, m_schedule.rules) : DayKind::Usual;
}

WeekSlotsModel::DayKind WeekSlotsModel::dayKindOf(const ScheduleException &exception, const QList<ScheduleRule> &rules)
{
    if (exception.closed)
        return DayKind::Closed;
    // The service opens such a day exactly within the exception's hours; what it is called
    // depends on the template's hours that weekday.
    int first = 1440;
    int last = 0;
    for (const ScheduleRule &rule : rules) {
        if (rule.weekday == exception.day.dayOfWeek() && !rule.isBreak) {
            first = qMin(first, rule.startMinute);
            last = qMax(last, rule.endMinute);
        }
    }
    if (first >= last)
        return DayKind::Extra;
    const bool inside = exception.startMinute >= first && exception.endMinute <= last;
    const bool same = exception.startMinute == first && exception.endMinute == last;
    return inside && !same ? DayKind::Shortened : DayKind::OtherHours;
}

WeekSlotsModel::Load WeekSlotsModel::loadOf(const SlotRecord &slot)
{
    if (slot.status == SlotStatus::Cancelled)
        return Load::Cancelled;
    if (slot.status == SlotStatus::Closed)
        return Load::Closed;
    const int taken = slot.booked + slot.held;
    if (taken <= 0)
        return Load::Free;
    return taken >= slot.capacity ? Load::Full : Load::PartlyBooked;
}

void WeekSlotsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int WeekSlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WeekSlotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SlotRecord &slot = row.slot;
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        return tr("%1–%2, %3 of %4 booked")
            .arg(locale.toString(m_frame.toLocal(slot.startsAt).time(), QLocale::ShortFormat),
                 locale.toString(m_frame.toLocal(slot.endsAt).time(), QLocale::ShortFormat))
            .arg(slot.booked + slot.held)
            .arg(slot.capacity);
    }
    case IdRole: return slot.id;
    case StartsAtRole: return slot.startsAt;
    case EndsAtRole: return slot.endsAt;
    case CapacityRole: return slot.capacity;
    case BookedRole: return slot.booked;
    case HeldRole: return slot.held;
    case StatusRole: return int(slot.status);
    case LoadRole: return int(loadOf(slot));
    case CancelReasonRole: return slot.cancelReason;
    case DayRole: return row.place.day;
    case StartMinuteRole: return row.place.startMinute;
    case EndMinuteRole: return row.place.endMinute;
    default: return {};
    }
}

QHash<int, QByteArray> WeekSlotsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StartsAtRole, "startsAt");
    names.insert(EndsAtRole, "endsAt");
    names.insert(CapacityRole, "capacity");
    names.insert(BookedRole, "booked");
    names.insert(HeldRole, "held");
    names.insert(StatusRole, "status");
    names.insert(LoadRole, "load");
    names.insert(CancelReasonRole, "cancelReason");
    names.insert(DayRole, "day");
    names.insert(StartMinuteRole, "startMinute");
    names.insert(EndMinuteRole, "endMinute");
    return names;
}
