#include "slotbookingsmodel.h"

#include "apipaths.h"
#include "userdirectory.h"

using namespace Qt::StringLiterals;

SlotBookingsModel::SlotBookingsModel(ApiClient &client, QObject *parent)
    : ListModel(client, parent)
{
    const auto text = &textColumn<BookingWithUser>;
    setColumns({
        text([] { return tr("Code"); }, [](const BookingWithUser &b) { return b.booking.code; }),
        text([] { return tr("Name"); },
             [](const BookingWithUser &b) { return b.user ? UserDirectory::fullName(*b.user) : QString(); }),
        text([] { return tr("Username"); },
             [](const BookingWithUser &b) {
                 return b.user && !b.user->username.isEmpty() ? u'@' + b.user->username : QString();
             }),
        text([] { return tr("Phone"); }, [](const BookingWithUser &b) { return b.user ? b.user->phone : QString(); }),
        text([] { return tr("Status"); }, [](const BookingWithUser &b) { return statusText(b.booking.status); }),
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
    forget();
    reload();
}

void SlotBookingsModel::reload()
{
    if (m_slotId == 0)
        return;
    QUrlQuery query;
    query.addQueryItem(u"slot_id"_s, QString::number(m_slotId));
    query.addQueryItem(u"include"_s, u"user"_s);
    read(ApiPaths::bookings(), query); // a slot holds at most 1000 seats; people rarely more than a page
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
