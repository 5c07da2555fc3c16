// The bookings of one slot with their people (GET /bookings?slot_id=…&include=user), for the
// schedule's slot details: code, name, username, phone and status, merged in place on reload so
// the selection stays while the change feed refreshes it.
#pragma once

#include "dto.h"
#include "models/listmodel.h"

class SlotBookingsModel : public ListModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, UsernameColumn, PhoneColumn, StatusColumn };

    explicit SlotBookingsModel(ApiClient &client, QObject *parent = nullptr);

    // Shows the bookings of `slotId` (none for 0); loads them when the slot is another one.
    void setSlot(qint64 slotId);
    qint64 slotId() const { return m_slotId; }
    void reload();

    BookingWithUser bookingAt(int row) const { return BookingWithUser::fromJson(rowAt(row)); }
    // Puts a booking the API answered with (no person in it) in place of its row, keeping the person.
    void updateBooking(const BookingRecord &booking);

    static QString statusText(BookingStatus status);

private:
    qint64 m_slotId = 0;
};
