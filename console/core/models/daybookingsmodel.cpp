#include "daybookingsmodel.h"

#include "apipaths.h"
#include "changefollower.h"
#include "localtime.h"
#include "models/tone.h"
#include "userdirectory.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// More than an office books in a day; the API's largest page.
const QString kDayLimit = u"500"_s;

bool isCancelled(BookingStatus status)
{
    return status == BookingStatus::CancelledByUser || status == BookingStatus::CancelledByStaff;
}

} // namespace

DayBookingsModel::DayBookingsModel(ApiClient &client, UserDirectory &people, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
    , m_people(people)
{
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const QString sa = a.value(u"starts_at"_s).toString();
        const QString sb = b.value(u"starts_at"_s).toString();
        if (sa != sb)
            return sa < sb; // ISO UTC text sorts as time
        const QString ca = a.value(u"code"_s).toString();
        const QString cb = b.value(u"code"_s).toString();
        return ca != cb ? ca < cb : idOf(a) < idOf(b);
    });
    declareColumns();
    connect(&m_people, &UserDirectory::changed, this, [this] { columnChanged(PersonColumn); });
}

void DayBookingsModel::declareColumns()
{
    const auto muted = [](const QJsonObject &row) {
        const auto status = enumFromString<BookingStatus>(row.value(u"status"_s).toString());
        return status && *status != BookingStatus::Active;
    };
    QList<Column> columns;
    columns.append({[] { return tr("Time"); },
                    [this](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return LocalTime::time(fromIsoUtc(row.value(u"starts_at"_s).toString()), m_zone);
                        return {};
                    }});
    columns.append({[] { return tr("Code"); },
                    [muted](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return row.value(u"code"_s).toString();
                        if (role == Tone::Role)
                            return muted(row) ? Tone::Muted : Tone::Strong;
                        return {};
                    }});
    columns.append({[] { return tr("Person"); },
                    [this](const QJsonObject &row, int role) -> QVariant {
                        if (role != Qt::DisplayRole)
                            return {};
                        const QString name = m_people.deskName(row.value(u"user_id"_s).toInteger());
                        return name.isEmpty() ? tr("Unknown person") : name;
                    }});
    columns.append({[] { return tr("Status"); },
                    [this, muted](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return statusText(row);
                        if (role == Tone::Role) {
                            if (m_line.contains(idOf(row)))
                                return Tone::Accent;
                            if (muted(row))
                                return Tone::Muted;
                        }
                        return {};
                    }});
    setColumns(columns);
}

QString DayBookingsModel::statusText(const QJsonObject &row) const
{
    if (const auto place = m_line.constFind(idOf(row)); place != m_line.cend()) {
        return place->counter > 0 ? tr("At counter %1").arg(place->counter)
                                  : tr("In line, #%1").arg(place->position);
    }
    const BookingRecord booking = BookingRecord::fromJson(row);
    switch (booking.status) {
    case BookingStatus::Active:
        if (!m_confirmationRequired)
            return tr("Booked");
        return booking.confirmedAt ? tr("Confirmed") : tr("Not confirmed yet");
    case BookingStatus::Attended: return tr("Attended");
    case BookingStatus::NoShow: return tr("Did not come");
    case BookingStatus::Expired: return tr("Expired");
    case BookingStatus::CancelledByUser:
    case BookingStatus::CancelledByStaff: return tr("Cancelled");
    }
    return {};
}

void DayBookingsModel::setDay(const QueueRecord &queue, const QDate &day)
{
    m_zone = LocalTime::zoneOf(queue);
    m_confirmationRequired = queue.confirmationRequired;
    if (queue.id == m_queueId && day == m_day)
        return;
    m_queueId = queue.id;
    m_day = day;
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
    m_inFlight.clear();
    m_again = false;
    m_loaded = false;
    clear();
    reload();
}

void DayBookingsModel::reload()
{
    if (m_queueId <= 0 || !m_day.isValid())
        return;
    if (!m_inFlight.isEmpty()) {
        m_again = true;
        return;
    }
    // The two answers of one load meet here; the day shows only when both came.
    struct Load
    {
        QList<QJsonObject> bookings;
        QHash<qint64, QDateTime> slotStarts;
        int pending = 2;
        bool failed = false;
    };
    const auto load = std::make_shared<Load>();
    const qint64 queueId = m_queueId;
    const QDate day = m_day;
    const QString dayText = day.toString(Qt::ISODate);
    const auto current = [this, queueId, day] { return queueId == m_queueId && day == m_day; };
    const auto settle = [this, load, current] {
        if (--load->pending > 0 || !current())
            return;
        m_inFlight.clear();
        if (!load->failed)
            combine(load->bookings, load->slotStarts);
        if (m_again) {
            m_again = false;
            reload();
        }
    };
    const auto fail = [this, load, current, settle](const ApiFailure &failure) {
        if (current() && !load->failed && failure.kind != ApiFailure::Kind::Cancelled)
            emit failed(failure);
        load->failed = true;
        settle();
    };

    QUrlQuery bookingQuery;
    bookingQuery.addQueryItem(u"queue_id"_s, QString::number(queueId));
    bookingQuery.addQueryItem(u"date"_s, dayText);
    bookingQuery.addQueryItem(u"limit"_s, kDayLimit);
    ApiReply *bookingsReply = m_client.get(ApiPaths::bookings(), bookingQuery);
    bookingsReply->onJson(this, [load, settle](const QJsonDocument &json) {
        load->bookings = itemsOf(json);
        settle();
    });
    bookingsReply->onFailure(this, fail);

    QUrlQuery slotQuery;
    slotQuery.addQueryItem(u"queue_id"_s, QString::number(queueId));
    slotQuery.addQueryItem(u"from"_s, dayText);
    slotQuery.addQueryItem(u"to"_s, dayText);
    slotQuery.addQueryItem(u"limit"_s, kDayLimit);
    ApiReply *slotsReply = m_client.get(ApiPaths::slotList(), slotQuery);
    slotsReply->onJson(this, [load, settle](const QJsonDocument &json) {
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items) {
            const SlotRecord slot = SlotRecord::fromJson(item.toObject());
            load->slotStarts.insert(slot.id, slot.startsAt);
        }
        settle();
    });
    slotsReply->onFailure(this, fail);
    m_inFlight = {bookingsReply, slotsReply};
}

void DayBookingsModel::combine(const QList<QJsonObject> &bookings, const QHash<qint64, QDateTime> &slotStarts)
{
    QList<QJsonObject> rows;
    QList<qint64> people;
    for (QJsonObject row : bookings) {
        const auto status = enumFromString<BookingStatus>(row.value(u"status"_s).toString());
        if (!status || isCancelled(*status))
            continue;
        row.insert(u"starts_at"_s, isoUtc(slotStarts.value(row.value(u"slot_id"_s).toInteger())));
        people.append(row.value(u"user_id"_s).toInteger());
        rows.append(row);
    }
    m_people.request(people);
    setRows(rows);
    m_loaded = true;
    emit loaded();
}

void DayBookingsModel::setLine(const LiveBoard &board)
{
    QHash<qint64, InLine> line;
    for (const LinePlace &place : board.waiting) {
        if (place.ticket.bookingId > 0)
            line.insert(place.ticket.bookingId, {place.ahead + 1, 0});
    }
    for (const LiveTicket &ticket : board.called) {
        if (ticket.bookingId > 0)
            line.insert(ticket.bookingId, {0, ticket.counter});
    }
    if (line == m_line)
        return;
    m_line = line;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

bool DayBookingsModel::canCheckIn(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const QJsonObject booking = rowAt(row);
    return booking.value(u"status"_s).toString() == enumName(BookingStatus::Active)
        && !m_line.contains(idOf(booking));
}

ApiReply *DayBookingsModel::checkIn(qint64 bookingId)
{
    ApiReply *reply = m_client.post(ApiPaths::checkIn(bookingId));
    reply->onJson(this, [this](const QJsonDocument &) { reload(); });
    return reply;
}

bool DayBookingsModel::affectsBookings(const QList<ChangeEntry> &changes)
{
    return ChangeFollower::touches(changes, {u"booking", u"slot", u"ticket"});
}
