// The slot chosen in the schedule grid: when it is, its seats and status, the people booked
// (name, username, phone, code, status), and what staff do there — mark a booking attended or
// no-show, cancel a booking, change the slot's capacity, cancel the slot with a reason the people
// receive. Viewers see it all without the actions.
#pragma once

#include "consolecontext.h"
#include "models/slotbookingsmodel.h"
#include "models/weekslotsmodel.h"

#include <QPointer>
#include <QWidget>

class FormStatus;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

class SlotDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    SlotDetailsPanel(ConsoleContext &context, WeekSlotsModel &slotModel, QWidget *parent = nullptr);

    // Shows slot `id` of the grid's model (0: none).
    void showSlot(qint64 id);
    qint64 slotId() const { return m_slotId; }
    // The bookings again (the change feed touched them).
    void refresh();
    void setCanOperate(bool can);
    void focusBookings();
    void retranslate();
    SlotBookingsModel &bookings() { return m_bookings; }

signals:
    // Something done that the page's status line should say.
    void message(const QString &text);
    // The person wants to cancel the slot (the page opens the dialog).
    void cancelSlotRequested(qint64 id);

private:
    void slotChanged();
    void setOutcome(const QString &status);
    void askCancelBooking();
    void changeCapacity();
    void updateActions();
    std::optional<BookingWithUser> chosenBooking() const;
    void run(ApiReply *reply, const QString &busy);

    ConsoleContext &m_context;
    WeekSlotsModel &m_slots;
    SlotBookingsModel m_bookings;
    qint64 m_slotId = 0;
    bool m_canOperate = false;
    QPointer<ApiReply> m_inFlight;

    QLabel *m_title;
    QLabel *m_seats;
    QLabel *m_empty;
    QWidget *m_body;
    QLabel *m_peopleLabel;
    QTableView *m_table;
    QPushButton *m_attended;
    QPushButton *m_noShow;
    QPushButton *m_cancelBooking;
    QLabel *m_capacityLabel;
    QSpinBox *m_capacity;
    QPushButton *m_setCapacity;
    QPushButton *m_cancelSlot;
    FormStatus *m_status;
};
