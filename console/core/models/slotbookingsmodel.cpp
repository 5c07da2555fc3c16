#include "slotbookingsmodel.h"

#include "apipaths.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// A column of one member of the booking or of its person.
JsonTableModel::Column column(std::function<QString()> header,
                              std::function<QString(const BookingWithUser &)> text)
{
    return {std::move(header), [text = std::move(text)](const QJsonObject &row, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return text(BookingWithUser::fromJson(row));
                return {};
            }};
}

} // namespace

SlotBookingsModel::SlotBookingsModel(ApiClient &client, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
{
    setColumns({
        column([] { return tr("Code"); }, [](const BookingWithUser &b) { return b.booking.code; }),
        column([] { return tr("Name"); }, [](const BookingWithUser &b) { return b.user ? personName(*b.user) : QString(); }),
        column([] { return tr("Username"); },
               [](const BookingWithUser &b) {
                   return b.user && !b.user->username.isEmpty() ? u'@' + b.user->username : QString();
               }),
        column([] { return tr("Phone"); }, [](const BookingWithUser &b) { return b.user ? b.user->phone : QString(); }),
        column([] { return tr("Status"); }, [](const BookingWithUser &b) { return statusText(b.booking.status); }),
    });
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const QString codeA = a.value(u"code"_s).toString();
        const QString codeB = b.value(u"code"_s).toString();
        return codeA != codeB ? codeA < codeB : idOf(a) < idOf(b);
    });
}

void SlotBookingsModel::setSlot(qint64 slotId)
{
    if (slotId == m_slotId)
        return;
    m_slotId = slotId;
    if (m_inFlight)
        m_inFlight->abort();
    clear();
    reload();
}

void SlotBookingsModel::reload()
{
    if (m_slotId == 0)
        return;
    if (m_inFlight)
        m_inFlight->abort();
    QUrlQuery query;
    query.addQueryItem(u"slot_id"_s, QString::number(m_slotId));
    query.addQueryItem(u"include"_s, u"user"_s);
    query.addQueryItem(u"limit"_s, u"500"_s); // a slot's capacity is at most 1000; people rarely more than a page
    ApiReply *reply = m_client.get(ApiPaths::bookings(), query);
    m_inFlight = reply;
    const qint64 slotId = m_slotId;
    reply->onJson(this, [this, slotId](const QJsonDocument &json) {
        if (slotId != m_slotId)
            return;
        m_inFlight = nullptr; // answered (the reply itself goes later)
        QList<QJsonObject> rows;
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items)
            rows.append(item.toObject());
        setRows(rows);
        emit loaded();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) {
        if (failure.kind == ApiFailure::Kind::Cancelled)
            return;
        m_inFlight = nullptr;
        emit failed(failure);
    });
}

void SlotBookingsModel::updateBooking(const BookingRecord &booking)
{
    const int row = rowOfId(booking.id);
    QJsonObject json = booking.toJson();
    if (row >= 0 && rowAt(row).contains(u"user"_s))
        json.insert(u"user"_s, rowAt(row).value(u"user"_s));
    upsert(json);
}

QString SlotBookingsModel::statusText(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Active: return tr("Booked");
    case BookingStatus::CancelledByUser: return tr("Cancelled by the person");
    case BookingStatus::CancelledByStaff: return tr("Cancelled by staff");
    case BookingStatus::Attended: return tr("Attended");
    case BookingStatus::NoShow: return tr("No-show");
    case BookingStatus::Expired: return tr("Expired");
    }
    return enumName(status);
}

QString SlotBookingsModel::personName(const UserRecord &user)
{
    return QStringList{user.firstName, user.lastName}.join(u' ').trimmed();
}
